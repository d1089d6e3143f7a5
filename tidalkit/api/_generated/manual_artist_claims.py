"""Generated models and operations for ``manualArtistClaims`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import LinkObject, Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec

if TYPE_CHECKING:
    from tidalkit.api._generated.manual_artist_claims_payloads import ManualArtistClaimsCreateOperationPayload


class ManualArtistClaimsAttributes(APIModel):
    """Schema ``ManualArtistClaims_Attributes``."""

    accepted_terms: bool | None = Field(default=None, alias="acceptedTerms")
    """Accepted terms and conditions"""

    artist_id: Redactable[str] = Field(alias="artistId")
    """Artist ID being claimed"""

    created_at: UtcDatetime | None = Field(default=None, alias="createdAt")
    """Timestamp when the claim was created"""

    distributor_name: str | None = Field(default=None, alias="distributorName")
    """Distributor name"""

    enrollment_type: str | None = Field(default=None, alias="enrollmentType")
    """Enrollment type"""

    error_reason: str | None = Field(default=None, alias="errorReason")
    """Error reason if claim failed"""

    label_contact_email: str | None = Field(default=None, alias="labelContactEmail")
    """Label contact email"""

    label_contact_name: str | None = Field(default=None, alias="labelContactName")
    """Label contact name"""

    label_name: str | None = Field(default=None, alias="labelName")
    """Label name"""

    last_modified_at: UtcDatetime | None = Field(default=None, alias="lastModifiedAt")
    """Timestamp when the claim was last modified"""

    legal_first_name: Redactable[str] = Field(alias="legalFirstName")
    """Legal first name"""

    legal_last_name: Redactable[str] = Field(alias="legalLastName")
    """Legal last name"""

    manager_email: str | None = Field(default=None, alias="managerEmail")
    """Manager email"""

    manager_name: str | None = Field(default=None, alias="managerName")
    """Manager name"""

    role: str | None = Field(default=None)
    """Role"""

    selected_albums: list[str] | None = Field(default=None, alias="selectedAlbums")
    """Album IDs selected by user"""

    selected_singles: list[str] | None = Field(default=None, alias="selectedSingles")
    """Single IDs selected by user"""

    social_link: LinkObject | None = Field(default=None, alias="socialLink")

    status: Literal["SUBMITTED", "PENDING", "APPROVED", "REJECTED"] | str | None = Field(default=None)
    """Claim status"""

    upcs: list[str] | None = Field(default=None)
    """UPCs associated with the claim"""

    website_or_social_link: Redactable[LinkObject] = Field(alias="websiteOrSocialLink")


class ManualArtistClaimsResourceObject(Resource):
    """Schema ``ManualArtistClaims_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: ManualArtistClaimsAttributes | None = Field(default=None)

    def _attributes(self) -> ManualArtistClaimsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def accepted_terms(self) -> bool | None:
        """Accepted terms and conditions"""
        return self._attributes().accepted_terms

    @property
    def artist_id(self) -> str:
        """Artist ID being claimed"""
        return self._attributes().artist_id

    @property
    def created_at(self) -> UtcDatetime | None:
        """Timestamp when the claim was created"""
        return self._attributes().created_at

    @property
    def distributor_name(self) -> str | None:
        """Distributor name"""
        return self._attributes().distributor_name

    @property
    def enrollment_type(self) -> str | None:
        """Enrollment type"""
        return self._attributes().enrollment_type

    @property
    def error_reason(self) -> str | None:
        """Error reason if claim failed"""
        return self._attributes().error_reason

    @property
    def label_contact_email(self) -> str | None:
        """Label contact email"""
        return self._attributes().label_contact_email

    @property
    def label_contact_name(self) -> str | None:
        """Label contact name"""
        return self._attributes().label_contact_name

    @property
    def label_name(self) -> str | None:
        """Label name"""
        return self._attributes().label_name

    @property
    def last_modified_at(self) -> UtcDatetime | None:
        """Timestamp when the claim was last modified"""
        return self._attributes().last_modified_at

    @property
    def legal_first_name(self) -> str:
        """Legal first name"""
        return self._attributes().legal_first_name

    @property
    def legal_last_name(self) -> str:
        """Legal last name"""
        return self._attributes().legal_last_name

    @property
    def manager_email(self) -> str | None:
        """Manager email"""
        return self._attributes().manager_email

    @property
    def manager_name(self) -> str | None:
        """Manager name"""
        return self._attributes().manager_name

    @property
    def role(self) -> str | None:
        """Role"""
        return self._attributes().role

    @property
    def selected_albums(self) -> list[str] | None:
        """Album IDs selected by user"""
        return self._attributes().selected_albums

    @property
    def selected_singles(self) -> list[str] | None:
        """Single IDs selected by user"""
        return self._attributes().selected_singles

    @property
    def social_link(self) -> LinkObject | None:
        """The ``socialLink`` attribute."""
        return self._attributes().social_link

    @property
    def status(self) -> Literal["SUBMITTED", "PENDING", "APPROVED", "REJECTED"] | str | None:
        """Claim status"""
        return self._attributes().status

    @property
    def upcs(self) -> list[str] | None:
        """UPCs associated with the claim"""
        return self._attributes().upcs

    @property
    def website_or_social_link(self) -> LinkObject:
        """The ``websiteOrSocialLink`` attribute."""
        return self._attributes().website_or_social_link


class ManualArtistClaimsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``ManualArtistClaims_Create_Single_Resource_Data_Document``."""

    data: Redactable[ManualArtistClaimsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "manualArtistClaims.create",
    "POST",
    "/manualArtistClaims",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("manualArtistClaims",),
)


class ManualArtistClaimsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``manualArtistClaims``."""


class ManualArtistClaimsOperations(ManualArtistClaimsPublicOperations):
    """Every operation on ``manualArtistClaims``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: ManualArtistClaimsCreateOperationPayload | Mapping[str, Any]
    ) -> ManualArtistClaimsCreateSingleResourceDataDocument:
        """Create single manualArtistClaim.

        Creates a new manualArtistClaim.

        ``POST /manualArtistClaims`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "manualArtistClaims",
            [],
            ManualArtistClaimsCreateSingleResourceDataDocument,
            payload=payload,
        )
