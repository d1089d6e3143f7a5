"""Generated models and operations for ``userDiscoveryMixes`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, MultiRelationshipDataDocument, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

UserDiscoveryMixesInclude = Literal[
    "items",
    "items.albums",
    "items.artists",
    "items.credits",
    "items.download",
    "items.genres",
    "items.lyrics",
    "items.metadataStatus",
    "items.owners",
    "items.priceConfig",
    "items.providers",
    "items.radio",
    "items.replacement",
    "items.shares",
    "items.similarTracks",
    "items.sourceFile",
    "items.suggestedTracks",
    "items.trackStatistics",
    "items.usageRules",
    "items.similarVideos",
    "items.suggestedVideos",
    "items.thumbnailArt",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserDiscoveryMixesAttributes(APIModel):
    """Schema ``UserDiscoveryMixes_Attributes``."""


class UserDiscoveryMixesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserDiscoveryMixes_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserDiscoveryMixesRelationships(APIModel):
    """Schema ``UserDiscoveryMixes_Relationships``."""

    items: MultiRelationshipDataDocument | None = Field(default=None)


class UserDiscoveryMixesResourceObject(Resource):
    """Schema ``UserDiscoveryMixes_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True}

    attributes: UserDiscoveryMixesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserDiscoveryMixesRelationships:
        """The relationship objects, validated into ``UserDiscoveryMixesRelationships``."""
        return UserDiscoveryMixesRelationships.model_validate(self.relationships or {})

    @property
    def items(self) -> list[Resource]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("items"))


class UserDiscoveryMixesSingleResourceDataDocument(DocumentBase):
    """Schema ``UserDiscoveryMixes_Single_Resource_Data_Document``."""

    data: Redactable[UserDiscoveryMixesResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "userDiscoveryMixes.get", "GET", "/userDiscoveryMixes/{id}", "THIRD_PARTY", cache_ttl=60.0, invalidates=()
)
_ITEMS = OperationSpec(
    "userDiscoveryMixes.items",
    "GET",
    "/userDiscoveryMixes/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)


class UserDiscoveryMixesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userDiscoveryMixes``."""

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserDiscoveryMixesInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserDiscoveryMixesSingleResourceDataDocument:
        """Get single userDiscoveryMixe.

        Retrieves single userDiscoveryMixe by id.

        ``GET /userDiscoveryMixes/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userDiscoveryMixes/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserDiscoveryMixesSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserDiscoveryMixesInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserDiscoveryMixesResourceObject:
        """Get single userDiscoveryMixe.

        Retrieves single userDiscoveryMixe by id.

        ``GET /userDiscoveryMixes/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale, include=include, replace_media=replace_media)).data

    def items(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserDiscoveryMixesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserDiscoveryMixesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userDiscoveryMixes/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userDiscoveryMixes/{path_id(id)}/relationships/items",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserDiscoveryMixesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )


class UserDiscoveryMixesOperations(UserDiscoveryMixesPublicOperations):
    """Every operation on ``userDiscoveryMixes``, INTERNAL and PARTNER ones included."""
