"""Generated models and operations for ``appreciationsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItemData(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Data_Relationships_AppreciatedItem_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItem(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Data_Relationships_AppreciatedItem``."""

    data: Redactable[list[AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItemData]]


class AppreciationsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Data_Relationships``."""

    appreciated_items: Redactable[AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItem] = (
        Field(alias="appreciatedItems")
    )


class AppreciationsCreateOperationPayloadData(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Data``."""

    relationships: Redactable[AppreciationsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["appreciations"] | str]


class AppreciationsCreateOperationPayloadMeta(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Meta``."""

    dry_run: bool | None = Field(default=None, alias="dryRun")


class AppreciationsCreateOperationPayload(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload``."""

    data: Redactable[AppreciationsCreateOperationPayloadData]

    meta: AppreciationsCreateOperationPayloadMeta | None = Field(default=None)
