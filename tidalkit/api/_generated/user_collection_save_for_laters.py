"""Generated models and operations for ``userCollectionSaveForLaters`` — do not edit (scripts/codegen_v2.py)."""

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
    from tidalkit.api._generated.user_collection_save_for_laters_payloads import (
        UserCollectionSaveForLatersItemsRelationshipAddOperationPayload,
        UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

UserCollectionSaveForLatersInclude = Literal["items", "owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionSaveForLatersItemsInclude = Literal["items"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionSaveForLatersOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBodyErrors(APIModel):
    """Schema ``UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBody.errors``."""

    code: Redactable[
        Literal[
            "DUPLICATE_ITEMS_IN_COLLECTION", "IDEMPOTENT_REQUEST_IN_PROGRESS", "TOO_MANY_ITEMS_IN_COLLECTION"
        ]
        | str
    ]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBody(APIModel):
    """Schema ``UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBody``."""

    errors: Redactable[
        list[UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBodyErrors]
    ]


class UserCollectionSaveForLatersAttributes(APIModel):
    """Schema ``UserCollectionSaveForLaters_Attributes``."""

    last_modified_at: UtcDatetime | None = Field(default=None, alias="lastModifiedAt")
    """When the collection was last modified"""

    number_of_items: Redactable[int] = Field(alias="numberOfItems")
    """Number of items in the collection"""


class UserCollectionSaveForLatersItemsRelationshipAddOperationResponseMetaSkippedItem(APIModel):
    """Schema ``UserCollectionSaveForLatersItemsRelationshipAddOperation_Response_Meta_SkippedItem``."""

    id: Redactable[str]

    reason: Redactable[Literal["NOT_FOUND", "ALREADY_PRESENT"] | str]

    type: Redactable[Literal["tracks", "albums", "artists", "playlists", "videos"] | str]


class UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocumentMeta(APIModel):
    """Schema ``UserCollectionSaveForLaters_Items_Add_Multi_Relationship_Data_Document_Meta``."""

    skipped: Redactable[list[UserCollectionSaveForLatersItemsRelationshipAddOperationResponseMetaSkippedItem]]


class UserCollectionSaveForLatersItemsAddResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionSaveForLaters_Items_Add_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionSaveForLatersItemsAddResourceIdentifier(Identifier):
    """Schema ``UserCollectionSaveForLaters_Items_Add_Resource_Identifier``."""

    meta: UserCollectionSaveForLatersItemsAddResourceIdentifierMeta | None = Field(default=None)


class UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionSaveForLaters_Items_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[UserCollectionSaveForLatersItemsAddResourceIdentifier]]

    links: Redactable[Textual[Links]]

    meta: UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocumentMeta | None = Field(default=None)


class UserCollectionSaveForLatersItemsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionSaveForLaters_Items_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")

    replacement: ReplacementProvenance | None = Field(default=None)


class UserCollectionSaveForLatersItemsResourceIdentifier(Identifier):
    """Schema ``UserCollectionSaveForLaters_Items_Resource_Identifier``."""

    meta: UserCollectionSaveForLatersItemsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionSaveForLatersItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionSaveForLaters_Items_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionSaveForLatersItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionSaveForLatersMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionSaveForLaters_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionSaveForLatersRelationships(APIModel):
    """Schema ``UserCollectionSaveForLaters_Relationships``."""

    items: UserCollectionSaveForLatersItemsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class UserCollectionSaveForLatersResourceObject(Resource):
    """Schema ``UserCollectionSaveForLaters_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": UserCollectionSaveForLatersItemsResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True, "owners": True}

    attributes: UserCollectionSaveForLatersAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserCollectionSaveForLatersRelationships:
        """The relationship objects, validated into ``UserCollectionSaveForLatersRelationships``."""
        return UserCollectionSaveForLatersRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> UserCollectionSaveForLatersAttributes:
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
    def items(self) -> list[Resource]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("items"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class UserCollectionSaveForLatersSingleResourceDataDocument(DocumentBase):
    """Schema ``UserCollectionSaveForLaters_Single_Resource_Data_Document``."""

    data: Redactable[UserCollectionSaveForLatersResourceObject]

    links: Redactable[Textual[Links]]


_ADD_ITEMS = OperationSpec(
    "userCollectionSaveForLaters.add_items",
    "POST",
    "/userCollectionSaveForLaters/{id}/relationships/items",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userCollectionSaveForLaters",),
)
_GET = OperationSpec(
    "userCollectionSaveForLaters.get",
    "GET",
    "/userCollectionSaveForLaters/{id}",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_ITEMS = OperationSpec(
    "userCollectionSaveForLaters.items",
    "GET",
    "/userCollectionSaveForLaters/{id}/relationships/items",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "userCollectionSaveForLaters.owners",
    "GET",
    "/userCollectionSaveForLaters/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_ITEMS = OperationSpec(
    "userCollectionSaveForLaters.remove_items",
    "DELETE",
    "/userCollectionSaveForLaters/{id}/relationships/items",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userCollectionSaveForLaters",),
)


class UserCollectionSaveForLatersPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userCollectionSaveForLaters``."""


class UserCollectionSaveForLatersOperations(UserCollectionSaveForLatersPublicOperations):
    """Every operation on ``userCollectionSaveForLaters``, INTERNAL and PARTNER ones included."""

    async def add_items(
        self,
        id: str,
        *,
        payload: UserCollectionSaveForLatersItemsRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocument:
        """Add to items relationship ("to-many").

        Adds item(s) to items relationship.

        ``POST /userCollectionSaveForLaters/{id}/relationships/items`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_ITEMS,
            f"userCollectionSaveForLaters/{path_id(id)}/relationships/items",
            [],
            UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocument,
            payload=payload,
        )

    async def get_document(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionSaveForLatersInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionSaveForLatersSingleResourceDataDocument:
        """Get single userCollectionSaveForLater.

        Retrieves single userCollectionSaveForLater by id.

        ``GET /userCollectionSaveForLaters/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userCollectionSaveForLaters/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionSaveForLatersSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionSaveForLatersInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionSaveForLatersResourceObject:
        """Get single userCollectionSaveForLater.

        Retrieves single userCollectionSaveForLater by id.

        ``GET /userCollectionSaveForLaters/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    def items(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionSaveForLatersItemsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionSaveForLatersItemsMultiRelationshipDataDocument,
        UserCollectionSaveForLatersItemsResourceIdentifier,
    ]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userCollectionSaveForLaters/{id}/relationships/items`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userCollectionSaveForLaters/{path_id(id)}/relationships/items",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionSaveForLatersItemsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionSaveForLatersOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserCollectionSaveForLatersMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /userCollectionSaveForLaters/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"userCollectionSaveForLaters/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            UserCollectionSaveForLatersMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_items(
        self,
        id: str,
        *,
        payload: UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from items relationship ("to-many").

        Deletes item(s) from items relationship.

        ``DELETE /userCollectionSaveForLaters/{id}/relationships/items`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_ITEMS,
            f"userCollectionSaveForLaters/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )
