"""Generated models and operations for ``videoManifests`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import DrmData, LinkObject, Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, path_id


class VideoManifestsAttributes(APIModel):
    """Schema ``VideoManifests_Attributes``."""

    drm_data: DrmData | None = Field(default=None, alias="drmData")

    link: LinkObject | None = Field(default=None)

    preview_reason: (
        Literal["FULL_REQUIRES_SUBSCRIPTION", "FULL_REQUIRES_PURCHASE", "FULL_REQUIRES_HIGHER_ACCESS_TIER"]
        | str
        | None
    ) = Field(default=None, alias="previewReason")
    """Why a preview is served instead of the full video"""

    video_presentation: Literal["FULL", "PREVIEW"] | str | None = Field(
        default=None, alias="videoPresentation"
    )
    """Video presentation"""


class VideoManifestsReadById403ResponseBodyErrors(APIModel):
    """Schema ``VideoManifestsReadById403ResponseBody.errors``."""

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


class VideoManifestsReadById403ResponseBody(APIModel):
    """Schema ``VideoManifestsReadById403ResponseBody``."""

    errors: Redactable[list[VideoManifestsReadById403ResponseBodyErrors]]


class VideoManifestsReadById404ResponseBodyErrors(APIModel):
    """Schema ``VideoManifestsReadById404ResponseBody.errors``."""

    code: Redactable[Literal["CONTENT_NOT_FOUND"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class VideoManifestsReadById404ResponseBody(APIModel):
    """Schema ``VideoManifestsReadById404ResponseBody``."""

    errors: Redactable[list[VideoManifestsReadById404ResponseBodyErrors]]


class VideoManifestsResourceObject(Resource):
    """Schema ``VideoManifests_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: VideoManifestsAttributes | None = Field(default=None)

    def _attributes(self) -> VideoManifestsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def drm_data(self) -> DrmData | None:
        """The ``drmData`` attribute."""
        return self._attributes().drm_data

    @property
    def link(self) -> LinkObject | None:
        """The ``link`` attribute."""
        return self._attributes().link

    @property
    def preview_reason(
        self,
    ) -> (
        Literal["FULL_REQUIRES_SUBSCRIPTION", "FULL_REQUIRES_PURCHASE", "FULL_REQUIRES_HIGHER_ACCESS_TIER"]
        | str
        | None
    ):
        """Why a preview is served instead of the full video"""
        return self._attributes().preview_reason

    @property
    def video_presentation(self) -> Literal["FULL", "PREVIEW"] | str | None:
        """Video presentation"""
        return self._attributes().video_presentation


class VideoManifestsSingleResourceDataDocument(DocumentBase):
    """Schema ``VideoManifests_Single_Resource_Data_Document``."""

    data: Redactable[VideoManifestsResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "videoManifests.get", "GET", "/videoManifests/{id}", "THIRD_PARTY", cache_ttl=None, invalidates=()
)


class VideoManifestsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``videoManifests``."""

    async def get_document(
        self, id: str, *, uri_scheme: Literal["HTTPS", "DATA"], usage: Literal["PLAYBACK", "DOWNLOAD"]
    ) -> VideoManifestsSingleResourceDataDocument:
        """Get single videoManifest.

        Retrieves single videoManifest by id.

        ``GET /videoManifests/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: playback (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"videoManifests/{path_id(id)}",
            [("uriScheme", uri_scheme), ("usage", usage)],
            VideoManifestsSingleResourceDataDocument,
        )

    async def get(
        self, id: str, *, uri_scheme: Literal["HTTPS", "DATA"], usage: Literal["PLAYBACK", "DOWNLOAD"]
    ) -> VideoManifestsResourceObject:
        """Get single videoManifest.

        Retrieves single videoManifest by id.

        ``GET /videoManifests/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: playback (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, uri_scheme=uri_scheme, usage=usage)).data


class VideoManifestsOperations(VideoManifestsPublicOperations):
    """Every operation on ``videoManifests``, INTERNAL and PARTNER ones included."""
