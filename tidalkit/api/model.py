"""Base classes of the v2 models: tolerant pydantic models, resources and identifiers.

The generated models in ``tidalkit.api._generated`` subclass these (their documents subclass
`tidalkit.api.document.DocumentBase`). A resource resolves its relationships through the
``included`` index of the document it came from, lazily: an included resource is validated into its
model only when first reached. A document or resource that does not fit its model is salvaged field
by field (``tolerance``); what could not be honoured is logged once per field per document (a
warning the first time the process meets it, DEBUG after) and listed in ``validation_issues``.
"""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import Annotated, Any, ClassVar, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tidalkit._core.model import TolerantModel, UtcDatetime
from tidalkit._http.errors import TidalError
from tidalkit.api.salvage import validate_tolerant
from tidalkit.api.tolerance import (
    Redactable,
    Textual,
    ValidationIssue,
    issues_of,
    log_absent_once,
    log_once,
)

__all__ = [
    "APIModel",
    "GenericResource",
    "Identifier",
    "IncludedIndex",
    "Redactable",
    "RelationshipNotIncludedError",
    "Resource",
    "Textual",
    "UtcDatetime",
    "ValidationIssue",
    "resource_model",
]


class RelationshipNotIncludedError(TidalError, AttributeError):
    """A relationship was read whose resources the request did not ``include``."""


class APIModel(TolerantModel):
    """Base of the v2 models: camelCase aliases, snake_case names, unknown fields kept, lazy schema build."""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        defer_build=True,
        protected_namespaces=(),
        ser_json_timedelta="iso8601",
    )


@cache  # one entry per generated class
def resource_type(model: type[Resource]) -> str | None:
    """The resource type whose model ``model`` is (``"tracks"`` for TracksResourceObject); None for others."""
    from tidalkit.api._generated._registry import RESOURCE_MODELS

    where = (model.__module__, model.__qualname__)
    return next((type_ for type_, target in RESOURCE_MODELS.items() if target == where), None)


@lru_cache(maxsize=1024)  # bounded: the type strings come from the server
def resource_model(type_: str) -> type[Resource]:
    """The model class of resource type ``type_`` (imported on first use); unknown → GenericResource."""
    from tidalkit.api._generated._registry import RESOURCE_MODELS

    target = RESOURCE_MODELS.get(type_)
    if target is None:
        return GenericResource
    module = importlib.import_module(target[0])
    cls: type[Resource] = getattr(module, target[1])
    return cls


class IncludedIndex:
    """``(type, id)`` → resource, from a document's primary data and ``included`` (indexed on first lookup).

    It holds its resources weakly (they hold it), so a document nobody uses any more is freed at
    once, not left to the garbage collector: an included resource is validated when first reached
    and again only if it was freed meanwhile (reported once); a freed primary resource is read again
    from the document's source. It also keeps the document's report: the issues of the resources
    validated so far, the included resources left out as invalid, and which problems were already
    logged (once per field).
    """

    __slots__ = (
        "_dropped",
        "_included",
        "_keys",
        "_logged",
        "_primary",
        "_reported",
        "_reread",
        "_resolved",
        "_source",
        "issues",
    )

    def __init__(
        self,
        included: Sequence[Mapping[str, Any]],
        primary: Sequence[Resource] = (),
        source: Callable[[], Sequence[Resource]] | None = None,
    ) -> None:
        self._included = included
        self._primary = {(resource.type, resource.id): weakref.ref(resource) for resource in primary}
        self._source = source
        self._reread: dict[tuple[str, str], Resource] | None = None
        self._keys: dict[tuple[str, str], int] | None = None
        self._resolved: dict[tuple[str, str], weakref.ref[Resource]] = {}
        self._reported: set[tuple[str, str]] = set()
        self._dropped: set[tuple[str, str]] = set()
        self._logged: set[tuple[str | None, str, str]] = set()
        self.issues: list[ValidationIssue] = []
        """Every issue found in this document so far (primary data first)."""

    def _build(self) -> dict[tuple[str, str], int]:
        keys: dict[tuple[str, str], int] = {}
        for position, raw in enumerate(self._included):
            keys[(str(raw.get("type")), str(raw.get("id")))] = position
        self._keys = keys
        return keys

    def __len__(self) -> int:
        return len(self._included)

    def get(self, type_: str, id_: str) -> Resource | None:
        """The resource ``type_``/``id_`` if the document holds it, validated into its model.

        None when it is absent, or present but unusable (no id/type, not an object): that one is
        reported in ``issues`` and the others still resolve.
        """
        key = (type_, id_)
        ref = self._resolved.get(key) or self._primary.get(key)
        if ref is not None:
            hit = ref()
            if hit is not None:
                return hit
            if key in self._primary:
                return self._read_again(key)
        keys = self._keys if self._keys is not None else self._build()
        position = keys.get(key)
        if position is None or key in self._dropped:
            return None
        found: list[ValidationIssue] = []
        raw = self._included[position]
        try:
            resource = validate_tolerant(resource_model(type_), raw, found)
        except ValidationError as exc:
            self._dropped.add(key)
            rid = raw.get("id")
            detail = str(exc.errors()[0]["msg"]) if exc.error_count() else str(exc)
            self.report(
                [ValidationIssue(type_, rid if isinstance(rid, str) else None, "", "dropped", detail, raw)]
            )
            return None
        if found and key not in self._reported:
            self.report(found)
        self._reported.add(key)
        bind(resource, self)
        self._resolved[key] = weakref.ref(resource)
        return resource

    def _read_again(self, key: tuple[str, str]) -> Resource | None:
        """A primary resource freed since the document was read, from the document's source."""
        if self._reread is None:
            again = self._source() if self._source is not None else ()
            self._reread = {(resource.type, resource.id): resource for resource in again}
        return self._reread.get(key)

    def is_dropped(self, type_: str, id_: str) -> bool:
        """True when ``type_``/``id_`` is in ``included`` but could not be read at all."""
        return (type_, id_) in self._dropped

    def report(self, found: Iterable[ValidationIssue]) -> None:
        """Record ``found`` and log each (resource type, field, problem) once for this document."""
        for issue in found:
            self.issues.append(issue)
            log_once(self._logged, issue)

    def report_missing(self, owner: Resource, name: str, missing: list[tuple[str, str]]) -> None:
        """Log, once per relationship per document, the (type, id) of ``name`` absent from ``included``."""
        log_absent_once(self._logged, owner.type, owner.id, name, missing)

    def holds(self, type_: str, id_: str) -> bool:
        """True when the document carries ``type_``/``id_`` (as primary data or in ``included``)."""
        keys = self._keys if self._keys is not None else self._build()
        key = (type_, id_)
        return key in self._primary or (key in keys and key not in self._dropped)

    def __iter__(self) -> Iterator[Resource]:
        for raw in self._included:
            resource = self.get(str(raw.get("type")), str(raw.get("id")))
            if resource is not None:
                yield resource


_EMPTY_INDEX = IncludedIndex(())


ResourceId = Annotated[str, Field(coerce_numbers_to_str=True)]
"""A JSON:API ``id``: a string, or a number TIDAL sent where the spec says string (read as its text)."""


class Identifier(APIModel):
    """A resource identifier ``{id, type, meta?}``; ``.resource`` is the included resource it names."""

    id: ResourceId
    type: str

    @property
    def resource(self) -> Resource:
        """The included resource; raises RelationshipNotIncludedError when the document lacks it."""
        index = index_of(self)
        found = index.get(self.type, self.id)
        if found is None:
            if index.is_dropped(self.type, self.id):
                raise RelationshipNotIncludedError(
                    f"{self.type} {self.id} is in included but could not be read (see validation_issues)"
                )
            raise RelationshipNotIncludedError(
                f"{self.type} {self.id} is not in the document's included resources — "
                "pass include=[...] naming this relationship"
            )
        return found


def bind(value: BaseModel, index: IncludedIndex) -> None:
    """Attach ``index`` to a resource or identifier so its relationships resolve.

    Stored in pydantic's private-attribute slot directly: declaring a PrivateAttr would make
    pydantic initialise it on every one of the (tens of thousands of) parsed objects.
    """
    private = value.__pydantic_private__
    if private is None:
        object.__setattr__(value, "__pydantic_private__", {"_index": index})
    else:
        private["_index"] = index
        private.pop("_identifiers", None)  # read through the previous index
        private.pop("_related", None)


def index_of(value: BaseModel) -> IncludedIndex:
    """The index attached by `bind` (an empty one when the object was never bound)."""
    private = value.__pydantic_private__
    found = private.get("_index") if private is not None else None
    return found if isinstance(found, IncludedIndex) else _EMPTY_INDEX


