"""Generated models and operations for ``reactionsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable, Textual


class ReactionsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``ReactionsCreateOperation_Payload_Data_Attributes``."""

    emoji: Redactable[str]


class ReactionsCreateOperationPayloadDataRelationshipsSubjectData(APIModel):
    """Schema ``ReactionsCreateOperation_Payload_Data_Relationships_Subject_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["albums", "tracks", "artists", "videos", "playlists", "comments"] | str]


class ReactionsCreateOperationPayloadDataRelationshipsSubject(APIModel):
    """Schema ``ReactionsCreateOperation_Payload_Data_Relationships_Subject``."""

    data: Redactable[ReactionsCreateOperationPayloadDataRelationshipsSubjectData]


class ReactionsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``ReactionsCreateOperation_Payload_Data_Relationships``."""

    subject: Redactable[ReactionsCreateOperationPayloadDataRelationshipsSubject]


class ReactionsCreateOperationPayloadData(APIModel):
    """Schema ``ReactionsCreateOperation_Payload_Data``."""

    attributes: Redactable[Textual[ReactionsCreateOperationPayloadDataAttributes]]

    relationships: Redactable[ReactionsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["reactions"] | str]


class ReactionsCreateOperationPayload(APIModel):
    """Schema ``ReactionsCreateOperation_Payload``."""

    data: Redactable[ReactionsCreateOperationPayloadData]
