"""Generated models and operations for ``userCollectionFolders`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ResourceIdentifier,
    SingleRelationshipDataDocument,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersCreateOperationPayload,
        UserCollectionFoldersItemsRelationshipAddOperationPayload,
        UserCollectionFoldersItemsRelationshipRemoveOperationPayload,
        UserCollectionFoldersUpdateOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

UserCollectionFoldersInclude = Literal["items", "owners", "userCollection"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionFoldersItemsInclude = Literal["items"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionFoldersOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionFoldersUserCollectionInclude = Literal["userCollection"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserCollectionFoldersAttributes(APIModel):
    """Schema ``UserCollectionFolders_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")

    last_modified_at: Redactable[UtcDatetime] = Field(alias="lastModifiedAt")

    name: Redactable[str]

    number_of_items: int | None = Field(default=None, alias="numberOfItems")


class UserCollectionFoldersItemsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollectionFolders_Items_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionFoldersItemsResourceIdentifier(Identifier):
    """Schema ``UserCollectionFolders_Items_Resource_Identifier``."""

    meta: UserCollectionFoldersItemsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionFoldersItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionFolders_Items_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionFoldersItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionFoldersRelationships(APIModel):
    """Schema ``UserCollectionFolders_Relationships``."""

    items: UserCollectionFoldersItemsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    user_collection: SingleRelationshipDataDocument | None = Field(default=None, alias="userCollection")


