"""Generated models and operations for ``offlineTasksPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable


class OfflineTasksUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``OfflineTasksUpdateOperation_Payload_Data_Attributes``."""

    state: Redactable[Literal["PENDING", "IN_PROGRESS", "FAILED", "COMPLETED"] | str]
    """New state for the offline task"""


class OfflineTasksUpdateOperationPayloadData(APIModel):
    """Schema ``OfflineTasksUpdateOperation_Payload_Data``."""

    attributes: Redactable[OfflineTasksUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["offlineTasks"] | str]


class OfflineTasksUpdateOperationPayload(APIModel):
    """Schema ``OfflineTasksUpdateOperation_Payload``."""

    data: Redactable[OfflineTasksUpdateOperationPayloadData]
