"""Generated models and operations for ``temporaryUserTokensPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable


class TemporaryUserTokensCreateOperationPayloadData(APIModel):
    """Schema ``TemporaryUserTokensCreateOperation_Payload_Data``."""

    type: Redactable[Literal["temporaryUserTokens"] | str]


class TemporaryUserTokensCreateOperationPayload(APIModel):
    """Schema ``TemporaryUserTokensCreateOperation_Payload``."""

    data: Redactable[TemporaryUserTokensCreateOperationPayloadData]
