"""Generated models and operations for ``artistBiographiesPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class ArtistBiographiesUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``ArtistBiographiesUpdateOperation_Payload_Data_Attributes``."""

    text: str | None = Field(default=None)


class ArtistBiographiesUpdateOperationPayloadData(APIModel):
    """Schema ``ArtistBiographiesUpdateOperation_Payload_Data``."""

    attributes: Redactable[ArtistBiographiesUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["artistBiographies"] | str]


class ArtistBiographiesUpdateOperationPayload(APIModel):
    """Schema ``ArtistBiographiesUpdateOperation_Payload``."""

    data: Redactable[ArtistBiographiesUpdateOperationPayloadData]
