"""Generated models and operations for ``lyricsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class LyricsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``LyricsCreateOperation_Payload_Data_Attributes``."""

    text: str | None = Field(default=None)


class LyricsCreateOperationPayloadDataRelationshipsTrackData(APIModel):
    """Schema ``LyricsCreateOperation_Payload_Data_Relationships_Track_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks"] | str]


class LyricsCreateOperationPayloadDataRelationshipsTrack(APIModel):
    """Schema ``LyricsCreateOperation_Payload_Data_Relationships_Track``."""

    data: LyricsCreateOperationPayloadDataRelationshipsTrackData | None = Field(default=None)

    id: str | None = Field(default=None)

    type: Literal["tracks"] | str | None = Field(default=None)


class LyricsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``LyricsCreateOperation_Payload_Data_Relationships``."""

    track: Redactable[LyricsCreateOperationPayloadDataRelationshipsTrack]


class LyricsCreateOperationPayloadData(APIModel):
    """Schema ``LyricsCreateOperation_Payload_Data``."""

    attributes: LyricsCreateOperationPayloadDataAttributes | None = Field(default=None)

    relationships: Redactable[LyricsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["lyrics"] | str]


class LyricsCreateOperationPayloadMeta(APIModel):
    """Schema ``LyricsCreateOperation_Payload_Meta``."""

    generate: bool | None = Field(default=None)


class LyricsCreateOperationPayload(APIModel):
    """Schema ``LyricsCreateOperation_Payload``."""

    data: Redactable[LyricsCreateOperationPayloadData]

    meta: LyricsCreateOperationPayloadMeta | None = Field(default=None)


class LyricsUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``LyricsUpdateOperation_Payload_Data_Attributes``."""

    lrc_text: str | None = Field(default=None, alias="lrcText")

    text: str | None = Field(default=None)


class LyricsUpdateOperationPayloadData(APIModel):
    """Schema ``LyricsUpdateOperation_Payload_Data``."""

    attributes: Redactable[LyricsUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["lyrics"] | str]


class LyricsUpdateOperationPayload(APIModel):
    """Schema ``LyricsUpdateOperation_Payload``."""

    data: Redactable[LyricsUpdateOperationPayloadData]
