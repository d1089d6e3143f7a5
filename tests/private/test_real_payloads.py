"""Every payload recorded from TIDAL (tests/fixtures/real/private) through the call a user makes.

Each file is served by respx to the client method that requests it. The result must parse, every
declared field must be filled wherever the JSON has a value for it, and the only keys left in a
model's extras are the ones listed (with the reason) in ``LEFT_IN_EXTRAS``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from pydantic import AliasChoices, BaseModel, SecretStr

from tidalkit.private import HlsManifest, PrivateAPI
from tidalkit.private.models import MediaItem, PlaybackInfo

REAL = Path(__file__).parent.parent / "fixtures" / "real" / "private"

# Keys the models do not declare: in every recording their value is null, so their shape is unknown.
LEFT_IN_EXTRAS = {
    ("AlbumListModule", "header"),
    ("ArtistListModule", "header"),
    ("ArtistHeaderModule", "store"),
    ("ArtistHeaderModule", "roleCategories"),
    ("PlaylistListModule", "playlistStyle"),
}


def load(name: str) -> Any:
    return json.loads((REAL / name).read_text())


def mix_page(name: str) -> Any:
    """The recorded mix object inside the pages/mix answer it comes from (envelope added)."""
    return {"id": "mix", "title": "Mix", "rows": [{"modules": [{"type": "MIX_HEADER", "mix": load(name)}]}]}


Call = Callable[[PrivateAPI], Any]

# file → (path served, the call, the JSON the result corresponds to)
CALLS: dict[str, tuple[str, Call]] = {
    "album__yambs_58823194.json": ("/v1/albums/58823194", lambda a: a.albums.get(58823194)),
    "album_tracks__yambs_58823194.json": (
        "/v1/albums/58823194/tracks",
        lambda a: a.albums.tracks(58823194).collect(),
    ),
    "artist__hifiapi.json": ("/v1/artists/25022", lambda a: a.artists.get(25022)),
    "lyrics__hifisachin.json": ("/v1/tracks/286266926/lyrics", lambda a: a.tracks.lyrics(286266926)),
    "mix_object__hifiapi.json": ("/v1/pages/mix", lambda a: a.mixes.get("0019a6f811ccf59fd0346967a1dea7")),
    "pages_artist__tidalrs.json": ("/v1/pages/artist", lambda a: a.pages.artist(4279312)),
    "pages_home__hifisachin.json": ("/v1/pages/home", lambda a: a.pages.home()),
    "playbackinfo_track_dash_hires__hifiapi.json": (
        "/v1/tracks/194567102/playbackinfopostpaywall",
        lambda a: a.tracks.playback_info(194567102),
    ),
    "playbackinfo_track_hls_sdknormalized__tidalsdkweb.json": (
        "/v1/tracks/14306374/playbackinfopostpaywall",
        lambda a: a.tracks.playback_info(14306374),
    ),
    "playbackinfo_video_dash_protected__tidalsdkandroid.json": (
        "/v1/videos/1/playbackinfopostpaywall",
        lambda a: a.videos.playback_info(1),
    ),
    "playlist__hifiapi.json": (
        "/v1/playlists/626d146b-04f6-4936-bbf6-a65318f740a1",
        lambda a: a.playlists.get("626d146b-04f6-4936-bbf6-a65318f740a1"),
    ),
    "playlist_items_entries_trimmed__hifiapi.json": (
        "/v1/playlists/626d146b-04f6-4936-bbf6-a65318f740a1/items",
        lambda a: a.playlists.items("626d146b-04f6-4936-bbf6-a65318f740a1").collect(),
    ),
    "search_tracks_trimmed__hifiapi.json": (
        "/v1/search/tracks",
        lambda a: a.search.tracks("azizam", max_items=1).collect(),
    ),
    "track__hifiapi.json": ("/v1/tracks/144371283", lambda a: a.tracks.get(144371283)),
}


def served(name: str) -> Any:
    return mix_page(name) if name.startswith("mix_object") else load(name)


def answer(request: httpx.Request, name: str) -> httpx.Response:
    """The recording for the first page; past it (a list without ``totalNumberOfItems``) an empty page."""
    if int(request.url.params.get("offset", "0")) > 0:
        return httpx.Response(200, json={"items": []})
    return httpx.Response(200, json=served(name))


def keys_of(model: type[BaseModel], name: str) -> list[str]:
    info = model.model_fields[name]
    if isinstance(info.validation_alias, AliasChoices):
        return [str(choice) for choice in info.validation_alias.choices]
    return [info.alias or name]


def walk(value: Any, raw: Any, where: str, unfilled: list[str], extras: set[tuple[str, str]]) -> None:
    """Compare a parsed value with its JSON: declared fields filled, nested models walked."""
    if isinstance(value, BaseModel) and isinstance(raw, dict):
        for key in value.model_extra or {}:
            extras.add((type(value).__name__, key))
        for name in type(value).model_fields:
            for key in keys_of(type(value), name):
                if raw.get(key) is None:
                    continue
                got = getattr(value, name)
                if got is None or (got in ([], {}) and raw[key] not in ([], {})):
                    unfilled.append(f"{where}.{key}")
                walk(got, raw[key], f"{where}.{key}", unfilled, extras)
    elif isinstance(value, list) and isinstance(raw, list):
        assert len(value) == len(raw), f"{where}: {len(value)} parsed of {len(raw)}"
        for index, (item, entry) in enumerate(zip(value, raw, strict=True)):
            walk(item, entry, f"{where}[{index}]", unfilled, extras)
    elif isinstance(value, dict) and isinstance(raw, dict):
        for key, item in value.items():
            walk(item, raw.get(key), f"{where}.{key}", unfilled, extras)


def test_every_recorded_private_payload_has_a_call() -> None:
    assert sorted(path.name for path in REAL.glob("*.json")) == sorted(CALLS)


@pytest.mark.parametrize("name", sorted(CALLS))
async def test_recorded_payload_parses_completely_through_the_client(
    name: str, api: PrivateAPI, router: respx.MockRouter
) -> None:
    path, call = CALLS[name]
    router.get(path=path).mock(side_effect=lambda request: answer(request, name))

    result = await call(api)

    unfilled: list[str] = []
    extras: set[tuple[str, str]] = set()
    raw = load(name)
    walk(result, raw if not isinstance(result, list) else raw["items"], name, unfilled, extras)
    assert unfilled == []
    assert extras <= LEFT_IN_EXTRAS, sorted(extras - LEFT_IN_EXTRAS)
    if isinstance(result, PlaybackInfo):
        assert result.codecs  # the manifest decodes


def test_the_extras_allow_list_is_still_needed() -> None:
    """Every allow-listed key really is left over by some recording (no stale entries)."""
    seen: set[str] = set()
    for name in CALLS:
        text = (REAL / name).read_text()
        seen.update(key for _, key in LEFT_IN_EXTRAS if f'"{key}"' in text)
    assert seen == {key for _, key in LEFT_IN_EXTRAS}


async def test_playlist_entries_read_their_placement_from_inside_item(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    name = "playlist_items_entries_trimmed__hifiapi.json"
    path, call = CALLS[name]
    router.get(path=path).mock(side_effect=lambda request: answer(request, name))
    [entry] = await call(api)
    assert isinstance(entry, MediaItem)
    assert entry.index == 25000
    assert entry.item_uuid == "729ba2c2-cad0-4e90-a0c3-dd8d1f76c069"
    assert entry.date_added is not None
    assert entry.date_added.year == 2023


def test_the_legacy_placement_beside_item_still_reads() -> None:
    track = load("track__hifiapi.json")
    entry = MediaItem.model_validate(
        {"type": "track", "item": track, "index": 3, "itemUuid": "u", "dateAdded": None}
    )
    assert (entry.index, entry.item_uuid) == (3, "u")
    assert entry.item is not None
    assert getattr(entry.item, "index", None) == 3


async def test_the_recorded_hls_manifest_decodes_into_fairplay_segments(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    name = "playbackinfo_track_hls_sdknormalized__tidalsdkweb.json"
    path, call = CALLS[name]
    router.get(path=path).mock(return_value=httpx.Response(200, json=load(name)))
    info = await call(api)
    assert info.is_hls
    manifest = info.decode_manifest()
    assert isinstance(manifest, HlsManifest)
    assert manifest.protected
    assert manifest.session_key_format == "com.apple.streamingkeydelivery"
    best = manifest.best
    assert best is not None
    assert (best.codecs, best.bandwidth) == ("fLaC", 2889645)
    media = best.media
    assert media is not None
    assert media.key_method == "SAMPLE-AES"
    assert media.format == "FLAC_HIRES"
    assert (media.sample_rate, media.sample_depth) == (96000, 24)
    assert len(media.segment_urls) == 69
    assert media.initialization_url is not None
    assert "/0.mp4?token=" in media.initialization_url
    assert 270 < media.duration_seconds < 275
    assert "skd://" not in repr(manifest)  # the key URI stays out of reprs


def test_a_license_security_token_never_shows() -> None:
    raw = {
        **load("playbackinfo_video_dash_protected__tidalsdkandroid.json"),
        "licenseSecurityToken": "tok-SECRET",
    }
    info = PlaybackInfo.model_validate(raw)
    assert info.license_url == "licenseUrl"
    assert isinstance(info.license_security_token, SecretStr)
    assert info.license_security_token.get_secret_value() == "tok-SECRET"
    for text in (repr(info), str(info), info.model_dump_json(), str(info.model_dump()), f"{info!r:}"):
        assert "tok-SECRET" not in text
