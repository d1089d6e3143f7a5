"""Generated models and operations for ``subscriptionPriceChangeDecisionsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class SubscriptionPriceChangeDecisionsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``SubscriptionPriceChangeDecisionsCreateOperation_Payload_Data_Attributes``."""

    status: Redactable[Literal["ACCEPTED", "REJECTED"] | str]
    """The decision to record. A decision may only be created once — changing a rejection to an acceptance is a PATCH."""


class SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChangeData(APIModel):
    """Schema ``SubscriptionPriceChangeDecisionsCreateOperation_Payload_Data_Relationships_PriceChange_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["userSubscriptionPriceChanges"] | str]


class SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChange(APIModel):
    """Schema ``SubscriptionPriceChangeDecisionsCreateOperation_Payload_Data_Relationships_PriceChange``."""

    data: Redactable[SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChangeData]


class SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``SubscriptionPriceChangeDecisionsCreateOperation_Payload_Data_Relationships``."""

    price_change: Redactable[
        SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChange
    ] = Field(alias="priceChange")


class SubscriptionPriceChangeDecisionsCreateOperationPayloadData(APIModel):
    """Schema ``SubscriptionPriceChangeDecisionsCreateOperation_Payload_Data``."""

    attributes: Redactable[SubscriptionPriceChangeDecisionsCreateOperationPayloadDataAttributes]

    relationships: Redactable[SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["subscriptionPriceChangeDecisions"] | str]


class SubscriptionPriceChangeDecisionsCreateOperationPayload(APIModel):
    """Schema ``SubscriptionPriceChangeDecisionsCreateOperation_Payload``."""

    data: Redactable[SubscriptionPriceChangeDecisionsCreateOperationPayloadData]


class SubscriptionPriceChangeDecisionsUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``SubscriptionPriceChangeDecisionsUpdateOperation_Payload_Data_Attributes``."""

    status: Redactable[Literal["ACCEPTED", "REJECTED"] | str]
    """The decision to record. The only allowed transition is REJECTED -> ACCEPTED; acceptance is permanent."""


class SubscriptionPriceChangeDecisionsUpdateOperationPayloadData(APIModel):
    """Schema ``SubscriptionPriceChangeDecisionsUpdateOperation_Payload_Data``."""

    attributes: Redactable[SubscriptionPriceChangeDecisionsUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["subscriptionPriceChangeDecisions"] | str]


class SubscriptionPriceChangeDecisionsUpdateOperationPayload(APIModel):
    """Schema ``SubscriptionPriceChangeDecisionsUpdateOperation_Payload``."""

    data: Redactable[SubscriptionPriceChangeDecisionsUpdateOperationPayloadData]
