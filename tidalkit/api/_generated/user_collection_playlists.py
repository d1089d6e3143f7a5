"""Generated models and operations for ``userCollectionPlaylists`` — do not edit (scripts/codegen_v2.py)."""

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
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.playlists import PlaylistsResourceObject
    from tidalkit.api._generated.user_collection_playlists_payloads import (
        UserCollectionPlaylistsItemsRelationshipAddOperationPayload,
        UserCollectionPlaylistsItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

UserCollectionPlaylistsInclude = Literal[
    "items",
    "owners",
    "items.collaboratorProfiles",
    "items.collaborators",
    "items.coverArt",
    "items.items",
    "items.ownerProfiles",
    "items.owners",
    "items.suggestedCoverArts",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionPlaylistsItemsInclude = Literal[
    "items",
    "items.collaboratorProfiles",
    "items.collaborators",
    "items.coverArt",
    "items.items",
    "items.ownerProfiles",
    "items.owners",
    "items.suggestedCoverArts",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionPlaylistsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors(APIModel):
    """Schema ``UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBody.errors``."""

    code: Redactable[
        Literal[
            "DUPLICATE_ITEMS_IN_COLLECTION", "IDEMPOTENT_REQUEST_IN_PROGRESS", "TOO_MANY_ITEMS_IN_COLLECTION"
        ]
        | str
    ]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBody(APIModel):
    """Schema ``UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBody``."""

    errors: Redactable[list[UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors]]


class UserCollectionPlaylistsAttributes(APIModel):
    """Schema ``UserCollectionPlaylists_Attributes``."""

    last_modified_at: UtcDatetime | None = Field(default=None, alias="lastModifiedAt")
    """When the collection was last modified"""

    number_of_items: Redactable[int] = Field(alias="numberOfItems")
    """Number of items in the collection"""


class UserCollectionPlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem(APIModel):
    """Schema ``UserCollectionPlaylistsItemsRelationshipAddOperation_Response_Meta_SkippedItem``."""

    id: Redactable[str]

    reason: Redactable[Literal["NOT_FOUND", "ALREADY_PRESENT"] | str]

    type: Redactable[Literal["playlists"] | str]


class UserCollectionPlaylistsItemsAddMultiRelationshipDataDocumentMeta(APIModel):
    """Schema ``UserCollectionPlaylists_Items_Add_Multi_Relationship_Data_Document_Meta``."""

    skipped: Redactable[list[UserCollectionPlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem]]


class UserCollectionPlaylistsItemsAddResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionPlaylists_Items_Add_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionPlaylistsItemsAddResourceIdentifier(Identifier):
    """Schema ``UserCollectionPlaylists_Items_Add_Resource_Identifier``."""

    meta: UserCollectionPlaylistsItemsAddResourceIdentifierMeta | None = Field(default=None)


class UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionPlaylists_Items_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[UserCollectionPlaylistsItemsAddResourceIdentifier]]

    links: Redactable[Textual[Links]]

    meta: UserCollectionPlaylistsItemsAddMultiRelationshipDataDocumentMeta | None = Field(default=None)


class UserCollectionPlaylistsItemsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionPlaylists_Items_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionPlaylistsItemsResourceIdentifier(Identifier):
    """Schema ``UserCollectionPlaylists_Items_Resource_Identifier``."""

    meta: UserCollectionPlaylistsItemsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionPlaylistsItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionPlaylists_Items_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionPlaylistsItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionPlaylistsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionPlaylists_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionPlaylistsRelationships(APIModel):
    """Schema ``UserCollectionPlaylists_Relationships``."""

    items: UserCollectionPlaylistsItemsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class UserCollectionPlaylistsResourceObject(Resource):
    """Schema ``UserCollectionPlaylists_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": UserCollectionPlaylistsItemsResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True, "owners": True}

    attributes: UserCollectionPlaylistsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserCollectionPlaylistsRelationships:
        """The relationship objects, validated into ``UserCollectionPlaylistsRelationships``."""
        return UserCollectionPlaylistsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> UserCollectionPlaylistsAttributes:
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
    def items(self) -> list[PlaylistsResourceObject]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[PlaylistsResourceObject]", self.related("items"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class UserCollectionPlaylistsSingleResourceDataDocument(DocumentBase):
    """Schema ``UserCollectionPlaylists_Single_Resource_Data_Document``."""

    data: Redactable[UserCollectionPlaylistsResourceObject]

    links: Redactable[Textual[Links]]


_ADD_ITEMS = OperationSpec(
    "userCollectionPlaylists.add_items",
    "POST",
    "/userCollectionPlaylists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionPlaylists", "userCollections", "playlists"),
)
_GET = OperationSpec(
    "userCollectionPlaylists.get",
    "GET",
    "/userCollectionPlaylists/{id}",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_ITEMS = OperationSpec(
    "userCollectionPlaylists.items",
    "GET",
    "/userCollectionPlaylists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "userCollectionPlaylists.owners",
    "GET",
    "/userCollectionPlaylists/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_ITEMS = OperationSpec(
    "userCollectionPlaylists.remove_items",
    "DELETE",
    "/userCollectionPlaylists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionPlaylists", "userCollections", "playlists"),
)


class UserCollectionPlaylistsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userCollectionPlaylists``."""

    async def add_items(
        self,
        id: str,
        *,
        payload: UserCollectionPlaylistsItemsRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument:
        """Add to items relationship ("to-many").

        Adds item(s) to items relationship.

        ``POST /userCollectionPlaylists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_ITEMS,
            f"userCollectionPlaylists/{path_id(id)}/relationships/items",
            [],
            UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument,
            payload=payload,
        )

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionPlaylistsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionPlaylistsSingleResourceDataDocument:
        """Get single userCollectionPlaylist.

        Retrieves single userCollectionPlaylist by id.

        ``GET /userCollectionPlaylists/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userCollectionPlaylists/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionPlaylistsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionPlaylistsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionPlaylistsResourceObject:
        """Get single userCollectionPlaylist.

        Retrieves single userCollectionPlaylist by id.

        ``GET /userCollectionPlaylists/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale, include=include, replace_media=replace_media)).data

    def items(
        self,
        id: str,
        *,
        collection_view: Literal["FLAT", "FOLDERS"] | None = None,
        sort: Sequence[Literal["addedAt", "-addedAt", "lastModifiedAt", "-lastModifiedAt", "name", "-name"]]
        | None = None,
        include: Sequence[UserCollectionPlaylistsItemsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionPlaylistsItemsMultiRelationshipDataDocument,
        UserCollectionPlaylistsItemsResourceIdentifier,
    ]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userCollectionPlaylists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userCollectionPlaylists/{path_id(id)}/relationships/items",
            [
                ("collectionView", collection_view),
                ("sort", csv(sort)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionPlaylistsItemsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionPlaylistsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserCollectionPlaylistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /userCollectionPlaylists/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"userCollectionPlaylists/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            UserCollectionPlaylistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_items(
        self,
        id: str,
        *,
        payload: UserCollectionPlaylistsItemsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from items relationship ("to-many").

        Deletes item(s) from items relationship.

        ``DELETE /userCollectionPlaylists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_ITEMS,
            f"userCollectionPlaylists/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument]:
        """Add playlists: ``POST /userCollectionPlaylists/{id}/relationships/items``, in chunks of 50 (the spec's limit)."""
        return await self._write_items(self.add_items, collection, "playlists", ids, 50)

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove playlists: ``DELETE /userCollectionPlaylists/{id}/relationships/items``, in chunks of 50;
        returns how many ids were sent."""
        await self._write_items(self.remove_items, collection, "playlists", ids, 50)
        return len(ids)


class UserCollectionPlaylistsOperations(UserCollectionPlaylistsPublicOperations):
    """Every operation on ``userCollectionPlaylists``, INTERNAL and PARTNER ones included."""
