"""Generated models and operations for ``_common`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Textual


class AudioNormalizationData(APIModel):
    """Track normalization data"""

    peak_amplitude: float | None = Field(default=None, alias="peakAmplitude")

    replay_gain: float | None = Field(default=None, alias="replayGain")


class Copyright(APIModel):
    """Copyright information"""

    text: Redactable[str]


class DrmData(APIModel):
    """DRM data. Absence implies no DRM."""

    certificate_url: str | None = Field(default=None, alias="certificateUrl")

    drm_system: Literal["FAIRPLAY", "WIDEVINE"] | str | None = Field(default=None, alias="drmSystem")

    init_data: list[str] | None = Field(default=None, alias="initData")

    license_url: str | None = Field(default=None, alias="licenseUrl")


class ExternalLinkMeta(APIModel):
    """metadata about an external link"""

    type: Redactable[
        Literal[
            "TIDAL_SHARING",
            "TIDAL_USER_SHARING",
            "TIDAL_AUTOPLAY_ANDROID",
            "TIDAL_AUTOPLAY_IOS",
            "TIDAL_AUTOPLAY_WEB",
            "TWITTER",
            "FACEBOOK",
            "INSTAGRAM",
            "TIKTOK",
            "SNAPCHAT",
            "OFFICIAL_HOMEPAGE",
            "CASHAPP_CONTRIBUTIONS",
            "ARTIST_CLAIM_PROVIDER_REDIRECT",
            "STRIPE_AUTHORIZATION_REDIRECT",
            "SQUARE_AUTHORIZATION_REDIRECT",
        ]
        | str
    ]


class ExternalLink(APIModel):
    """Schema ``External_Link``."""

    href: Redactable[str]

    meta: Redactable[ExternalLinkMeta]


class FileStatus(APIModel):
    """File status"""

    ai_scanning_file_status: Literal["NOT_SCANNED", "SCANNING", "IS_AI", "NOT_AI", "ERROR"] | str | None = (
        Field(default=None, alias="aiScanningFileStatus")
    )
    """Status of scanning the file for being AI-generated. Only present for file types that support AI scanning (e.g. track source files) and when a scanning status is available for the file; absent otherwise."""

    moderation_file_status: Redactable[
        Literal["NOT_MODERATED", "SCANNING", "FLAGGED", "TAKEN_DOWN", "OK", "ERROR"] | str
    ] = Field(alias="moderationFileStatus")
    """Moderation status for file"""

    technical_file_status: Redactable[
        Literal["UPLOAD_REQUESTED", "PROCESSING", "OK", "ERROR", "DELETED"] | str
    ] = Field(alias="technicalFileStatus")
    """Technical status for file"""


class FileUploadLinkMeta(APIModel):
    """metadata for upload link"""

    headers: dict[str, str] | None = Field(default=None)
    """HTTP headers that must be added to the operation"""

    method: Redactable[str]
    """HTTP method"""


class FileUploadLink(APIModel):
    """Upload link"""

    href: Redactable[str]
    """Href to upload actual file to"""

    meta: Redactable[Textual[FileUploadLinkMeta]]


class LinkObject(APIModel):
    """A JSON:API link object"""

    href: str | None = Field(default=None)


class LinksMeta(APIModel):
    """Non-standard meta information for links"""

    next_cursor: Redactable[str] = Field(alias="nextCursor")
    """Only cursor part of next link"""


class Links(APIModel):
    """Schema ``Links``."""

    meta: Textual[LinksMeta] | None = Field(default=None)

    next: str | None = Field(default=None)
    """Link to next page"""

    self: Redactable[str]
    """Link to self"""


class ResourceIdentifier(Identifier):
    """Schema ``Resource_Identifier``."""


class MultiRelationshipDataDocument(DocumentBase):
    """Schema ``Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class MutationResponseDocument(DocumentBase):
    """Schema ``Mutation_Response_Document``."""

    links: Redactable[Textual[Links]]


class ReplacementOriginalIdentifier(APIModel):
    """Relationship identifier before contextual replacement projection."""

    id: Redactable[str]

    type: Redactable[str]


class ReplacementProvenance(APIModel):
    """Relationship replacement projection provenance. ORIGINAL retains the requested identifier as the applicable resource, REPLACED projects another identifier, and NOT_REPLACED retains the requested identifier because no applicable replacement exists."""

    original: ReplacementOriginalIdentifier | None = Field(default=None)

    status: Redactable[Literal["ORIGINAL", "REPLACED", "NOT_REPLACED"] | str]


class SingleRelationshipDataDocument(DocumentBase):
    """Schema ``Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]
