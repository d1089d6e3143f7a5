"""Generated models and operations for ``sharesPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class SharesCreateOperationPayloadDataRelationshipsSharedResourcesData(APIModel):
    """Schema ``SharesCreateOperation_Payload_Data_Relationships_SharedResources_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks", "albums"] | str]


class SharesCreateOperationPayloadDataRelationshipsSharedResources(APIModel):
    """Schema ``SharesCreateOperation_Payload_Data_Relationships_SharedResources``."""

    data: Redactable[list[SharesCreateOperationPayloadDataRelationshipsSharedResourcesData]]


class SharesCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``SharesCreateOperation_Payload_Data_Relationships``."""

    shared_resources: Redactable[SharesCreateOperationPayloadDataRelationshipsSharedResources] = Field(
        alias="sharedResources"
    )


class SharesCreateOperationPayloadData(APIModel):
    """Schema ``SharesCreateOperation_Payload_Data``."""

    relationships: Redactable[SharesCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["shares"] | str]


class SharesCreateOperationPayload(APIModel):
    """Schema ``SharesCreateOperation_Payload``."""

    data: Redactable[SharesCreateOperationPayloadData]
