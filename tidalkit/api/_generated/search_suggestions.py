"""Generated models and operations for ``searchSuggestions`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    ReplacementProvenance,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

SearchSuggestionsDirectHitsInclude = Literal["directHits"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SearchSuggestionsHistoryInclude = Literal["history"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SearchSuggestionsInclude = Literal["directHits", "history"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class SearchSuggestionsHighlights(APIModel):
    """Schema ``SearchSuggestions_Highlights``."""

    length: Redactable[int]
    """Length of the highlight range, measured in UTF-16 code units"""

    start: Redactable[int]
    """Zero-based start offset in the suggested query, measured in UTF-16 code units"""


class SearchSuggestionsSuggestions(APIModel):
    """Suggested search queries"""

    highlights: Redactable[list[SearchSuggestionsHighlights]]
    """Ranges in `query` that clients should highlight as matches for the requested search query"""

    query: Redactable[str]
    """The suggested search query"""


class SearchSuggestionsAttributes(APIModel):
    """Schema ``SearchSuggestions_Attributes``."""

    query: Redactable[str]
    """The search query represented by this resource"""

    suggestions: Redactable[list[SearchSuggestionsSuggestions]]
    """Suggested search queries"""

    tracking_id: Redactable[str] = Field(alias="trackingId")
    """Unique tracking id"""


class SearchSuggestionsDirectHitsResourceIdentifierMeta(APIModel):
    """Schema ``SearchSuggestions_DirectHits_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class SearchSuggestionsDirectHitsResourceIdentifier(Identifier):
    """Schema ``SearchSuggestions_DirectHits_Resource_Identifier``."""

    meta: SearchSuggestionsDirectHitsResourceIdentifierMeta | None = Field(default=None)


class SearchSuggestionsDirectHitsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SearchSuggestions_DirectHits_Multi_Relationship_Data_Document``."""

    data: list[SearchSuggestionsDirectHitsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SearchSuggestionsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SearchSuggestions_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SearchSuggestionsRelationships(APIModel):
    """Schema ``SearchSuggestions_Relationships``."""

    direct_hits: SearchSuggestionsDirectHitsMultiRelationshipDataDocument | None = Field(
        default=None, alias="directHits"
    )

    history: MultiRelationshipDataDocument | None = Field(default=None)


class SearchSuggestionsResourceObject(Resource):
    """Schema ``SearchSuggestions_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "directHits": SearchSuggestionsDirectHitsResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"directHits": True, "history": True}

    attributes: SearchSuggestionsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> SearchSuggestionsRelationships:
        """The relationship objects, validated into ``SearchSuggestionsRelationships``."""
        return SearchSuggestionsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> SearchSuggestionsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def query(self) -> str:
        """The search query represented by this resource"""
        return self._attributes().query

    @property
    def suggestions(self) -> list[SearchSuggestionsSuggestions]:
        """Suggested search queries"""
        return self._attributes().suggestions

    @property
    def tracking_id(self) -> str:
        """Unique tracking id"""
        return self._attributes().tracking_id

    @property
    def direct_hits(self) -> list[Resource]:
        """The included ``directHits`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("directHits"))

    @property
    def history(self) -> list[Resource]:
        """The included ``history`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("history"))


class SearchSuggestionsMultiResourceDataDocument(DocumentBase):
    """Schema ``SearchSuggestions_Multi_Resource_Data_Document``."""

    data: Redactable[list[SearchSuggestionsResourceObject]]

    links: Redactable[Textual[Links]]


_DIRECT_HITS = OperationSpec(
    "searchSuggestions.direct_hits",
    "GET",
    "/searchSuggestions/{id}/relationships/directHits",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_HISTORY = OperationSpec(
    "searchSuggestions.history",
    "GET",
    "/searchSuggestions/{id}/relationships/history",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_LIST = OperationSpec(
    "searchSuggestions.list", "GET", "/searchSuggestions", "THIRD_PARTY", cache_ttl=60.0, invalidates=()
)


class SearchSuggestionsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``searchSuggestions``."""

    def direct_hits(
        self,
        id: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        include: Sequence[SearchSuggestionsDirectHitsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SearchSuggestionsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get directHits relationship ("to-many").

        Retrieves directHits relationship.

        ``GET /searchSuggestions/{id}/relationships/directHits`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _DIRECT_HITS,
            f"searchSuggestions/{path_id(id)}/relationships/directHits",
            [
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            SearchSuggestionsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def list(
        self,
        *,
        filter_query: str,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        include: Sequence[SearchSuggestionsInclude] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SearchSuggestionsMultiResourceDataDocument, SearchSuggestionsResourceObject]:
        """Get search suggestions by query.

        Searches for a query and returns a collection containing exactly one search suggestions resource.

        ``GET /searchSuggestions`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "searchSuggestions",
            [
                ("filter[query]", filter_query),
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            SearchSuggestionsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )


class SearchSuggestionsOperations(SearchSuggestionsPublicOperations):
    """Every operation on ``searchSuggestions``, INTERNAL and PARTNER ones included."""

    def history(
        self,
        id: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        include: Sequence[SearchSuggestionsHistoryInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SearchSuggestionsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get history relationship ("to-many").

        Retrieves history relationship.

        ``GET /searchSuggestions/{id}/relationships/history`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: search.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _HISTORY,
            f"searchSuggestions/{path_id(id)}/relationships/history",
            [
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
            ],
            SearchSuggestionsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
