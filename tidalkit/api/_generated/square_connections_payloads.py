"""Generated models and operations for ``squareConnectionsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class SquareConnectionsCreateOperationPayloadData(APIModel):
    """Schema ``SquareConnectionsCreateOperation_Payload_Data``."""

    type: Redactable[Literal["squareConnections"] | str]


class SquareConnectionsCreateOperationPayloadMeta(APIModel):
    """Schema ``SquareConnectionsCreateOperation_Payload_Meta``."""

    platform: Redactable[Literal["WEB", "ANDROID", "IOS"] | str]
    """Client platform initiating Square onboarding."""

    redirect_url: str | None = Field(default=None, alias="redirectUrl")
    """Optional post-finalize redirect URL. Otherwise uses platform default."""


class SquareConnectionsCreateOperationPayload(APIModel):
    """Schema ``SquareConnectionsCreateOperation_Payload``."""

    data: Redactable[SquareConnectionsCreateOperationPayloadData]

    meta: Redactable[SquareConnectionsCreateOperationPayloadMeta]


class SquareConnectionsSelectedSiteRelationshipUpdateOperationPayloadData(APIModel):
    """The site to select; null clears the selection."""

    id: Redactable[str]

    type: Redactable[Literal["squareSites"] | str]


class SquareConnectionsSelectedSiteRelationshipUpdateOperationPayload(APIModel):
    """Schema ``SquareConnectionsSelectedSiteRelationshipUpdateOperation_Payload``."""

    data: Redactable[SquareConnectionsSelectedSiteRelationshipUpdateOperationPayloadData | None]
