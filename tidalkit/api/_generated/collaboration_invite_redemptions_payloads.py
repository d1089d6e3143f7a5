"""Generated models and operations for ``collaborationInviteRedemptionsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable


class CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInviteData(APIModel):
    """Schema ``CollaborationInviteRedemptionsCreateOperation_Payload_Data_Relationships_Invite_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["collaborationInvites"] | str]


class CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInvite(APIModel):
    """Schema ``CollaborationInviteRedemptionsCreateOperation_Payload_Data_Relationships_Invite``."""

    data: Redactable[CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInviteData]


class CollaborationInviteRedemptionsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``CollaborationInviteRedemptionsCreateOperation_Payload_Data_Relationships``."""

    invite: Redactable[CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInvite]


class CollaborationInviteRedemptionsCreateOperationPayloadData(APIModel):
    """Schema ``CollaborationInviteRedemptionsCreateOperation_Payload_Data``."""

    relationships: Redactable[CollaborationInviteRedemptionsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["collaborationInviteRedemptions"] | str]


class CollaborationInviteRedemptionsCreateOperationPayload(APIModel):
    """Schema ``CollaborationInviteRedemptionsCreateOperation_Payload``."""

    data: Redactable[CollaborationInviteRedemptionsCreateOperationPayloadData]
