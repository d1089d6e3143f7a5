"""Generated models and operations for ``offlineTasks`` — do not edit (scripts/codegen_v2.py)."""

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
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.offline_tasks_payloads import OfflineTasksUpdateOperationPayload
    from tidalkit.api._generated.users import UsersResourceObject

OfflineTasksCollectionInclude = Literal["collection"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

OfflineTasksInclude = Literal["collection", "item", "owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

OfflineTasksItemInclude = Literal["item"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

OfflineTasksOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class OfflineTasksAttributes(APIModel):
    """Schema ``OfflineTasks_Attributes``."""

    action: Redactable[Literal["STORE", "REMOVE"] | str]
    """Action to perform"""

    position: Redactable[int]
    """Collection position of item"""

    state: Redactable[Literal["PENDING", "IN_PROGRESS", "FAILED", "COMPLETED"] | str]
    """Task state"""

    volume: Redactable[int]
    """Collection volume of item"""


class OfflineTasksCollectionResourceIdentifierMeta(APIModel):
    """Schema ``OfflineTasks_Collection_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class OfflineTasksCollectionResourceIdentifier(Identifier):
    """Schema ``OfflineTasks_Collection_Resource_Identifier``."""

    meta: OfflineTasksCollectionResourceIdentifierMeta | None = Field(default=None)


class OfflineTasksCollectionSingleRelationshipDataDocument(DocumentBase):
    """Schema ``OfflineTasks_Collection_Single_Relationship_Data_Document``."""

    data: OfflineTasksCollectionResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class OfflineTasksItemResourceIdentifierMeta(APIModel):
    """Schema ``OfflineTasks_Item_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class OfflineTasksItemResourceIdentifier(Identifier):
    """Schema ``OfflineTasks_Item_Resource_Identifier``."""

    meta: OfflineTasksItemResourceIdentifierMeta | None = Field(default=None)


class OfflineTasksItemSingleRelationshipDataDocument(DocumentBase):
    """Schema ``OfflineTasks_Item_Single_Relationship_Data_Document``."""

    data: OfflineTasksItemResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class OfflineTasksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``OfflineTasks_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class OfflineTasksRelationships(APIModel):
    """Schema ``OfflineTasks_Relationships``."""

    collection: OfflineTasksCollectionSingleRelationshipDataDocument | None = Field(default=None)

    item: OfflineTasksItemSingleRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class OfflineTasksResourceObject(Resource):
    """Schema ``OfflineTasks_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "collection": OfflineTasksCollectionResourceIdentifier,
        "item": OfflineTasksItemResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"collection": False, "item": False, "owners": True}

    attributes: OfflineTasksAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> OfflineTasksRelationships:
        """The relationship objects, validated into ``OfflineTasksRelationships``."""
        return OfflineTasksRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> OfflineTasksAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def action(self) -> Literal["STORE", "REMOVE"] | str:
        """Action to perform"""
        return self._attributes().action

    @property
    def position(self) -> int:
        """Collection position of item"""
        return self._attributes().position

    @property
    def state(self) -> Literal["PENDING", "IN_PROGRESS", "FAILED", "COMPLETED"] | str:
        """Task state"""
        return self._attributes().state

    @property
    def volume(self) -> int:
        """Collection volume of item"""
        return self._attributes().volume

    @property
    def collection(self) -> Resource | None:
        """The included ``collection`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("collection"))

    @property
    def item(self) -> Resource | None:
        """The included ``item`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("item"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class OfflineTasksMultiResourceDataDocument(DocumentBase):
    """Schema ``OfflineTasks_Multi_Resource_Data_Document``."""

    data: Redactable[list[OfflineTasksResourceObject]]

    links: Redactable[Textual[Links]]


class OfflineTasksSingleRelationshipDataDocument(DocumentBase):
    """Schema ``OfflineTasks_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class OfflineTasksSingleResourceDataDocument(DocumentBase):
    """Schema ``OfflineTasks_Single_Resource_Data_Document``."""

    data: Redactable[OfflineTasksResourceObject]

    links: Redactable[Textual[Links]]


_COLLECTION = OperationSpec(
    "offlineTasks.collection",
    "GET",
    "/offlineTasks/{id}/relationships/collection",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_GET = OperationSpec(
    "offlineTasks.get", "GET", "/offlineTasks/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_ITEM = OperationSpec(
    "offlineTasks.item",
    "GET",
    "/offlineTasks/{id}/relationships/item",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_LIST = OperationSpec("offlineTasks.list", "GET", "/offlineTasks", "INTERNAL", cache_ttl=60.0, invalidates=())
_OWNERS = OperationSpec(
    "offlineTasks.owners",
    "GET",
    "/offlineTasks/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_UPDATE = OperationSpec(
    "offlineTasks.update",
    "PATCH",
    "/offlineTasks/{id}",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("offlineTasks",),
)


class OfflineTasksPublicOperations(Operations):
    """The THIRD_PARTY operations on ``offlineTasks``."""


class OfflineTasksOperations(OfflineTasksPublicOperations):
    """Every operation on ``offlineTasks``, INTERNAL and PARTNER ones included."""

    async def collection(
        self,
        id: str,
        *,
        include: Sequence[OfflineTasksCollectionInclude] | None = None,
        replace_media: str | None = None,
    ) -> OfflineTasksSingleRelationshipDataDocument:
        """Get collection relationship ("to-one").

        Retrieves collection relationship.

        ``GET /offlineTasks/{id}/relationships/collection`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _COLLECTION,
            f"offlineTasks/{path_id(id)}/relationships/collection",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            OfflineTasksSingleRelationshipDataDocument,
        )

    async def get_document(
        self,
        id: str,
        *,
        include: Sequence[OfflineTasksInclude] | None = None,
        replace_media: str | None = None,
    ) -> OfflineTasksSingleResourceDataDocument:
        """Get single offlineTask.

        Retrieves single offlineTask by id.

        ``GET /offlineTasks/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"offlineTasks/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            OfflineTasksSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        include: Sequence[OfflineTasksInclude] | None = None,
        replace_media: str | None = None,
    ) -> OfflineTasksResourceObject:
        """Get single offlineTask.

        Retrieves single offlineTask by id.

        ``GET /offlineTasks/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    async def item(
        self,
        id: str,
        *,
        include: Sequence[OfflineTasksItemInclude] | None = None,
        replace_media: str | None = None,
    ) -> OfflineTasksSingleRelationshipDataDocument:
        """Get item relationship ("to-one").

        Retrieves item relationship.

        ``GET /offlineTasks/{id}/relationships/item`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _ITEM,
            f"offlineTasks/{path_id(id)}/relationships/item",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            OfflineTasksSingleRelationshipDataDocument,
        )

    def list(
        self,
        *,
        filter_installation_id: Sequence[str],
        include: Sequence[OfflineTasksInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[OfflineTasksMultiResourceDataDocument, OfflineTasksResourceObject]:
        """Get multiple offlineTasks.

        Retrieves multiple offlineTasks by available filters, or without if applicable.

        ``GET /offlineTasks`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "offlineTasks",
            [
                ("filter[installation.id]", filter_installation_id),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            OfflineTasksMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[OfflineTasksOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[OfflineTasksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /offlineTasks/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"offlineTasks/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            OfflineTasksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def update(
        self, id: str, *, payload: OfflineTasksUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update single offlineTask.

        Updates existing offlineTask.

        ``PATCH /offlineTasks/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"offlineTasks/{path_id(id)}", [], MutationResponseDocument, payload=payload
        )
