"""Stream information from playbackinfo (never cached: it carries signed URLs)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, SecretStr

from tidalkit.private.hls import HlsManifest
from tidalkit.private.manifest import (
    BTS_MIME_TYPE,
    DASH_MIME_TYPE,
    EMU_MIME_TYPE,
    HLS_MIME_TYPE,
    BtsManifest,
    DashManifest,
    ManifestError,
    decode_manifest,
)
from tidalkit.private.models._base import NullFreeList, TidalModel, UtcDatetime, new_list
from tidalkit.private.models.catalog import AudioMode, AudioQuality, VideoQuality

__all__ = ["AssetPresentation", "PlaybackInfo", "PlaybackMode", "StreamUrl"]

AssetPresentation = Literal["FULL", "PREVIEW"] | str
PlaybackMode = Literal["STREAM", "OFFLINE"] | str


class PlaybackInfo(TidalModel):
    """GET v1/tracks/{id}/playbackinfo(postpaywall) or v1/videos/{id}/playbackinfo(postpaywall).

    ``manifest`` is base64; `decode_manifest` turns it into a `BtsManifest`, a
    `DashManifest` or an `HlsManifest` (segment URLs expanded). ``codecs`` reads it
    from the manifest. DRM-protected streams name their ``license_url``; the
    ``license_security_token`` is a secret (``SecretStr``, never in reprs, dumps or logs:
    ``.get_secret_value()`` reads it). ``expires`` is when the signed URLs stop working.
    """

    track_id: int | None = None
    video_id: int | None = None
    asset_presentation: AssetPresentation | None = None
    audio_mode: AudioMode | None = None
    audio_quality: AudioQuality | None = None
    video_quality: VideoQuality | None = None
    stream_type: str | None = None
    bit_depth: int | None = None
    sample_rate: int | None = None
    manifest_mime_type: str | None = None
    manifest_hash: str | None = None
    manifest: str | None = Field(default=None, repr=False)
    album_replay_gain: float | None = None
    album_peak_amplitude: float | None = None
    track_replay_gain: float | None = None
    track_peak_amplitude: float | None = None
    streaming_session_id: str | None = None
    license_url: str | None = None
    license_security_token: SecretStr | None = Field(default=None, repr=False)
    expires: UtcDatetime | None = None
    prefetched: bool | None = None

    @property
    def is_dash(self) -> bool:
        """Whether the manifest is a DASH MPD."""
        return (self.manifest_mime_type or "").startswith(DASH_MIME_TYPE)

    @property
    def is_bts(self) -> bool:
        """Whether the manifest is a BTS (tracks) or EMU (videos) JSON manifest."""
        return (self.manifest_mime_type or "").startswith((BTS_MIME_TYPE, EMU_MIME_TYPE))

    @property
    def is_hls(self) -> bool:
        """Whether the manifest is an HLS playlist (FairPlay-protected on TIDAL's web player)."""
        return (self.manifest_mime_type or "").lower().startswith(HLS_MIME_TYPE)

    def decode_manifest(self) -> BtsManifest | DashManifest | HlsManifest:
        """The decoded manifest; raises `ManifestError` when it can't be."""
        return decode_manifest(self.manifest_mime_type, self.manifest or "")

    @property
    def codecs(self) -> str | None:
        """The stream's codecs (``flac``, ``mp4a.40.2`` …) from the manifest; None if it can't be read."""
        try:
            return self.decode_manifest().codecs
        except ManifestError:
            return None


class StreamUrl(TidalModel):
    """GET v1/tracks/{id}/urlpostpaywall or v1/videos/{id}/urlpostpaywall: direct stream URLs."""

    urls: Annotated[list[str], NullFreeList] = Field(default_factory=new_list, repr=False)
    track_id: int | None = None
    video_id: int | None = None
    asset_presentation: AssetPresentation | None = None
    audio_quality: AudioQuality | None = None
    audio_mode: AudioMode | None = None
    video_quality: VideoQuality | None = None
    codec: str | None = None
    security_type: str | None = None
    security_token: str | None = Field(default=None, repr=False)
    streaming_session_id: str | None = None
