"""The base of the v2 JSON:API documents: ``data``, ``included`` (indexed once, resolved lazily), salvage.

A generated document class subclasses `DocumentBase`; parsing one binds its ``included`` index to
the primary data, so relationships of the resources in it resolve (see `tidalkit.api.model`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Self, cast

from pydantic import BaseModel, ValidationError

from tidalkit._http.parsing import json_refused
from tidalkit.api.model import APIModel, IncludedIndex, Resource, as_items, bind, index_of
from tidalkit.api.salvage import salvage
from tidalkit.api.tolerance import ValidationIssue, absent_count, check_absent

__all__ = ["DocumentBase"]


def _bind(value: Any, index: IncludedIndex) -> None:
    if isinstance(value, BaseModel):
        bind(value, index)
    elif isinstance(value, list):
        for item in cast(list[Any], value):
            if isinstance(item, BaseModel):
                bind(item, index)


class DocumentBase(APIModel):
    """A JSON:API top-level document: ``data``, ``included`` (resolved lazily), ``links``, ``meta``."""

    included: list[dict[str, Any]] | None = None
    meta: dict[str, Any] | None = None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """Parse a JSON document and attach its ``included`` index to the primary data.

        A document that does not fit is salvaged field by field (see ``validation_issues``).
        """
        before = absent_count()
        try:
            document = super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            try:
                decoded = json.loads(json_data)
            except (ValueError, RecursionError):
                raise exc from None
            if json_refused(exc):  # JSON only `json.loads` reads: the document as it decodes
                return cls.model_validate(decoded, **kwargs)
            return cls._salvaged(decoded, exc)
        text = bytes(json_data) if isinstance(json_data, bytearray) else json_data
        document._bound(before, lambda: cls.model_validate_json(text, **kwargs))
        return document

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        """Validate a decoded document and attach its ``included`` index to the primary data."""
        before = absent_count()
        try:
            document = super().model_validate(obj, **kwargs)
        except ValidationError as exc:
            return cls._salvaged(obj, exc)
        document._bound(before, lambda: cls.model_validate(obj, **kwargs))
        return document

    def _bound(self, before: int, again: Callable[[], DocumentBase]) -> None:
        """`bind`, and report the required fields left out if pydantic-core read any as absent."""
        self.bind(again)
        if absent_count() != before:
            found: list[ValidationIssue] = []
            check_absent(self, found, count=absent_count() - before)
            self.index.report(found)

    @classmethod
    def _salvaged(cls, obj: Any, exc: ValidationError) -> Self:
        if not isinstance(obj, dict):
            raise exc
        found: list[ValidationIssue] = []
        document = salvage(cls, cast(dict[str, Any], obj), exc, found)
        document.bind(lambda: cls.model_validate(obj))
        document.index.report(found)
        return document

    @property
    def validation_issues(self) -> list[ValidationIssue]:
        """Every field of this document TIDAL sent that its model could not take as is.

        Reading it validates every included resource (they are otherwise validated on first use),
        so the list is complete: primary data first, then ``included`` in order. Empty normally.
        """
        for _ in self.index:
            pass
        return list(self.index.issues)

    def missing_included(self) -> list[tuple[str, str]]:
        """``(type, id)`` of every relationship target the document names but does not carry."""
        index = self.index
        seen: dict[tuple[str, str], None] = {}
        raws: list[Any] = [getattr(r, "relationships", None) for r in self._primary_resources()]
        raws += [raw.get("relationships") for raw in self.included or ()]
        for relationships in raws:
            if not isinstance(relationships, Mapping):
                continue
            for document in cast(Mapping[str, Any], relationships).values():
                data: Any = (
                    cast(Mapping[str, Any], document).get("data") if isinstance(document, Mapping) else None
                )
                for item in as_items(data):
                    if isinstance(item, Mapping):
                        key = (
                            str(cast(Mapping[str, Any], item).get("type")),
                            str(cast(Mapping[str, Any], item).get("id")),
                        )
                        if not index.holds(*key):
                            seen.setdefault(key, None)
        return list(seen)

    def _primary_resources(self) -> list[Resource]:
        data: Any = self.__dict__.get("data")
        return [item for item in as_items(data) if isinstance(item, Resource)]

    def bind(self, again: Callable[[], DocumentBase] | None = None) -> None:
        """Index ``included`` (lazily) and attach it to the primary resources/identifiers.

        Done once per top-level document, after validation: a ``model_post_init`` would run for
        every nested relationship object too and roughly double the parse time of large pages.
        ``again`` reads the document once more from its source: the index holds the primary
        resources weakly and asks for them again if one is reached after it was freed.
        """
        data: Any = self.__dict__.get("data")
        source = None if again is None else (lambda: again()._primary_resources())
        index = IncludedIndex(self.included or (), self._primary_resources(), source)
        bind(self, index)
        _bind(data, index)

    @property
    def index(self) -> IncludedIndex:
        """The document's resources by ``(type, id)``."""
        return index_of(self)

    def included_resources(self) -> list[Resource]:
        """Every resource in ``included``, validated into its model."""
        return list(self.index)
