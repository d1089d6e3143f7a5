"""Generated models and operations for ``stripeConnectionsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class StripeConnectionsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``StripeConnectionsCreateOperation_Payload_Data_Attributes``."""

    integration_type: Literal["REDIRECT", "EMBEDDED"] | str | None = Field(
        default=None, alias="integrationType"
    )
    """Deprecated: use meta.integrationType instead."""

    refresh_url: str | None = Field(default=None, alias="refreshUrl")
    """Deprecated: use meta.refreshUrl instead."""

    return_url: str | None = Field(default=None, alias="returnUrl")
    """Deprecated: use meta.returnUrl instead."""


class StripeConnectionsCreateOperationPayloadData(APIModel):
    """Schema ``StripeConnectionsCreateOperation_Payload_Data``."""

    attributes: StripeConnectionsCreateOperationPayloadDataAttributes | None = Field(default=None)

    type: Redactable[Literal["stripeConnections"] | str]


class StripeConnectionsCreateOperationPayloadMeta(APIModel):
    """Schema ``StripeConnectionsCreateOperation_Payload_Meta``."""

    integration_type: Redactable[Literal["REDIRECT", "EMBEDDED"] | str] = Field(alias="integrationType")
    """Integration type for Stripe onboarding"""

    refresh_url: str | None = Field(default=None, alias="refreshUrl")
    """REDIRECT only: URL to redirect to if seller drops from onboarding"""

    return_url: str | None = Field(default=None, alias="returnUrl")
    """REDIRECT only: URL to redirect to after completed onboarding"""


class StripeConnectionsCreateOperationPayload(APIModel):
    """Schema ``StripeConnectionsCreateOperation_Payload``."""

    data: Redactable[StripeConnectionsCreateOperationPayloadData]

    meta: StripeConnectionsCreateOperationPayloadMeta | None = Field(default=None)
