"""Generated models and operations for ``trackSourceFilesPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class TrackSourceFilesCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``TrackSourceFilesCreateOperation_Payload_Data_Attributes``."""

    md5_hash: Redactable[str] = Field(alias="md5Hash")

    size: Redactable[int]


class TrackSourceFilesCreateOperationPayloadDataRelationshipsTrackData(APIModel):
    """Schema ``TrackSourceFilesCreateOperation_Payload_Data_Relationships_Track_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks"] | str]


class TrackSourceFilesCreateOperationPayloadDataRelationshipsTrack(APIModel):
    """Schema ``TrackSourceFilesCreateOperation_Payload_Data_Relationships_Track``."""

    data: TrackSourceFilesCreateOperationPayloadDataRelationshipsTrackData | None = Field(default=None)

    id: str | None = Field(default=None)

    type: Literal["tracks"] | str | None = Field(default=None)


class TrackSourceFilesCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``TrackSourceFilesCreateOperation_Payload_Data_Relationships``."""

    track: Redactable[TrackSourceFilesCreateOperationPayloadDataRelationshipsTrack]


class TrackSourceFilesCreateOperationPayloadData(APIModel):
    """Schema ``TrackSourceFilesCreateOperation_Payload_Data``."""

    attributes: Redactable[TrackSourceFilesCreateOperationPayloadDataAttributes]

    relationships: Redactable[TrackSourceFilesCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["trackSourceFiles"] | str]


class TrackSourceFilesCreateOperationPayload(APIModel):
    """Schema ``TrackSourceFilesCreateOperation_Payload``."""

    data: Redactable[TrackSourceFilesCreateOperationPayloadData]
