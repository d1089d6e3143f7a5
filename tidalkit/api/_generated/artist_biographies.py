"""Generated models and operations for ``artistBiographies`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.artist_biographies_payloads import ArtistBiographiesUpdateOperationPayload
    from tidalkit.api._generated.users import UsersResourceObject

ArtistBiographiesInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class ArtistBiographiesAttributes(APIModel):
    """Schema ``ArtistBiographies_Attributes``."""

    editable: Redactable[bool]
    """Boolean to indicate if the biography is editable (source = tidal or artist)"""

    source: Literal["TIDAL", "TiVo", "MusicBrainz", "Avex", "Artist", "UNKNOWN"] | str | None = Field(
        default=None
    )
    """Source the biography is coming from"""

    text: Redactable[str]
    """Artist biography"""


class ArtistBiographiesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``ArtistBiographies_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistBiographiesRelationships(APIModel):
    """Schema ``ArtistBiographies_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class ArtistBiographiesResourceObject(Resource):
    """Schema ``ArtistBiographies_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: ArtistBiographiesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> ArtistBiographiesRelationships:
        """The relationship objects, validated into ``ArtistBiographiesRelationships``."""
        return ArtistBiographiesRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> ArtistBiographiesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def editable(self) -> bool:
        """Boolean to indicate if the biography is editable (source = tidal or artist)"""
        return self._attributes().editable

    @property
    def source(self) -> Literal["TIDAL", "TiVo", "MusicBrainz", "Avex", "Artist", "UNKNOWN"] | str | None:
        """Source the biography is coming from"""
        return self._attributes().source

    @property
    def text(self) -> str:
        """Artist biography"""
        return self._attributes().text

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class ArtistBiographiesSingleResourceDataDocument(DocumentBase):
    """Schema ``ArtistBiographies_Single_Resource_Data_Document``."""

    data: Redactable[ArtistBiographiesResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "artistBiographies.get", "GET", "/artistBiographies/{id}", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_OWNERS = OperationSpec(
    "artistBiographies.owners",
    "GET",
    "/artistBiographies/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_UPDATE = OperationSpec(
    "artistBiographies.update",
    "PATCH",
    "/artistBiographies/{id}",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("artistBiographies",),
)


class ArtistBiographiesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``artistBiographies``."""


class ArtistBiographiesOperations(ArtistBiographiesPublicOperations):
    """Every operation on ``artistBiographies``, INTERNAL and PARTNER ones included."""

    async def get_document(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistBiographiesInclude] | None = None,
    ) -> ArtistBiographiesSingleResourceDataDocument:
        """Get single artistBiographie.

        Retrieves single artistBiographie by id.

        ``GET /artistBiographies/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"artistBiographies/{path_id(id)}",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            ArtistBiographiesSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistBiographiesInclude] | None = None,
    ) -> ArtistBiographiesResourceObject:
        """Get single artistBiographie.

        Retrieves single artistBiographie by id.

        ``GET /artistBiographies/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, country_code=country_code, include=include)).data

    def owners(
        self,
        id: str,
        *,
        include: Sequence[ArtistBiographiesInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistBiographiesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /artistBiographies/{id}/relationships/owners`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"artistBiographies/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            ArtistBiographiesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def update(
        self, id: str, *, payload: ArtistBiographiesUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update single artistBiographie.

        Updates existing artistBiographie.

        ``PATCH /artistBiographies/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"artistBiographies/{path_id(id)}", [], MutationResponseDocument, payload=payload
        )
