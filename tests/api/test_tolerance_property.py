"""Property: one dropped or wrong-typed attribute never breaks a v2 document, nor any other field.

For every resource type of the spec, a valid document (the resource as primary data, two more of
its type in ``included``) is broken in one attribute, in the primary resource and in one included
resource. The document must parse, the broken field must read as None (or as what pydantic could
coerce) with an issue recorded, and every other field, resource and relationship must be exactly as
in the valid document. The default run is small; ``TIDALKIT_FULL=1`` (``nox -s fuzz``) explores more.
"""

from __future__ import annotations

import copy
import functools
import importlib
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.api import samples
from tidalkit.api._generated._registry import RESOURCE_MODELS
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import Resource

pytestmark = pytest.mark.fuzz

FULL = os.environ.get("TIDALKIT_FULL", "") not in ("", "0")
SETTINGS = settings(
    max_examples=2_000 if FULL else 60,
    deadline=None,
    database=None,
    derandomize=not FULL,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

WRONG_TYPED: list[Any] = [{"unexpected": {"shape": [1]}}, [["nested"]], "not-the-type", 1.5, None]


@functools.cache
def _document_class(type_: str) -> type[DocumentBase] | None:
    module_name, _ = RESOURCE_MODELS[type_]
    module = importlib.import_module(module_name)
    cls = getattr(module, f"{type_[:1].upper()}{type_[1:]}SingleResourceDataDocument", None)
    return cls if isinstance(cls, type) and issubclass(cls, DocumentBase) else None


@functools.cache
def _types_with_attributes() -> list[str]:
    out: list[str] = []
    for type_ in sorted(RESOURCE_MODELS):
        if _document_class(type_) is None:
            continue
        if samples.resource(type_, "x").get("attributes"):
            out.append(type_)
    return out


def _document(type_: str) -> dict[str, Any]:
    return {
        "data": samples.resource(type_, "a"),
        "included": [samples.resource(type_, "b"), samples.resource(type_, "c")],
        "links": {"self": f"/{type_}/a"},
    }


def _dump(resource: Resource) -> dict[str, Any]:
    return resource.model_dump(by_alias=True, mode="json", warnings=False)


def _parse(type_: str, raw: dict[str, Any]) -> tuple[DocumentBase, Resource, Resource, Resource]:
    cls = _document_class(type_)
    assert cls is not None
    document = cls.model_validate(raw)
    primary: Any = document.__dict__["data"]
    b, c = (document.index.get(type_, id_) for id_ in ("b", "c"))
    assert isinstance(primary, Resource)
    assert b is not None
    assert c is not None
    return document, primary, b, c


@st.composite
def breakage(draw: st.DrawFn) -> tuple[str, str, Any]:
    type_ = draw(st.sampled_from(_types_with_attributes()))
    attribute = draw(st.sampled_from(sorted(samples.resource(type_, "x")["attributes"])))
    value = draw(st.sampled_from(["<dropped>", *WRONG_TYPED]))
    return type_, attribute, value


def _break(resource: dict[str, Any], attribute: str, value: Any) -> None:
    if value == "<dropped>":
        del resource["attributes"][attribute]
    else:
        resource["attributes"][attribute] = copy.deepcopy(value)


def test_every_sample_resource_parses_cleanly() -> None:
    for type_ in _types_with_attributes():
        document, *_ = _parse(type_, _document(type_))
        assert document.validation_issues == [], type_


@SETTINGS
@given(breakage())
def test_one_broken_attribute_leaves_the_document_and_every_other_field_intact(
    case: tuple[str, str, Any],
) -> None:
    type_, attribute, value = case
    valid = _document(type_)
    _, *expected = _parse(type_, valid)
    broken = copy.deepcopy(valid)
    _break(broken["data"], attribute, value)
    _break(broken["included"][0], attribute, value)
    document, *got = _parse(type_, broken)
    issues = document.validation_issues
    assert {i.resource_id for i in issues} <= {"a", "b"}
    for before, after in zip(expected, got, strict=True):
        old, new = _dump(before), _dump(after)
        old_attributes, new_attributes = old.pop("attributes"), new.pop("attributes")
        assert new == old  # id, type, relationships, links, meta
        old_value, new_value = old_attributes.pop(attribute), new_attributes.pop(attribute, None)
        assert new_attributes == old_attributes  # every other attribute intact
        mine = [i for i in issues if i.resource_id == after.id]
        assert all(i.field.startswith(f"attributes.{attribute}") for i in mine)
        if after.id == "c":
            assert new_value == old_value
            assert not mine
        elif value == "<dropped>":
            assert new_value is None
            assert bool(mine) == _required(type(after), attribute)
        elif value is not None and new_value is None:
            assert mine, "a value read as None is recorded"


def _required(cls: type[Resource], attribute: str) -> bool:
    attributes = cls.model_fields["attributes"].annotation
    model: Any = next(a for a in getattr(attributes, "__args__", (attributes,)) if a is not type(None))
    return any(
        (info.alias or name) == attribute and info.is_required() for name, info in model.model_fields.items()
    )
