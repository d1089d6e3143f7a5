"""Generated models and operations for ``userCollectionAlbums`` — do not edit (scripts/codegen_v2.py)."""

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
    from tidalkit.api._generated.albums import AlbumsResourceObject
    from tidalkit.api._generated.user_collection_albums_payloads import (
        UserCollectionAlbumsItemsRelationshipAddOperationPayload,
        UserCollectionAlbumsItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

UserCollectionAlbumsInclude = Literal[
    "items",
    "owners",
    "items.albumStatistics",
    "items.artists",
    "items.coverArt",
    "items.genres",
    "items.items",
    "items.owners",
    "items.priceConfig",
    "items.providers",
    "items.replacement",
    "items.shares",
    "items.similarAlbums",
    "items.suggestedCoverArts",
    "items.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionAlbumsItemsInclude = Literal[
    "items",
    "items.albumStatistics",
    "items.artists",
    "items.coverArt",
    "items.genres",
    "items.items",
    "items.owners",
    "items.priceConfig",
    "items.providers",
    "items.replacement",
    "items.shares",
    "items.similarAlbums",
    "items.suggestedCoverArts",
    "items.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionAlbumsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBodyErrors(APIModel):
    """Schema ``UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBody.errors``."""

    code: Redactable[
        Literal[
            "DUPLICATE_ITEMS_IN_COLLECTION", "IDEMPOTENT_REQUEST_IN_PROGRESS", "TOO_MANY_ITEMS_IN_COLLECTION"
        ]
        | str
    ]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBody(APIModel):
    """Schema ``UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBody``."""

    errors: Redactable[list[UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBodyErrors]]


class UserCollectionAlbumsAttributes(APIModel):
    """Schema ``UserCollectionAlbums_Attributes``."""

    last_modified_at: UtcDatetime | None = Field(default=None, alias="lastModifiedAt")
    """When the collection was last modified"""

    number_of_items: Redactable[int] = Field(alias="numberOfItems")
    """Number of items in the collection"""


class UserCollectionAlbumsItemsRelationshipAddOperationResponseMetaSkippedItem(APIModel):
    """Schema ``UserCollectionAlbumsItemsRelationshipAddOperation_Response_Meta_SkippedItem``."""

    id: Redactable[str]

    reason: Redactable[Literal["NOT_FOUND", "ALREADY_PRESENT"] | str]

    type: Redactable[Literal["albums"] | str]


class UserCollectionAlbumsItemsAddMultiRelationshipDataDocumentMeta(APIModel):
    """Schema ``UserCollectionAlbums_Items_Add_Multi_Relationship_Data_Document_Meta``."""

    skipped: Redactable[list[UserCollectionAlbumsItemsRelationshipAddOperationResponseMetaSkippedItem]]


class UserCollectionAlbumsItemsAddResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionAlbums_Items_Add_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionAlbumsItemsAddResourceIdentifier(Identifier):
    """Schema ``UserCollectionAlbums_Items_Add_Resource_Identifier``."""

    meta: UserCollectionAlbumsItemsAddResourceIdentifierMeta | None = Field(default=None)


class UserCollectionAlbumsItemsAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionAlbums_Items_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[UserCollectionAlbumsItemsAddResourceIdentifier]]

    links: Redactable[Textual[Links]]

    meta: UserCollectionAlbumsItemsAddMultiRelationshipDataDocumentMeta | None = Field(default=None)


class UserCollectionAlbumsItemsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionAlbums_Items_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")

    replacement: ReplacementProvenance | None = Field(default=None)


class UserCollectionAlbumsItemsResourceIdentifier(Identifier):
    """Schema ``UserCollectionAlbums_Items_Resource_Identifier``."""

    meta: UserCollectionAlbumsItemsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionAlbumsItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionAlbums_Items_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionAlbumsItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionAlbumsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionAlbums_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionAlbumsRelationships(APIModel):
    """Schema ``UserCollectionAlbums_Relationships``."""

    items: UserCollectionAlbumsItemsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class UserCollectionAlbumsResourceObject(Resource):
    """Schema ``UserCollectionAlbums_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": UserCollectionAlbumsItemsResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True, "owners": True}

    attributes: UserCollectionAlbumsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserCollectionAlbumsRelationships:
        """The relationship objects, validated into ``UserCollectionAlbumsRelationships``."""
        return UserCollectionAlbumsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> UserCollectionAlbumsAttributes:
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
    def items(self) -> list[AlbumsResourceObject]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[AlbumsResourceObject]", self.related("items"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class UserCollectionAlbumsSingleResourceDataDocument(DocumentBase):
    """Schema ``UserCollectionAlbums_Single_Resource_Data_Document``."""

    data: Redactable[UserCollectionAlbumsResourceObject]

    links: Redactable[Textual[Links]]


_ADD_ITEMS = OperationSpec(
    "userCollectionAlbums.add_items",
    "POST",
    "/userCollectionAlbums/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionAlbums", "userCollections"),
)
_GET = OperationSpec(
    "userCollectionAlbums.get",
    "GET",
    "/userCollectionAlbums/{id}",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_ITEMS = OperationSpec(
    "userCollectionAlbums.items",
    "GET",
    "/userCollectionAlbums/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "userCollectionAlbums.owners",
    "GET",
    "/userCollectionAlbums/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_ITEMS = OperationSpec(
    "userCollectionAlbums.remove_items",
    "DELETE",
    "/userCollectionAlbums/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionAlbums", "userCollections"),
)


class UserCollectionAlbumsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userCollectionAlbums``."""

    async def add_items(
        self,
        id: str,
        *,
        payload: UserCollectionAlbumsItemsRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> UserCollectionAlbumsItemsAddMultiRelationshipDataDocument:
        """Add to items relationship ("to-many").

        Adds item(s) to items relationship.

        ``POST /userCollectionAlbums/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_ITEMS,
            f"userCollectionAlbums/{path_id(id)}/relationships/items",
            [],
            UserCollectionAlbumsItemsAddMultiRelationshipDataDocument,
            payload=payload,
        )

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionAlbumsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionAlbumsSingleResourceDataDocument:
        """Get single userCollectionAlbum.

        Retrieves single userCollectionAlbum by id.

        ``GET /userCollectionAlbums/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userCollectionAlbums/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionAlbumsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionAlbumsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionAlbumsResourceObject:
        """Get single userCollectionAlbum.

        Retrieves single userCollectionAlbum by id.

        ``GET /userCollectionAlbums/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
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
                "releaseDate",
                "-releaseDate",
                "title",
                "-title",
            ]
        ]
        | None = None,
        locale: str | None = None,
        include: Sequence[UserCollectionAlbumsItemsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionAlbumsItemsMultiRelationshipDataDocument, UserCollectionAlbumsItemsResourceIdentifier
    ]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userCollectionAlbums/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userCollectionAlbums/{path_id(id)}/relationships/items",
            [
                ("sort", csv(sort)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionAlbumsItemsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionAlbumsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserCollectionAlbumsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /userCollectionAlbums/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"userCollectionAlbums/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            UserCollectionAlbumsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_items(
        self,
        id: str,
        *,
        payload: UserCollectionAlbumsItemsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from items relationship ("to-many").

        Deletes item(s) from items relationship.

        ``DELETE /userCollectionAlbums/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_ITEMS,
            f"userCollectionAlbums/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionAlbumsItemsAddMultiRelationshipDataDocument]:
        """Add albums: ``POST /userCollectionAlbums/{id}/relationships/items``, in chunks of 50 (the spec's limit)."""
        return await self._write_items(self.add_items, collection, "albums", ids, 50)

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove albums: ``DELETE /userCollectionAlbums/{id}/relationships/items``, in chunks of 50;
        returns how many ids were sent."""
        await self._write_items(self.remove_items, collection, "albums", ids, 50)
        return len(ids)


class UserCollectionAlbumsOperations(UserCollectionAlbumsPublicOperations):
    """Every operation on ``userCollectionAlbums``, INTERNAL and PARTNER ones included."""
