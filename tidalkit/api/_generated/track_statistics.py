"""Generated models and operations for ``trackStatistics`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, MultiRelationshipDataDocument, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.users import UsersResourceObject

TrackStatisticsInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class TrackStatisticsAttributes(APIModel):
    """Schema ``TrackStatistics_Attributes``."""

    total_playbacks: Redactable[int] = Field(alias="totalPlaybacks")
    """Total playbacks"""

    unique_listeners: Redactable[int] = Field(alias="uniqueListeners")
    """Unique listeners"""


class TrackStatisticsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``TrackStatistics_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class TrackStatisticsRelationships(APIModel):
    """Schema ``TrackStatistics_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class TrackStatisticsResourceObject(Resource):
    """Schema ``TrackStatistics_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: TrackStatisticsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> TrackStatisticsRelationships:
        """The relationship objects, validated into ``TrackStatisticsRelationships``."""
        return TrackStatisticsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> TrackStatisticsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def total_playbacks(self) -> int:
        """Total playbacks"""
        return self._attributes().total_playbacks

    @property
    def unique_listeners(self) -> int:
        """Unique listeners"""
        return self._attributes().unique_listeners

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class TrackStatisticsSingleResourceDataDocument(DocumentBase):
    """Schema ``TrackStatistics_Single_Resource_Data_Document``."""

    data: Redactable[TrackStatisticsResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "trackStatistics.get", "GET", "/trackStatistics/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "trackStatistics.owners",
    "GET",
    "/trackStatistics/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class TrackStatisticsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``trackStatistics``."""


class TrackStatisticsOperations(TrackStatisticsPublicOperations):
    """Every operation on ``trackStatistics``, INTERNAL and PARTNER ones included."""

    async def get_document(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TrackStatisticsInclude] | None = None,
    ) -> TrackStatisticsSingleResourceDataDocument:
        """Get single trackStatistic.

        Retrieves single trackStatistic by id.

        ``GET /trackStatistics/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"trackStatistics/{path_id(id)}",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            TrackStatisticsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TrackStatisticsInclude] | None = None,
    ) -> TrackStatisticsResourceObject:
        """Get single trackStatistic.

        Retrieves single trackStatistic by id.

        ``GET /trackStatistics/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, country_code=country_code, include=include)).data

    def owners(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TrackStatisticsInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TrackStatisticsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /trackStatistics/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"trackStatistics/{path_id(id)}/relationships/owners",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            TrackStatisticsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
