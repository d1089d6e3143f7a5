"""Scenario 6: bad payloads through the real clients: a model or a typed ``TidalError``, nothing else.

Every case is answered by an ``httpx.MockTransport`` to a real ``PrivateAPI`` / ``TidalAPI`` call
(retries off, cache off). Default run: 150 cases per API; ``TIDALKIT_FULL=1``: 6,000 per API.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings

from tidalkit._http import HeaderAuth
from tidalkit._http.errors import ResponseValidationError, TidalError
from tidalkit.api import TidalAPI
from tidalkit.private import PrivateAPI
from tidalkit.testing import Sandbox

from .fuzzing import Case, FuzzTarget, InstantClock, Responder, cases, children, replace_at, run_case
from .support import FULL, size

pytestmark = pytest.mark.fuzz

EXAMPLES = size(150, int(os.environ.get("TIDALKIT_FUZZ_EXAMPLES", "6000")))
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=not FULL,  # the default run is deterministic; the full run explores
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

_SANDBOX = Sandbox(num_tracks=200, playlists={"p": 8})
_PLAYLIST = _SANDBOX.playlist_ids["p"]


async def _collect(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


PRIVATE_TARGETS: dict[str, tuple[str, FuzzTarget]] = {
    "tracks.get": ("v1/tracks/1", lambda api: api.tracks.get(1)),
    "albums.get": ("v1/albums/1", lambda api: api.albums.get(1)),
    "artists.get": ("v1/artists/1", lambda api: api.artists.get(1)),
    "playlists.get": (f"v1/playlists/{_PLAYLIST}", lambda api: api.playlists.get(_PLAYLIST)),
    "playlists.items": (
        f"v1/playlists/{_PLAYLIST}/items?limit=3",
        lambda api: _collect(api.playlists.items(_PLAYLIST, page_size=3, max_items=6)),
    ),
    "albums.items": ("v1/albums/1/items?limit=3", lambda api: _collect(api.albums.items(1, max_items=5))),
    "tracks.credits": ("v1/tracks/1/credits", lambda api: api.tracks.credits(1)),
    "search": ("v1/search?query=a&limit=2", lambda api: api.search("a", limit=2)),
    "tracks.playback_info": (
        "v1/tracks/1/playbackinfopostpaywall?audioquality=LOSSLESS&assetpresentation=FULL&playbackmode=STREAM",
        lambda api: api.tracks.playback_info(1),
    ),
    "users.session": ("v1/sessions", lambda api: api.users.session()),
}

V2_TARGETS: dict[str, tuple[str, FuzzTarget]] = {
    "tracks.get": (
        "tracks/1?include=albums,artists",
        lambda api: api.tracks.get("1", include=["albums", "artists"]),
    ),
    "albums.get": ("albums/1", lambda api: api.albums.get("1")),
    "artists.get": ("artists/1", lambda api: api.artists.get("1")),
    "tracks.list": (
        "tracks?filter[id]=1&filter[id]=2",
        lambda api: api.tracks.list(filter_id=["1", "2"]).collect(),
    ),
    "tracks.get_many": ("tracks?filter[id]=1&filter[id]=2", lambda api: api.tracks.get_many(["1", "2", "3"])),
    "playlists.get": (f"playlists/{_PLAYLIST}", lambda api: api.playlists.get(_PLAYLIST)),
    "playlists.items": (
        f"playlists/{_PLAYLIST}/relationships/items",
        lambda api: api.playlists.items(_PLAYLIST, max_items=5).collect(),
    ),
    "search_results.get": (
        "searchResults?filter[query]=a",
        lambda api: api.search_results.get("a"),
    ),
}


_BTS = base64.b64encode(
    json.dumps(
        {
            "mimeType": "audio/flac",
            "codecs": "flac",
            "encryptionType": "NONE",
            "urls": ["https://example.com/a.flac"],
        }
    ).encode()
).decode()

# endpoints the sandbox does not serve: payloads of the documented shape
FALLBACK_BASES: dict[str, Any] = {
    "tracks.credits": [
        {"type": "Producer", "contributors": [{"name": "Someone", "id": 7}]},
        {"type": "Composer", "contributors": [{"name": "Other"}]},
    ],
    "tracks.playback_info": {
        "trackId": 1,
        "assetPresentation": "FULL",
        "audioMode": "STEREO",
        "audioQuality": "LOSSLESS",
        "manifestMimeType": "application/vnd.tidal.bts",
        "manifestHash": "abc",
        "manifest": _BTS,
        "albumReplayGain": -7.1,
        "albumPeakAmplitude": 0.99,
        "trackReplayGain": -6.2,
        "trackPeakAmplitude": 0.98,
        "bitDepth": 16,
        "sampleRate": 44100,
    },
}


async def _bases(prefix: str, targets: dict[str, tuple[str, FuzzTarget]]) -> list[tuple[str, Any]]:
    """The sandbox's real answer for each target: the seeds the fuzzer mutates."""
    headers = {"Authorization": f"Bearer {_SANDBOX.user_token()}"}
    sep = {True: "&", False: "?"}
    out: list[tuple[str, Any]] = []
    async with httpx.AsyncClient(transport=_SANDBOX.transport(), headers=headers) as http:
        for name, (path, _) in targets.items():
            url = f"{prefix}/{path}{sep['?' in path]}countryCode=US"
            if name in FALLBACK_BASES and prefix == _SANDBOX.urls.private:
                out.append((name, FALLBACK_BASES[name]))
                continue
            response = await http.get(url)
            assert response.status_code == 200, (url, response.text[:300])
            out.append((name, response.json()))
    return out


