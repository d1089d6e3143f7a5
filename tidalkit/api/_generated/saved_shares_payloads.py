"""Generated models and operations for ``savedSharesPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable


class SavedSharesCreateOperationPayloadDataRelationshipsShareData(APIModel):
    """Schema ``SavedSharesCreateOperation_Payload_Data_Relationships_Share_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["shares"] | str]


class SavedSharesCreateOperationPayloadDataRelationshipsShare(APIModel):
    """Schema ``SavedSharesCreateOperation_Payload_Data_Relationships_Share``."""

    data: Redactable[SavedSharesCreateOperationPayloadDataRelationshipsShareData]


class SavedSharesCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``SavedSharesCreateOperation_Payload_Data_Relationships``."""

    share: Redactable[SavedSharesCreateOperationPayloadDataRelationshipsShare]


class SavedSharesCreateOperationPayloadData(APIModel):
    """Schema ``SavedSharesCreateOperation_Payload_Data``."""

    relationships: Redactable[SavedSharesCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["savedShares"] | str]


class SavedSharesCreateOperationPayload(APIModel):
    """Schema ``SavedSharesCreateOperation_Payload``."""

    data: Redactable[SavedSharesCreateOperationPayloadData]
