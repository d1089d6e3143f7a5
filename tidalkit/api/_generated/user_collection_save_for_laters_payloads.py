"""Generated models and operations for ``userCollectionSaveForLatersPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable


class UserCollectionSaveForLatersItemsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionSaveForLatersItemsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks", "albums", "artists", "playlists", "videos"] | str]


class UserCollectionSaveForLatersItemsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionSaveForLatersItemsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionSaveForLatersItemsRelationshipAddOperationPayloadData]]


class UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionSaveForLatersItemsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks", "albums", "artists", "playlists", "videos"] | str]


class UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionSaveForLatersItemsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayloadData]]
