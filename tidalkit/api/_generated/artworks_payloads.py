"""Generated models and operations for ``artworksPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class ArtworksCreateOperationPayloadDataAttributesSourceFile(APIModel):
    """Schema ``ArtworksCreateOperation_Payload_Data_Attributes_SourceFile``."""

    md5_hash: Redactable[str] = Field(alias="md5Hash")

    size: Redactable[int]


class ArtworksCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``ArtworksCreateOperation_Payload_Data_Attributes``."""

    media_type: Redactable[Literal["IMAGE", "VIDEO"] | str] = Field(alias="mediaType")

    source_file: Redactable[ArtworksCreateOperationPayloadDataAttributesSourceFile] = Field(
        alias="sourceFile"
    )


class ArtworksCreateOperationPayloadData(APIModel):
    """Schema ``ArtworksCreateOperation_Payload_Data``."""

    attributes: Redactable[ArtworksCreateOperationPayloadDataAttributes]

    type: Redactable[Literal["artworks"] | str]


class ArtworksCreateOperationPayload(APIModel):
    """Schema ``ArtworksCreateOperation_Payload``."""

    data: Redactable[ArtworksCreateOperationPayloadData]
