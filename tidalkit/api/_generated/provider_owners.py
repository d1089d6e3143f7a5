"""Generated models and operations for ``providerOwners`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    ResourceIdentifier,
    SingleRelationshipDataDocument,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.users import UsersResourceObject

ProviderOwnersInclude = Literal["owners", "provider"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ProviderOwnersOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ProviderOwnersProviderInclude = Literal["provider"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class ProviderOwnersAttributes(APIModel):
    """Schema ``ProviderOwners_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")


class ProviderOwnersMultiRelationshipDataDocument(DocumentBase):
    """Schema ``ProviderOwners_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ProviderOwnersRelationships(APIModel):
    """Schema ``ProviderOwners_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    provider: SingleRelationshipDataDocument | None = Field(default=None)


class ProviderOwnersResourceObject(Resource):
    """Schema ``ProviderOwners_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True, "provider": False}

    attributes: ProviderOwnersAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> ProviderOwnersRelationships:
        """The relationship objects, validated into ``ProviderOwnersRelationships``."""
        return ProviderOwnersRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> ProviderOwnersAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime:
        """The ``createdAt`` attribute."""
        return self._attributes().created_at

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def provider(self) -> Resource | None:
        """The included ``provider`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("provider"))


class ProviderOwnersMultiResourceDataDocument(DocumentBase):
    """Schema ``ProviderOwners_Multi_Resource_Data_Document``."""

    data: Redactable[list[ProviderOwnersResourceObject]]

    links: Redactable[Textual[Links]]


class ProviderOwnersSingleRelationshipDataDocument(DocumentBase):
    """Schema ``ProviderOwners_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


_LIST = OperationSpec(
    "providerOwners.list", "GET", "/providerOwners", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "providerOwners.owners",
    "GET",
    "/providerOwners/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_PROVIDER = OperationSpec(
    "providerOwners.provider",
    "GET",
    "/providerOwners/{id}/relationships/provider",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class ProviderOwnersPublicOperations(Operations):
    """The THIRD_PARTY operations on ``providerOwners``."""


class ProviderOwnersOperations(ProviderOwnersPublicOperations):
    """Every operation on ``providerOwners``, INTERNAL and PARTNER ones included."""

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        include: Sequence[ProviderOwnersInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[ProviderOwnersMultiResourceDataDocument, ProviderOwnersResourceObject]:
        """Get multiple providerOwners.

        Retrieves multiple providerOwners by available filters, or without if applicable.

        ``GET /providerOwners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "providerOwners",
            [("filter[owners.id]", filter_owners_id), ("include", csv(include))],
            ProviderOwnersMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[ProviderOwnersOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ProviderOwnersMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /providerOwners/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"providerOwners/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            ProviderOwnersMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def provider(
        self, id: str, *, include: Sequence[ProviderOwnersProviderInclude] | None = None
    ) -> ProviderOwnersSingleRelationshipDataDocument:
        """Get provider relationship ("to-one").

        Retrieves provider relationship.

        ``GET /providerOwners/{id}/relationships/provider`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _PROVIDER,
            f"providerOwners/{path_id(id)}/relationships/provider",
            [("include", csv(include))],
            ProviderOwnersSingleRelationshipDataDocument,
        )
