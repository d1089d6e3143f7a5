"""Generated models and operations for ``contentClaimsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class ContentClaimsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``ContentClaimsCreateOperation_Payload_Data_Attributes``."""

    assertion: Redactable[Literal["CLAIM", "DISCLAIM"] | str]


class ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResourceData(APIModel):
    """Schema ``ContentClaimsCreateOperation_Payload_Data_Relationships_ClaimedResource_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks", "albums", "videos"] | str]


class ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResource(APIModel):
    """Schema ``ContentClaimsCreateOperation_Payload_Data_Relationships_ClaimedResource``."""

    data: Redactable[ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResourceData]


class ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtistData(APIModel):
    """Schema ``ContentClaimsCreateOperation_Payload_Data_Relationships_ClaimingArtist_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtist(APIModel):
    """Schema ``ContentClaimsCreateOperation_Payload_Data_Relationships_ClaimingArtist``."""

    data: Redactable[ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtistData]


class ContentClaimsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``ContentClaimsCreateOperation_Payload_Data_Relationships``."""

    claimed_resource: Redactable[ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResource] = Field(
        alias="claimedResource"
    )

    claiming_artist: Redactable[ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtist] = Field(
        alias="claimingArtist"
    )


class ContentClaimsCreateOperationPayloadData(APIModel):
    """Schema ``ContentClaimsCreateOperation_Payload_Data``."""

    attributes: Redactable[ContentClaimsCreateOperationPayloadDataAttributes]

    relationships: Redactable[ContentClaimsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["contentClaims"] | str]


class ContentClaimsCreateOperationPayload(APIModel):
    """Schema ``ContentClaimsCreateOperation_Payload``."""

    data: Redactable[ContentClaimsCreateOperationPayloadData]
