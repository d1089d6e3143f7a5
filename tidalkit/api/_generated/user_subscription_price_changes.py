"""Generated models and operations for ``userSubscriptionPriceChanges`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, ResourceIdentifier, SingleRelationshipDataDocument
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

UserSubscriptionPriceChangesInclude = Literal["decision"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserSubscriptionPriceChangesAttributes(APIModel):
    """Schema ``UserSubscriptionPriceChanges_Attributes``."""

    currency: Redactable[str]
    """ISO 4217 currency code"""

    current_price: Redactable[str] = Field(alias="currentPrice")
    """Price amount with max 2 decimal places"""

    effective_date: Redactable[date] = Field(alias="effectiveDate")
    """The date the new price takes effect"""

    new_price: Redactable[str] = Field(alias="newPrice")
    """Price amount with max 2 decimal places"""


class UserSubscriptionPriceChangesRelationships(APIModel):
    """Schema ``UserSubscriptionPriceChanges_Relationships``."""

    decision: SingleRelationshipDataDocument | None = Field(default=None)


class UserSubscriptionPriceChangesResourceObject(Resource):
    """Schema ``UserSubscriptionPriceChanges_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"decision": False}

    attributes: UserSubscriptionPriceChangesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserSubscriptionPriceChangesRelationships:
        """The relationship objects, validated into ``UserSubscriptionPriceChangesRelationships``."""
        return UserSubscriptionPriceChangesRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> UserSubscriptionPriceChangesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def currency(self) -> str:
        """ISO 4217 currency code"""
        return self._attributes().currency

    @property
    def current_price(self) -> str:
        """Price amount with max 2 decimal places"""
        return self._attributes().current_price

    @property
    def effective_date(self) -> date:
        """The date the new price takes effect"""
        return self._attributes().effective_date

    @property
    def new_price(self) -> str:
        """Price amount with max 2 decimal places"""
        return self._attributes().new_price

    @property
    def decision(self) -> Resource | None:
        """The included ``decision`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("decision"))


class UserSubscriptionPriceChangesMultiResourceDataDocument(DocumentBase):
    """Schema ``UserSubscriptionPriceChanges_Multi_Resource_Data_Document``."""

    data: Redactable[list[UserSubscriptionPriceChangesResourceObject]]

    links: Redactable[Textual[Links]]


class UserSubscriptionPriceChangesSingleRelationshipDataDocument(DocumentBase):
    """Schema ``UserSubscriptionPriceChanges_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


_DECISION = OperationSpec(
    "userSubscriptionPriceChanges.decision",
    "GET",
    "/userSubscriptionPriceChanges/{id}/relationships/decision",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_LIST = OperationSpec(
    "userSubscriptionPriceChanges.list",
    "GET",
    "/userSubscriptionPriceChanges",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class UserSubscriptionPriceChangesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userSubscriptionPriceChanges``."""


class UserSubscriptionPriceChangesOperations(UserSubscriptionPriceChangesPublicOperations):
    """Every operation on ``userSubscriptionPriceChanges``, INTERNAL and PARTNER ones included."""

    async def decision(
        self, id: str, *, include: Sequence[UserSubscriptionPriceChangesInclude] | None = None
    ) -> UserSubscriptionPriceChangesSingleRelationshipDataDocument:
        """Get decision relationship ("to-one").

        Retrieves decision relationship.

        ``GET /userSubscriptionPriceChanges/{id}/relationships/decision`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _DECISION,
            f"userSubscriptionPriceChanges/{path_id(id)}/relationships/decision",
            [("include", csv(include))],
            UserSubscriptionPriceChangesSingleRelationshipDataDocument,
        )

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        include: Sequence[UserSubscriptionPriceChangesInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserSubscriptionPriceChangesMultiResourceDataDocument, UserSubscriptionPriceChangesResourceObject
    ]:
        """Get multiple userSubscriptionPriceChanges.

        Retrieves multiple userSubscriptionPriceChanges by available filters, or without if applicable.

        ``GET /userSubscriptionPriceChanges`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "userSubscriptionPriceChanges",
            [("filter[owners.id]", filter_owners_id), ("include", csv(include))],
            UserSubscriptionPriceChangesMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )
