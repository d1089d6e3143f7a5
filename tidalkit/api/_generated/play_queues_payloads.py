"""Generated models and operations for ``playQueuesPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api._generated.play_queues import LegacySource
from tidalkit.api.model import APIModel, Redactable, Textual


class PlayQueuesCreateOperationPayloadData(APIModel):
    """Schema ``PlayQueuesCreateOperation_Payload_Data``."""

    type: Redactable[Literal["playQueues"] | str]


class PlayQueuesCreateOperationPayload(APIModel):
    """Schema ``PlayQueuesCreateOperation_Payload``."""

    data: Redactable[PlayQueuesCreateOperationPayloadData]


class PlayQueuesCurrentRelationshipUpdateOperationPayloadDataMeta(APIModel):
    """Schema ``PlayQueuesCurrentRelationshipUpdateOperation_Payload_Data_Meta``."""

    item_id: Redactable[str] = Field(alias="itemId")


class PlayQueuesCurrentRelationshipUpdateOperationPayloadData(APIModel):
    """Schema ``PlayQueuesCurrentRelationshipUpdateOperation_Payload_Data``."""

    id: Redactable[str]

    meta: Redactable[Textual[PlayQueuesCurrentRelationshipUpdateOperationPayloadDataMeta]]

    type: Redactable[Literal["tracks", "videos"] | str]


class PlayQueuesCurrentRelationshipUpdateOperationPayload(APIModel):
    """Schema ``PlayQueuesCurrentRelationshipUpdateOperation_Payload``."""

    data: Redactable[PlayQueuesCurrentRelationshipUpdateOperationPayloadData]


class PlayQueuesFutureRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``PlayQueuesFutureRelationshipAddOperation_Payload_Data_Meta``."""

    item_cursor: str | None = Field(default=None, alias="itemCursor")


class PlayQueuesFutureRelationshipAddOperationPayloadData(APIModel):
    """Schema ``PlayQueuesFutureRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: PlayQueuesFutureRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["tracks", "videos", "albums", "playlists"] | str]


class PlayQueuesFutureRelationshipAddOperationPayloadMeta(APIModel):
    """Schema ``PlayQueuesFutureRelationshipAddOperation_Payload_Meta``."""

    batch_id: str | None = Field(default=None, alias="batchId")

    legacy_source: LegacySource | None = Field(default=None, alias="legacySource")

    mode: Redactable[
        Literal[
            "ADD_TO_FRONT",
            "ADD_TO_BACK",
            "ADD_BEFORE",
            "REPLACE_ALL",
            "REPLACE_ALL_AND_CURRENT",
            "ADD_TO_FRONT_REPLACE_CURRENT",
        ]
        | str
    ]

    position_before: str | None = Field(default=None, alias="positionBefore")


class PlayQueuesFutureRelationshipAddOperationPayload(APIModel):
    """Schema ``PlayQueuesFutureRelationshipAddOperation_Payload``."""

    data: Redactable[list[PlayQueuesFutureRelationshipAddOperationPayloadData]]

    meta: PlayQueuesFutureRelationshipAddOperationPayloadMeta | None = Field(default=None)


class PlayQueuesFutureRelationshipRemoveOperationPayloadDataMeta(APIModel):
    """Schema ``PlayQueuesFutureRelationshipRemoveOperation_Payload_Data_Meta``."""

    item_id: Redactable[str] = Field(alias="itemId")


class PlayQueuesFutureRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``PlayQueuesFutureRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    meta: Redactable[Textual[PlayQueuesFutureRelationshipRemoveOperationPayloadDataMeta]]

    type: Redactable[Literal["tracks", "videos"] | str]


class PlayQueuesFutureRelationshipRemoveOperationPayload(APIModel):
    """Schema ``PlayQueuesFutureRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[PlayQueuesFutureRelationshipRemoveOperationPayloadData]]


class PlayQueuesFutureRelationshipUpdateOperationPayloadDataMeta(APIModel):
    """Schema ``PlayQueuesFutureRelationshipUpdateOperation_Payload_Data_Meta``."""

    item_id: Redactable[str] = Field(alias="itemId")


class PlayQueuesFutureRelationshipUpdateOperationPayloadData(APIModel):
    """Schema ``PlayQueuesFutureRelationshipUpdateOperation_Payload_Data``."""

    id: Redactable[str]

    meta: Redactable[Textual[PlayQueuesFutureRelationshipUpdateOperationPayloadDataMeta]]

    type: Redactable[Literal["tracks", "videos"] | str]


class PlayQueuesFutureRelationshipUpdateOperationPayloadMeta(APIModel):
    """Schema ``PlayQueuesFutureRelationshipUpdateOperation_Payload_Meta``."""

    position_before: Redactable[str] = Field(alias="positionBefore")


class PlayQueuesFutureRelationshipUpdateOperationPayload(APIModel):
    """Schema ``PlayQueuesFutureRelationshipUpdateOperation_Payload``."""

    data: Redactable[list[PlayQueuesFutureRelationshipUpdateOperationPayloadData]]

    meta: Redactable[Textual[PlayQueuesFutureRelationshipUpdateOperationPayloadMeta]]


class PlayQueuesUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``PlayQueuesUpdateOperation_Payload_Data_Attributes``."""

    repeat: Literal["NONE", "ONE", "BATCH"] | str | None = Field(default=None)

    shuffle: Literal["OFF", "BATCH", "ALL"] | str | None = Field(default=None)

    shuffled: bool | None = Field(default=None)


class PlayQueuesUpdateOperationPayloadData(APIModel):
    """Schema ``PlayQueuesUpdateOperation_Payload_Data``."""

    attributes: Redactable[PlayQueuesUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["playQueues"] | str]


class PlayQueuesUpdateOperationPayload(APIModel):
    """Schema ``PlayQueuesUpdateOperation_Payload``."""

    data: Redactable[PlayQueuesUpdateOperationPayloadData]