@pytest.fixture
def runner() -> Iterator[asyncio.Runner]:
    with asyncio.Runner() as run:
        yield run


def _client(api: str, responder: Responder) -> Any:
    """A PrivateAPI or TidalAPI answered by ``responder``: no cache, no retries, no real sleeps."""
    options: dict[str, Any] = {
        "country_code": "US",
        "transport": httpx.MockTransport(responder),
        "cache": False,
        "max_retries": 0,
        "clock": InstantClock(),
    }
    if api == "private":
        return PrivateAPI(client_id="fuzz", **options)
    return TidalAPI(auth=HeaderAuth({"Authorization": "Bearer fuzz"}), **options)


def _fuzz(
    runner: asyncio.Runner,
    client: Any,
    responder: Responder,
    targets: dict[str, tuple[str, FuzzTarget]],
    bases: Any,
) -> int:

    @FUZZ_SETTINGS
    @given(case=cases(bases))
    def check(case: tuple[str, Case]) -> None:
        name, answer = case
        run_case(runner, client, targets[name][1], responder, answer)

    try:
        check()
    finally:
        runner.run(client.aclose())
    print(
        f"\nfuzz {type(client).__name__}: {responder.requests} responses; outcomes {dict(responder.outcomes)}"
    )
    assert responder.outcomes["model"] > 0  # valid-enough payloads still parse
    assert responder.outcomes["ResponseValidationError"] > 0  # and broken ones are typed errors
    return responder.requests


def test_the_fuzz_runner_flags_an_exception_that_is_not_a_tidal_error(runner: asyncio.Runner) -> None:
    async def broken(client: Any) -> Any:
        payload: dict[str, int] = {}
        return payload["missing"]  # what a model bug looks like: a KeyError escaping the client

    async def typed(client: Any) -> Any:
        raise ResponseValidationError("bad payload")

    responder = Responder()
    with pytest.raises(AssertionError, match="KeyError escaped"):
        run_case(runner, None, broken, responder, Case(200, {}, b"{}", "unit"))
    run_case(runner, None, typed, responder, Case(200, {}, b"{}", "unit"))
    assert responder.outcomes == {"ResponseValidationError": 1}


def test_fuzzed_private_payloads_give_a_model_or_a_typed_error(runner: asyncio.Runner) -> None:
    bases = runner.run(_bases(_SANDBOX.urls.private, PRIVATE_TARGETS))
    responder = Responder()
    client = _client("private", responder)
    assert _fuzz(runner, client, responder, PRIVATE_TARGETS, bases) >= EXAMPLES


def test_fuzzed_v2_documents_give_a_model_or_a_typed_error(runner: asyncio.Runner) -> None:
    bases = runner.run(_bases(_SANDBOX.urls.v2, V2_TARGETS))
    responder = Responder()
    client = _client("v2", responder)
    assert _fuzz(runner, client, responder, V2_TARGETS, bases) >= EXAMPLES


_ENUM_LIKE = re.compile(r"^(?!P\d|PT\d)[A-Z][A-Z0-9_]{2,}$")  # not ISO-8601 durations (PT4M33S)


def _enum_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of string leaves that look like enum values (``LOSSLESS``, ``PUBLIC``, ``ALBUM``)."""
    if isinstance(value, str):
        return [prefix] if _ENUM_LIKE.match(value) else []
    return [p for key, child in children(value) for p in _enum_paths(child, (*prefix, key))]


def _unknown_enums(
    runner: asyncio.Runner,
    client: Any,
    responder: Responder,
    targets: dict[str, tuple[str, FuzzTarget]],
    bases: Any,
) -> tuple[int, list[str]]:
    refused: list[str] = []
    checked = 0
    try:
        for name, base in bases:
            for path in _enum_paths(base):
                body = json.dumps(replace_at(base, path, "SOMETHING_NEW_2030", delete=False)).encode()
                responder.case = Case(200, {"content-type": "application/json"}, body, "unknown-enum")
                checked += 1
                target = targets[name][1]

                async def call(target: FuzzTarget = target) -> Any:
                    return await target(client)

                try:
                    runner.run(call())
                except TidalError as exc:
                    refused.append(f"{name} at {'.'.join(map(str, path))}: {type(exc).__name__}: {exc}"[:300])
    finally:
        runner.run(client.aclose())
    return checked, refused


def test_unknown_enum_values_in_private_payloads_still_give_a_model(runner: asyncio.Runner) -> None:
    bases = runner.run(_bases(_SANDBOX.urls.private, PRIVATE_TARGETS))
    responder = Responder()
    client = _client("private", responder)
    checked, refused = _unknown_enums(runner, client, responder, PRIVATE_TARGETS, bases)
    assert checked > 20
    assert refused == []


def test_unknown_enum_values_in_v2_documents_still_give_a_model(runner: asyncio.Runner) -> None:
    bases = runner.run(_bases(_SANDBOX.urls.v2, V2_TARGETS))
    responder = Responder()
    client = _client("v2", responder)
    checked, refused = _unknown_enums(runner, client, responder, V2_TARGETS, bases)
    assert checked > 10
    assert refused == []
