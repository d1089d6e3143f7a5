"""Generate ``tidalkit/api/_generated/`` from the vendored TIDAL API v2 OpenAPI spec.

    python scripts/codegen_v2.py            # (re)write the generated package
    python scripts/codegen_v2.py --check    # exit 1 when the committed output is stale

One module per resource type (tag) holds its models (attributes, relationships, resource objects,
identifiers, documents, request payloads) and two operation classes: ``<Type>PublicOperations``
(THIRD_PARTY operations) and ``<Type>Operations`` (adds INTERNAL/PARTNER ones). A shared schema goes
to the one module that uses it, else to ``_common.py`` (used by several) or ``_unused.py`` (by none:
error bodies, kept for ``tidalkit.api.models``). Request-body models go to ``<module>_payloads.py``
(imported by the operations for type checking only). ``_registry.py`` indexes types, modules and
operations without importing models.
Output is formatted with ``ruff format`` and is byte-for-byte deterministic.
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import json
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import codegen_overrides as overrides

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "tidal-api-oas.json"
OUT = ROOT / "tidalkit" / "api" / "_generated"
PACKAGE = "tidalkit.api._generated"
METHODS = ("get", "post", "patch", "delete")
INCLUDE_DOC = "Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."
INTERNAL_SCOPES = frozenset({"r_usr", "w_usr"})
# what ``radio(id)`` returns (see ``Operations._radio``): playlist item pages, their included tracks
RADIO_INCLUDE = "PlaylistsItemsInclude"
RADIO_PAGE = "PlaylistsItemsMultiRelationshipDataDocument"
RADIO_PAGINATOR = f"Paginator[{RADIO_PAGE}, TracksResourceObject]"
TTL_SHORT = 60.0
TTL_MEDIUM = 600.0

# Names a generated field/property must not take (pydantic internals and our base classes).
RESERVED = {
    "id",
    "type",
    "attributes",
    "relationships",
    "related",
    "related_one",
    "identifiers",
    "resource",
    "index",
    "included_resources",
    "copy",
    "dict",
    "json",
    "schema",
    "schema_json",
    "validate",
    "construct",
    "fields",
    "parse_obj",
    "parse_raw",
    "parse_file",
    "from_orm",
    "update_forward_refs",
    "RELATIONSHIPS",
    "RELATIONSHIP_IDENTIFIERS",
    "relationship_documents",
    "validation_issues",
    "missing_related",
    "missing_included",
    "DEPRECATED_FALLBACKS",
}


def snake(name: str) -> str:
    out = re.sub(r"[^0-9a-zA-Z]+", "_", name)
    out = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", out)
    out = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", out)
    out = out.strip("_").lower()
    if keyword.iskeyword(out) or out[:1].isdigit():
        out += "_"
    return out


def pascal(name: str) -> str:
    parts = re.split(r"[^0-9a-zA-Z]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def class_name(schema: str) -> str:
    return pascal(schema)


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def is_null(schema: dict[str, Any]) -> bool:
    return schema.get("enum") == [None]


def first_line(text: str) -> str:
    return " ".join(text.split())


# ---- model emission ----------------------------------------------------------------------------


@dataclass
class ModelDef:
    name: str  # class name
    schema_name: str
    base: str
    fields: list[str] = field(default_factory=list)
    doc: str = ""
    deps: set[str] = field(default_factory=set)  # class names this model references
    extra: list[str] = field(default_factory=list)  # body lines after fields (properties)
    classvars: list[str] = field(default_factory=list)
    field_types: dict[str, tuple[str, str, bool]] = field(
        default_factory=dict
    )  # prop -> (py, type, required)


class Generator:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        for name, patch in overrides.SCHEMA_PATCHES.items():
            self.schemas[name] = {**self.schemas[name], **patch}
        self.ops = [
            (path, method, op)
            for path, item in spec["paths"].items()
            for method, op in item.items()
            if method in METHODS
        ]
        self.types: list[str] = sorted(
            ref_name_to_type
            for ref_name_to_type in self.schemas["Included"]["items"]["discriminator"]["mapping"]
        )
        self.tags = sorted({op["tags"][0] for _, _, op in self.ops} | set(self.types))
        self.prefix = {pascal(t): t for t in self.tags}
        self.owner: dict[str, str] = {}  # schema name -> module key (tag or "_common")
        self.models: dict[str, list[ModelDef]] = {}
        self.class_module: dict[str, str] = {}  # class name -> module key
        self.model_by_class: dict[str, ModelDef] = {}
        self.include_aliases: dict[tuple[str, tuple[str, ...]], str] = {}

    # ---- schema ownership ----

    def assign(self) -> None:
        prefixes = sorted(self.prefix, key=len, reverse=True)
        for name in self.schemas:
            if name == "Included":
                continue
            owner = "_common"
            for p in prefixes:
                if name.startswith(p) and (
                    len(name) == len(p) or name[len(p)] == "_" or name[len(p)].isupper()
                ):
                    owner = self.prefix[p]
                    break
            self.owner[name] = owner
        # A shared schema referencing a type's schema moves to that type's module (no import cycles).
        changed = True
        while changed:
            changed = False
            for name, owner in sorted(self.owner.items()):
                if owner != "_common":
                    continue
                targets = {self.owner[r] for r in self.refs(self.schemas[name]) if r in self.owner}
                targets.discard("_common")
                if len(targets) == 1:
                    self.owner[name] = targets.pop()
                    changed = True

    def refs(self, node: Any) -> set[str]:
        found: set[str] = set()
        if isinstance(node, dict):
            if "$ref" in node:
                found.add(ref_name(node["$ref"]))
            for value in node.values():
                found |= self.refs(value)
        elif isinstance(node, list):
            for value in node:
                found |= self.refs(value)
        return found

    # ---- types ----

    def plain_text_alone(self, target: str) -> bool:
        """True when schema ``target`` has one required property, a plain string: TIDAL has sent just
        that string in its place (``copyright`` in 2025-07), which `Textual` reads in pydantic-core."""
        schema = self.flatten(self.schemas[target])
        required = schema.get("required", [])
        if len(required) != 1:
            return False
        prop = schema.get("properties", {}).get(required[0], {})
        return (
            prop.get("type") == "string"
            and "enum" not in prop
            and prop.get("format") not in ("date", "date-time")
            and required[0] != "duration"
        )

    def py_type(self, schema: dict[str, Any], model: ModelDef, prop: str, module: str) -> str:
        if "$ref" in schema:
            target = ref_name(schema["$ref"])
            if target == "Included":
                return "list[dict[str, Any]]"
            cls = class_name(target)
            model.deps.add(cls)
            return f"Textual[{cls}]" if self.plain_text_alone(target) else cls
        if "oneOf" in schema or "anyOf" in schema:
            members = schema.get("oneOf") or schema.get("anyOf")
            parts: list[str] = []
            nullable = False
            for member in members:
                if is_null(member):
                    nullable = True
                    continue
                t = self.py_type(member, model, prop, module)
                if t not in parts:
                    parts.append(t)
            if nullable:
                parts.append("None")
            return " | ".join(parts) if parts else "Any"
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.py_type(schema["allOf"][0], model, prop, module)
        kind = schema.get("type")
        result: str
        if "enum" in schema and kind in (None, "string"):
            values = [v for v in schema["enum"] if v is not None]
            result = "Literal[" + ", ".join(repr(v) for v in values) + "] | str" if values else "None"
        elif kind == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                result = "UtcDatetime"
            elif fmt == "date":
                result = "date"
            elif prop == "duration":
                result = "timedelta"
            else:
                result = "str"
        elif kind == "integer":
            result = "int"
        elif kind == "number":
            result = "float"
        elif kind == "boolean":
            result = "bool"
        elif kind == "array":
            result = f"list[{self.py_type(schema.get('items', {}), model, prop, module)}]"
        elif kind == "object" or "properties" in schema:
            if schema.get("properties"):
                inline = model.name + pascal(prop)
                self.emit_model(inline, schema, module, schema_name=f"{model.schema_name}.{prop}")
                model.deps.add(inline)
                result = inline
            elif isinstance(schema.get("additionalProperties"), dict):
                inner = self.py_type(schema["additionalProperties"], model, prop, module)
                result = f"dict[str, {inner}]"
            else:
                result = "dict[str, Any]"
        else:
            result = "Any"
        if schema.get("nullable") and result != "None" and not result.endswith("| None"):
            result += " | None"
        return result

    def base_for(self, name: str, schema: dict[str, Any]) -> str:
        props = schema.get("properties", {})
        if name.endswith("_Resource_Object") and {"id", "type"} <= set(props):
            return "Resource"
        if "included" in props or name.endswith("_Document"):
            return "DocumentBase"
        if name.endswith("Resource_Identifier") and {"id", "type"} <= set(props):
            return "Identifier"
        return "APIModel"

    def flatten(self, schema: dict[str, Any]) -> dict[str, Any]:
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {
            "type": "object",
            "properties": {},
            "required": list(schema.get("required", [])),
        }
        for part in schema["allOf"]:
            part = self.schemas[ref_name(part["$ref"])] if "$ref" in part else part
            part = self.flatten(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"].extend(part.get("required", []))
        merged["properties"].update(schema.get("properties", {}))
        return merged

    def emit_model(self, cls: str, schema: dict[str, Any], module: str, schema_name: str) -> ModelDef:
        schema = self.flatten(schema)
        base = self.base_for(schema_name, schema) if "." not in schema_name else "APIModel"
        model = ModelDef(cls, schema_name, base, doc=first_line(schema.get("description", "")))
        self.class_module[cls] = module
        required = set(schema.get("required", []))
        base_fields = {
            "Resource": {"id", "type"},
            "Identifier": {"id", "type"},
            "DocumentBase": {"included"},
        }.get(base, set())
        for prop, prop_schema in sorted(schema.get("properties", {}).items()):
            if prop in base_fields:
                continue
            if base == "DocumentBase" and prop == "meta" and prop_schema.get("additionalProperties") is True:
                continue
            py = snake(prop)
            if py in RESERVED - {"id", "type", "attributes", "relationships"} or py.startswith("model_"):
                py += "_"
            if base == "Resource" and prop == "relationships":
                # Kept as raw JSON:API relationship objects: parsing stays cheap for big pages, and
                # identifiers are validated (typed meta included) only when a relationship is read.
                t = "dict[str, Any]"
            else:
                t = self.py_type(prop_schema, model, prop, module)
            model.field_types[prop] = (py, t, prop in required)
            alias = f'alias="{prop}"' if py != prop else ""
            desc = first_line(prop_schema.get("description", ""))
            if prop in required:
                # Required but redactable: TIDAL may leave it out; the tolerant path then reads None.
                t = f"Redactable[{t}]"
                args = ", ".join(a for a in (alias,) if a)
                line = f"{py}: {t} = Field({args})" if args else f"{py}: {t}"
            else:
                if not t.endswith("None"):
                    t += " | None"
                args = ", ".join(a for a in ("default=None", alias) if a)
                line = f"{py}: {t} = Field({args})"
            if desc:
                line += f'\n"""{_doc_escape(desc)}"""'
            model.fields.append(line)
        fallbacks = deprecated_fallbacks(schema)
        if fallbacks:
            model.classvars.append(
                "DEPRECATED_FALLBACKS: ClassVar[Mapping[str, str]] = {"
                + ", ".join(f"{new!r}: {old!r}" for new, old in fallbacks.items())
                + "}"
            )
        self.models.setdefault(module, []).append(model)
        self.model_by_class[cls] = model
        return model

    # ---- resource conveniences ----

    def relationship_target(self, type_: str, rel: str) -> str | None:
        by_type = overrides.RELATIONSHIP_TARGETS_BY_TYPE.get(type_, {})
        if rel in by_type:
            return by_type[rel]
        return overrides.RELATIONSHIP_TARGETS.get(rel)

    def add_resource_properties(self, type_: str, model: ModelDef, module: str) -> set[str]:
        """Typed shortcuts on a resource object: attributes and (resolved) relationships."""
        needs: set[str] = set()
        attr_schema = self.schemas.get(f"{pascal(type_)}_Attributes", {})
        attr_schema = self.flatten(attr_schema)
        rel_schema = self.schemas.get(f"{pascal(type_)}_Relationships", {})
        attr_cls = class_name(f"{pascal(type_)}_Attributes")
        taken = set(RESERVED)
        props: list[str] = []
        rels: dict[str, bool] = {}
        identifier_classes: dict[str, str] = {}
        for rel, rel_ref in sorted(rel_schema.get("properties", {}).items()):
            target_doc = self.schemas.get(ref_name(rel_ref.get("$ref", "")), {})
            data = target_doc.get("properties", {}).get("data", {})
            rels[rel] = data.get("type") == "array"
            ident = data.get("items", data)
            ident_refs = [ident] if "$ref" in ident else [m for m in ident.get("oneOf", []) if "$ref" in m]
            if ident_refs:
                cls = class_name(ref_name(ident_refs[0]["$ref"]))
                if cls != "ResourceIdentifier":
                    identifier_classes[rel] = cls
                    model.deps.add(cls)
        if identifier_classes:
            model.classvars.append(
                "RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {"
                + ", ".join(f"{r!r}: {c}" for r, c in identifier_classes.items())
                + "}"
            )
        rel_cls = class_name(f"{pascal(type_)}_Relationships")
        if rel_cls in self.model_by_class:
            model.deps.add(rel_cls)
            model.extra.append(
                f"def relationship_documents(self) -> {rel_cls}:\n"
                f'    """The relationship objects, validated into ``{rel_cls}``."""\n'
                f"    return {rel_cls}.model_validate(self.relationships or {{}})\n"
            )
        model.classvars.append(
            "RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"
            + ", ".join(f"{r!r}: {m}" for r, m in rels.items())
            + "}"
        )
        attr_model = self.model_by_class.get(attr_cls)
        for prop, (field_py, t, is_required) in sorted(attr_model.field_types.items() if attr_model else []):
            py = snake(prop)
            if py in RESERVED or py.startswith("model_"):
                continue
            model.deps |= {d for d in attr_model.deps if re.search(rf"\b{d}\b", t)} if attr_model else set()
            if not is_required and not t.endswith("None"):
                t += " | None"
            desc = (
                first_line(attr_schema["properties"][prop].get("description", ""))
                or f"The ``{prop}`` attribute."
            )
            props.append(
                f"@property\ndef {py}(self) -> {t}:\n"
                f'    """{_doc_escape(desc)}"""\n'
                f"    return self._attributes().{field_py}\n"
            )
            taken.add(py)
        for rel, to_many in rels.items():
            py = snake(rel)
            if py in taken or py.startswith("model_"):
                continue
            target = self.relationship_target(type_, rel)
            target_cls = class_name(f"{pascal(target)}_Resource_Object") if target in self.types else None
            if target_cls is not None and self.class_module.get(target_cls) != module:
                needs.add(target_cls)
            tname = target_cls or "Resource"
            if to_many:
                props.append(
                    f"@property\ndef {py}(self) -> list[{tname}]:\n"
                    f'    """The included ``{rel}`` resources; raises RelationshipNotIncludedError unless'
                    f' requested with ``include``."""\n'
                    f'    return cast("list[{tname}]", self.related({rel!r}))\n'
                )
            else:
                props.append(
                    f"@property\ndef {py}(self) -> {tname} | None:\n"
                    f'    """The included ``{rel}`` resource (None when empty); raises unless requested with'
                    f' ``include``."""\n'
                    f'    return cast("{tname} | None", self.related_one({rel!r}))\n'
                )
        if attr_schema.get("properties"):
            props.insert(
                0,
                f"def _attributes(self) -> {attr_cls}:\n"
                f"    if self.attributes is None:\n"
                f'        raise AttributeError(f"{{self.type}} {{self.id}} has no attributes here")\n'
                f"    return self.attributes\n",
            )
        model.extra = model.extra + props
        return needs

    # ---- operations ----

    def method_name(self, tag: str, method: str, path: str) -> str:
        override = overrides.METHOD_NAMES.get((tag, method, path))
        if override:
            return override
        parts = path.strip("/").split("/")
        if len(parts) == 1:
            return {"get": "list", "post": "create"}[method]
        if len(parts) == 2:
            return {"get": "get", "patch": "update", "delete": "delete"}[method]
        rel = snake(parts[3])
        return {"get": rel, "post": f"add_{rel}", "delete": f"remove_{rel}", "patch": f"update_{rel}"}[method]

    def operation_code(
        self, tag: str, path: str, method: str, op: dict[str, Any], module: str
    ) -> tuple[str, dict[str, Any]]:
        name = self.method_name(tag, method, path)
        tier = op.get("x-path-item-properties", {}).get("required-access-tier", "INTERNAL")
        params = [p for p in op.get("parameters", []) if "$ref" not in p]
        security = op.get("security", [])
        accepts_cc = any("Client_Credentials" in alt for alt in security)
        scopes = sorted({s for alt in security for v in alt.values() for s in v})
        success = success_response(op)
        response_schema = ref_name(success["content"]["application/vnd.api+json"]["schema"]["$ref"])
        response_cls = class_name(response_schema)
        paginated = any(p["name"] == "page[cursor]" for p in params)
        method_u = method.upper()
        # every ``list`` is a paginator, also where the spec gives no cursor (the walk ends at page one)
        multi = response_schema.endswith("_Multi_Resource_Data_Document")
        listing = method_u == "GET" and name == "list" and multi
        body_cls = None
        if "requestBody" in op:
            body_cls = class_name(
                ref_name(op["requestBody"]["content"]["application/vnd.api+json"]["schema"]["$ref"])
            )
        if method_u == "GET":
            if tag in overrides.UNCACHEABLE_TAGS:
                ttl = None
            elif tag in overrides.SHORT_TTL_TAGS or not accepts_cc:
                ttl = TTL_SHORT
            else:
                ttl = TTL_MEDIUM
            invalidates: tuple[str, ...] = ()
        else:
            ttl = None
            invalidates = (tag, *overrides.EXTRA_INVALIDATIONS.get(tag, ()))
        const = f"_{snake(name).upper()}"
        spec_line = (
            f"{const} = OperationSpec({f'{tag}.{name}'!r}, {method_u!r}, {path!r}, {tier!r}, "
            f"cache_ttl={ttl!r}, invalidates={invalidates!r})"
        )
        # signature
        sig: list[str] = ["self"]
        required_kw: list[str] = []
        optional_kw: list[str] = []
        query: list[str] = []
        forward: list[str] = []
        query_names: dict[str, tuple[str, str]] = {}
        positional = overrides.POSITIONAL_QUERY.get(tag)
        path_expr = path.strip("/")
        for p in params:
            if p["in"] == "path":
                sig.append(f"{snake(p['name'])}: str")
                forward.append(snake(p["name"]))
                path_expr = path_expr.replace("{" + p["name"] + "}", "{path_id(" + snake(p["name"]) + ")}")
                continue
            pname = p["name"]
            if pname == "page[cursor]":
                continue
            schema = p.get("schema", {})
            if pname == "include":
                options = include_options(p.get("description", ""))
                ptype = (
                    "Sequence[" + self.include_alias(tag, name, options) + "]" if options else "Sequence[str]"
                )
                value = "csv(include)"
                py = "include"
            elif pname == "sort":
                ptype = "Sequence[" + literal(schema["items"].get("enum", [])) + "]"
                py = "sort"
                value = "csv(sort)"
            else:
                py = snake(pname.replace("[", "_").replace("]", "").replace(".", "_"))
                if schema.get("type") == "array":
                    inner = schema.get("items", {})
                    ptype = "Sequence[" + (literal(inner["enum"]) if "enum" in inner else "str") + "]"
                elif "enum" in schema:
                    ptype = literal(schema["enum"])
                elif schema.get("type") == "boolean":
                    ptype = "bool"
                elif schema.get("type") == "integer":
                    ptype = "int"
                else:
                    ptype = "str"
                value = py
                if pname == "countryCode":
                    value = "self._country(country_code)"
                if positional is not None and positional[0] == pname and name == "get":
                    py = value = positional[1]
                    sig.append(f"{py}: {ptype}")
                    forward.append(py)
                    query.append(f"({pname!r}, {value})")
                    continue
            query.append(f"({pname!r}, {value})")
            query_names[pname] = (py, ptype)
            forward.append(f"{py}={py}")
            if p.get("required"):
                required_kw.append(f"{py}: {ptype}")
            else:
                optional_kw.append(f"{py}: {ptype} | None = None")
        if body_cls:
            required_kw.insert(0, f"payload: {body_cls} | Mapping[str, Any]")
        if paginated:
            optional_kw += ["cursor: str | None = None", "max_items: int | None = None"]
        elif listing:
            optional_kw += ["max_items: int | None = None"]
        kw = required_kw + optional_kw
        if kw:
            sig.append("*")
            sig.extend(kw)
        # docstring
        summary = first_line(op.get("summary", "")) or name
        description = first_line(op.get("description", ""))
        auth = "client credentials or user token" if accepts_cc else "user token (Authorization Code + PKCE)"
        lines = [f"{summary}", ""]
        if description and description != summary:
            lines += [description, ""]
        lines.append(f"``{method_u} {path}`` — access tier {tier}; auth: {auth}.")
        public = [scope for scope in scopes if scope not in INTERNAL_SCOPES]
        internal = [scope for scope in scopes if scope in INTERNAL_SCOPES]
        scope_text = ", ".join(public) if public else "none"
        if internal:
            scope_text += f" (INTERNAL clients: {', '.join(internal)})"
        lines.append(f"Scopes: {scope_text}.")
        if op.get("deprecated"):
            lines.append("Deprecated by TIDAL: kept for compatibility; prefer its replacement.")
        if paginated or listing:
            lines.append(
                "Returns a Paginator: ``await`` it for the first page, ``async for`` for every item."
            )
        doc = "\n".join(_doc_escape(line) for line in lines).rstrip()
        params_expr = "[" + ", ".join(query) + "]"
        path_literal = f"f{path_expr!r}" if "{" in path_expr else repr(path_expr)
        payload_arg = ", payload=payload" if body_cls else ""
        if paginated or listing:
            item_cls = self.item_class(response_schema)
            ret = f"Paginator[{response_cls}, {item_cls}]"
            body = (
                f"return self._paginate({const}, {path_literal}, {params_expr}, {response_cls}, "
                f"data_items, {'cursor' if paginated else 'None'}, max_items)"
            )
            code = f"def {name}({', '.join(sig)}) -> {ret}:\n" + indent(f'"""{doc}\n"""\n{body}\n')
        elif method_u == "GET" and name == "get":
            code = self.get_code(sig, forward, doc, const, path_literal, params_expr, response_schema)
        else:
            call = f"self._call({const}, {path_literal}, {params_expr}, {response_cls}{payload_arg})"
            body = f"return await {call}"
            code = f"async def {name}({', '.join(sig)}) -> {response_cls}:\n" + indent(
                f'"""{doc}\n"""\n{body}\n'
            )
        deps = {response_cls}  # a request body's class is only named in the signature (see split_payloads)
        if paginated or listing or (method_u == "GET" and name == "get"):
            deps.add(self.data_class(response_schema))
        meta = {
            "tag": tag,
            "name": name,
            "method": method_u,
            "path": path,
            "tier": tier,
            "deprecated": bool(op.get("deprecated")),
            "paginated": paginated,
            "listing": listing,
            "query_names": query_names,
            "item_cls": self.item_class(response_schema) if listing else None,
            "spec_line": spec_line,
            "deps": deps,
            "body": body_cls,
            "max_items": self.max_items(body_cls_schema(op)),
            "response_schema": response_schema,
            "scopes": scopes,
        }
        return code, meta

    def get_code(
        self,
        sig: list[str],
        forward: list[str],
        doc: str,
        const: str,
        path_literal: str,
        params_expr: str,
        response_schema: str,
    ) -> str:
        """``get`` returns the resource; ``get_document`` the whole document (``included``, ``meta``)."""
        response_cls = class_name(response_schema)
        args = ", ".join(sig)
        call = f"self._call({const}, {path_literal}, {params_expr}, {response_cls})"
        document_doc = f"{doc}\n\nReturns the whole document; :meth:`get` returns its resource."
        document = f"async def get_document({args}) -> {response_cls}:\n" + indent(
            f'"""{document_doc}\n"""\nreturn await {call}\n'
        )
        data = f"(await self.get_document({', '.join(forward)})).data"
        if response_schema.endswith("_Multi_Resource_Data_Document"):
            data = f"self._only({data})"
        resource_doc = f"{doc}\n\nReturns the resource; :meth:`get_document` the whole document."
        resource = f"async def get({args}) -> {self.data_class(response_schema)}:\n" + indent(
            f'"""{resource_doc}\n"""\nreturn {data}\n'
        )
        return document + "\n" + resource

    def batch_code(self, tag: str, listing: dict[str, Any] | None, get: dict[str, Any] | None) -> list[str]:
        """``get_many`` (and the per-key variants of the override table) of one operation group."""
        out: list[str] = []
        if tag in overrides.BATCH_BY_GET and get is not None:
            item = self.data_class(get["response_schema"])
            doc = (
                f"{pascal(tag)} by id: one ``GET /{tag}/{{id}}`` per id, concurrently (the spec has no\n"
                "``filter[id]``); results in input order, ids answering 404 in ``.missing``."
            )
            body = f'"""{doc}"""\nreturn await self._get_each(self.get, ids)\n'
            out.append(
                f"async def get_many(self, ids: Iterable[str]) -> BatchResult[{item}]:\n" + indent(body)
            )
        if listing is None:
            return out
        names = listing["query_names"]
        reads = [("get_many", "filter[id]", "ids", "item.id", False)]
        for method, filter_name, attribute, upper in overrides.BATCH_READS.get(tag, ()):
            key = f"item.attributes.{attribute} if item.attributes is not None else None"
            reads.append((method, filter_name, "keys", key, upper))
        for method, filter_name, arg, key, upper in reads:
            if filter_name not in names:
                continue
            forward = [f"{names[filter_name][0]}=chunk"]
            params = [f"{arg}: Iterable[str]", "*"]
            for extra in ("include", "countryCode"):
                if extra in names:
                    py, ptype = names[extra]
                    params.append(f"{py}: {ptype} | None = None")
                    forward.append(f"{py}={py}")
            params.append("chunk_size: int | None = None")
            what = "id" if filter_name == "filter[id]" else f"``{filter_name}``"
            what += " (case-insensitive)" if upper else ""
            doc = (
                f"{pascal(tag)} by {what}: ``GET /{tag}?{filter_name}=…``\n"
                "in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;\n"
                "results in input order, keys nothing matched in ``.missing``."
            )
            call = [
                f"lambda chunk: self.list({', '.join(forward)})",
                arg,
                f"lambda item: {key}",
                "chunk_size=chunk_size" + (", normalize=str.upper" if upper else ""),
            ]
            body = f'"""{doc}"""\nreturn await self._get_many({", ".join(call)})\n'
            out.append(
                f"async def {method}(self, {', '.join(params)}) -> BatchResult[{listing['item_cls']}]:\n"
                + indent(body)
            )
        return out

    def collection_code(self, tag: str, ops: list[dict[str, Any]]) -> list[str]:
        """Chunked ``add(ids)`` / ``remove(ids)`` of a collection's ``items`` relationship."""
        item_type = overrides.COLLECTION_ITEMS.get(tag)
        by_name = {meta["name"]: meta for meta in ops}
        if item_type is None or "add_items" not in by_name or "remove_items" not in by_name:
            return []
        path = f"/{tag}/{{id}}/relationships/items"
        add_limit, remove_limit = by_name["add_items"]["max_items"], by_name["remove_items"]["max_items"]
        add_doc = class_name(by_name["add_items"]["response_schema"])
        signature = 'self, ids: Sequence[str], *, collection: str = "me"'
        add = (
            f'"""Add {item_type}: ``POST {path}``, in chunks of {add_limit} (the spec\'s limit)."""\n'
            f"return await self._write_items(self.add_items, collection, {item_type!r}, ids, {add_limit})\n"
        )
        remove = (
            f'"""Remove {item_type}: ``DELETE {path}``, in chunks of {remove_limit};\n'
            'returns how many ids were sent."""\n'
            f"await self._write_items(self.remove_items, collection, {item_type!r}, ids, {remove_limit})\n"
            "return len(ids)\n"
        )
        return [
            f"async def add({signature}) -> list[{add_doc}]:\n" + indent(add),
            f"async def remove({signature}) -> int:\n" + indent(remove),
        ]

    def radio_code(self, tag: str, ops: list[dict[str, Any]]) -> list[str]:
        """``radio(id)``: the tracks of the playlist the ``radio`` relationship names."""
        path = f"/{tag}/{{id}}/relationships/radio"
        relationship = next((m["name"] for m in ops if m["path"] == path and m["method"] == "GET"), None)
        if tag not in overrides.RADIO_TAGS or relationship is None:
            return []
        signature = (
            "self, id: str, *, country_code: str | None = None, "
            f"include: Sequence[{RADIO_INCLUDE}] | None = None, max_items: int | None = None"
        )
        noun = tag.removesuffix("s")
        doc = (
            f"The tracks of the {noun}'s radio, as the private API's ``{tag}.radio`` yields them.\n\n"
            f"``GET {path}`` names the radio's playlist (see `{relationship}`);\n"
            "its tracks come from ``GET /playlists/{id}/relationships/items?include=items``, page by page\n"
            "(``include`` adds the tracks' own relationships: ``items.artists``, ``items.albums``).\n"
            "Returns a Paginator: ``await`` it for the first page, ``async for`` for every track."
        )
        call = f"self._radio(self.{relationship}(id), country_code, include, max_items)"
        body = f'"""{doc}\n"""\nreturn {call}\n'
        return [f"def radio({signature}) -> {RADIO_PAGINATOR}:\n" + indent(body)]

    def include_paths(self, tag: str, options: list[str]) -> list[str]:
        """The spec's top-level options plus one nested level (``items.artists``) where targets are known."""
        paths = list(options)
        for option in options:
            target = self.relationship_target(tag, option)
            targets = overrides.POLYMORPHIC_TARGETS.get((tag, option), (target,) if target else ())
            for t in targets:
                rels = self.schemas.get(f"{pascal(t)}_Relationships", {}).get("properties", {})
                paths += [f"{option}.{rel}" for rel in sorted(rels) if f"{option}.{rel}" not in paths]
        return paths

    def include_alias(self, tag: str, method: str, options: list[str]) -> str:
        key = (tag, tuple(self.include_paths(tag, options)))
        if key not in self.include_aliases:
            rels = sorted(self.schemas.get(f"{pascal(tag)}_Relationships", {}).get("properties", {}))
            alias = (
                f"{pascal(tag)}Include"
                if sorted(options) == rels
                else f"{pascal(tag)}{pascal(method)}Include"
            )
            self.include_aliases[key] = alias
        return self.include_aliases[key]

    def data_class(self, document_schema: str) -> str:
        """The class of a document's ``data``: its items' class for an array, else the single resource's."""
        data = self.schemas[document_schema]["properties"]["data"]
        return class_name(ref_name(data["items"]["$ref"] if "items" in data else data["$ref"]))

    def item_class(self, document_schema: str) -> str:
        data = self.schemas[document_schema]["properties"]["data"]
        return class_name(ref_name(data["items"]["$ref"]))

    def max_items(self, schema_name: str | None) -> int | None:
        if schema_name is None:
            return None
        data = self.schemas[schema_name].get("properties", {}).get("data", {})
        return data.get("maxItems")

    # ---- rendering ----

    def run(self) -> dict[str, str]:
        self.assign()
        for name in sorted(self.owner):
            self.emit_model(class_name(name), self.schemas[name], self.owner[name], name)
        extra_needs: dict[str, set[str]] = {}
        for module, models in self.models.items():
            for model in list(models):
                if model.base == "Resource" and model.schema_name.endswith("_Resource_Object"):
                    type_ = model.schema_name[: -len("_Resource_Object")]
                    type_ = type_[:1].lower() + type_[1:]
                    if type_ in self.types:
                        extra_needs.setdefault(module, set()).update(
                            self.add_resource_properties(type_, model, module)
                        )
        op_code: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for path, method, op in self.ops:
            tag = op["tags"][0]
            op_code.setdefault(tag, []).append(self.operation_code(tag, path, method, op, tag))
        for (tag, _), alias in self.include_aliases.items():
            self.class_module.setdefault(alias, tag)
        for tag in overrides.RADIO_TAGS:
            extra_needs.setdefault(tag, set()).update({RADIO_INCLUDE, RADIO_PAGE, "TracksResourceObject"})
        self.relocate_shared(op_code, extra_needs)
        self.split_payloads(op_code, extra_needs)
        files: dict[str, str] = {}
        modules = sorted(set(self.models) | set(op_code))
        for module in modules:
            files[f"{modname(module)}.py"] = self.render_module(
                module, self.models.get(module, []), op_code.get(module, []), extra_needs.get(module, set())
            )
        files["_registry.py"] = self.render_registry(op_code)
        files["_raw.py"] = self.render_raw(sorted(op_code))
        files["_models.py"] = self.render_model_index()
        files["__init__.py"] = (
            '"""Generated from spec/tidal-api-oas.json by scripts/codegen_v2.py — do not edit.\n\n'
            "Import a resource module only when you need it (``tidalkit.api`` does so lazily).\n"
            '"""\n\n'
            f"SPEC_VERSION = {self.spec['info']['version']!r}\n"
        )
        return files

    def relocate_shared(
        self, op_code: dict[str, list[tuple[str, dict[str, Any]]]], extra_needs: dict[str, set[str]]
    ) -> None:
        """Move each ``_common`` model that one module alone needs into it, and those no module needs
        (error bodies) to ``_unused``: importing a resource module then builds only the classes it uses.

        A model's users are the modules that reference it or a ``_common`` model depending on it, so
        a model left in ``_common`` keeps every dependency there (no import cycles).
        """
        common = {m.name: m for m in self.models.get("_common", [])}
        users: dict[str, set[str]] = {name: set() for name in common}

        def mark(name: str, module: str) -> None:
            if name in common and module not in users[name]:
                users[name].add(module)
                for dep in common[name].deps:
                    mark(dep, module)

        for module, models in self.models.items():
            if module != "_common":
                for model in models:
                    for dep in model.deps:
                        mark(dep, module)
        for module, ops in op_code.items():
            for _, meta in ops:
                for dep in meta["deps"]:
                    mark(dep, module)
        for module, needs in extra_needs.items():
            for dep in needs:
                mark(dep, module)
        kept: list[ModelDef] = []
        for model in self.models.get("_common", []):
            found = users[model.name]
            target = "_common" if len(found) > 1 else next(iter(found), "_unused")
            if target == "_common":
                kept.append(model)
            else:
                self.models.setdefault(target, []).append(model)
                self.class_module[model.name] = target
        self.models["_common"] = kept

    def split_payloads(
        self, op_code: dict[str, list[tuple[str, dict[str, Any]]]], extra_needs: dict[str, set[str]]
    ) -> None:
        """Move the request-body models of each module (those only a body reaches) to
        ``<module>_payloads``: the operations name them in signatures alone (a body is sent as
        dumped), so reading a resource never builds its create/update payload classes.
        """
        for module, ops in sorted(op_code.items()):
            local = {m.name: m for m in self.models.get(module, [])}

            def closure(roots: set[str], local: dict[str, ModelDef] = local) -> set[str]:
                seen: set[str] = set()
                todo = [r for r in roots if r in local]
                while todo:
                    name = todo.pop()
                    if name not in seen:
                        seen.add(name)
                        todo.extend(dep for dep in local[name].deps if dep in local)
                return seen

            bodies = {meta["body"] for _, meta in ops if meta["body"]}
            for body in bodies:
                extra_needs.setdefault(module, set()).add(body)  # named in the signature
            requested = closure(bodies)
            used_elsewhere = {
                dep
                for other, models in self.models.items()
                if other != module
                for model in models
                for dep in model.deps
            }
            runtime = closure((set(local) - requested) | (used_elsewhere & set(local)))
            for _, meta in ops:
                runtime |= closure(meta["deps"])
            moved = requested - runtime
            if not moved:
                continue
            target = f"{module}Payloads"
            self.models[module] = [m for m in self.models[module] if m.name not in moved]
            self.models[target] = [local[name] for name in sorted(moved)]
            for name in moved:
                self.class_module[name] = target

    def render_module(
        self,
        module: str,
        models: list[ModelDef],
        ops: list[tuple[str, dict[str, Any]]],
        type_only: set[str],
    ) -> str:
        local = {m.name for m in models}
        imports: dict[str, set[str]] = {}
        for m in models:
            for dep in m.deps:
                if dep not in local:
                    imports.setdefault(self.class_module[dep], set()).add(dep)
        for _, meta in ops:
            for dep in meta["deps"]:
                if dep not in local:
                    imports.setdefault(self.class_module[dep], set()).add(dep)
        checking: dict[str, set[str]] = {}
        for dep in type_only:
            if dep not in local and not any(dep in names for names in imports.values()):
                checking.setdefault(self.class_module[dep], set()).add(dep)
        ordered = topo(models)
        aliases = sorted(
            (alias, opts) for (tag, opts), alias in self.include_aliases.items() if tag == module
        )
        out: list[str] = [
            f'"""Generated models and operations for ``{module}`` — do not edit (scripts/codegen_v2.py)."""',
            "",
            "from __future__ import annotations",
            "",
            "from collections.abc import Iterable, Mapping, Sequence",
            "from datetime import date, timedelta",
            "from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast",
            "",
            "from pydantic import Field",
            "",
            "from tidalkit._core.batch import BatchResult",
            "from tidalkit.api.document import DocumentBase",
            "from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime",
            "from tidalkit.api.operations import OperationSpec, Operations, csv, data_items, path_id",
            "from tidalkit.api.pagination import Paginator",
        ]
        for mod in sorted(imports):
            out.append(f"from {PACKAGE}.{modname(mod)} import {', '.join(sorted(imports[mod]))}")
        if checking:
            out.append("")
            out.append("if TYPE_CHECKING:")
            for mod in sorted(checking):
                out.append(f"    from {PACKAGE}.{modname(mod)} import {', '.join(sorted(checking[mod]))}")
        out.append("")
        for alias, opts in aliases:
            out.append(f"{alias} = {literal(list(opts))}")
            out.append(f'"""{INCLUDE_DOC}"""')
            out.append("")
        for m in ordered:
            out.append("")
            out.append(f"class {m.name}({m.base}):")
            doc = m.doc or f"Schema ``{m.schema_name}``."
            out.append(indent(f'"""{_doc_escape(doc)}"""'))
            body = m.classvars + m.fields + m.extra
            for line in body:
                out.append("")
                out.append(indent(line))
            out.append("")
        if ops:
            public = [(c, meta) for c, meta in ops if meta["tier"] == "THIRD_PARTY"]
            private = [(c, meta) for c, meta in ops if meta["tier"] != "THIRD_PARTY"]
            out.append("")
            for _, meta in sorted(ops, key=lambda x: x[1]["name"]):
                out.append(meta["spec_line"])
            cls = pascal(module)
            out += ["", "", f"class {cls}PublicOperations(Operations):"]
            out.append(indent(f'"""The THIRD_PARTY operations on ``{module}``."""'))
            for code in self.group_methods(module, public):
                out += ["", indent(code)]
            out += ["", "", f"class {cls}Operations({cls}PublicOperations):"]
            out.append(indent(f'"""Every operation on ``{module}``, INTERNAL and PARTNER ones included."""'))
            for code in self.group_methods(module, private):
                out += ["", indent(code)]
        return "\n".join(out) + "\n"

    def group_methods(self, tag: str, ops: list[tuple[str, dict[str, Any]]]) -> list[str]:
        """The operation methods of one class, then the conveniences built on them (where they live)."""
        codes = [code for code, _ in sorted(ops, key=lambda x: x[1]["name"])]
        metas = [meta for _, meta in ops]
        listing = next((m for m in metas if m["listing"]), None)
        get = next((m for m in metas if m["name"] == "get" and m["method"] == "GET"), None)
        codes += self.batch_code(tag, listing, get)
        codes += self.collection_code(tag, metas)
        codes += self.radio_code(tag, metas)
        return codes

    def render_raw(self, tags: list[str]) -> str:
        """A typed attribute per resource type for ``client.raw``; each module loads on first access."""
        lines = [
            '"""Typed access to every generated operation group (scripts/codegen_v2.py) — do not edit."""',
            "",
            "from __future__ import annotations",
            "",
            "import importlib",
            "from functools import cached_property",
            "from typing import TYPE_CHECKING, Any",
            "",
            "if TYPE_CHECKING:",
        ]
        for tag in tags:
            lines.append(f"    from {PACKAGE}.{modname(tag)} import {pascal(tag)}Operations")
        lines += [
            "",
            "",
            "class RawNamespaces:",
            '    """Every operation group of the spec, INTERNAL and PARTNER operations included."""',
            "",
            "    def __init__(self, client: Any) -> None:",
            "        self._client = client",
            "",
            "    def _load(self, module: str, name: str) -> Any:",
            "        return getattr(importlib.import_module(module), name)(self._client)",
        ]
        for tag in tags:
            cls = f"{pascal(tag)}Operations"
            lines += [
                "",
                "    @cached_property",
                f"    def {snake(tag)}(self) -> {cls}:",
                f'        """Every operation on ``/{tag}``."""',
                f"        return self._load({f'{PACKAGE}.{modname(tag)}'!r}, {cls!r})",
            ]
        return "\n".join(lines) + "\n"

    def render_parameter_limits(self) -> list[str]:
        """``PARAMETER_LIMITS``: the spec's query-parameter constraints, enforced before sending."""
        lines = [
            "",
            "# operation -> query parameter -> (min items, max items, min length, max length, pattern)",
            "PARAMETER_LIMITS: dict[str, dict[str, tuple[int | None, int | None, int | None, int | None, "
            "str | None]]] = {",
        ]
        found: dict[str, dict[str, tuple[Any, ...]]] = {}
        for path, method, op in self.ops:
            tag = op["tags"][0]
            limits = parameter_limits(op.get("parameters", []))
            if limits:
                found[f"{tag}.{self.method_name(tag, method, path)}"] = limits
        for key in sorted(found):
            lines.append(f"    {key!r}: {{")
            for name, limit in sorted(found[key].items()):
                lines.append(f"        {name!r}: {limit!r},")
            lines.append("    },")
        lines.append("}")
        return lines

    def render_model_index(self) -> str:
        """The index behind the public ``tidalkit.api.models``: every model class and its module."""
        where: dict[str, str] = {}
        for module in sorted(self.models):
            for model in self.models[module]:
                where.setdefault(model.name, f"{PACKAGE}.{modname(module)}")
        lines = [
            '"""Every generated model class and its module, for ``tidalkit.api.models``."""',
            "",
            "from __future__ import annotations",
            "",
            "from typing import TYPE_CHECKING",
            "",
            "if TYPE_CHECKING:",
        ]
        by_module: dict[str, list[str]] = {}
        for name, module in where.items():
            by_module.setdefault(module, []).append(name)
        for module in sorted(by_module):
            names = ", ".join(f"{n} as {n}" for n in sorted(by_module[module]))
            lines.append(f"    from {module} import {names}")
        lines += ["", "__all__ = ["]
        lines += [f"    {name!r}," for name in sorted(where)]
        lines += ["]", "", "MODELS: dict[str, str] = {"]
        lines += [f"    {name!r}: {module!r}," for name, module in sorted(where.items())]
        lines.append("}")
        return "\n".join(lines) + "\n"

    def render_registry(self, op_code: dict[str, list[tuple[str, dict[str, Any]]]]) -> str:
        lines = [
            '"""Index of generated modules, resource models and operations (scripts/codegen_v2.py)."""',
            "",
            "from __future__ import annotations",
            "",
            f"SPEC_VERSION = {self.spec['info']['version']!r}",
            "",
            "# resource type -> (module, resource object class)",
            "RESOURCE_MODELS: dict[str, tuple[str, str]] = {",
        ]
        for t in self.types:
            cls = class_name(f"{pascal(t)}_Resource_Object")
            target = f"{PACKAGE}.{modname(self.class_module[cls])}"
            lines.append(f"    {t!r}: ({target!r}, {cls!r}),")
        lines.append("}")
        lines += [
            "",
            "# tag -> (module, public operations class, all operations class)",
            "OPERATION_CLASSES: dict[str, tuple[str, str, str]] = {",
        ]
        for tag in sorted(op_code):
            cls = pascal(tag)
            target = f"{PACKAGE}.{modname(tag)}"
            lines.append(f"    {tag!r}: ({target!r}, {cls + 'PublicOperations'!r}, {cls + 'Operations'!r}),")
        lines.append("}")
        lines += [
            "",
            "# (tag, method name, HTTP method, path, access tier, deprecated, paginated)",
            "OPERATIONS: tuple[tuple[str, str, str, str, str, bool, bool], ...] = (",
        ]
        for tag in sorted(op_code):
            for _, m in sorted(op_code[tag], key=lambda x: (x[1]["path"], x[1]["method"])):
                lines.append(
                    f"    ({tag!r}, {m['name']!r}, {m['method']!r}, {m['path']!r}, {m['tier']!r}, "
                    f"{m['deprecated']!r}, {m['paginated']!r}),"
                )
        lines.append(")")
        tables = (
            ("request-body maxItems of its data array (write chunk limits)", "MAX_ITEMS", "int", "max_items"),
            ("the OAuth scopes its spec requires (reported on a 403)", "SCOPES", "tuple[str, ...]", "scopes"),
        )
        for comment, table, value_type, attribute in tables:
            lines += ["", f"# operation -> {comment}", f"{table}: dict[str, {value_type}] = {{"]
            for tag in sorted(op_code):
                for _, m in sorted(op_code[tag], key=lambda x: x[1]["name"]):
                    value = m[attribute]
                    if value:
                        key = f"{tag}.{m['name']}"
                        shown = tuple(value) if isinstance(value, list) else value
                        lines.append(f"    {key!r}: {shown!r},")
            lines.append("}")
        lines += self.render_parameter_limits()
        return "\n".join(lines) + "\n"


