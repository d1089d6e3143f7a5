"""Property test: documents generated from the spec's response schemas parse into the models.

Generated documents carry unknown extra fields, unknown enum values, naive and aware datetimes,
and ``included`` resources of known and unknown types. Raise the example count with
``TIDALKIT_HYPOTHESIS_EXAMPLES`` (default kept small so the suite stays fast).
"""

from __future__ import annotations

import functools
import importlib
import json
import os
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.api import samples
from tidalkit.api._generated._registry import OPERATION_CLASSES, OPERATIONS
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import Resource

EXAMPLES = int(os.environ.get("TIDALKIT_HYPOTHESIS_EXAMPLES", "10"))
settings.register_profile(
    "tidalkit-api",
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

UNKNOWN_ENUM = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ_", min_size=3, max_size=12).map(
    lambda s: "NEW_" + s
)
EXTRA = {"someFutureField": st.one_of(st.integers(), st.text(max_size=5), st.none())}


def _iso_duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"PT{hours}H{minutes}M{secs}S"


def _datetime() -> st.SearchStrategy[str]:
    moments = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1))
    return st.one_of(
        moments.map(lambda d: d.isoformat()),  # naive: read as UTC
        moments.map(lambda d: d.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")),
    )


def strategy(schema: dict[str, Any], prop: str = "", depth: int = 0) -> st.SearchStrategy[Any]:
    if "$ref" in schema:
        name = samples.ref_name(schema["$ref"])
        if name == "Included":
            return st.lists(included_resource(0), max_size=3)
        return named(name, depth + 1)
    if "oneOf" in schema:
        return st.one_of(
            [st.none() if m.get("enum") == [None] else strategy(m, prop, depth) for m in schema["oneOf"]]
        )
    if "allOf" in schema:
        parts = [strategy(p, prop, depth) for p in schema["allOf"]]
        return st.tuples(*parts).map(
            lambda ds: {k: v for d in ds if isinstance(d, dict) for k, v in d.items()}
        )
    kind = schema.get("type")
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return st.one_of(st.sampled_from(values), UNKNOWN_ENUM) if values else st.none()
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return _datetime()
        if fmt == "date":
            return st.dates().map(lambda d: d.isoformat())
        if prop == "duration":
            return st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=30)).map(_iso_duration)
        return st.text(max_size=8)
    if kind == "integer":
        return st.integers(-(2**31), 2**31 - 1)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        return st.lists(strategy(schema.get("items", {}), prop, depth), max_size=2)
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        if not props:
            extra = schema.get("additionalProperties")
            inner = strategy(extra, prop, depth) if isinstance(extra, dict) else st.integers()
            return st.dictionaries(st.text(min_size=1, max_size=5), inner, max_size=2)
        required = set(schema.get("required", []))
        if depth > 4:
            props = {k: v for k, v in props.items() if k in required}
        return st.fixed_dictionaries(
            {k: strategy(v, k, depth) for k, v in props.items() if k in required},
            optional={**{k: strategy(v, k, depth) for k, v in props.items() if k not in required}, **EXTRA},
        )
    return st.none()


@functools.cache
def named(name: str, depth: int) -> st.SearchStrategy[Any]:
    base = strategy(samples.schemas()[name], "", depth)
    type_ = samples.type_of_resource_schema(name)
    if type_ is None:
        return base
    return st.tuples(base, st.text(min_size=1, max_size=6)).map(lambda t: {**t[0], "type": type_, "id": t[1]})


@functools.cache
def included_resource(depth: int) -> st.SearchStrategy[Any]:
    """Included resources: attributes of a few known types (relationships kept small), or unknown types."""
    unknown = st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=4), "type": st.just("holograms")},
        optional={"attributes": st.dictionaries(st.text(max_size=4), st.integers(), max_size=2)},
    )
    known = [
        st.fixed_dictionaries(
            {"id": st.text(min_size=1, max_size=4), "type": st.just(t[:1].lower() + t[1:])},
            optional={
                "attributes": named(f"{t}_Attributes", 9),
                "relationships": st.just(
                    {"artists": {"data": [{"id": "r1", "type": "artists"}], "links": {"self": "/x"}}}
                ),
            },
        )
        for t in ("Tracks", "Albums", "Artists")
    ]
    return st.one_of(*known, unknown)


RESPONSE_SCHEMAS = sorted(
    {
        samples.response_schema(op)
        for path, method, op in samples.operations()
        if op.get("x-path-item-properties", {}).get("required-access-tier") == "THIRD_PARTY"
    }
)


def _model(schema_name: str) -> type[DocumentBase]:
    cls_name = schema_name.replace("_", "")
    for module, _, _ in OPERATION_CLASSES.values():
        mod = importlib.import_module(module)
        if hasattr(mod, cls_name):
            return getattr(mod, cls_name)
    mod = importlib.import_module("tidalkit.api._generated._common")
    return getattr(mod, cls_name)


@pytest.mark.parametrize("schema_name", RESPONSE_SCHEMAS)
def test_generated_documents_parse_into_the_models(schema_name: str) -> None:
    model = _model(schema_name)

    @settings(settings.get_profile("tidalkit-api"))
    @given(document=named(schema_name, 0))
    def check(document: dict[str, Any]) -> None:
        parsed = model.model_validate_json(json.dumps(document).encode())
        data = document.get("data")
        parsed_data: Any = getattr(parsed, "data", None)
        if isinstance(data, list):
            assert [d["id"] for d in data] == [p.id for p in parsed_data]
        elif isinstance(data, dict):
            assert parsed_data.id == data["id"]
        resolved = parsed.included_resources()
        assert len(resolved) == len(document.get("included") or [])
        assert all(isinstance(r, Resource) for r in resolved)

    check()


def test_property_test_covers_every_third_party_response_schema() -> None:
    assert len(RESPONSE_SCHEMAS) >= 40
    assert {op[4] for op in OPERATIONS} == {"THIRD_PARTY", "INTERNAL", "PARTNER"}
