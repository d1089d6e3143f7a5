"""Generated models and operations for ``userCollectionVideosPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, UtcDatetime


class UserCollectionVideosItemsRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``UserCollectionVideosItemsRelationshipAddOperation_Payload_Data_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")


class UserCollectionVideosItemsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionVideosItemsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: UserCollectionVideosItemsRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["videos"] | str]


class UserCollectionVideosItemsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionVideosItemsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionVideosItemsRelationshipAddOperationPayloadData]]


class UserCollectionVideosItemsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionVideosItemsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["videos"] | str]


class UserCollectionVideosItemsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionVideosItemsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionVideosItemsRelationshipRemoveOperationPayloadData]]