def success_response(op: dict[str, Any]) -> dict[str, Any]:
    """The response an operation's method parses: a create's ``201`` resource, not a ``200`` dry run."""
    responses = op["responses"]
    return responses.get("201") or responses["200"]


DEPRECATED_USE = re.compile(r"[Dd]eprecated: use '([A-Za-z0-9_]+)' instead")


def deprecated_fallbacks(schema: dict[str, Any]) -> dict[str, str]:
    """Attribute → the deprecated attribute it replaces, where the spec says "Deprecated: use 'x'".

    When TIDAL sends only the older attribute (albums' ``type`` before ``albumType``), the tolerant
    path reads the newer one from it.
    """
    props = schema.get("properties", {})
    out: dict[str, str] = {}
    for prop, prop_schema in sorted(props.items()):
        match = DEPRECATED_USE.search(prop_schema.get("description", ""))
        target = props.get(match.group(1)) if match else None
        if match and target is not None and target.get("type") == prop_schema.get("type"):
            out[match.group(1)] = prop
    return out


def parameter_limits(params: list[dict[str, Any]]) -> dict[str, tuple[Any, ...]]:
    """Query parameter → (min items, max items, min length, max length, pattern) from its schema.

    For an array parameter the lengths and the pattern apply to each value (the schema's ``items``).
    """
    out: dict[str, tuple[Any, ...]] = {}
    for p in params:
        if p.get("in") != "query":
            continue
        schema = p.get("schema", {})
        value = schema.get("items", {}) if schema.get("type") == "array" else schema
        limit = (
            schema.get("minItems"),
            schema.get("maxItems"),
            value.get("minLength"),
            value.get("maxLength"),
            value.get("pattern"),
        )
        if any(part is not None for part in limit):
            out[p["name"]] = limit
    return out


