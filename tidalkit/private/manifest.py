"""Decoding playback manifests: BTS / EMU (base64 JSON), DASH (base64 MPD XML) and HLS (``hls``).

DASH manifests are expanded into concrete segment URLs for every representation, following the
``SegmentTemplate`` and its ``SegmentTimeline``. Decrypting protected content is out of scope:
``encryption_type`` / ``protected`` tell you whether a stream is playable as is.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urljoin

from tidalkit._http.errors import TidalError

if TYPE_CHECKING:
    from tidalkit.private.hls import HlsManifest

__all__ = [
    "BTS_MIME_TYPE",
    "DASH_MIME_TYPE",
    "EMU_MIME_TYPE",
    "HLS_MIME_TYPE",
    "BtsManifest",
    "DashManifest",
    "DashRepresentation",
    "ManifestError",
    "decode_manifest",
    "parse_mpd",
]

BTS_MIME_TYPE = "application/vnd.tidal.bts"
EMU_MIME_TYPE = "application/vnd.tidal.emu"
DASH_MIME_TYPE = "application/dash+xml"
HLS_MIME_TYPE = "application/vnd.apple.mpegurl"


class ManifestError(TidalError, ValueError):
    """A manifest that cannot be decoded (bad base64, bad JSON/XML, or an unknown MIME type)."""


@dataclass(frozen=True, slots=True)
class BtsManifest:
    """A BTS (tracks) or EMU (videos) manifest: direct URLs to the whole stream."""

    mime_type: str | None
    codecs: str | None
    encryption_type: str | None
    key_id: str | None = field(repr=False)
    urls: tuple[str, ...]

    @property
    def protected(self) -> bool:
        """Whether the stream is encrypted (``encryptionType`` other than NONE)."""
        return (self.encryption_type or "NONE").upper() != "NONE"


@dataclass(frozen=True, slots=True)
class DashRepresentation:
    """One representation of a DASH manifest, with its segment URLs expanded."""

    id: str | None
    mime_type: str | None
    codecs: str | None
    bandwidth: int | None
    sample_rate: int | None
    initialization_url: str | None
    segment_urls: tuple[str, ...]
    segment_durations: tuple[float, ...] = ()
    """Seconds per media segment (empty for single-file representations)."""

    def to_hls(self) -> str:
        """An HLS media playlist (m3u8) of this representation, for players that speak HLS, not DASH."""
        target = math.ceil(max(self.segment_durations, default=0.0)) or 1
        lines = ["#EXTM3U", "#EXT-X-VERSION:7", f"#EXT-X-TARGETDURATION:{target}", "#EXT-X-PLAYLIST-TYPE:VOD"]
        if self.initialization_url:
            lines.append(f'#EXT-X-MAP:URI="{self.initialization_url}"')
        durations = self.segment_durations or (0.0,) * len(self.segment_urls)
        for url, seconds in zip(self.segment_urls, durations, strict=False):
            lines.extend((f"#EXTINF:{seconds:.3f},", url))
        lines.append("#EXT-X-ENDLIST")
        return "\n".join(lines) + "\n"

    @property
    def urls(self) -> tuple[str, ...]:
        """The initialization segment (when there is one) followed by every media segment."""
        init = (self.initialization_url,) if self.initialization_url else ()
        return init + self.segment_urls


@dataclass(frozen=True, slots=True)
class DashManifest:
    """A DASH MPD: every representation of every adaptation set of every period."""

    representations: tuple[DashRepresentation, ...]
    duration_seconds: float | None
    protected: bool

    @property
    def codecs(self) -> str | None:
        """The codecs of the best representation."""
        best = self.best
        return best.codecs if best else None

    @property
    def best(self) -> DashRepresentation | None:
        """The representation with the highest bandwidth."""
        if not self.representations:
            return None
        return max(self.representations, key=lambda rep: rep.bandwidth or 0)


def _b64(manifest: str | bytes) -> bytes:
    try:
        return base64.b64decode(manifest, validate=False)
    except (binascii.Error, ValueError) as exc:
        raise ManifestError(f"manifest is not valid base64: {exc}") from exc


def _bts(raw: bytes) -> BtsManifest:
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ManifestError(f"BTS manifest is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ManifestError("BTS manifest is not a JSON object")
    fields = cast(dict[str, Any], data)
    urls_value: object = fields.get("urls") or []
    urls = tuple(str(url) for url in cast(list[Any], urls_value)) if isinstance(urls_value, list) else ()

    def text(key: str) -> str | None:
        value = fields.get(key)
        return None if value is None else str(value)

    return BtsManifest(
        mime_type=text("mimeType"),
        codecs=text("codecs"),
        encryption_type=text("encryptionType"),
        key_id=text("keyId"),
        urls=urls,
    )


def decode_manifest(mime_type: str | None, manifest: str | bytes) -> BtsManifest | DashManifest | HlsManifest:
    """Decode a playbackinfo ``manifest`` (base64) according to its ``manifestMimeType``."""
    raw = _b64(manifest)
    kind = (mime_type or "").split(";")[0].strip().lower()
    if kind in (BTS_MIME_TYPE, EMU_MIME_TYPE):
        return _bts(raw)
    if kind == DASH_MIME_TYPE:
        return parse_mpd(raw)
    if kind in (HLS_MIME_TYPE, "application/x-mpegurl"):
        from tidalkit.private.hls import parse_hls

        try:
            text = raw.decode()
        except UnicodeDecodeError as exc:
            raise ManifestError(f"HLS manifest is not UTF-8 text: {exc}") from exc
        return parse_hls(text)
    raise ManifestError(f"unknown manifest MIME type {mime_type!r}")


# ---- DASH ------------------------------------------------------------------------------------

_DURATION = re.compile(
    r"^P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)
_TEMPLATE_VAR = re.compile(r"\$(Number|Time|RepresentationID|Bandwidth|)(%0(\d+)d)?\$")


def _seconds(value: str | None) -> float | None:
    """An xs:duration such as ``PT3M20.5S`` in seconds."""
    if not value:
        return None
    match = _DURATION.match(value.strip())
    if match is None:
        return None
    parts = {key: float(val) for key, val in match.groupdict().items() if val}
    hours = parts.get("d", 0.0) * 24 + parts.get("h", 0.0)
    return hours * 3600 + parts.get("m", 0.0) * 60 + parts.get("s", 0.0)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _base(element: ET.Element, parent: str) -> str:
    node = element.find("{*}BaseURL")
    if node is not None and node.text and node.text.strip():
        return urljoin(parent, node.text.strip())
    return parent


def _fill(template: str, *, number: int | None, time: int | None, rep_id: str, bandwidth: int | None) -> str:
    def substitute(match: re.Match[str]) -> str:
        name, width = match.group(1), match.group(3)
        if name == "":
            return "$"
        values: dict[str, object] = {
            "Number": number,
            "Time": time,
            "RepresentationID": rep_id,
            "Bandwidth": bandwidth,
        }
        value = values[name]
        if value is None:
            return match.group(0)
        if width and isinstance(value, int):
            return f"{value:0{int(width)}d}"
        return str(value)

    return _TEMPLATE_VAR.sub(substitute, template)


def _template_attrs(*elements: ET.Element | None) -> tuple[dict[str, str], ET.Element | None]:
    """Merged SegmentTemplate attributes (inner levels win) and the innermost timeline."""
    attrs: dict[str, str] = {}
    timeline: ET.Element | None = None
    for element in elements:
        if element is None:
            continue
        template = element.find("{*}SegmentTemplate")
        if template is None:
            continue
        attrs.update(template.attrib)
        found = template.find("{*}SegmentTimeline")
        if found is not None:
            timeline = found
    return attrs, timeline


def _timeline(
    timeline: ET.Element, start: int, period_end: float | None, timescale: int
) -> list[tuple[int, int]]:
    """(start, duration) of every segment of a SegmentTimeline (``r`` repeats, ``r=-1`` to period end)."""
    times: list[tuple[int, int]] = []
    t = start
    entries = timeline.findall("{*}S")
    for index, entry in enumerate(entries):
        explicit = _int(entry.get("t"))
        if explicit is not None:
            t = explicit
        duration = _int(entry.get("d")) or 0
        repeat = _int(entry.get("r")) or 0
        if repeat < 0:
            next_t = _int(entries[index + 1].get("t")) if index + 1 < len(entries) else None
            if next_t is not None:
                end = next_t
            elif period_end is not None:
                end = int(period_end * timescale)
            else:
                end = t + duration
            repeat = max(0, math.ceil((end - t) / duration) - 1) if duration else 0
        for _ in range(repeat + 1):
            times.append((t, duration))
            t += duration
    return times


def _representation(
    rep: ET.Element,
    adaptation: ET.Element,
    period: ET.Element,
    base_url: str,
    period_seconds: float | None,
) -> DashRepresentation:
    rep_id = rep.get("id") or ""
    bandwidth = _int(rep.get("bandwidth"))
    url = _base(rep, base_url)
    attrs, timeline = _template_attrs(period, adaptation, rep)
    init_url: str | None = None
    segments: list[str] = []
    durations: list[float] = []
    if attrs:
        timescale = _int(attrs.get("timescale")) or 1
        start_number = _int(attrs.get("startNumber"))
        number = 1 if start_number is None else start_number
        init = attrs.get("initialization")
        if init:
            init_url = urljoin(url, _fill(init, number=None, time=None, rep_id=rep_id, bandwidth=bandwidth))
        media = attrs.get("media")
        if media:
            if timeline is not None:
                offset = _int(attrs.get("presentationTimeOffset")) or 0
                starts = _timeline(timeline, offset, period_seconds, timescale)
            else:
                duration = _int(attrs.get("duration"))
                count = math.ceil(period_seconds * timescale / duration) if duration and period_seconds else 0
                starts = [(i * (duration or 0), duration or 0) for i in range(count)]
            for i, (time, length) in enumerate(starts):
                durations.append(length / timescale)
                path = _fill(media, number=number + i, time=time, rep_id=rep_id, bandwidth=bandwidth)
                segments.append(urljoin(url, path))
    else:
        # a single-file representation: the BaseURL is the whole stream
        if url and url != base_url:
            segments.append(url)
    sample_rate = _int(rep.get("audioSamplingRate") or adaptation.get("audioSamplingRate"))
    return DashRepresentation(
        id=rep_id or None,
        mime_type=rep.get("mimeType") or adaptation.get("mimeType"),
        codecs=rep.get("codecs") or adaptation.get("codecs"),
        bandwidth=bandwidth,
        sample_rate=sample_rate,
        initialization_url=init_url,
        segment_urls=tuple(segments),
        segment_durations=tuple(durations),
    )


def parse_mpd(xml: str | bytes) -> DashManifest:
    """Parse an MPD document into representations with expanded segment URLs."""
    try:
        # TIDAL's own manifest; expat does not fetch external entities
        root = ET.fromstring(xml)  # noqa: S314
    except ET.ParseError as exc:
        raise ManifestError(f"DASH manifest is not valid XML: {exc}") from exc
    if root.tag.rsplit("}", 1)[-1] != "MPD":
        raise ManifestError(f"DASH manifest root is {root.tag!r}, not MPD")
    total = _seconds(root.get("mediaPresentationDuration"))
    mpd_base = _base(root, "")
    representations: list[DashRepresentation] = []
    protected = False
    for period in root.findall("{*}Period"):
        period_seconds = _seconds(period.get("duration")) or total
        period_base = _base(period, mpd_base)
        for adaptation in period.findall("{*}AdaptationSet"):
            if adaptation.find("{*}ContentProtection") is not None:
                protected = True
            adaptation_base = _base(adaptation, period_base)
            for rep in adaptation.findall("{*}Representation"):
                if rep.find("{*}ContentProtection") is not None:
                    protected = True
                representations.append(
                    _representation(rep, adaptation, period, adaptation_base, period_seconds)
                )
    return DashManifest(tuple(representations), total, protected)
