"""Generated models and operations for ``userCollectionArtistsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, UtcDatetime


class UserCollectionArtistsItemsRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``UserCollectionArtistsItemsRelationshipAddOperation_Payload_Data_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")


class UserCollectionArtistsItemsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionArtistsItemsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: UserCollectionArtistsItemsRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["artists"] | str]


class UserCollectionArtistsItemsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionArtistsItemsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionArtistsItemsRelationshipAddOperationPayloadData]]


class UserCollectionArtistsItemsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionArtistsItemsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class UserCollectionArtistsItemsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionArtistsItemsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionArtistsItemsRelationshipRemoveOperationPayloadData]]
