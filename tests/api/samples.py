"""Realistic JSON:API documents built from the vendored spec's schemas (for respx responses)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "tidal-api-oas.json"
METHODS = ("get", "post", "patch", "delete")


@functools.cache
def spec() -> dict[str, Any]:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def schemas() -> dict[str, Any]:
    return spec()["components"]["schemas"]


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in spec()["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def resource_types() -> list[str]:
    return sorted(schemas()["Included"]["items"]["discriminator"]["mapping"])


def type_of_resource_schema(name: str) -> str | None:
    if not name.endswith("_Resource_Object"):
        return None
    base = name[: -len("_Resource_Object")]
    return base[:1].lower() + base[1:]


PLAUSIBLE: dict[str, Any] = {
    "title": "Blue in Green",
    "name": "Miles Davis",
    "isrc": "USSM15900113",
    "barcodeId": "5099750442227",
    "duration": "PT5M37S",
    "popularity": 0.87,
    "countryCode": "NO",
    "country": "NO",
    "href": "https://resources.tidal.com/images/1a2b3c4d/1280x1280.jpg",
    "query": "kind of blue",
    "trackingId": "9f6c1b3e-4c55-4d7e-9a65-0d3b5e7f1a22",
    "username": "listener42",
    "email": "listener@example.com",
    "nextCursor": "cursor-2",
    "self": "/tracks/75413016",
    "itemId": "c0ffee00-0000-4000-8000-000000000001",
    "positionBefore": "c0ffee00-0000-4000-8000-000000000002",
}


def sample(schema: dict[str, Any], prop: str = "", depth: int = 0) -> Any:
    """A plausible value for ``schema``: examples, first enum values, realistic formats."""
    if "$ref" in schema:
        name = ref_name(schema["$ref"])
        if name == "Included":
            return []
        if depth > 6:
            return None
        return sample_named(name, depth + 1)
    if "oneOf" in schema:
        first = next(m for m in schema["oneOf"] if m.get("enum") != [None])
        return sample(first, prop, depth)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, prop, depth)
            if isinstance(value, dict):
                merged.update(value)
        merged.update(
            sample(
                {**schema, "allOf": None, "type": "object"} if schema.get("properties") else {}, prop, depth
            )
            or {}
        )
        return merged
    kind = schema.get("type")
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return values[0] if values else None
    if kind == "string":
        if prop in PLAUSIBLE and isinstance(PLAUSIBLE[prop], str):
            return PLAUSIBLE[prop]
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2024-05-17T09:30:00Z"
        if fmt == "date":
            return "1959-08-17"
        if fmt == "uuid":
            return "4d6f7a1e-2b3c-4d5e-8f90-123456789abc"
        example = schema.get("example")
        return example if isinstance(example, str) else f"{prop or 'value'}-1"
    if kind == "integer":
        example = schema.get("example")
        return example if isinstance(example, int) else 7
    if kind == "number":
        return PLAUSIBLE.get(prop, 0.5) if isinstance(PLAUSIBLE.get(prop, 0.5), float) else 0.5
    if kind == "boolean":
        return True
    if kind == "array":
        item = sample(schema.get("items", {}), prop, depth)
        return [] if item is None else [item]
    if kind == "object" or "properties" in schema:
        if isinstance(schema.get("additionalProperties"), dict) and not schema.get("properties"):
            return {"key": sample(schema["additionalProperties"], prop, depth)}
        out: dict[str, Any] = {}
        for name, sub in schema.get("properties", {}).items():
            value = sample(sub, name, depth)
            if value is not None:
                out[name] = value
        return out
    return None


def sample_named(name: str, depth: int = 0) -> Any:
    schema = schemas()[name]
    value = sample(schema, "", depth)
    type_ = type_of_resource_schema(name)
    if type_ is not None and isinstance(value, dict):
        value["type"] = type_
        value["id"] = f"{type_}-1"
        value.pop("relationships", None)
    return value


def resource(type_: str, id_: str, **relationships: list[tuple[str, str]]) -> dict[str, Any]:
    """A resource object of ``type_`` with plausible attributes and the given to-many relationships."""
    schema_name = type_[:1].upper() + type_[1:] + "_Resource_Object"
    value = sample_named(schema_name)
    value["id"] = id_
    if relationships:
        value["relationships"] = {
            rel: {
                "data": [{"id": i, "type": t} for t, i in idents],
                "links": {"self": f"/{type_}/{id_}/relationships/{rel}"},
            }
            for rel, idents in relationships.items()
        }
    return value


def response_schema(op: dict[str, Any]) -> str:
    success = op["responses"].get("201") or op["responses"].get("200")  # a create: not the dry run
    return ref_name(success["content"]["application/vnd.api+json"]["schema"]["$ref"])


def document_for(op: dict[str, Any], path: str) -> dict[str, Any]:
    """A realistic response document for ``op``, with one related resource ``included``."""
    name = response_schema(op)
    doc = sample_named(name)
    doc["links"] = {"self": path}
    data_schema = schemas()[name].get("properties", {}).get("data", {})
    item_schema = data_schema.get("items", data_schema) if data_schema else {}
    refs = (
        [item_schema] if "$ref" in item_schema else [m for m in item_schema.get("oneOf", []) if "$ref" in m]
    )
    item_ref = refs[0]["$ref"] if refs else None
    item_name = ref_name(item_ref) if item_ref else ""
    root_type = path.strip("/").split("/")[0]
    if item_name.endswith("_Resource_Object"):
        type_ = type_of_resource_schema(item_name) or root_type
        rels = (
            schemas().get(item_name[: -len("_Resource_Object")] + "_Relationships", {}).get("properties", {})
        )
        linked = "artists" if "artists" in rels else next(iter(sorted(rels)), None)
        links = {linked: [("artists", "artists-9")]} if linked else {}
        res = resource(type_, f"{type_}-1", **links)
        doc["data"] = [res] if data_schema.get("type") == "array" else res
        if linked:
            doc["included"] = [resource("artists", "artists-9")]
    elif item_name:
        # relationship document: identifiers (with their meta), the related resources included
        ident = sample_named(item_name)
        ident["id"], ident["type"] = "tracks-5", "tracks"
        doc["data"] = [ident] if data_schema.get("type") == "array" else ident
        if "included" in schemas()[name].get("properties", {}):
            doc["included"] = [resource("tracks", "tracks-5")]
    return doc
