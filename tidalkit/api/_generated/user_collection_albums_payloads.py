"""Generated models and operations for ``userCollectionAlbumsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, UtcDatetime


class UserCollectionAlbumsItemsRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``UserCollectionAlbumsItemsRelationshipAddOperation_Payload_Data_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")


class UserCollectionAlbumsItemsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionAlbumsItemsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: UserCollectionAlbumsItemsRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["albums"] | str]


class UserCollectionAlbumsItemsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionAlbumsItemsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionAlbumsItemsRelationshipAddOperationPayloadData]]


class UserCollectionAlbumsItemsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionAlbumsItemsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["albums"] | str]


class UserCollectionAlbumsItemsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionAlbumsItemsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionAlbumsItemsRelationshipRemoveOperationPayloadData]]
