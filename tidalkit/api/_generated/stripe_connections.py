"""Generated models and operations for ``stripeConnections`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    ExternalLink,
    Links,
    MultiRelationshipDataDocument,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.stripe_connections_payloads import StripeConnectionsCreateOperationPayload
    from tidalkit.api._generated.users import UsersResourceObject

StripeConnectionsInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class StripeConnectionsAttributes(APIModel):
    """Schema ``StripeConnections_Attributes``."""

    created_at: UtcDatetime | None = Field(default=None, alias="createdAt")
    """Timestamp when the connection was created"""

    external_links: list[ExternalLink] | None = Field(default=None, alias="externalLinks")
    """External links for Stripe connection"""

    last_modified_at: UtcDatetime | None = Field(default=None, alias="lastModifiedAt")
    """Timestamp when the connection was last modified"""

    status: Redactable[
        Literal["PENDING_REQUIREMENTS", "UNDER_REVIEW", "ACCEPTED", "REJECTED", "SUSPENDED"] | str
    ]
    """Current status of this Stripe connection"""


class StripeConnectionsRelationships(APIModel):
    """Schema ``StripeConnections_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class StripeConnectionsResourceObject(Resource):
    """Schema ``StripeConnections_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: StripeConnectionsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> StripeConnectionsRelationships:
        """The relationship objects, validated into ``StripeConnectionsRelationships``."""
        return StripeConnectionsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> StripeConnectionsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime | None:
        """Timestamp when the connection was created"""
        return self._attributes().created_at

    @property
    def external_links(self) -> list[ExternalLink] | None:
        """External links for Stripe connection"""
        return self._attributes().external_links

    @property
    def last_modified_at(self) -> UtcDatetime | None:
        """Timestamp when the connection was last modified"""
        return self._attributes().last_modified_at

    @property
    def status(
        self,
    ) -> Literal["PENDING_REQUIREMENTS", "UNDER_REVIEW", "ACCEPTED", "REJECTED", "SUSPENDED"] | str:
        """Current status of this Stripe connection"""
        return self._attributes().status

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class StripeConnectionsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``StripeConnections_Create_Single_Resource_Data_Document``."""

    data: Redactable[StripeConnectionsResourceObject]

    links: Redactable[Textual[Links]]


class StripeConnectionsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``StripeConnections_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class StripeConnectionsMultiResourceDataDocument(DocumentBase):
    """Schema ``StripeConnections_Multi_Resource_Data_Document``."""

    data: Redactable[list[StripeConnectionsResourceObject]]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "stripeConnections.create",
    "POST",
    "/stripeConnections",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("stripeConnections",),
)
_LIST = OperationSpec(
    "stripeConnections.list", "GET", "/stripeConnections", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "stripeConnections.owners",
    "GET",
    "/stripeConnections/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class StripeConnectionsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``stripeConnections``."""


class StripeConnectionsOperations(StripeConnectionsPublicOperations):
    """Every operation on ``stripeConnections``, INTERNAL and PARTNER ones included."""

    async def create(
        self,
        *,
        payload: StripeConnectionsCreateOperationPayload | Mapping[str, Any],
        country_code: str | None = None,
    ) -> StripeConnectionsCreateSingleResourceDataDocument:
        """Create single stripeConnection.

        Creates a new stripeConnection.

        ``POST /stripeConnections`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "stripeConnections",
            [("countryCode", self._country(country_code))],
            StripeConnectionsCreateSingleResourceDataDocument,
            payload=payload,
        )

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        include: Sequence[StripeConnectionsInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[StripeConnectionsMultiResourceDataDocument, StripeConnectionsResourceObject]:
        """Get multiple stripeConnections.

        Retrieves multiple stripeConnections by available filters, or without if applicable.

        ``GET /stripeConnections`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "stripeConnections",
            [("filter[owners.id]", filter_owners_id), ("include", csv(include))],
            StripeConnectionsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[StripeConnectionsInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[StripeConnectionsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /stripeConnections/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"stripeConnections/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            StripeConnectionsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
