"""Generated models and operations for ``installationsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class InstallationsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``InstallationsCreateOperation_Payload_Data_Attributes``."""

    client_provided_installation_id: Redactable[str] = Field(alias="clientProvidedInstallationId")
    """Client provided installation identifier"""

    name: Redactable[str]
    """Human-readable name"""


class InstallationsCreateOperationPayloadData(APIModel):
    """Schema ``InstallationsCreateOperation_Payload_Data``."""

    attributes: Redactable[InstallationsCreateOperationPayloadDataAttributes]

    type: Redactable[Literal["installations"] | str]


class InstallationsCreateOperationPayload(APIModel):
    """Schema ``InstallationsCreateOperation_Payload``."""

    data: Redactable[InstallationsCreateOperationPayloadData]


class InstallationsOfflineInventoryItemIdentifier(APIModel):
    """Schema ``InstallationsOfflineInventory_ItemIdentifier``."""

    id: Redactable[str]
    """The item id. Use "me" when the type is userCollectionTracks to resolve to the authenticated user's collection."""

    type: Redactable[Literal["tracks", "videos", "albums", "playlists", "userCollectionTracks"] | str]


class InstallationsOfflineInventoryRelationshipAddOperationPayload(APIModel):
    """Schema ``InstallationsOfflineInventoryRelationshipAddOperation_Payload``."""

    data: Redactable[list[InstallationsOfflineInventoryItemIdentifier]]


class InstallationsOfflineInventoryRelationshipRemoveOperationPayload(APIModel):
    """Schema ``InstallationsOfflineInventoryRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[InstallationsOfflineInventoryItemIdentifier]]
