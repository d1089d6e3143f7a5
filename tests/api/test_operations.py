"""Every THIRD_PARTY operation: the request it sends and the parsing of a realistic response."""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

import httpx
import pytest
import respx

from tests.api import samples
from tests.api.helpers import BASE, make_client, query_pairs, raw_query
from tidalkit.api._generated._registry import OPERATION_CLASSES, OPERATIONS
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import Identifier, Resource
from tidalkit.api.pagination import Paginator

SPEC_OPS = {(path, method.upper()): op for path, method, op in samples.operations()}
THIRD_PARTY = [op for op in OPERATIONS if op[4] == "THIRD_PARTY"]
SEARCH_TEXT = "kind of blue"


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def build_call(
    op: dict[str, Any], path: str, method: Any
) -> tuple[list[Any], dict[str, Any], str, list[tuple[str, str]]]:
    """Positional args, kwargs, the expected URL path and the expected query pairs."""
    py_params = {_norm(n): n for n in inspect.signature(method).parameters}
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    expected: list[tuple[str, str]] = []
    url_path = path
    for param in op.get("parameters", []):
        if "$ref" in param:
            continue
        name, schema = param["name"], param.get("schema", {})
        if param["in"] == "path":
            value = SEARCH_TEXT if path.startswith("/search") else "id-123"
            args.append(value)
            url_path = url_path.replace("{" + name + "}", value.replace(" ", "%20"))
            continue
        if name == "countryCode":
            expected.append(("countryCode", "NO"))  # the client's default
            continue
        if name == "page[cursor]":
            continue
        if name == "filter[query]" and "query" in py_params:  # the search query is positional
            args.append(SEARCH_TEXT)
            expected.append((name, SEARCH_TEXT.replace(" ", "%20")))
            continue
        py = py_params[_norm(name)]
        if name == "include":
            options = [o.strip() for o in param["description"].split("Available options:")[1].split(",")]
            kwargs[py] = options[:2]
            expected.append(("include", ",".join(options[:2])))
        elif name == "sort":
            value = schema["items"]["enum"][0]
            kwargs[py] = [value]
            expected.append(("sort", value))
        elif schema.get("type") == "array":
            inner = schema.get("items", {})
            values = inner.get("enum", ["1", "2"])[: min(2, schema.get("maxItems", 2))]
            kwargs[py] = values
            expected += [(name, v) for v in values]
        elif not param.get("required"):
            continue
        elif "enum" in schema:
            kwargs[py] = schema["enum"][0]
            expected.append((name, schema["enum"][0]))
        elif schema.get("type") == "boolean":
            kwargs[py] = True
            expected.append((name, "true"))
        else:
            value = SEARCH_TEXT if name == "filter[query]" else "x-1"
            kwargs[py] = value
            expected.append((name, value.replace(" ", "%20")))
    if "requestBody" in op:
        body_schema = samples.ref_name(
            op["requestBody"]["content"]["application/vnd.api+json"]["schema"]["$ref"]
        )
        kwargs["payload"] = samples.sample_named(body_schema)
    return args, kwargs, url_path, expected


def _check_resolution(document: DocumentBase) -> None:
    data: Any = getattr(document, "data", None)
    first = data[0] if isinstance(data, list) and data else data
    if isinstance(first, Resource) and document.included:
        rel = "artists" if "artists" in first.RELATIONSHIPS else sorted(first.RELATIONSHIPS)[0]
        related = first.related(rel)
        assert [r.id for r in related] == ["artists-9"]
        assert type(related[0]).__name__ == "ArtistsResourceObject"
        assert related[0].name == "Miles Davis"  # type: ignore[attr-defined]
    elif document.included:
        assert isinstance(first, Identifier), type(first)
        resolved = first.resource
        assert (resolved.type, resolved.id) == ("tracks", "tracks-5")
        assert resolved.title == "Blue in Green"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("tag", "name", "method", "path"),
    [op[:4] for op in THIRD_PARTY],
    ids=[f"{op[2]} {op[3]}" for op in THIRD_PARTY],
)
async def test_third_party_operation_request_and_response(
    tag: str, name: str, method: str, path: str
) -> None:
    op = SPEC_OPS[(path, method)]
    _, public_cls, _ = OPERATION_CLASSES[tag]
    router = respx.MockRouter(assert_all_called=False)
    async with make_client(router) as client:
        group = client.raw.group(tag)
        assert type(group).__mro__[1].__name__ == public_cls  # THIRD_PARTY ops live on the public class
        # ``get`` returns the resource; ``get_document`` the whole document checked here
        bound = getattr(group, "get_document" if name == "get" else name)
        args, kwargs, url_path, expected = build_call(op, path, bound)
        document = samples.document_for(op, url_path)
        status = 201 if "201" in op["responses"] else 200
        route = router.route(method=method, url__startswith=BASE.rstrip("/") + url_path).respond(
            status, json=document, headers={"Content-Type": "application/vnd.api+json"}
        )
        result = bound(*args, **kwargs)
        if isinstance(result, Paginator):
            result = await result
        else:
            result = await result
        resource = await getattr(group, name)(*args, **kwargs) if name == "get" else None
    request: httpx.Request = route.calls.last.request
    assert request.method == method
    assert request.url.raw_path.decode().split("?")[0] == "/v2" + url_path
    assert sorted(query_pairs(request)) == sorted(expected), raw_query(request)
    assert "%5B" not in raw_query(request)
    assert "%2C" not in raw_query(request)
    assert request.headers["Accept"] == "application/vnd.api+json"
    assert request.headers["Authorization"] == "Bearer test"
    if "requestBody" in op:
        assert request.headers["Content-Type"] == "application/vnd.api+json"
        assert "Idempotency-Key" in request.headers
        assert json.loads(request.content) == kwargs["payload"]
    assert type(result).__name__ == samples.response_schema(op).replace("_", "")
    assert isinstance(result, DocumentBase)
    _check_resolution(result)
    if resource is not None:
        data: Any = getattr(result, "data", None)
        expected_resource = data[0] if isinstance(data, list) else data
        assert resource.model_dump() == expected_resource.model_dump()
        assert isinstance(resource, Resource)


def test_every_spec_operation_has_a_generated_method() -> None:
    import importlib

    registered = {(op[3], op[2]): op for op in OPERATIONS}
    missing: list[str] = []
    for path, method, _op in samples.operations():
        entry = registered.get((path, method.upper()))
        if entry is None:
            missing.append(f"{method.upper()} {path}")
            continue
        module, _, full = OPERATION_CLASSES[entry[0]]
        cls = getattr(importlib.import_module(module), full)
        if not callable(getattr(cls, entry[1], None)):
            missing.append(f"{method.upper()} {path} -> {full}.{entry[1]}")
    assert missing == []
    assert len(samples.operations()) == 347 == len(OPERATIONS)


def test_docstrings_name_method_path_tier_and_scopes() -> None:
    from tidalkit.api._generated.playlists import PlaylistsPublicOperations
    from tidalkit.api._generated.user_collections import UserCollectionsPublicOperations

    doc = PlaylistsPublicOperations.add_items.__doc__ or ""
    assert "POST /playlists/{id}/relationships/items" in doc
    assert "THIRD_PARTY" in doc
    assert "playlists.write" in doc
    assert "Deprecated" in (UserCollectionsPublicOperations.get.__doc__ or "")
