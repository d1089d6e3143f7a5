"""Generated models and operations for ``manualArtistClaimsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api._generated._common import LinkObject
from tidalkit.api.model import APIModel, Redactable


class ManualArtistClaimsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``ManualArtistClaimsCreateOperation_Payload_Data_Attributes``."""

    accepted_terms: bool | None = Field(default=None, alias="acceptedTerms")

    artist_id: Redactable[str] = Field(alias="artistId")

    distributor_name: str | None = Field(default=None, alias="distributorName")

    error_reason: str | None = Field(default=None, alias="errorReason")

    label_contact_email: str | None = Field(default=None, alias="labelContactEmail")

    label_contact_name: str | None = Field(default=None, alias="labelContactName")

    label_name: str | None = Field(default=None, alias="labelName")

    legal_first_name: Redactable[str] = Field(alias="legalFirstName")

    legal_last_name: Redactable[str] = Field(alias="legalLastName")

    manager_email: str | None = Field(default=None, alias="managerEmail")

    manager_name: str | None = Field(default=None, alias="managerName")

    role: str | None = Field(default=None)

    selected_albums: list[str] | None = Field(default=None, alias="selectedAlbums")

    selected_singles: list[str] | None = Field(default=None, alias="selectedSingles")

    social_link: LinkObject | None = Field(default=None, alias="socialLink")

    upcs: list[str] | None = Field(default=None)

    website_or_social_link: Redactable[LinkObject] = Field(alias="websiteOrSocialLink")


class ManualArtistClaimsCreateOperationPayloadData(APIModel):
    """Schema ``ManualArtistClaimsCreateOperation_Payload_Data``."""

    attributes: Redactable[ManualArtistClaimsCreateOperationPayloadDataAttributes]

    type: Redactable[Literal["manualArtistClaims"] | str]


class ManualArtistClaimsCreateOperationPayload(APIModel):
    """Schema ``ManualArtistClaimsCreateOperation_Payload``."""

    data: Redactable[ManualArtistClaimsCreateOperationPayloadData]
