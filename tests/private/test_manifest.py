"""Manifest decoding: BTS/EMU JSON and DASH MPD with SegmentTemplate + SegmentTimeline expansion."""

from __future__ import annotations

import json

import pytest

from tests.private import payloads as p
from tidalkit.private import BtsManifest, DashManifest, ManifestError, decode_manifest, parse_mpd
from tidalkit.private.models import PlaybackInfo


def test_bts_manifest_gives_urls_codecs_and_encryption() -> None:
    info = PlaybackInfo.model_validate(p.bts_playback())
    manifest = info.decode_manifest()
    assert isinstance(manifest, BtsManifest)
    assert manifest.urls == ("https://lgf.audio.tidal.com/mediatracks/abc/0.flac?token=signed",)
    assert manifest.codecs == "flac"
    assert manifest.mime_type == "audio/flac"
    assert manifest.encryption_type == "NONE"
    assert not manifest.protected
    assert info.bit_depth == 16
    assert info.sample_rate == 44100
    assert info.codecs == "flac"


def test_encrypted_bts_is_reported_as_protected_and_the_key_stays_out_of_repr() -> None:
    raw = json.dumps(
        {
            "mimeType": "audio/mp4",
            "codecs": "mp4a.40.2",
            "encryptionType": "OLD_AES",
            "keyId": "c2VjcmV0a2V5",
            "urls": ["https://x/0.mp4"],
        }
    )
    manifest = decode_manifest("application/vnd.tidal.bts", p.b64(raw))
    assert isinstance(manifest, BtsManifest)
    assert manifest.protected
    assert "c2VjcmV0a2V5" not in repr(manifest)


def test_dash_manifest_expands_every_representation_from_the_timeline() -> None:
    info = PlaybackInfo.model_validate(p.dash_playback())
    manifest = info.decode_manifest()
    assert isinstance(manifest, DashManifest)
    assert manifest.duration_seconds == 210.0
    assert not manifest.protected
    flac, aac = manifest.representations
    assert (flac.codecs, flac.bandwidth, flac.sample_rate, flac.mime_type) == (
        "flac",
        844047,
        44100,
        "audio/mp4",
    )
    # S d=176128 r=51 → 52 segments, then one more: 53, numbered from startNumber 1
    assert len(flac.segment_urls) == 53
    assert flac.segment_urls[0] == "https://sp-ad-cf.audio.tidal.com/mediatracks/abc/1.mp4?token=x"
    assert flac.segment_urls[-1] == "https://sp-ad-cf.audio.tidal.com/mediatracks/abc/53.mp4?token=x"
    assert flac.initialization_url == "https://sp-ad-cf.audio.tidal.com/mediatracks/abc/0.mp4?token=x"
    assert flac.urls[0] == flac.initialization_url
    assert len(flac.urls) == 54
    # relative template, $RepresentationID$, $Number%05d$ from startNumber 0, and $Time$
    assert aac.initialization_url == "aac/AAC,44100/init.mp4"
    assert aac.segment_urls == (
        "aac/AAC,44100/seg-00000-0.mp4",
        "aac/AAC,44100/seg-00001-88200.mp4",
        "aac/AAC,44100/seg-00002-176400.mp4",
        "aac/AAC,44100/seg-00003-264600.mp4",
    )
    assert manifest.best is flac
    assert info.codecs == "flac"


def test_dash_base_urls_template_inheritance_and_open_ended_repeat() -> None:
    mpd = """<?xml version='1.0'?>
    <MPD xmlns="urn:mpeg:dash:schema:mpd:2011" mediaPresentationDuration="PT10S">
      <BaseURL>https://cdn.example/</BaseURL>
      <Period>
        <AdaptationSet mimeType="audio/mp4" codecs="mp4a.40.5">
          <ContentProtection schemeIdUri="urn:mpeg:dash:mp4protection:2011"/>
          <BaseURL>track/</BaseURL>
          <SegmentTemplate timescale="1000" media="$RepresentationID$/$Number$.m4s"
                           initialization="$RepresentationID$/i.mp4">
            <SegmentTimeline><S t="0" d="4000" r="-1"/></SegmentTimeline>
          </SegmentTemplate>
          <Representation id="lo" bandwidth="96000"/>
          <Representation id="hi" bandwidth="320000" audioSamplingRate="48000"/>
        </AdaptationSet>
      </Period>
    </MPD>"""
    manifest = parse_mpd(mpd)
    lo, hi = manifest.representations
    assert manifest.protected
    assert lo.codecs == "mp4a.40.5"
    assert hi.sample_rate == 48000
    assert hi.initialization_url == "https://cdn.example/track/hi/i.mp4"
    assert hi.segment_urls == tuple(f"https://cdn.example/track/hi/{n}.m4s" for n in (1, 2, 3))
    assert manifest.best is hi


def test_dash_template_with_a_fixed_duration_and_no_timeline() -> None:
    mpd = """<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" mediaPresentationDuration="PT9S"><Period>
      <AdaptationSet><Representation id="a" bandwidth="1" codecs="flac">
      <SegmentTemplate timescale="1" duration="4" startNumber="5" media="s$Number$.mp4"/>
      </Representation></AdaptationSet></Period></MPD>"""
    (rep,) = parse_mpd(mpd).representations
    assert rep.segment_urls == ("s5.mp4", "s6.mp4", "s7.mp4")
    assert rep.initialization_url is None


@pytest.mark.parametrize(
    ("mime", "manifest", "message"),
    [
        ("application/vnd.tidal.bts", "!!!not base64@@@", "JSON|base64"),
        ("application/vnd.tidal.bts", p.b64("[1, 2]"), "not a JSON object"),
        ("application/dash+xml", p.b64("<MPD><unclosed>"), "not valid XML"),
        ("application/dash+xml", p.b64("<NotMPD/>"), "not MPD"),
        ("application/x-new-format", p.b64("{}"), "unknown manifest MIME type"),
    ],
)
def test_bad_manifests_raise_a_manifest_error(mime: str, manifest: str, message: str) -> None:
    with pytest.raises(ManifestError, match=message):
        decode_manifest(mime, manifest)


def test_a_dash_representation_renders_as_an_hls_playlist() -> None:
    manifest = parse_mpd(p.dash_mpd())
    flac = manifest.representations[0]
    assert flac.segment_durations[0] == 176128 / 44100
    assert flac.segment_durations[-1] == 81920 / 44100
    assert abs(sum(flac.segment_durations) - (52 * 176128 + 81920) / 44100) < 1e-9
    playlist = flac.to_hls().splitlines()
    assert playlist[:4] == [
        "#EXTM3U",
        "#EXT-X-VERSION:7",
        "#EXT-X-TARGETDURATION:4",
        "#EXT-X-PLAYLIST-TYPE:VOD",
    ]
    assert playlist[4] == f'#EXT-X-MAP:URI="{flac.initialization_url}"'
    assert playlist[5:7] == ["#EXTINF:3.994,", flac.segment_urls[0]]
    assert playlist.count("#EXTINF:3.994,") == 52
    assert playlist[-3:] == ["#EXTINF:1.858,", flac.segment_urls[-1], "#EXT-X-ENDLIST"]
