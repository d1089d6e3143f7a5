"""Generated models and operations for ``trackFiles`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import AudioNormalizationData, Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, path_id


class TrackFilesAttributes(APIModel):
    """Schema ``TrackFiles_Attributes``."""

    album_audio_normalization_data: AudioNormalizationData | None = Field(
        default=None, alias="albumAudioNormalizationData"
    )

    format: Literal["HEAACV1", "AACLC", "FLAC", "FLAC_HIRES", "EAC3_JOC"] | str | None = Field(default=None)
    """File's audio format"""

    track_audio_normalization_data: AudioNormalizationData | None = Field(
        default=None, alias="trackAudioNormalizationData"
    )

    track_presentation: Literal["FULL", "PREVIEW"] | str | None = Field(
        default=None, alias="trackPresentation"
    )
    """Track presentation"""

    url: str | None = Field(default=None)
    """File URL"""


class TrackFilesReadById403ResponseBodyErrors(APIModel):
    """Schema ``TrackFilesReadById403ResponseBody.errors``."""

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


class TrackFilesReadById403ResponseBody(APIModel):
    """Schema ``TrackFilesReadById403ResponseBody``."""

    errors: Redactable[list[TrackFilesReadById403ResponseBodyErrors]]


class TrackFilesReadById404ResponseBodyErrors(APIModel):
    """Schema ``TrackFilesReadById404ResponseBody.errors``."""

    code: Redactable[Literal["CONTENT_NOT_FOUND"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class TrackFilesReadById404ResponseBody(APIModel):
    """Schema ``TrackFilesReadById404ResponseBody``."""

    errors: Redactable[list[TrackFilesReadById404ResponseBodyErrors]]


class TrackFilesResourceObject(Resource):
    """Schema ``TrackFiles_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: TrackFilesAttributes | None = Field(default=None)

    def _attributes(self) -> TrackFilesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def album_audio_normalization_data(self) -> AudioNormalizationData | None:
        """The ``albumAudioNormalizationData`` attribute."""
        return self._attributes().album_audio_normalization_data

    @property
    def format(self) -> Literal["HEAACV1", "AACLC", "FLAC", "FLAC_HIRES", "EAC3_JOC"] | str | None:
        """File's audio format"""
        return self._attributes().format

    @property
    def track_audio_normalization_data(self) -> AudioNormalizationData | None:
        """The ``trackAudioNormalizationData`` attribute."""
        return self._attributes().track_audio_normalization_data

    @property
    def track_presentation(self) -> Literal["FULL", "PREVIEW"] | str | None:
        """Track presentation"""
        return self._attributes().track_presentation

    @property
    def url(self) -> str | None:
        """File URL"""
        return self._attributes().url


class TrackFilesSingleResourceDataDocument(DocumentBase):
    """Schema ``TrackFiles_Single_Resource_Data_Document``."""

    data: Redactable[TrackFilesResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec("trackFiles.get", "GET", "/trackFiles/{id}", "PARTNER", cache_ttl=None, invalidates=())


class TrackFilesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``trackFiles``."""


class TrackFilesOperations(TrackFilesPublicOperations):
    """Every operation on ``trackFiles``, INTERNAL and PARTNER ones included."""

    async def get_document(
        self,
        id: str,
        *,
        formats: Sequence[Literal["HEAACV1", "AACLC", "FLAC", "FLAC_HIRES", "EAC3_JOC"]],
        usage: Literal["PLAYBACK", "DOWNLOAD"],
    ) -> TrackFilesSingleResourceDataDocument:
        """Get single trackFile.

        Retrieves single trackFile by id.

        ``GET /trackFiles/{id}`` — access tier PARTNER; auth: client credentials or user token.
        Scopes: playback (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"trackFiles/{path_id(id)}",
            [("formats", formats), ("usage", usage)],
            TrackFilesSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        formats: Sequence[Literal["HEAACV1", "AACLC", "FLAC", "FLAC_HIRES", "EAC3_JOC"]],
        usage: Literal["PLAYBACK", "DOWNLOAD"],
    ) -> TrackFilesResourceObject:
        """Get single trackFile.

        Retrieves single trackFile by id.

        ``GET /trackFiles/{id}`` — access tier PARTNER; auth: client credentials or user token.
        Scopes: playback (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, formats=formats, usage=usage)).data
