"""Generated models and operations for ``artistClaimsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, Textual


class ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayloadData(APIModel):
    """Schema ``ArtistClaimsAcceptedArtistsRelationshipUpdateOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayload(APIModel):
    """Schema ``ArtistClaimsAcceptedArtistsRelationshipUpdateOperation_Payload``."""

    data: Redactable[list[ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayloadData]]


class ArtistClaimsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``ArtistClaimsCreateOperation_Payload_Data_Attributes``."""

    artist_id: Redactable[str] = Field(alias="artistId")

    provider: Redactable[Literal["DISTROKID", "CDBABY", "TUNECORE"] | str]


class ArtistClaimsCreateOperationPayloadData(APIModel):
    """Schema ``ArtistClaimsCreateOperation_Payload_Data``."""

    attributes: Redactable[ArtistClaimsCreateOperationPayloadDataAttributes]

    type: Redactable[Literal["artistClaims"] | str]


class ArtistClaimsCreateOperationPayloadMeta(APIModel):
    """Schema ``ArtistClaimsCreateOperation_Payload_Meta``."""

    nonce: str | None = Field(default=None)

    redirect_url: Redactable[str] = Field(alias="redirectUrl")


class ArtistClaimsCreateOperationPayload(APIModel):
    """Schema ``ArtistClaimsCreateOperation_Payload``."""

    data: Redactable[ArtistClaimsCreateOperationPayloadData]

    meta: Redactable[Textual[ArtistClaimsCreateOperationPayloadMeta]]


class ArtistClaimsUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``ArtistClaimsUpdateOperation_Payload_Data_Attributes``."""


class ArtistClaimsUpdateOperationPayloadData(APIModel):
    """Schema ``ArtistClaimsUpdateOperation_Payload_Data``."""

    attributes: ArtistClaimsUpdateOperationPayloadDataAttributes | None = Field(default=None)

    id: str | None = Field(default=None)

    type: Redactable[Literal["artistClaims"] | str]


class ArtistClaimsUpdateOperationPayloadMeta(APIModel):
    """Schema ``ArtistClaimsUpdateOperation_Payload_Meta``."""

    authorization_code: Redactable[str] = Field(alias="authorizationCode")

    redirect_uri: Redactable[str] = Field(alias="redirectUri")


class ArtistClaimsUpdateOperationPayload(APIModel):
    """Schema ``ArtistClaimsUpdateOperation_Payload``."""

    data: ArtistClaimsUpdateOperationPayloadData | None = Field(default=None)

    meta: Redactable[ArtistClaimsUpdateOperationPayloadMeta]
