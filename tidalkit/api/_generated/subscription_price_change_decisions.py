"""Generated models and operations for ``subscriptionPriceChangeDecisions`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, ResourceIdentifier, SingleRelationshipDataDocument
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsCreateOperationPayload,
        SubscriptionPriceChangeDecisionsUpdateOperationPayload,
    )

SubscriptionPriceChangeDecisionsInclude = Literal["priceChange"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class SubscriptionPriceChangeDecisionsAttributes(APIModel):
    """Schema ``SubscriptionPriceChangeDecisions_Attributes``."""

    decided_at: UtcDatetime | None = Field(default=None, alias="decidedAt")
    """When the user decided. Absent when the consent was implicit (derived from the subscription start)."""

    status: Redactable[Literal["ACCEPTED", "REJECTED"] | str]
    """The user's decision. ACCEPTED is permanent; REJECTED can still be flipped to ACCEPTED before the renewal."""


class SubscriptionPriceChangeDecisionsRelationships(APIModel):
    """Schema ``SubscriptionPriceChangeDecisions_Relationships``."""

    price_change: SingleRelationshipDataDocument | None = Field(default=None, alias="priceChange")


class SubscriptionPriceChangeDecisionsResourceObject(Resource):
    """Schema ``SubscriptionPriceChangeDecisions_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"priceChange": False}

    attributes: SubscriptionPriceChangeDecisionsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> SubscriptionPriceChangeDecisionsRelationships:
        """The relationship objects, validated into ``SubscriptionPriceChangeDecisionsRelationships``."""
        return SubscriptionPriceChangeDecisionsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> SubscriptionPriceChangeDecisionsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def decided_at(self) -> UtcDatetime | None:
        """When the user decided. Absent when the consent was implicit (derived from the subscription start)."""
        return self._attributes().decided_at

    @property
    def status(self) -> Literal["ACCEPTED", "REJECTED"] | str:
        """The user's decision. ACCEPTED is permanent; REJECTED can still be flipped to ACCEPTED before the renewal."""
        return self._attributes().status

    @property
    def price_change(self) -> Resource | None:
        """The included ``priceChange`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("priceChange"))


class SubscriptionPriceChangeDecisionsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``SubscriptionPriceChangeDecisions_Create_Single_Resource_Data_Document``."""

    data: Redactable[SubscriptionPriceChangeDecisionsResourceObject]

    links: Redactable[Textual[Links]]


class SubscriptionPriceChangeDecisionsMultiResourceDataDocument(DocumentBase):
    """Schema ``SubscriptionPriceChangeDecisions_Multi_Resource_Data_Document``."""

    data: Redactable[list[SubscriptionPriceChangeDecisionsResourceObject]]

    links: Redactable[Textual[Links]]


class SubscriptionPriceChangeDecisionsSingleRelationshipDataDocument(DocumentBase):
    """Schema ``SubscriptionPriceChangeDecisions_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SubscriptionPriceChangeDecisionsUpdateSingleResourceDataDocument(DocumentBase):
    """Schema ``SubscriptionPriceChangeDecisions_Update_Single_Resource_Data_Document``."""

    data: Redactable[SubscriptionPriceChangeDecisionsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "subscriptionPriceChangeDecisions.create",
    "POST",
    "/subscriptionPriceChangeDecisions",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("subscriptionPriceChangeDecisions",),
)
_LIST = OperationSpec(
    "subscriptionPriceChangeDecisions.list",
    "GET",
    "/subscriptionPriceChangeDecisions",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_PRICE_CHANGE = OperationSpec(
    "subscriptionPriceChangeDecisions.price_change",
    "GET",
    "/subscriptionPriceChangeDecisions/{id}/relationships/priceChange",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_UPDATE = OperationSpec(
    "subscriptionPriceChangeDecisions.update",
    "PATCH",
    "/subscriptionPriceChangeDecisions/{id}",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("subscriptionPriceChangeDecisions",),
)


class SubscriptionPriceChangeDecisionsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``subscriptionPriceChangeDecisions``."""


class SubscriptionPriceChangeDecisionsOperations(SubscriptionPriceChangeDecisionsPublicOperations):
    """Every operation on ``subscriptionPriceChangeDecisions``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: SubscriptionPriceChangeDecisionsCreateOperationPayload | Mapping[str, Any]
    ) -> SubscriptionPriceChangeDecisionsCreateSingleResourceDataDocument:
        """Create single subscriptionPriceChangeDecision.

        Creates a new subscriptionPriceChangeDecision.

        ``POST /subscriptionPriceChangeDecisions`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "subscriptionPriceChangeDecisions",
            [],
            SubscriptionPriceChangeDecisionsCreateSingleResourceDataDocument,
            payload=payload,
        )

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        include: Sequence[SubscriptionPriceChangeDecisionsInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        SubscriptionPriceChangeDecisionsMultiResourceDataDocument,
        SubscriptionPriceChangeDecisionsResourceObject,
    ]:
        """Get multiple subscriptionPriceChangeDecisions.

        Retrieves multiple subscriptionPriceChangeDecisions by available filters, or without if applicable.

        ``GET /subscriptionPriceChangeDecisions`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "subscriptionPriceChangeDecisions",
            [("filter[owners.id]", filter_owners_id), ("include", csv(include))],
            SubscriptionPriceChangeDecisionsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    async def price_change(
        self, id: str, *, include: Sequence[SubscriptionPriceChangeDecisionsInclude] | None = None
    ) -> SubscriptionPriceChangeDecisionsSingleRelationshipDataDocument:
        """Get priceChange relationship ("to-one").

        Retrieves priceChange relationship.

        ``GET /subscriptionPriceChangeDecisions/{id}/relationships/priceChange`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _PRICE_CHANGE,
            f"subscriptionPriceChangeDecisions/{path_id(id)}/relationships/priceChange",
            [("include", csv(include))],
            SubscriptionPriceChangeDecisionsSingleRelationshipDataDocument,
        )

    async def update(
        self, id: str, *, payload: SubscriptionPriceChangeDecisionsUpdateOperationPayload | Mapping[str, Any]
    ) -> SubscriptionPriceChangeDecisionsUpdateSingleResourceDataDocument:
        """Update single subscriptionPriceChangeDecision.

        Updates existing subscriptionPriceChangeDecision.

        ``PATCH /subscriptionPriceChangeDecisions/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE,
            f"subscriptionPriceChangeDecisions/{path_id(id)}",
            [],
            SubscriptionPriceChangeDecisionsUpdateSingleResourceDataDocument,
            payload=payload,
        )