class Resource(APIModel):
    """A JSON:API resource object. Relationship properties resolve through the document's ``included``."""

    id: ResourceId
    type: str

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}
    """Relationship name → to-many (True) or to-one (False), from the spec."""
    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {}
    """Relationship name → identifier model, where the spec gives identifiers a typed ``meta``."""

    def _relationship_data(self, name: str) -> Any:
        # Resource models keep ``relationships`` as raw JSON:API objects (see the generator).
        relationships: Any = self.__dict__.get("relationships")
        document: Any = (
            cast(dict[str, Any], relationships).get(name) if isinstance(relationships, dict) else None
        )
        if isinstance(document, dict) and "data" in document:
            return cast(dict[str, Any], document)["data"]
        raise RelationshipNotIncludedError(
            f"{name} not included — pass include=[{name!r}] "
            f"(on {self.type} {self.id}; nested paths are dotted from the request's root resource)"
        )

    def identifiers(self, name: str) -> list[Identifier]:
        """The identifiers (with their ``meta``) of relationship ``name``; raises when not included.

        Validated on the first read of ``name`` (what does not fit is reported then, once) and kept.
        """
        return list(self._edges(name))

    def _edges(self, name: str) -> list[Identifier]:
        private = self.__pydantic_private__
        known: Any = private.get("_identifiers") if private is not None else None
        if known is not None and name in known:
            return cast(dict[str, list[Identifier]], known)[name]
        data = self._relationship_data(name)
        index = index_of(self)
        raw = as_items(data)
        out: list[Identifier] = []
        model = self.RELATIONSHIP_IDENTIFIERS.get(name, Identifier)
        found: list[ValidationIssue] = []
        for position, item in enumerate(raw):
            try:
                ident = (
                    item
                    if isinstance(item, Identifier)
                    else validate_tolerant(model, item, found, (self.type, self.id), f"relationships.{name}")
                )
            except ValidationError as exc:
                where = f"relationships.{name}.data.{position}"
                found.append(ValidationIssue(self.type, self.id, where, "dropped", str(exc), item))
                continue
            bind(ident, index)
            out.append(ident)
        if found:
            index.report(found)
        if private is None:
            private = {}
            object.__setattr__(self, "__pydantic_private__", private)
        private.setdefault("_identifiers", {})[name] = out
        return out

    def related(self, name: str) -> list[Resource]:
        """The included resources of relationship ``name``, in order; raises when not included.

        Identifiers whose resource the server left out of ``included`` (e.g. unavailable in the
        country) or sent unreadable are skipped and logged once per relationship per document;
        `missing_related` lists them, `identifiers` every edge with its ``meta``. Kept after the
        first read (this resource holds them; the document's index holds resources weakly).
        """
        private = self.__pydantic_private__
        known: Any = private.get("_related") if private is not None else None
        if known is not None and name in known:
            return list(cast(dict[str, list[Resource]], known)[name])
        keys = _plain_keys(self._relationship_data(name))
        if keys is None:  # an edge that is not a plain {"id", "type"} object: validated (and reported)
            keys = [(ident.type, ident.id) for ident in self._edges(name)]
        index = index_of(self)
        out: list[Resource] = []
        missing: list[tuple[str, str]] = []
        for type_, id_ in keys:
            found = index.get(type_, id_)
            if found is not None:
                out.append(found)
            else:
                missing.append((type_, id_))
        if missing:
            index.report_missing(self, name, missing)
        private = self.__pydantic_private__  # `_edges` may have set it
        if private is None:
            private = {}
            object.__setattr__(self, "__pydantic_private__", private)
        private.setdefault("_related", {})[name] = out
        return list(out)

    def missing_related(self, name: str) -> list[Identifier]:
        """The identifiers of relationship ``name`` whose resource the document does not carry."""
        index = index_of(self)
        return [ident for ident in self.identifiers(name) if not index.holds(ident.type, ident.id)]

    @property
    def validation_issues(self) -> tuple[ValidationIssue, ...]:
        """What TIDAL sent for this resource that its model could not take as is (empty normally)."""
        return issues_of(self)

    def related_one(self, name: str) -> Resource | None:
        """The included resource of to-one relationship ``name`` (None when empty or left out)."""
        found = self.related(name)
        return found[0] if found else None


def as_items(data: Any) -> list[Any]:
    """A JSON:API ``data`` member as a list: to-many as is, to-one as one item, null as none."""
    return cast(list[Any], data) if isinstance(data, list) else [data] if data is not None else []


def _plain_keys(data: Any) -> list[tuple[str, str]] | None:
    """``(type, id)`` of each edge of a relationship's ``data`` as TIDAL sends it; None when an edge is
    anything else (it is validated as an identifier then, and what does not fit is reported).

    The resources an edge names need only its type and id: its ``meta`` is read (and validated) by
    `Resource.identifiers`.
    """
    keys: list[tuple[str, str]] = []
    for item in as_items(data):
        if type(item) is not dict:
            return None
        edge = cast(dict[str, Any], item)
        type_, id_ = edge.get("type"), edge.get("id")
        if type(type_) is not str or type(id_) is not str:
            return None
        keys.append((type_, id_))
    return keys


class GenericResource(Resource):
    """A resource of a type this version of tidalkit does not know; attributes stay a dict."""

    attributes: dict[str, Any] | None = None
    relationships: dict[str, Any] | None = None
