"""Decoding HLS playback manifests (``application/vnd.apple.mpegurl``), parsed with the ``m3u8`` package.

TIDAL serves a multivariant playlist whose variants are inline ``data:`` media playlists: an init
segment (``EXT-X-MAP``), media segments, and FairPlay ``SAMPLE-AES`` keys (``skd://``). Each variant
is decoded into its segment URLs; decrypting protected streams is out of scope (``protected``).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast
from urllib.parse import unquote_to_bytes

from tidalkit.private.manifest import HLS_MIME_TYPE, ManifestError

if TYPE_CHECKING:
    import m3u8
    import m3u8.model

__all__ = ["HLS_MIME_TYPE", "HlsManifest", "HlsMediaPlaylist", "HlsVariant", "parse_hls"]


@dataclass(frozen=True, slots=True)
class HlsMediaPlaylist:
    """One media playlist: the init segment, every media segment and how they are encrypted.

    ``format``, ``sample_rate`` and ``sample_depth`` come from TIDAL's ``com.tidal.format`` date range.
    """

    initialization_url: str | None
    segment_urls: tuple[str, ...]
    segment_durations: tuple[float, ...]
    target_duration: float | None
    key_method: str | None
    key_format: str | None
    key_uri: str | None = field(repr=False)
    format: str | None = None
    sample_rate: int | None = None
    sample_depth: int | None = None

    @property
    def protected(self) -> bool:
        """Whether the segments are encrypted (a key method other than NONE)."""
        return (self.key_method or "NONE").upper() != "NONE"

    @property
    def duration_seconds(self) -> float:
        """The playlist's length: the sum of its segment durations."""
        return sum(self.segment_durations)

    @property
    def urls(self) -> tuple[str, ...]:
        """The init segment (when there is one) followed by every media segment."""
        init = (self.initialization_url,) if self.initialization_url else ()
        return init + self.segment_urls


@dataclass(frozen=True, slots=True)
class HlsVariant:
    """A variant stream of the multivariant playlist; ``media`` is decoded when it is inline."""

    uri: str | None = field(repr=False)
    bandwidth: int | None
    average_bandwidth: int | None
    codecs: str | None
    media: HlsMediaPlaylist | None


@dataclass(frozen=True, slots=True)
class HlsManifest:
    """An HLS manifest: its variants (one with ``uri`` None when the manifest is a media playlist)."""

    variants: tuple[HlsVariant, ...]
    session_key_method: str | None
    session_key_format: str | None

    @property
    def best(self) -> HlsVariant | None:
        """The variant with the highest bandwidth."""
        return max(self.variants, key=lambda variant: variant.bandwidth or 0, default=None)

    @property
    def codecs(self) -> str | None:
        """The codecs of the best variant (``fLaC``, ``mp4a.40.2`` …)."""
        best = self.best
        return best.codecs if best else None

    @property
    def protected(self) -> bool:
        """Whether the stream is encrypted (a session key, or a key in any variant)."""
        if (self.session_key_method or "NONE").upper() != "NONE":
            return True
        return any(variant.media is not None and variant.media.protected for variant in self.variants)


def _data_uri(uri: str) -> str | None:
    """The text of a ``data:`` URI (base64 or percent-encoded), or None for any other URI."""
    if not uri.startswith("data:") or "," not in uri:
        return None
    header, payload = uri[5:].split(",", 1)
    try:
        raw = base64.b64decode(payload) if header.endswith(";base64") else unquote_to_bytes(payload)
        return raw.decode()
    except (binascii.Error, ValueError) as exc:
        raise ManifestError(f"HLS variant data URI cannot be decoded: {exc}") from exc


def _int(value: str | None) -> int | None:
    try:
        return int(value.strip('"')) if value is not None else None
    except ValueError:
        return None


def _load(text: str) -> m3u8.M3U8:
    if not text.lstrip().startswith("#EXTM3U"):
        raise ManifestError("HLS manifest does not start with #EXTM3U")
    import m3u8  # imported on first use: most programs never decode an HLS manifest

    try:
        return m3u8.loads(text)
    except Exception as exc:  # the parser raises plain Exception subclasses of its own
        raise ManifestError(f"HLS manifest cannot be parsed: {exc}") from exc


def _media(playlist: m3u8.M3U8) -> HlsMediaPlaylist:
    segments = list(playlist.segments)
    init = next((s.init_section.uri for s in segments if s.init_section is not None), None)
    # m3u8 lists None for segments without a key (its stubs say otherwise)
    keys = cast("list[m3u8.model.Key | None]", playlist.keys)
    key = next((k for k in keys if k is not None), None)
    tidal: dict[str, str] = {}
    for segment in segments:
        for daterange in segment.dateranges:
            if daterange.class_ == "com.tidal.format":
                tidal.update({name: str(value).strip('"') for name, value in daterange.x_client_attrs})
    return HlsMediaPlaylist(
        initialization_url=init,
        segment_urls=tuple(s.uri for s in segments if s.uri),
        segment_durations=tuple(float(s.duration or 0.0) for s in segments if s.uri),
        target_duration=float(playlist.target_duration) if playlist.target_duration is not None else None,
        key_method=key.method if key else None,
        key_format=key.keyformat if key else None,
        key_uri=key.uri if key else None,
        format=tidal.get("x_com_tidal_format"),
        sample_rate=_int(tidal.get("x_com_tidal_sample_rate")),
        sample_depth=_int(tidal.get("x_com_tidal_sample_depth")),
    )


def parse_hls(text: str) -> HlsManifest:
    """Parse an HLS manifest; inline (``data:``) variant playlists are decoded as well."""
    playlist = _load(text)
    if not playlist.is_variant:
        media = _media(playlist)
        variant = HlsVariant(None, None, None, None, media)
        return HlsManifest((variant,), None, None)
    variants: list[HlsVariant] = []
    for entry in playlist.playlists:
        inline = _data_uri(entry.uri or "")
        info = entry.stream_info
        variants.append(
            HlsVariant(
                uri=entry.uri,
                bandwidth=info.bandwidth,
                average_bandwidth=info.average_bandwidth,
                codecs=info.codecs,
                media=_media(_load(inline)) if inline is not None else None,
            )
        )
    session_key = next(iter(playlist.session_keys), None)
    return HlsManifest(
        tuple(variants),
        session_key.method if session_key else None,
        session_key.keyformat if session_key else None,
    )
