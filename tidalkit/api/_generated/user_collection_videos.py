"""Generated models and operations for ``userCollectionVideos`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ReplacementProvenance,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.user_collection_videos_payloads import (
        UserCollectionVideosItemsRelationshipAddOperationPayload,
        UserCollectionVideosItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject
    from tidalkit.api._generated.videos import VideosResourceObject

UserCollectionVideosInclude = Literal[
    "items",
    "owners",
    "items.albums",
    "items.artists",
    "items.credits",
    "items.providers",
    "items.replacement",
    "items.similarVideos",
    "items.suggestedVideos",
    "items.thumbnailArt",
    "items.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionVideosItemsInclude = Literal[
    "items",
    "items.albums",
    "items.artists",
    "items.credits",
    "items.providers",
    "items.replacement",
    "items.similarVideos",
    "items.suggestedVideos",
    "items.thumbnailArt",
    "items.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionVideosOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBodyErrors(APIModel):
    """Schema ``UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBody.errors``."""

    code: Redactable[
        Literal[
            "DUPLICATE_ITEMS_IN_COLLECTION", "IDEMPOTENT_REQUEST_IN_PROGRESS", "TOO_MANY_ITEMS_IN_COLLECTION"
        ]
        | str
    ]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBody(APIModel):
    """Schema ``UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBody``."""

    errors: Redactable[list[UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBodyErrors]]


class UserCollectionVideosAttributes(APIModel):
    """Schema ``UserCollectionVideos_Attributes``."""

    last_modified_at: UtcDatetime | None = Field(default=None, alias="lastModifiedAt")
    """When the collection was last modified"""

    number_of_items: Redactable[int] = Field(alias="numberOfItems")
    """Number of items in the collection"""


class UserCollectionVideosItemsRelationshipAddOperationResponseMetaSkippedItem(APIModel):
    """Schema ``UserCollectionVideosItemsRelationshipAddOperation_Response_Meta_SkippedItem``."""

    id: Redactable[str]

    reason: Redactable[Literal["NOT_FOUND", "ALREADY_PRESENT"] | str]

    type: Redactable[Literal["videos"] | str]


class UserCollectionVideosItemsAddMultiRelationshipDataDocumentMeta(APIModel):
    """Schema ``UserCollectionVideos_Items_Add_Multi_Relationship_Data_Document_Meta``."""

    skipped: Redactable[list[UserCollectionVideosItemsRelationshipAddOperationResponseMetaSkippedItem]]


class UserCollectionVideosItemsAddResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionVideos_Items_Add_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionVideosItemsAddResourceIdentifier(Identifier):
    """Schema ``UserCollectionVideos_Items_Add_Resource_Identifier``."""

    meta: UserCollectionVideosItemsAddResourceIdentifierMeta | None = Field(default=None)


class UserCollectionVideosItemsAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionVideos_Items_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[UserCollectionVideosItemsAddResourceIdentifier]]

    links: Redactable[Textual[Links]]

    meta: UserCollectionVideosItemsAddMultiRelationshipDataDocumentMeta | None = Field(default=None)


class UserCollectionVideosItemsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionVideos_Items_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")

    replacement: ReplacementProvenance | None = Field(default=None)


class UserCollectionVideosItemsResourceIdentifier(Identifier):
    """Schema ``UserCollectionVideos_Items_Resource_Identifier``."""

    meta: UserCollectionVideosItemsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionVideosItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionVideos_Items_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionVideosItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionVideosMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionVideos_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionVideosRelationships(APIModel):
    """Schema ``UserCollectionVideos_Relationships``."""

    items: UserCollectionVideosItemsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class UserCollectionVideosResourceObject(Resource):
    """Schema ``UserCollectionVideos_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": UserCollectionVideosItemsResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True, "owners": True}

    attributes: UserCollectionVideosAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserCollectionVideosRelationships:
        """The relationship objects, validated into ``UserCollectionVideosRelationships``."""
        return UserCollectionVideosRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> UserCollectionVideosAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def last_modified_at(self) -> UtcDatetime | None:
        """When the collection was last modified"""
        return self._attributes().last_modified_at

    @property
    def number_of_items(self) -> int:
        """Number of items in the collection"""
        return self._attributes().number_of_items

    @property
    def items(self) -> list[VideosResourceObject]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[VideosResourceObject]", self.related("items"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class UserCollectionVideosSingleResourceDataDocument(DocumentBase):
    """Schema ``UserCollectionVideos_Single_Resource_Data_Document``."""

    data: Redactable[UserCollectionVideosResourceObject]

    links: Redactable[Textual[Links]]


