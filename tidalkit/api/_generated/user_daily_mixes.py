"""Generated models and operations for ``userDailyMixes`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, MultiRelationshipDataDocument, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

UserDailyMixesInclude = Literal[
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


class UserDailyMixesAttributes(APIModel):
    """Schema ``UserDailyMixes_Attributes``."""


class UserDailyMixesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserDailyMixes_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserDailyMixesRelationships(APIModel):
    """Schema ``UserDailyMixes_Relationships``."""

    items: MultiRelationshipDataDocument | None = Field(default=None)


class UserDailyMixesResourceObject(Resource):
    """Schema ``UserDailyMixes_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True}

    attributes: UserDailyMixesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserDailyMixesRelationships:
        """The relationship objects, validated into ``UserDailyMixesRelationships``."""
        return UserDailyMixesRelationships.model_validate(self.relationships or {})

    @property
    def items(self) -> list[Resource]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("items"))


class UserDailyMixesSingleResourceDataDocument(DocumentBase):
    """Schema ``UserDailyMixes_Single_Resource_Data_Document``."""

    data: Redactable[UserDailyMixesResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "userDailyMixes.get", "GET", "/userDailyMixes/{id}", "THIRD_PARTY", cache_ttl=60.0, invalidates=()
)
_ITEMS = OperationSpec(
    "userDailyMixes.items",
    "GET",
    "/userDailyMixes/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)


class UserDailyMixesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userDailyMixes``."""

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserDailyMixesInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserDailyMixesSingleResourceDataDocument:
        """Get single userDailyMixe.

        Retrieves single userDailyMixe by id.

        ``GET /userDailyMixes/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userDailyMixes/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserDailyMixesSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserDailyMixesInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserDailyMixesResourceObject:
        """Get single userDailyMixe.

        Retrieves single userDailyMixe by id.

        ``GET /userDailyMixes/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale, include=include, replace_media=replace_media)).data

    def items(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserDailyMixesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserDailyMixesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userDailyMixes/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userDailyMixes/{path_id(id)}/relationships/items",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserDailyMixesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )


class UserDailyMixesOperations(UserDailyMixesPublicOperations):
    """Every operation on ``userDailyMixes``, INTERNAL and PARTNER ones included."""
