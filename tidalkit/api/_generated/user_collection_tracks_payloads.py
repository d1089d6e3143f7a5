"""Generated models and operations for ``userCollectionTracksPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, UtcDatetime


class UserCollectionTracksItemsRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``UserCollectionTracksItemsRelationshipAddOperation_Payload_Data_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")


class UserCollectionTracksItemsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionTracksItemsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: UserCollectionTracksItemsRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["tracks"] | str]


class UserCollectionTracksItemsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionTracksItemsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionTracksItemsRelationshipAddOperationPayloadData]]


class UserCollectionTracksItemsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionTracksItemsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks"] | str]


class UserCollectionTracksItemsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionTracksItemsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionTracksItemsRelationshipRemoveOperationPayloadData]]