_ADD_ITEMS = OperationSpec(
    "userCollectionVideos.add_items",
    "POST",
    "/userCollectionVideos/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionVideos", "userCollections"),
)
_GET = OperationSpec(
    "userCollectionVideos.get",
    "GET",
    "/userCollectionVideos/{id}",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_ITEMS = OperationSpec(
    "userCollectionVideos.items",
    "GET",
    "/userCollectionVideos/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "userCollectionVideos.owners",
    "GET",
    "/userCollectionVideos/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_ITEMS = OperationSpec(
    "userCollectionVideos.remove_items",
    "DELETE",
    "/userCollectionVideos/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionVideos", "userCollections"),
)


class UserCollectionVideosPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userCollectionVideos``."""

    async def add_items(
        self,
        id: str,
        *,
        payload: UserCollectionVideosItemsRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> UserCollectionVideosItemsAddMultiRelationshipDataDocument:
        """Add to items relationship ("to-many").

        Adds item(s) to items relationship.

        ``POST /userCollectionVideos/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_ITEMS,
            f"userCollectionVideos/{path_id(id)}/relationships/items",
            [],
            UserCollectionVideosItemsAddMultiRelationshipDataDocument,
            payload=payload,
        )

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionVideosInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionVideosSingleResourceDataDocument:
        """Get single userCollectionVideo.

        Retrieves single userCollectionVideo by id.

        ``GET /userCollectionVideos/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userCollectionVideos/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionVideosSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionVideosInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionVideosResourceObject:
        """Get single userCollectionVideo.

        Retrieves single userCollectionVideo by id.

        ``GET /userCollectionVideos/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale, include=include, replace_media=replace_media)).data

    def items(
        self,
        id: str,
        *,
        sort: Sequence[
            Literal[
                "addedAt",
                "-addedAt",
                "artists.name",
                "-artists.name",
                "duration",
                "-duration",
                "title",
                "-title",
            ]
        ]
        | None = None,
        locale: str | None = None,
        include: Sequence[UserCollectionVideosItemsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionVideosItemsMultiRelationshipDataDocument, UserCollectionVideosItemsResourceIdentifier
    ]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userCollectionVideos/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userCollectionVideos/{path_id(id)}/relationships/items",
            [
                ("sort", csv(sort)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionVideosItemsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionVideosOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserCollectionVideosMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /userCollectionVideos/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"userCollectionVideos/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            UserCollectionVideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_items(
        self,
        id: str,
        *,
        payload: UserCollectionVideosItemsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from items relationship ("to-many").

        Deletes item(s) from items relationship.

        ``DELETE /userCollectionVideos/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_ITEMS,
            f"userCollectionVideos/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionVideosItemsAddMultiRelationshipDataDocument]:
        """Add videos: ``POST /userCollectionVideos/{id}/relationships/items``, in chunks of 50 (the spec's limit)."""
        return await self._write_items(self.add_items, collection, "videos", ids, 50)

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove videos: ``DELETE /userCollectionVideos/{id}/relationships/items``, in chunks of 50;
        returns how many ids were sent."""
        await self._write_items(self.remove_items, collection, "videos", ids, 50)
        return len(ids)


class UserCollectionVideosOperations(UserCollectionVideosPublicOperations):
    """Every operation on ``userCollectionVideos``, INTERNAL and PARTNER ones included."""
