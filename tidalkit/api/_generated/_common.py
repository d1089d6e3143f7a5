"""Generated models and operations for ``_common`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, UtcDatetime


class ArtworkFileMeta(APIModel):
    """Metadata about an artwork file"""

    height: Redactable[int]
    """Height (in pixels)"""

    width: Redactable[int]
    """Width (in pixels)"""


class ArtworkFile(APIModel):
    """Artwork files"""

    href: Redactable[str]
    """Artwork file href"""

    meta: Redactable[ArtworkFileMeta]


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

    meta: Redactable[FileUploadLinkMeta]


class ArtworkSourceFile(APIModel):
    """Artwork source file"""

    md5_hash: Redactable[str] = Field(alias="md5Hash")
    """MD5 hash of file to be uploaded"""

    size: Redactable[int]
    """File size of the artwork in bytes"""

    status: Redactable[FileStatus]

    upload_link: Redactable[FileUploadLink] = Field(alias="uploadLink")


class ArtworkVisualMetadata(APIModel):
    """Color information extracted from artwork"""

    blur_hash: str | None = Field(default=None, alias="blurHash")
    """BlurHash representation of the artwork for placeholder display"""

    selected_palette_color: str | None = Field(default=None, alias="selectedPaletteColor")
    """Selected color from the extracted artwork palette"""

    status: Literal["NONE", "PROCESSING", "OK"] | str | None = Field(default=None)
    """Status of visual metadata extraction"""


class AudioNormalizationData(APIModel):
    """Track normalization data"""

    peak_amplitude: float | None = Field(default=None, alias="peakAmplitude")

    replay_gain: float | None = Field(default=None, alias="replayGain")


class Copyright(APIModel):
    """Copyright information"""

    text: Redactable[str]


class CurrentUserReaction(APIModel):
    """Current user's reaction"""

    created_at: UtcDatetime | None = Field(default=None, alias="createdAt")
    """When the reaction was created"""

    emoji: str | None = Field(default=None)
    """User's emoji reaction"""

    id: str | None = Field(default=None)
    """Reaction ID"""


class Default400ResponseBodyErrors(APIModel):
    """Schema ``Default400ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default400ResponseBody(APIModel):
    """Schema ``Default400ResponseBody``."""

    errors: Redactable[list[Default400ResponseBodyErrors]]


class Default404ResponseBodyErrors(APIModel):
    """Schema ``Default404ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default404ResponseBody(APIModel):
    """Schema ``Default404ResponseBody``."""

    errors: Redactable[list[Default404ResponseBodyErrors]]


class Default405ResponseBodyErrors(APIModel):
    """Schema ``Default405ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default405ResponseBody(APIModel):
    """Schema ``Default405ResponseBody``."""

    errors: Redactable[list[Default405ResponseBodyErrors]]


class Default406ResponseBodyErrors(APIModel):
    """Schema ``Default406ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default406ResponseBody(APIModel):
    """Schema ``Default406ResponseBody``."""

    errors: Redactable[list[Default406ResponseBodyErrors]]


class Default415ResponseBodyErrors(APIModel):
    """Schema ``Default415ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default415ResponseBody(APIModel):
    """Schema ``Default415ResponseBody``."""

    errors: Redactable[list[Default415ResponseBodyErrors]]


class Default429ResponseBodyErrors(APIModel):
    """Schema ``Default429ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default429ResponseBody(APIModel):
    """Schema ``Default429ResponseBody``."""

    errors: Redactable[list[Default429ResponseBodyErrors]]


class Default500ResponseBodyErrors(APIModel):
    """Schema ``Default500ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default500ResponseBody(APIModel):
    """Schema ``Default500ResponseBody``."""

    errors: Redactable[list[Default500ResponseBodyErrors]]


class Default503ResponseBodyErrors(APIModel):
    """Schema ``Default503ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default503ResponseBody(APIModel):
    """Schema ``Default503ResponseBody``."""

    errors: Redactable[list[Default503ResponseBodyErrors]]


class DownloadLinkMeta(APIModel):
    """Metadata for download link"""

    required_headers: list[str] | None = Field(default=None, alias="requiredHeaders")
    """HTTP headers required when requesting the download URL"""


class DownloadLink(APIModel):
    """Schema ``Download_Link``."""

    href: Redactable[str]
    """URL to download the content from"""

    meta: Redactable[DownloadLinkMeta]


class DrmData(APIModel):
    """DRM data. Absence implies no DRM."""

    certificate_url: str | None = Field(default=None, alias="certificateUrl")

    drm_system: Literal["FAIRPLAY", "WIDEVINE"] | str | None = Field(default=None, alias="drmSystem")

    init_data: list[str] | None = Field(default=None, alias="initData")

    license_url: str | None = Field(default=None, alias="licenseUrl")


