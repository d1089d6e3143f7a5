"""Generated models and operations for ``shares`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    ExternalLink,
    Links,
    MultiRelationshipDataDocument,
    ReplacementProvenance,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.shares_payloads import SharesCreateOperationPayload
    from tidalkit.api._generated.users import UsersResourceObject

SharesInclude = Literal["owners", "sharedResources"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SharesOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SharesSharedResourcesInclude = Literal["sharedResources"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class SharesAttributes(APIModel):
    """Schema ``Shares_Attributes``."""

    code: Redactable[str]
    """Share code"""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Datetime of share creation (ISO 8601)"""

    external_links: list[ExternalLink] | None = Field(default=None, alias="externalLinks")
    """Links external to TIDAL API"""


class SharesSharedResourcesResourceIdentifierMeta(APIModel):
    """Schema ``Shares_SharedResources_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class SharesSharedResourcesResourceIdentifier(Identifier):
    """Schema ``Shares_SharedResources_Resource_Identifier``."""

    meta: SharesSharedResourcesResourceIdentifierMeta | None = Field(default=None)


class SharesSharedResourcesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Shares_SharedResources_Multi_Relationship_Data_Document``."""

    data: list[SharesSharedResourcesResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SharesRelationships(APIModel):
    """Schema ``Shares_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    shared_resources: SharesSharedResourcesMultiRelationshipDataDocument | None = Field(
        default=None, alias="sharedResources"
    )


class SharesResourceObject(Resource):
    """Schema ``Shares_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "sharedResources": SharesSharedResourcesResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True, "sharedResources": True}

    attributes: SharesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> SharesRelationships:
        """The relationship objects, validated into ``SharesRelationships``."""
        return SharesRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> SharesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def code(self) -> str:
        """Share code"""
        return self._attributes().code

    @property
    def created_at(self) -> UtcDatetime:
        """Datetime of share creation (ISO 8601)"""
        return self._attributes().created_at

    @property
    def external_links(self) -> list[ExternalLink] | None:
        """Links external to TIDAL API"""
        return self._attributes().external_links

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def shared_resources(self) -> list[Resource]:
        """The included ``sharedResources`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("sharedResources"))


class SharesCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Shares_Create_Single_Resource_Data_Document``."""

    data: Redactable[SharesResourceObject]

    links: Redactable[Textual[Links]]


class SharesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Shares_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SharesMultiResourceDataDocument(DocumentBase):
    """Schema ``Shares_Multi_Resource_Data_Document``."""

    data: Redactable[list[SharesResourceObject]]

    links: Redactable[Textual[Links]]


class SharesSingleResourceDataDocument(DocumentBase):
    """Schema ``Shares_Single_Resource_Data_Document``."""

    data: Redactable[SharesResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "shares.create", "POST", "/shares", "INTERNAL", cache_ttl=None, invalidates=("shares",)
)
_GET = OperationSpec("shares.get", "GET", "/shares/{id}", "INTERNAL", cache_ttl=600.0, invalidates=())
_LIST = OperationSpec("shares.list", "GET", "/shares", "INTERNAL", cache_ttl=600.0, invalidates=())
_OWNERS = OperationSpec(
    "shares.owners", "GET", "/shares/{id}/relationships/owners", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_SHARED_RESOURCES = OperationSpec(
    "shares.shared_resources",
    "GET",
    "/shares/{id}/relationships/sharedResources",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)


class SharesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``shares``."""


class SharesOperations(SharesPublicOperations):
    """Every operation on ``shares``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: SharesCreateOperationPayload | Mapping[str, Any]
    ) -> SharesCreateSingleResourceDataDocument:
        """Create single share.

        Creates a new share.

        ``POST /shares`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "shares", [], SharesCreateSingleResourceDataDocument, payload=payload
        )

    async def get_document(
        self, id: str, *, include: Sequence[SharesInclude] | None = None, replace_media: str | None = None
    ) -> SharesSingleResourceDataDocument:
        """Get single share.

        Retrieves single share by id.

        ``GET /shares/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"shares/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            SharesSingleResourceDataDocument,
        )

    async def get(
        self, id: str, *, include: Sequence[SharesInclude] | None = None, replace_media: str | None = None
    ) -> SharesResourceObject:
        """Get single share.

        Retrieves single share by id.

        ``GET /shares/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    def list(
        self,
        *,
        filter_code: Sequence[str],
        include: Sequence[SharesInclude] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SharesMultiResourceDataDocument, SharesResourceObject]:
        """Get multiple shares.

        Retrieves multiple shares by available filters, or without if applicable.

        ``GET /shares`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "shares",
            [("filter[code]", filter_code), ("include", csv(include)), ("replaceMedia", replace_media)],
            SharesMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[SharesOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SharesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /shares/{id}/relationships/owners`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"shares/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            SharesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def shared_resources(
        self,
        id: str,
        *,
        include: Sequence[SharesSharedResourcesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SharesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get sharedResources relationship ("to-many").

        Retrieves sharedResources relationship.

        ``GET /shares/{id}/relationships/sharedResources`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SHARED_RESOURCES,
            f"shares/{path_id(id)}/relationships/sharedResources",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            SharesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