class UserCollectionFoldersResourceObject(Resource):
    """Schema ``UserCollectionFolders_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": UserCollectionFoldersItemsResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True, "owners": True, "userCollection": False}

    attributes: UserCollectionFoldersAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserCollectionFoldersRelationships:
        """The relationship objects, validated into ``UserCollectionFoldersRelationships``."""
        return UserCollectionFoldersRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> UserCollectionFoldersAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime:
        """The ``createdAt`` attribute."""
        return self._attributes().created_at

    @property
    def last_modified_at(self) -> UtcDatetime:
        """The ``lastModifiedAt`` attribute."""
        return self._attributes().last_modified_at

    @property
    def name(self) -> str:
        """The ``name`` attribute."""
        return self._attributes().name

    @property
    def number_of_items(self) -> int | None:
        """The ``numberOfItems`` attribute."""
        return self._attributes().number_of_items

    @property
    def items(self) -> list[Resource]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("items"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def user_collection(self) -> Resource | None:
        """The included ``userCollection`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("userCollection"))


class UserCollectionFoldersCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``UserCollectionFolders_Create_Single_Resource_Data_Document``."""

    data: Redactable[UserCollectionFoldersResourceObject]

    links: Redactable[Textual[Links]]


class UserCollectionFoldersDeleteResource400ResponseBodyErrors(APIModel):
    """Schema ``UserCollectionFoldersDeleteResource400ResponseBody.errors``."""

    code: Redactable[Literal["FOLDER_NOT_EMPTY"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class UserCollectionFoldersDeleteResource400ResponseBody(APIModel):
    """Schema ``UserCollectionFoldersDeleteResource400ResponseBody``."""

    errors: Redactable[list[UserCollectionFoldersDeleteResource400ResponseBodyErrors]]


class UserCollectionFoldersMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionFolders_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionFoldersMultiResourceDataDocument(DocumentBase):
    """Schema ``UserCollectionFolders_Multi_Resource_Data_Document``."""

    data: Redactable[list[UserCollectionFoldersResourceObject]]

    links: Redactable[Textual[Links]]


class UserCollectionFoldersSingleRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollectionFolders_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionFoldersSingleResourceDataDocument(DocumentBase):
    """Schema ``UserCollectionFolders_Single_Resource_Data_Document``."""

    data: Redactable[UserCollectionFoldersResourceObject]

    links: Redactable[Textual[Links]]


_ADD_ITEMS = OperationSpec(
    "userCollectionFolders.add_items",
    "POST",
    "/userCollectionFolders/{id}/relationships/items",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userCollectionFolders",),
)
_CREATE = OperationSpec(
    "userCollectionFolders.create",
    "POST",
    "/userCollectionFolders",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userCollectionFolders",),
)
_DELETE = OperationSpec(
    "userCollectionFolders.delete",
    "DELETE",
    "/userCollectionFolders/{id}",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userCollectionFolders",),
)
_GET = OperationSpec(
    "userCollectionFolders.get",
    "GET",
    "/userCollectionFolders/{id}",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_ITEMS = OperationSpec(
    "userCollectionFolders.items",
    "GET",
    "/userCollectionFolders/{id}/relationships/items",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_LIST = OperationSpec(
    "userCollectionFolders.list", "GET", "/userCollectionFolders", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "userCollectionFolders.owners",
    "GET",
    "/userCollectionFolders/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_ITEMS = OperationSpec(
    "userCollectionFolders.remove_items",
    "DELETE",
    "/userCollectionFolders/{id}/relationships/items",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userCollectionFolders",),
)
_UPDATE = OperationSpec(
    "userCollectionFolders.update",
    "PATCH",
    "/userCollectionFolders/{id}",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userCollectionFolders",),
)
_USER_COLLECTION = OperationSpec(
    "userCollectionFolders.user_collection",
    "GET",
    "/userCollectionFolders/{id}/relationships/userCollection",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class UserCollectionFoldersPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userCollectionFolders``."""


class UserCollectionFoldersOperations(UserCollectionFoldersPublicOperations):
    """Every operation on ``userCollectionFolders``, INTERNAL and PARTNER ones included."""

    async def add_items(
        self,
        id: str,
        *,
        payload: UserCollectionFoldersItemsRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Add to items relationship ("to-many").

        Adds item(s) to items relationship.

        ``POST /userCollectionFolders/{id}/relationships/items`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_ITEMS,
            f"userCollectionFolders/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def create(
        self, *, payload: UserCollectionFoldersCreateOperationPayload | Mapping[str, Any]
    ) -> UserCollectionFoldersCreateSingleResourceDataDocument:
        """Create single userCollectionFolder.

        Creates a new userCollectionFolder.

        ``POST /userCollectionFolders`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "userCollectionFolders",
            [],
            UserCollectionFoldersCreateSingleResourceDataDocument,
            payload=payload,
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single userCollectionFolder.

        Deletes existing userCollectionFolder.

        ``DELETE /userCollectionFolders/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"userCollectionFolders/{path_id(id)}", [], MutationResponseDocument)

    async def get_document(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionFoldersInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionFoldersSingleResourceDataDocument:
        """Get single userCollectionFolder.

        Retrieves single userCollectionFolder by id.

        ``GET /userCollectionFolders/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userCollectionFolders/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionFoldersSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionFoldersInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionFoldersResourceObject:
        """Get single userCollectionFolder.

        Retrieves single userCollectionFolder by id.

        ``GET /userCollectionFolders/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    def items(
        self,
        id: str,
        *,
        sort: Sequence[Literal["addedAt", "-addedAt", "lastModifiedAt", "-lastModifiedAt", "name", "-name"]]
        | None = None,
        include: Sequence[UserCollectionFoldersItemsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionFoldersItemsMultiRelationshipDataDocument, UserCollectionFoldersItemsResourceIdentifier
    ]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userCollectionFolders/{id}/relationships/items`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userCollectionFolders/{path_id(id)}/relationships/items",
            [("sort", csv(sort)), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionFoldersItemsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def list(
        self,
        *,
        filter_id: Sequence[str],
        include: Sequence[UserCollectionFoldersInclude] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserCollectionFoldersMultiResourceDataDocument, UserCollectionFoldersResourceObject]:
        """Get multiple userCollectionFolders.

        Retrieves multiple userCollectionFolders by available filters, or without if applicable.

        ``GET /userCollectionFolders`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "userCollectionFolders",
            [("filter[id]", filter_id), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionFoldersMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionFoldersOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserCollectionFoldersMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /userCollectionFolders/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"userCollectionFolders/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            UserCollectionFoldersMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_items(
        self,
        id: str,
        *,
        payload: UserCollectionFoldersItemsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from items relationship ("to-many").

        Deletes item(s) from items relationship.

        ``DELETE /userCollectionFolders/{id}/relationships/items`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_ITEMS,
            f"userCollectionFolders/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def update(
        self, id: str, *, payload: UserCollectionFoldersUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update single userCollectionFolder.

        Updates existing userCollectionFolder.

        ``PATCH /userCollectionFolders/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"userCollectionFolders/{path_id(id)}", [], MutationResponseDocument, payload=payload
        )

    async def user_collection(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionFoldersUserCollectionInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionFoldersSingleRelationshipDataDocument:
        """Get userCollection relationship ("to-one").

        Retrieves userCollection relationship.

        ``GET /userCollectionFolders/{id}/relationships/userCollection`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        """
        return await self._call(
            _USER_COLLECTION,
            f"userCollectionFolders/{path_id(id)}/relationships/userCollection",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionFoldersSingleRelationshipDataDocument,
        )

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[UserCollectionFoldersInclude] | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[UserCollectionFoldersResourceObject]:
        """UserCollectionFolders by id: ``GET /userCollectionFolders?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk, include=include),
            ids,
            lambda item: item.id,
            chunk_size=chunk_size,
        )