def modname(module: str) -> str:
    return module if module.startswith("_") else snake(module)


def body_cls_schema(op: dict[str, Any]) -> str | None:
    if "requestBody" not in op:
        return None
    return ref_name(op["requestBody"]["content"]["application/vnd.api+json"]["schema"]["$ref"])


def include_options(description: str) -> list[str]:
    match = re.search(r"Available options:\s*(.+)$", description)
    if not match:
        return []
    return [o.strip() for o in match.group(1).split(",") if o.strip()]


def literal(values: list[Any]) -> str:
    values = [v for v in values if v is not None]
    if not values:
        return "str"
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def indent(text: str, n: int = 4) -> str:
    pad = " " * n
    return "\n".join(pad + line if line.strip() else "" for line in text.splitlines())


def _doc_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', "'''")


def topo(models: list[ModelDef]) -> list[ModelDef]:
    by_name = {m.name: m for m in models}
    done: set[str] = set()
    visiting: set[str] = set()
    out: list[ModelDef] = []

    def visit(m: ModelDef) -> None:
        if m.name in done or m.name in visiting:
            return
        visiting.add(m.name)
        for dep in sorted(m.deps):
            if dep in by_name:
                visit(by_name[dep])
        visiting.discard(m.name)
        done.add(m.name)
        out.append(m)

    for m in sorted(models, key=lambda m: m.name):
        visit(m)
    return out


