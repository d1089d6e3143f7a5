"""Generated models and operations for ``albumStatistics`` — do not edit (scripts/codegen_v2.py)."""

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

AlbumStatisticsInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class AlbumStatisticsAttributes(APIModel):
    """Schema ``AlbumStatistics_Attributes``."""

    num_sales: int | None = Field(default=None, alias="numSales")
    """Number of sales"""

    total_playbacks: Redactable[int] = Field(alias="totalPlaybacks")
    """Total playbacks"""

    unique_listeners: Redactable[int] = Field(alias="uniqueListeners")
    """Unique listeners"""


class AlbumStatisticsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``AlbumStatistics_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class AlbumStatisticsRelationships(APIModel):
    """Schema ``AlbumStatistics_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class AlbumStatisticsResourceObject(Resource):
    """Schema ``AlbumStatistics_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: AlbumStatisticsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> AlbumStatisticsRelationships:
        """The relationship objects, validated into ``AlbumStatisticsRelationships``."""
        return AlbumStatisticsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> AlbumStatisticsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def num_sales(self) -> int | None:
        """Number of sales"""
        return self._attributes().num_sales

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


class AlbumStatisticsSingleResourceDataDocument(DocumentBase):
    """Schema ``AlbumStatistics_Single_Resource_Data_Document``."""

    data: Redactable[AlbumStatisticsResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "albumStatistics.get", "GET", "/albumStatistics/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "albumStatistics.owners",
    "GET",
    "/albumStatistics/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class AlbumStatisticsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``albumStatistics``."""


class AlbumStatisticsOperations(AlbumStatisticsPublicOperations):
    """Every operation on ``albumStatistics``, INTERNAL and PARTNER ones included."""

    async def get_document(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumStatisticsInclude] | None = None,
    ) -> AlbumStatisticsSingleResourceDataDocument:
        """Get single albumStatistic.

        Retrieves single albumStatistic by id.

        ``GET /albumStatistics/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"albumStatistics/{path_id(id)}",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            AlbumStatisticsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumStatisticsInclude] | None = None,
    ) -> AlbumStatisticsResourceObject:
        """Get single albumStatistic.

        Retrieves single albumStatistic by id.

        ``GET /albumStatistics/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, country_code=country_code, include=include)).data

    def owners(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumStatisticsInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumStatisticsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /albumStatistics/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"albumStatistics/{path_id(id)}/relationships/owners",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            AlbumStatisticsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
