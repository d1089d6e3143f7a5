"""Playback info the sandbox's private API serves: BTS or DASH manifests shaped like TIDAL's."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from tidalkit.testing._catalog import Catalog, mix

__all__ = ["token", "track_playback", "video_playback"]

JSONDict = dict[str, Any]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def token(*parts: object) -> str:
    """A signed-URL token as long as TIDAL's (~300 characters), derived from ``parts``."""
    digest = hashlib.sha256(repr(parts).encode()).digest()
    return base64.urlsafe_b64encode(digest * 7).decode()


def _dash(item_id: int, seconds: int, codecs: str, bandwidth: int, rate: int) -> str:
    """An MPD like TIDAL's: one representation, a SegmentTemplate with a SegmentTimeline."""
    base = f"https://audio.sandbox.invalid/mediatracks/{token('track', item_id)[:64]}"
    signed = token("token", item_id)
    segment = 4 * rate
    count, rest = divmod(seconds * rate, segment)
    timeline = f'<S d="{segment}" r="{count - 1}"/>' + (f'<S d="{rest}"/>' if rest else "")
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        '<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" profiles="urn:mpeg:dash:profile:isoff-main:2011" '
        f'type="static" minBufferTime="PT3.993S" mediaPresentationDuration="PT{seconds}S">'
        '<Period id="0"><AdaptationSet id="0" contentType="audio" mimeType="audio/mp4" '
        'segmentAlignment="true">'
        f'<Representation id="0" codecs="{codecs}" bandwidth="{bandwidth}" audioSamplingRate="{rate}">'
        f'<SegmentTemplate timescale="{rate}" initialization="{base}/0.mp4?token={signed}" '
        f'media="{base}/$Number$.mp4?token={signed}" startNumber="1">'
        f"<SegmentTimeline>{timeline}</SegmentTimeline></SegmentTemplate>"
        "</Representation></AdaptationSet></Period></MPD>"
    )


def track_playback(c: Catalog, track: int, quality: str) -> JSONDict:
    """playbackinfo(postpaywall) of a track: DASH for hi-res, a BTS manifest otherwise."""
    seconds = c.duration(1, track)
    gain = -round((mix(c.seed, 14, track) % 120) / 10, 2)
    if quality == "HI_RES_LOSSLESS" and c.hires(c.track_album(track)[0]):
        mime, manifest, depth, rate = (
            "application/dash+xml",
            _dash(track, seconds, "flac", 2_890_000, 96_000),
            24,
            96_000,
        )
    else:
        quality = quality if quality in ("LOW", "HIGH") else "LOSSLESS"
        codecs = "flac" if quality == "LOSSLESS" else "mp4a.40.2"
        bts = {
            "mimeType": "audio/flac" if codecs == "flac" else "audio/mp4",
            "codecs": codecs,
            "encryptionType": "NONE",
            "urls": [f"https://audio.sandbox.invalid/mediatracks/{track}/0.{codecs[:4]}?token=sandbox"],
        }
        mime, manifest, depth, rate = "application/vnd.tidal.bts", json.dumps(bts), 16, 44_100
    encoded = _b64(manifest)
    return {
        "trackId": track,
        "assetPresentation": "FULL",
        "audioMode": "STEREO",
        "audioQuality": quality,
        "manifestMimeType": mime,
        "manifestHash": base64.b64encode(hashlib.sha256(encoded.encode()).digest()).decode(),
        "manifest": encoded,
        "albumReplayGain": gain,
        "albumPeakAmplitude": 0.970377,
        "trackReplayGain": gain,
        "trackPeakAmplitude": 0.970377,
        "bitDepth": depth,
        "sampleRate": rate,
    }


def video_playback(c: Catalog, video: int, quality: str, *, protected: bool) -> JSONDict:
    """playbackinfo(postpaywall) of a video: a DASH manifest, as the recorded ones."""
    encoded = _b64(_dash(video, c.duration(4, video), "mp4a.40.5", 96_982, 44_100))
    payload: JSONDict = {
        "videoId": video,
        "streamType": "ON_DEMAND",
        "assetPresentation": "FULL",
        "videoQuality": quality,
        "streamingSessionId": c.uuid(81, video),
        "manifestMimeType": "application/dash+xml",
        "manifestHash": base64.b64encode(hashlib.sha256(encoded.encode()).digest()).decode(),
        "manifest": encoded,
    }
    if protected:
        payload["licenseUrl"] = f"https://license.sandbox.invalid/videos/{video}"
    return payload
