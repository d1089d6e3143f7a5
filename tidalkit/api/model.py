"""Base classes of the v2 models: tolerant pydantic models, resources, identifiers and documents.

The generated models in ``tidalkit.api._generated`` subclass these. A resource resolves its
relationships through the ``included`` index of the document it came from, lazily: an included
resource is validated into its model only when first reached.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar, Self, cast

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

from tidalkit._http.parsing import validation_error

__all__ = [
    "APIModel",
    "DateTime",
    "DocumentBase",
    "GenericResource",
    "Identifier",
    "IncludedIndex",
    "RelationshipNotIncludedError",
    "Resource",
    "resource_model",
]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


DateTime = Annotated[datetime, AfterValidator(_aware)]
"""A timezone-aware datetime (naive values from the server are read as UTC)."""


class RelationshipNotIncludedError(AttributeError):
    """A relationship was read whose resources the request did not ``include``."""


class APIModel(BaseModel):
    """Tolerant base model: camelCase aliases, snake_case names, unknown fields kept, lazy schema build."""

    model_config = ConfigDict(
        populate_by_name=True,
        extra="allow",
        defer_build=True,
        protected_namespaces=(),
        ser_json_timedelta="iso8601",
    )


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
    """``(type, id)`` → resource, built from a document's primary data and ``included`` on first lookup."""

    __slots__ = ("_included", "_keys", "_primary", "_resolved")

    def __init__(self, included: Sequence[Mapping[str, Any]], primary: Sequence[Resource] = ()) -> None:
        self._included = included
        self._primary = primary
        self._keys: dict[tuple[str, str], int] | None = None
        self._resolved: dict[tuple[str, str], Resource] = {}

    def _build(self) -> dict[tuple[str, str], int]:
        keys: dict[tuple[str, str], int] = {}
        for position, raw in enumerate(self._included):
            keys[(str(raw.get("type")), str(raw.get("id")))] = position
        for resource in self._primary:
            self._resolved.setdefault((resource.type, resource.id), resource)
        self._keys = keys
        return keys

    def __len__(self) -> int:
        return len(self._included)

    def get(self, type_: str, id_: str) -> Resource | None:
        """The resource ``type_``/``id_`` if the document holds it, validated into its model."""
        keys = self._keys if self._keys is not None else self._build()
        key = (type_, id_)
        hit = self._resolved.get(key)
        if hit is not None:
            return hit
        position = keys.get(key)
        if position is None:
            return None
        model = resource_model(type_)
        try:
            resource = model.model_validate(self._included[position])
        except ValidationError as exc:
            raise validation_error(exc, model.__name__) from exc
        bind(resource, self)
        self._resolved[key] = resource
        return resource

    def __iter__(self) -> Iterator[Resource]:
        for raw in self._included:
            resource = self.get(str(raw.get("type")), str(raw.get("id")))
            if resource is not None:
                yield resource


_EMPTY_INDEX = IncludedIndex(())


class Identifier(APIModel):
    """A resource identifier ``{id, type, meta?}``; ``.resource`` is the included resource it names."""

    id: str
    type: str

    @property
    def resource(self) -> Resource:
        """The included resource; raises RelationshipNotIncludedError when the document lacks it."""
        found = index_of(self).get(self.type, self.id)
        if found is None:
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


def index_of(value: BaseModel) -> IncludedIndex:
    """The index attached by :func:`bind` (an empty one when the object was never bound)."""
    private = value.__pydantic_private__
    found = private.get("_index") if private is not None else None
    return found if isinstance(found, IncludedIndex) else _EMPTY_INDEX


def _bind(value: Any, index: IncludedIndex) -> None:
    if isinstance(value, BaseModel):
        bind(value, index)
    elif isinstance(value, list):
        for item in cast(list[Any], value):
            if isinstance(item, BaseModel):
                bind(item, index)


class Resource(APIModel):
    """A JSON:API resource object. Relationship properties resolve through the document's ``included``."""

    id: str
    type: str

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}
    """Relationship name → to-many (True) or to-one (False), from the spec."""
    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {}
    """Relationship name → identifier model, where the spec gives identifiers a typed ``meta``."""

    def _relationship_data(self, name: str) -> Any:
        # Resource models keep ``relationships`` as raw JSON:API objects (see the generator).
        relationships: Any = getattr(self, "relationships", None)
        document: Any = (
            cast(Mapping[str, Any], relationships).get(name) if isinstance(relationships, Mapping) else None
        )
        present = isinstance(document, Mapping) and "data" in document
        data: Any = cast(Mapping[str, Any], document).get("data") if present else None
        if not present:
            raise RelationshipNotIncludedError(
                f"{name} not included — pass include=[{name!r}] "
                f"(on {self.type} {self.id}; nested paths are dotted from the request's root resource)"
            )
        return data

    def identifiers(self, name: str) -> list[Identifier]:
        """The identifiers (with their ``meta``) of relationship ``name``; raises when not included."""
        data = self._relationship_data(name)
        index = index_of(self)
        raw: list[Any] = (
            cast(list[Any], data) if isinstance(data, list) else [data] if data is not None else []
        )
        out: list[Identifier] = []
        model = self.RELATIONSHIP_IDENTIFIERS.get(name, Identifier)
        for item in raw:
            ident = item if isinstance(item, Identifier) else model.model_validate(item)
            bind(ident, index)
            out.append(ident)
        return out

    def related(self, name: str) -> list[Resource]:
        """The included resources of relationship ``name``, in order; raises when not included.

        Identifiers whose resource the server left out of ``included`` (e.g. unavailable in the
        country) are skipped; use :meth:`identifiers` to see every edge with its ``meta``.
        """
        index = index_of(self)
        out: list[Resource] = []
        for ident in self.identifiers(name):
            found = index.get(ident.type, ident.id)
            if found is not None:
                out.append(found)
        return out

    def related_one(self, name: str) -> Resource | None:
        """The included resource of to-one relationship ``name`` (None when empty or left out)."""
        found = self.related(name)
        return found[0] if found else None


class GenericResource(Resource):
    """A resource of a type this version of tidalkit does not know; attributes stay a dict."""

    attributes: dict[str, Any] | None = None
    relationships: dict[str, Any] | None = None


class DocumentBase(APIModel):
    """A JSON:API top-level document: ``data``, ``included`` (resolved lazily), ``links``, ``meta``."""

    included: list[dict[str, Any]] | None = None
    meta: dict[str, Any] | None = None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """Parse a JSON document and attach its ``included`` index to the primary data."""
        document = super().model_validate_json(json_data, **kwargs)
        document.bind()
        return document

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        """Validate a decoded document and attach its ``included`` index to the primary data."""
        document = super().model_validate(obj, **kwargs)
        document.bind()
        return document

    def bind(self) -> None:
        """Index ``included`` (lazily) and attach it to the primary resources/identifiers.

        Done once per top-level document, after validation: a ``model_post_init`` would run for
        every nested relationship object too and roughly double the parse time of large pages.
        """
        data: Any = self.__dict__.get("data")
        items: list[Any] = (
            cast(list[Any], data) if isinstance(data, list) else [data] if data is not None else []
        )
        primary = [item for item in items if isinstance(item, Resource)]
        index = IncludedIndex(self.included or (), primary)
        bind(self, index)
        _bind(data, index)

    @property
    def index(self) -> IncludedIndex:
        """The document's resources by ``(type, id)``."""
        return index_of(self)

    def included_resources(self) -> list[Resource]:
        """Every resource in ``included``, validated into its model."""
        return list(self.index)
