"""Generated models and operations for ``userCollectionArtists`` — do not edit (scripts/codegen_v2.py)."""

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
    from tidalkit.api._generated.artists import ArtistsResourceObject
    from tidalkit.api._generated.user_collection_artists_payloads import (
        UserCollectionArtistsItemsRelationshipAddOperationPayload,
        UserCollectionArtistsItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

UserCollectionArtistsInclude = Literal[
    "items",
    "owners",
    "items.albums",
    "items.biography",
    "items.claimStatus",
    "items.followers",
    "items.following",
    "items.owners",
    "items.profileArt",
    "items.radio",
    "items.roles",
    "items.similarArtists",
    "items.trackProviders",
    "items.tracks",
    "items.videos",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionArtistsItemsInclude = Literal[
    "items",
    "items.albums",
    "items.biography",
    "items.claimStatus",
    "items.followers",
    "items.following",
    "items.owners",
    "items.profileArt",
    "items.radio",
    "items.roles",
    "items.similarArtists",
    "items.trackProviders",
    "items.tracks",
    "items.videos",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionArtistsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors(APIModel):
    """Schema ``UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBody.errors``."""

    code: Redactable[
        Literal[
            "DUPLICATE_ITEMS_IN_COLLECTION", "IDEMPOTENT_REQUEST_IN_PROGRESS", "TOO_MANY_ITEMS_IN_COLLECTION"
        ]
        | str
    ]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBody(APIModel):
    """Schema ``UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBody``."""

    errors: Redactable[list[UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors]]


class UserCollectionArtistsAttributes(APIModel):
    """Schema ``UserCollectionArtists_Attributes``."""

    last_modified_at: UtcDatetime | None = Field(default=None, alias="lastModifiedAt")
    """When the collection was last modified"""

    number_of_items: Redactable[int] = Field(alias="numberOfItems")
    """Number of items in the collection"""


class UserCollectionArtistsItemsRelationshipAddOperationResponseMetaSkippedItem(APIModel):
    """Schema ``UserCollectionArtistsItemsRelationshipAddOperation_Response_Meta_SkippedItem``."""

    id: Redactable[str]

    reason: Redactable[Literal["NOT_FOUND", "ALREADY_PRESENT"] | str]

    type: Redactable[Literal["artists"] | str]


class UserCollectionArtistsItemsAddMultiRelationshipDataDocumentMeta(APIModel):
    """Schema ``UserCollectionArtists_Items_Add_Multi_Relationship_Data_Document_Meta``."""

    skipped: Redactable[list[UserCollectionArtistsItemsRelationshipAddOperationResponseMetaSkippedItem]]


class UserCollectionArtistsItemsAddResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionArtists_Items_Add_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionArtistsItemsAddResourceIdentifier(Identifier):
    """Schema ``UserCollectionArtists_Items_Add_Resource_Identifier``."""

    meta: UserCollectionArtistsItemsAddResourceIdentifierMeta | None = Field(default=None)


class UserCollectionArtistsItemsAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionArtists_Items_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[UserCollectionArtistsItemsAddResourceIdentifier]]

    links: Redactable[Textual[Links]]

    meta: UserCollectionArtistsItemsAddMultiRelationshipDataDocumentMeta | None = Field(default=None)


class UserCollectionArtistsItemsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionArtists_Items_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionArtistsItemsResourceIdentifier(Identifier):
    """Schema ``UserCollectionArtists_Items_Resource_Identifier``."""

    meta: UserCollectionArtistsItemsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionArtistsItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionArtists_Items_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionArtistsItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionArtistsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionArtists_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionArtistsRelationships(APIModel):
    """Schema ``UserCollectionArtists_Relationships``."""

    items: UserCollectionArtistsItemsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class UserCollectionArtistsResourceObject(Resource):
    """Schema ``UserCollectionArtists_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": UserCollectionArtistsItemsResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True, "owners": True}

    attributes: UserCollectionArtistsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserCollectionArtistsRelationships:
        """The relationship objects, validated into ``UserCollectionArtistsRelationships``."""
        return UserCollectionArtistsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> UserCollectionArtistsAttributes:
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
    def items(self) -> list[ArtistsResourceObject]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistsResourceObject]", self.related("items"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class UserCollectionArtistsSingleResourceDataDocument(DocumentBase):
    """Schema ``UserCollectionArtists_Single_Resource_Data_Document``."""

    data: Redactable[UserCollectionArtistsResourceObject]

    links: Redactable[Textual[Links]]


_ADD_ITEMS = OperationSpec(
    "userCollectionArtists.add_items",
    "POST",
    "/userCollectionArtists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionArtists", "userCollections"),
)
_GET = OperationSpec(
    "userCollectionArtists.get",
    "GET",
    "/userCollectionArtists/{id}",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_ITEMS = OperationSpec(
    "userCollectionArtists.items",
    "GET",
    "/userCollectionArtists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "userCollectionArtists.owners",
    "GET",
    "/userCollectionArtists/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_ITEMS = OperationSpec(
    "userCollectionArtists.remove_items",
    "DELETE",
    "/userCollectionArtists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionArtists", "userCollections"),
)


class UserCollectionArtistsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userCollectionArtists``."""

    async def add_items(
        self,
        id: str,
        *,
        payload: UserCollectionArtistsItemsRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> UserCollectionArtistsItemsAddMultiRelationshipDataDocument:
        """Add to items relationship ("to-many").

        Adds item(s) to items relationship.

        ``POST /userCollectionArtists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_ITEMS,
            f"userCollectionArtists/{path_id(id)}/relationships/items",
            [],
            UserCollectionArtistsItemsAddMultiRelationshipDataDocument,
            payload=payload,
        )

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionArtistsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionArtistsSingleResourceDataDocument:
        """Get single userCollectionArtist.

        Retrieves single userCollectionArtist by id.

        ``GET /userCollectionArtists/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userCollectionArtists/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionArtistsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionArtistsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionArtistsResourceObject:
        """Get single userCollectionArtist.

        Retrieves single userCollectionArtist by id.

        ``GET /userCollectionArtists/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale, include=include, replace_media=replace_media)).data

    def items(
        self,
        id: str,
        *,
        sort: Sequence[Literal["addedAt", "-addedAt", "name", "-name"]] | None = None,
        locale: str | None = None,
        include: Sequence[UserCollectionArtistsItemsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionArtistsItemsMultiRelationshipDataDocument, UserCollectionArtistsItemsResourceIdentifier
    ]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userCollectionArtists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userCollectionArtists/{path_id(id)}/relationships/items",
            [
                ("sort", csv(sort)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionArtistsItemsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionArtistsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserCollectionArtistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /userCollectionArtists/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"userCollectionArtists/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            UserCollectionArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_items(
        self,
        id: str,
        *,
        payload: UserCollectionArtistsItemsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from items relationship ("to-many").

        Deletes item(s) from items relationship.

        ``DELETE /userCollectionArtists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_ITEMS,
            f"userCollectionArtists/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionArtistsItemsAddMultiRelationshipDataDocument]:
        """Add artists: ``POST /userCollectionArtists/{id}/relationships/items``, in chunks of 50 (the spec's limit)."""
        return await self._write_items(self.add_items, collection, "artists", ids, 50)

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove artists: ``DELETE /userCollectionArtists/{id}/relationships/items``, in chunks of 50;
        returns how many ids were sent."""
        await self._write_items(self.remove_items, collection, "artists", ids, 50)
        return len(ids)


class UserCollectionArtistsOperations(UserCollectionArtistsPublicOperations):
    """Every operation on ``userCollectionArtists``, INTERNAL and PARTNER ones included."""
