"""Ids from untrusted input (a web backend passing a user's ``/track/<id>`` on) stay one path segment.

An id with ``/``, ``..``, ``?`` or ``#`` must not reach another endpoint with the client's token,
nor add or cut query parameters: it is percent-encoded into one segment of the path the endpoint
names, and an empty or dot id (which would name the parent path) is refused before any request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx

from tests.api.helpers import make_client
from tests.private.conftest import make_api
from tidalkit._http.errors import InvalidIdError, NotFoundError, TidalError
from tidalkit._http.request import path_id
from tidalkit.api import TidalAPI
from tidalkit.private import PrivateAPI

HOSTILE = ["../../v2/users/1", "1/contributors", "1?countryCode=XX", "1#frag", "a b", "ü", "%2e%2e", "1;x=y"]
REFUSED = ["", ".", ".."]

PrivateCall = Callable[[PrivateAPI, str], Awaitable[Any]]
# the call, and the path it asks for, with {} where the id goes
PRIVATE: dict[str, tuple[PrivateCall, str]] = {
    "tracks.get": (lambda a, i: a.tracks.get(i), "/v1/tracks/{}"),
    "tracks.lyrics": (lambda a, i: a.tracks.lyrics(i), "/v1/tracks/{}/lyrics"),
    "tracks.playback_info": (lambda a, i: a.tracks.playback_info(i), "/v1/tracks/{}/playbackinfopostpaywall"),
    "albums.get": (lambda a, i: a.albums.get(i), "/v1/albums/{}"),
    "albums.tracks": (lambda a, i: a.albums.tracks(i).collect(), "/v1/albums/{}/tracks"),
    "artists.get": (lambda a, i: a.artists.get(i), "/v1/artists/{}"),
    "videos.get": (lambda a, i: a.videos.get(i), "/v1/videos/{}"),
    "mixes.items": (lambda a, i: a.mixes.items(i).collect(), "/v1/mixes/{}/items"),
    "playlists.items": (lambda a, i: a.playlists.items(i).collect(), "/v1/playlists/{}/items"),
    "users.get": (lambda a, i: a.users.get(i), "/v1/users/{}"),
    "users.profile": (lambda a, i: a.users.profile(i), "/v2/profiles/{}"),
    "genres.albums": (lambda a, i: a.genres.albums(i).collect(), "/v1/genres/{}/albums"),
    "favorites.remove": (lambda a, i: a.favorites.remove("tracks", [i]), "/v1/users/1/favorites/tracks/{}"),
}


def test_an_empty_or_dot_id_is_a_tidal_error_and_a_value_error() -> None:
    assert issubclass(InvalidIdError, TidalError)
    assert issubclass(InvalidIdError, ValueError)
    import tidalkit

    assert tidalkit.InvalidIdError is InvalidIdError


def test_an_id_becomes_one_percent_encoded_segment() -> None:
    for hostile in HOSTILE:
        segment = path_id(hostile)
        assert not set(segment) & set("/?#; ")
        assert unquote(segment) == hostile
    assert path_id(144371283) == "144371283"
    assert path_id("626d146b-04f6-4936-bbf6-a65318f740a1") == "626d146b-04f6-4936-bbf6-a65318f740a1"
    for refused in REFUSED:
        with pytest.raises(InvalidIdError, match="path segment"):
            path_id(refused)


@pytest.mark.parametrize(
    ("name", "refused"),
    # favorites.remove skips empty ids (nothing to remove): tested below
    [
        (name, refused)
        for name in sorted(PRIVATE)
        for refused in REFUSED
        if (name, refused) != ("favorites.remove", "")
    ],
)
async def test_an_empty_or_dot_id_is_refused_before_any_request(name: str, refused: str) -> None:
    call, _ = PRIVATE[name]
    router = respx.MockRouter(assert_all_mocked=True)
    async with make_api(router) as api:
        with pytest.raises(InvalidIdError, match="path segment"):
            await call(api, refused)
    assert not router.calls


async def test_removing_an_empty_id_sends_nothing() -> None:
    router = respx.MockRouter(assert_all_mocked=True)
    async with make_api(router) as api:
        await api.favorites.remove("tracks", ["", ""])
    assert not router.calls


V2Call = Callable[[TidalAPI, str], Awaitable[Any]]
V2: dict[str, tuple[V2Call, str]] = {
    "tracks.get_document": (lambda a, i: a.tracks.get_document(i), "/v2/tracks/{}"),
    "albums.items": (lambda a, i: a.albums.items(i), "/v2/albums/{}/relationships/items"),
    "artists.get_document": (lambda a, i: a.artists.get_document(i), "/v2/artists/{}"),
}


# (API, call name) → the client maker, the call and path, and the 404 body that API sends
ENDPOINTS: dict[
    tuple[str, str], tuple[Callable[..., Any], Callable[[Any, str], Awaitable[Any]], str, Any]
] = {
    **{
        ("private", name): (
            make_api,
            call,
            path,
            {"status": 404, "subStatus": 2001, "userMessage": "not found"},
        )
        for name, (call, path) in PRIVATE.items()
    },
    **{
        ("v2", name): (make_client, call, path, {"errors": [{"status": "404", "code": "NOT_FOUND"}]})
        for name, (call, path) in V2.items()
    },
}


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
async def test_an_endpoint_asks_for_its_own_path_whatever_the_id(
    endpoint: tuple[str, str], hostile: str
) -> None:
    make, call, template, not_found = ENDPOINTS[endpoint]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json=not_found)

    router = respx.MockRouter(assert_all_mocked=False)
    router.route().mock(side_effect=answer)
    async with make(router, max_retries=0) as api:
        with pytest.raises(NotFoundError):  # the 404 for the id asked for
            await call(api, hostile)
    assert len(seen) == 1
    url = seen[0].url
    assert url.raw_path.decode().split("?")[0] == template.format(path_id(hostile))
    assert url.fragment == ""
    assert "countryCode=XX" not in str(url)
