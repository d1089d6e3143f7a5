"""Generated models and operations for ``userCollectionPlaylistsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, UtcDatetime


class UserCollectionPlaylistsItemsRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``UserCollectionPlaylistsItemsRelationshipAddOperation_Payload_Data_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")


class UserCollectionPlaylistsItemsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionPlaylistsItemsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: UserCollectionPlaylistsItemsRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["playlists"] | str]


class UserCollectionPlaylistsItemsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionPlaylistsItemsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionPlaylistsItemsRelationshipAddOperationPayloadData]]


class UserCollectionPlaylistsItemsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionPlaylistsItemsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["playlists"] | str]


class UserCollectionPlaylistsItemsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionPlaylistsItemsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionPlaylistsItemsRelationshipRemoveOperationPayloadData]]