class ErrorObjectSource(APIModel):
    """Schema ``Error_Object_Source``."""

    header: str | None = Field(default=None)
    """string indicating the name of a single request header which caused the error"""

    parameter: str | None = Field(default=None)
    """string indicating which URI query parameter caused the error."""

    pointer: str | None = Field(default=None)
    """a JSON Pointer [RFC6901] to the value in the request document that caused the error"""


class ErrorObject(APIModel):
    """Schema ``Error_Object``."""

    code: str | None = Field(default=None)
    """application-specific error code"""

    detail: str | None = Field(default=None)
    """human-readable explanation specific to this occurrence of the problem"""

    id: str | None = Field(default=None)
    """unique identifier for this particular occurrence of the problem"""

    source: ErrorObjectSource | None = Field(default=None)

    status: str | None = Field(default=None)
    """HTTP status code applicable to this problem"""


class LinksMeta(APIModel):
    """Non-standard meta information for links"""

    next_cursor: Redactable[str] = Field(alias="nextCursor")
    """Only cursor part of next link"""


class Links(APIModel):
    """Schema ``Links``."""

    meta: LinksMeta | None = Field(default=None)

    next: str | None = Field(default=None)
    """Link to next page"""

    self: Redactable[str]
    """Link to self"""


class ErrorsDocument(DocumentBase):
    """Schema ``Errors_Document``."""

    errors: list[ErrorObject] | None = Field(default=None)
    """Array of error objects"""

    links: Links | None = Field(default=None)


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


class ExternalLinkPayload(APIModel):
    """Schema ``External_Link_Payload``."""

    href: str | None = Field(default=None)

    meta: Redactable[ExternalLinkMeta]


class Idempotency409ResponseBodyErrors(APIModel):
    """Schema ``Idempotency409ResponseBody.errors``."""

    code: Redactable[Literal["IDEMPOTENT_REQUEST_IN_PROGRESS"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Idempotency409ResponseBody(APIModel):
    """Schema ``Idempotency409ResponseBody``."""

    errors: Redactable[list[Idempotency409ResponseBodyErrors]]


class Idempotency422ResponseBodyErrors(APIModel):
    """Schema ``Idempotency422ResponseBody.errors``."""

    code: Redactable[Literal["IDEMPOTENT_REQUEST_PAYLOAD_MISMATCH"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Idempotency422ResponseBody(APIModel):
    """Schema ``Idempotency422ResponseBody``."""

    errors: Redactable[list[Idempotency422ResponseBodyErrors]]


class LegacyBarcodeId(APIModel):
    """List of UPCs retrieved from the DSP"""

    value: str | None = Field(default=None)


class LegacySource(APIModel):
    """Schema ``LegacySource``."""

    id: Redactable[str]

    type: Redactable[str]


class LinkObject(APIModel):
    """A JSON:API link object"""

    href: str | None = Field(default=None)


class ResourceIdentifier(Identifier):
    """Schema ``Resource_Identifier``."""


class MultiRelationshipDataDocument(DocumentBase):
    """Schema ``Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Links]


class MutationResponseDocument(DocumentBase):
    """Schema ``Mutation_Response_Document``."""

    links: Redactable[Links]


class ReactionStats(APIModel):
    """Reaction statistics"""

    counts_by_type: dict[str, int] | None = Field(default=None, alias="countsByType")
    """Count of reactions by type"""

    total_count: int | None = Field(default=None, alias="totalCount")
    """Total number of reactions"""


class ReplacementOriginalIdentifier(APIModel):
    """Relationship identifier before contextual replacement projection."""

    id: Redactable[str]

    type: Redactable[str]


class ReplacementProvenance(APIModel):
    """Relationship replacement projection provenance. ORIGINAL retains the requested identifier as the applicable resource, REPLACED projects another identifier, and NOT_REPLACED retains the requested identifier because no applicable replacement exists."""

    original: ReplacementOriginalIdentifier | None = Field(default=None)

    status: Redactable[Literal["ORIGINAL", "REPLACED", "NOT_REPLACED"] | str]


class ResourceObjectObjectObject(APIModel):
    """Schema ``Resource_ObjectObjectObject``."""

    attributes: dict[str, Any] | None = Field(default=None)

    id: Redactable[str]
    """Resource id"""

    relationships: dict[str, Any] | None = Field(default=None)

    type: Redactable[str]
    """Resource type"""


class SingleRelationshipDataDocument(DocumentBase):
    """Schema ``Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Links]


class TrackInfo(APIModel):
    """Schema ``TrackInfo``."""

    broken: bool | None = Field(default=None)

    broken_code: int | None = Field(default=None, alias="brokenCode")

    track_id: Redactable[str] = Field(alias="trackId")


class UserCollection(APIModel):
    """Schema ``UserCollection``."""

    id: Redactable[str]

    type: Redactable[Literal["userCollectionPlaylists"] | str]
