"""Generated models and operations for ``trackManifests`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import AudioNormalizationData, DrmData, Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, path_id


class TrackManifestsAttributes(APIModel):
    """Schema ``TrackManifests_Attributes``."""

    album_audio_normalization_data: AudioNormalizationData | None = Field(
        default=None, alias="albumAudioNormalizationData"
    )

    drm_data: DrmData | None = Field(default=None, alias="drmData")

    formats: list[Literal["HEAACV1", "AACLC", "FLAC", "FLAC_HIRES", "EAC3_JOC"] | str] | None = Field(
        default=None
    )
    """Formats present in manifest"""

    hash: str | None = Field(default=None)
    """Unique manifest hash"""

    preview_reason: (
        Literal["FULL_REQUIRES_SUBSCRIPTION", "FULL_REQUIRES_PURCHASE", "FULL_REQUIRES_HIGHER_ACCESS_TIER"]
        | str
        | None
    ) = Field(default=None, alias="previewReason")
    """Why a preview is served instead of the full track"""

    track_audio_normalization_data: AudioNormalizationData | None = Field(
        default=None, alias="trackAudioNormalizationData"
    )

    track_presentation: Literal["FULL", "PREVIEW"] | str | None = Field(
        default=None, alias="trackPresentation"
    )
    """Track presentation"""

    uri: str | None = Field(default=None)
    """Manifest URI"""


class TrackManifestsReadById403ResponseBodyErrors(APIModel):
    """Schema ``TrackManifestsReadById403ResponseBody.errors``."""

    code: Redactable[
        Literal[
            "CLIENT_NOT_ENTITLED",
            "CONCURRENT_PLAYBACK",
            "GEO_RESTRICTED",
            "PREREQUISITE_MISSING",
            "PURCHASE_REQUIRED",
        ]
        | str
    ]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class TrackManifestsReadById403ResponseBody(APIModel):
    """Schema ``TrackManifestsReadById403ResponseBody``."""

    errors: Redactable[list[TrackManifestsReadById403ResponseBodyErrors]]


class TrackManifestsReadById404ResponseBodyErrors(APIModel):
    """Schema ``TrackManifestsReadById404ResponseBody.errors``."""

    code: Redactable[Literal["CONTENT_NOT_FOUND"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class TrackManifestsReadById404ResponseBody(APIModel):
    """Schema ``TrackManifestsReadById404ResponseBody``."""

    errors: Redactable[list[TrackManifestsReadById404ResponseBodyErrors]]


class TrackManifestsResourceObject(Resource):
    """Schema ``TrackManifests_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: TrackManifestsAttributes | None = Field(default=None)

    def _attributes(self) -> TrackManifestsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def album_audio_normalization_data(self) -> AudioNormalizationData | None:
        """The ``albumAudioNormalizationData`` attribute."""
        return self._attributes().album_audio_normalization_data

    @property
    def drm_data(self) -> DrmData | None:
        """The ``drmData`` attribute."""
        return self._attributes().drm_data

    @property
    def formats(self) -> list[Literal["HEAACV1", "AACLC", "FLAC", "FLAC_HIRES", "EAC3_JOC"] | str] | None:
        """Formats present in manifest"""
        return self._attributes().formats

    @property
    def hash(self) -> str | None:
        """Unique manifest hash"""
        return self._attributes().hash

    @property
    def preview_reason(
        self,
    ) -> (
        Literal["FULL_REQUIRES_SUBSCRIPTION", "FULL_REQUIRES_PURCHASE", "FULL_REQUIRES_HIGHER_ACCESS_TIER"]
        | str
        | None
    ):
        """Why a preview is served instead of the full track"""
        return self._attributes().preview_reason

    @property
    def track_audio_normalization_data(self) -> AudioNormalizationData | None:
        """The ``trackAudioNormalizationData`` attribute."""
        return self._attributes().track_audio_normalization_data

    @property
    def track_presentation(self) -> Literal["FULL", "PREVIEW"] | str | None:
        """Track presentation"""
        return self._attributes().track_presentation

    @property
    def uri(self) -> str | None:
        """Manifest URI"""
        return self._attributes().uri


class TrackManifestsSingleResourceDataDocument(DocumentBase):
    """Schema ``TrackManifests_Single_Resource_Data_Document``."""

    data: Redactable[TrackManifestsResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "trackManifests.get", "GET", "/trackManifests/{id}", "THIRD_PARTY", cache_ttl=None, invalidates=()
)


class TrackManifestsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``trackManifests``."""

    async def get_document(
        self,
        id: str,
        *,
        manifest_type: Literal["HLS", "MPEG_DASH"],
        formats: Sequence[Literal["HEAACV1", "AACLC", "FLAC", "FLAC_HIRES", "EAC3_JOC"]],
        uri_scheme: Literal["HTTPS", "DATA"],
        usage: Literal["PLAYBACK", "DOWNLOAD"],
        adaptive: bool,
        share_code: str | None = None,
    ) -> TrackManifestsSingleResourceDataDocument:
        """Get single trackManifest.

        Retrieves single trackManifest by id.

        ``GET /trackManifests/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: playback (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"trackManifests/{path_id(id)}",
            [
                ("manifestType", manifest_type),
                ("formats", formats),
                ("uriScheme", uri_scheme),
                ("usage", usage),
                ("adaptive", adaptive),
                ("shareCode", share_code),
            ],
            TrackManifestsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        manifest_type: Literal["HLS", "MPEG_DASH"],
        formats: Sequence[Literal["HEAACV1", "AACLC", "FLAC", "FLAC_HIRES", "EAC3_JOC"]],
        uri_scheme: Literal["HTTPS", "DATA"],
        usage: Literal["PLAYBACK", "DOWNLOAD"],
        adaptive: bool,
        share_code: str | None = None,
    ) -> TrackManifestsResourceObject:
        """Get single trackManifest.

        Retrieves single trackManifest by id.

        ``GET /trackManifests/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: playback (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (
            await self.get_document(
                id,
                manifest_type=manifest_type,
                formats=formats,
                uri_scheme=uri_scheme,
                usage=usage,
                adaptive=adaptive,
                share_code=share_code,
            )
        ).data


class TrackManifestsOperations(TrackManifestsPublicOperations):
    """Every operation on ``trackManifests``, INTERNAL and PARTNER ones included."""