# ---- driver -------------------------------------------------------------------------------------


def ruff() -> list[str]:
    candidate = Path(sys.executable).parent / "ruff"
    return [str(candidate)] if candidate.exists() else ["ruff"]


def render(target: Path) -> None:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    files = Generator(copy.deepcopy(spec)).run()
    target.mkdir(parents=True, exist_ok=True)
    for name, text in sorted(files.items()):
        (target / name).write_text(text, encoding="utf-8")
    subprocess.run(
        [
            *ruff(),
            "check",
            "--quiet",
            "--isolated",
            "--select",
            "I,F401",
            "--fix",
            "--line-length",
            "110",
            "--target-version",
            "py311",
            "--no-cache",
            str(target),
        ],
        check=True,
    )
    subprocess.run(
        [
            *ruff(),
            "format",
            "--quiet",
            "--line-length",
            "110",
            "--target-version",
            "py311",
            "--no-cache",
            str(target),
        ],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed output is stale")
    parser.add_argument("--out", type=Path, default=OUT, help="the generated package directory")
    args = parser.parse_args(argv)
    out: Path = args.out
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "_generated"
        render(fresh)
        if args.check:
            wanted = {p.name for p in fresh.glob("*.py")}
            present = {p.name for p in out.glob("*.py")} if out.exists() else set()
            stale = sorted(
                name
                for name in wanted | present
                if name not in wanted
                or name not in present
                or not filecmp.cmp(fresh / name, out / name, shallow=False)
            )
            if stale:
                print(
                    f"generated code is stale ({len(stale)} files), run scripts/codegen_v2.py:",
                    file=sys.stderr,
                )
                for name in stale[:20]:
                    print(f"  {name}", file=sys.stderr)
                return 1
            print(f"generated code is up to date ({len(wanted)} files)")
            return 0
        if out.exists():
            for old in out.glob("*.py"):
                old.unlink()
        out.mkdir(parents=True, exist_ok=True)
        for path in sorted(fresh.glob("*.py")):
            shutil.copyfile(path, out / path.name)
        print(f"wrote {len(list(fresh.glob('*.py')))} files to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
