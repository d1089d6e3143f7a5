"""Generated models and operations for ``userCollectionTracks`` — do not edit (scripts/codegen_v2.py)."""

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
    from tidalkit.api._generated.tracks import TracksResourceObject
    from tidalkit.api._generated.user_collection_tracks_payloads import (
        UserCollectionTracksItemsRelationshipAddOperationPayload,
        UserCollectionTracksItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

UserCollectionTracksInclude = Literal[
    "items",
    "owners",
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
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionTracksItemsInclude = Literal[
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
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionTracksOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBodyErrors(APIModel):
    """Schema ``UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBody.errors``."""

    code: Redactable[
        Literal[
            "DUPLICATE_ITEMS_IN_COLLECTION", "IDEMPOTENT_REQUEST_IN_PROGRESS", "TOO_MANY_ITEMS_IN_COLLECTION"
        ]
        | str
    ]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBody(APIModel):
    """Schema ``UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBody``."""

    errors: Redactable[list[UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBodyErrors]]


class UserCollectionTracksAttributes(APIModel):
    """Schema ``UserCollectionTracks_Attributes``."""

    last_modified_at: UtcDatetime | None = Field(default=None, alias="lastModifiedAt")
    """When the collection was last modified"""

    number_of_items: Redactable[int] = Field(alias="numberOfItems")
    """Number of items in the collection"""


class UserCollectionTracksItemsRelationshipAddOperationResponseMetaSkippedItem(APIModel):
    """Schema ``UserCollectionTracksItemsRelationshipAddOperation_Response_Meta_SkippedItem``."""

    id: Redactable[str]

    reason: Redactable[Literal["NOT_FOUND", "ALREADY_PRESENT"] | str]

    type: Redactable[Literal["tracks"] | str]


class UserCollectionTracksItemsAddMultiRelationshipDataDocumentMeta(APIModel):
    """Schema ``UserCollectionTracks_Items_Add_Multi_Relationship_Data_Document_Meta``."""

    skipped: Redactable[list[UserCollectionTracksItemsRelationshipAddOperationResponseMetaSkippedItem]]


class UserCollectionTracksItemsAddResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionTracks_Items_Add_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionTracksItemsAddResourceIdentifier(Identifier):
    """Schema ``UserCollectionTracks_Items_Add_Resource_Identifier``."""

    meta: UserCollectionTracksItemsAddResourceIdentifierMeta | None = Field(default=None)


class UserCollectionTracksItemsAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionTracks_Items_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[UserCollectionTracksItemsAddResourceIdentifier]]

    links: Redactable[Textual[Links]]

    meta: UserCollectionTracksItemsAddMultiRelationshipDataDocumentMeta | None = Field(default=None)


class UserCollectionTracksItemsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionTracks_Items_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")

    replacement: ReplacementProvenance | None = Field(default=None)


class UserCollectionTracksItemsResourceIdentifier(Identifier):
    """Schema ``UserCollectionTracks_Items_Resource_Identifier``."""

    meta: UserCollectionTracksItemsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionTracksItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionTracks_Items_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionTracksItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionTracksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionTracks_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionTracksRelationships(APIModel):
    """Schema ``UserCollectionTracks_Relationships``."""

    items: UserCollectionTracksItemsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class UserCollectionTracksResourceObject(Resource):
    """Schema ``UserCollectionTracks_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": UserCollectionTracksItemsResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True, "owners": True}

    attributes: UserCollectionTracksAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserCollectionTracksRelationships:
        """The relationship objects, validated into ``UserCollectionTracksRelationships``."""
        return UserCollectionTracksRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> UserCollectionTracksAttributes:
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
    def items(self) -> list[TracksResourceObject]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[TracksResourceObject]", self.related("items"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class UserCollectionTracksSingleResourceDataDocument(DocumentBase):
    """Schema ``UserCollectionTracks_Single_Resource_Data_Document``."""

    data: Redactable[UserCollectionTracksResourceObject]

    links: Redactable[Textual[Links]]


_ADD_ITEMS = OperationSpec(
    "userCollectionTracks.add_items",
    "POST",
    "/userCollectionTracks/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionTracks", "userCollections"),
)
_GET = OperationSpec(
    "userCollectionTracks.get",
    "GET",
    "/userCollectionTracks/{id}",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_ITEMS = OperationSpec(
    "userCollectionTracks.items",
    "GET",
    "/userCollectionTracks/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "userCollectionTracks.owners",
    "GET",
    "/userCollectionTracks/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_ITEMS = OperationSpec(
    "userCollectionTracks.remove_items",
    "DELETE",
    "/userCollectionTracks/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("userCollectionTracks", "userCollections"),
)


class UserCollectionTracksPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userCollectionTracks``."""

    async def add_items(
        self,
        id: str,
        *,
        payload: UserCollectionTracksItemsRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> UserCollectionTracksItemsAddMultiRelationshipDataDocument:
        """Add to items relationship ("to-many").

        Adds item(s) to items relationship.

        ``POST /userCollectionTracks/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_ITEMS,
            f"userCollectionTracks/{path_id(id)}/relationships/items",
            [],
            UserCollectionTracksItemsAddMultiRelationshipDataDocument,
            payload=payload,
        )

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionTracksInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionTracksSingleResourceDataDocument:
        """Get single userCollectionTrack.

        Retrieves single userCollectionTrack by id.

        ``GET /userCollectionTracks/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userCollectionTracks/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionTracksSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionTracksInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionTracksResourceObject:
        """Get single userCollectionTrack.

        Retrieves single userCollectionTrack by id.

        ``GET /userCollectionTracks/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
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
                "albums.title",
                "-albums.title",
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
        include: Sequence[UserCollectionTracksItemsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionTracksItemsMultiRelationshipDataDocument, UserCollectionTracksItemsResourceIdentifier
    ]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userCollectionTracks/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userCollectionTracks/{path_id(id)}/relationships/items",
            [
                ("sort", csv(sort)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionTracksItemsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionTracksOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserCollectionTracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /userCollectionTracks/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"userCollectionTracks/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            UserCollectionTracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_items(
        self,
        id: str,
        *,
        payload: UserCollectionTracksItemsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from items relationship ("to-many").

        Deletes item(s) from items relationship.

        ``DELETE /userCollectionTracks/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_ITEMS,
            f"userCollectionTracks/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionTracksItemsAddMultiRelationshipDataDocument]:
        """Add tracks: ``POST /userCollectionTracks/{id}/relationships/items``, in chunks of 50 (the spec's limit)."""
        return await self._write_items(self.add_items, collection, "tracks", ids, 50)

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove tracks: ``DELETE /userCollectionTracks/{id}/relationships/items``, in chunks of 50;
        returns how many ids were sent."""
        await self._write_items(self.remove_items, collection, "tracks", ids, 50)
        return len(ids)


class UserCollectionTracksOperations(UserCollectionTracksPublicOperations):
    """Every operation on ``userCollectionTracks``, INTERNAL and PARTNER ones included."""
