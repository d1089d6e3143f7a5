"""Generated models and operations for ``collaborationInvitesPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable


class CollaborationInvitesCreateOperationPayloadDataRelationshipsSubjectData(APIModel):
    """Schema ``CollaborationInvitesCreateOperation_Payload_Data_Relationships_Subject_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["playlists"] | str]


class CollaborationInvitesCreateOperationPayloadDataRelationshipsSubject(APIModel):
    """Schema ``CollaborationInvitesCreateOperation_Payload_Data_Relationships_Subject``."""

    data: Redactable[CollaborationInvitesCreateOperationPayloadDataRelationshipsSubjectData]


class CollaborationInvitesCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``CollaborationInvitesCreateOperation_Payload_Data_Relationships``."""

    subject: Redactable[CollaborationInvitesCreateOperationPayloadDataRelationshipsSubject]


class CollaborationInvitesCreateOperationPayloadData(APIModel):
    """Schema ``CollaborationInvitesCreateOperation_Payload_Data``."""

    relationships: Redactable[CollaborationInvitesCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["collaborationInvites"] | str]


class CollaborationInvitesCreateOperationPayload(APIModel):
    """Schema ``CollaborationInvitesCreateOperation_Payload``."""

    data: Redactable[CollaborationInvitesCreateOperationPayloadData]
