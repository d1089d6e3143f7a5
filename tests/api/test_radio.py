"""``tracks.radio(id)`` / ``artists.radio(id)``: the radio's playlist resolved, then its tracks paged."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from tests.api.helpers import jsonapi, make_client, track
from tidalkit._http.credentials import HeaderAuth
from tidalkit.api import TidalAPI
from tidalkit.api._generated.playlists import PlaylistsItemsMultiRelationshipDataDocument
from tidalkit.api._generated.tracks import TracksResourceObject
from tidalkit.testing import Sandbox

ITEMS = "/v2/playlists/radio-1/relationships/items"


def _link(cursor: str | None) -> str:
    return ITEMS.removeprefix("/v2") + (f"?page[cursor]={cursor}" if cursor else "")


# three pages; page two holds a video (not a track) and a track TIDAL left out of ``included``
PAGES: dict[str | None, tuple[list[tuple[str, str]], str | None]] = {
    None: ([("tracks", "t1"), ("tracks", "t2")], "c2"),
    "c2": ([("videos", "v1"), ("tracks", "t3"), ("tracks", "gone")], "c3"),
    "c3": ([("tracks", "t4")], None),
}


def _router(kind: str = "tracks", radio: list[dict[str, str]] | None = None) -> tuple[respx.MockRouter, Any]:
    seen: dict[str, list[Any]] = {"radio": [], "items": []}

    def radio_handler(request: httpx.Request) -> httpx.Response:
        seen["radio"].append(request.url.path)
        data = [{"id": "radio-1", "type": "playlists"}] if radio is None else radio
        return jsonapi(200, {"data": data, "links": {"self": f"/{kind}/7/relationships/radio"}})

    def items_handler(request: httpx.Request) -> httpx.Response:
        query = parse_qs(request.url.query.decode())
        seen["items"].append(query)
        cursor = query.get("page[cursor]", [None])[0]
        idents, following = PAGES[cursor]
        links: dict[str, Any] = {"self": _link(cursor)}
        if following:
            links["next"] = _link(following)
            links["meta"] = {"nextCursor": following}
        included = [track(i) for t, i in idents if t == "tracks" and i != "gone"]
        included += [{"id": i, "type": t, "attributes": {"title": i}} for t, i in idents if t == "videos"]
        data = [{"id": i, "type": t, "meta": {"itemId": f"e-{i}"}} for t, i in idents]
        return jsonapi(200, {"data": data, "links": links, "included": included})

    router = respx.MockRouter()
    router.get(path=f"/v2/{kind}/7/relationships/radio").mock(side_effect=radio_handler)
    router.get(path=ITEMS).mock(side_effect=items_handler)
    return router, seen


async def test_track_radio_yields_the_tracks_of_every_page_of_the_radio_playlist() -> None:
    router, seen = _router()
    async with make_client(router, cache=False) as client:
        tracks = [t async for t in client.tracks.radio("7")]
    assert [t.id for t in tracks] == ["t1", "t2", "t3", "t4"]  # the video and the absent track skipped
    assert all(isinstance(t, TracksResourceObject) for t in tracks)
    assert tracks[2].title == "Track t3"
    assert seen["radio"] == ["/v2/tracks/7/relationships/radio"]
    assert [q.get("page[cursor]") for q in seen["items"]] == [None, ["c2"], ["c3"]]
    assert all(q["include"] == ["items"] and q["countryCode"] == ["NO"] for q in seen["items"])


async def test_radio_is_a_paginator_first_page_pages_collect_and_max_items() -> None:
    router, seen = _router()
    async with make_client(router, cache=False) as client:
        radio = client.tracks.radio("7", include=["items.artists"], country_code="SE")
        first = await radio
        assert isinstance(first, PlaylistsItemsMultiRelationshipDataDocument)
        assert [i.id for i in first.data or ()] == ["t1", "t2"]
        assert len([page async for page in radio.pages()]) == 3
        assert [t.id for t in await radio.collect()] == ["t1", "t2", "t3", "t4"]
        assert seen["radio"] == ["/v2/tracks/7/relationships/radio"]  # resolved once per paginator
        seen["items"].clear()
        few = await client.tracks.radio("7", max_items=3).collect()
    assert [t.id for t in few] == ["t1", "t2", "t3"]
    assert len(seen["items"]) == 2  # the third page is never requested
    assert seen["radio"] == ["/v2/tracks/7/relationships/radio"] * 2


async def test_radio_include_always_names_the_items() -> None:
    router, seen = _router()
    async with make_client(router, cache=False) as client:
        await client.tracks.radio("7", include=["items.artists"], country_code="SE")
    assert seen["items"][0]["include"] == ["items,items.artists"]
    assert seen["items"][0]["countryCode"] == ["SE"]


async def test_artist_radio_reads_the_artists_radio_relationship() -> None:
    router, seen = _router("artists")
    async with make_client(router, cache=False) as client:
        tracks = await client.artists.radio("7", max_items=2).collect()
    assert [t.id for t in tracks] == ["t1", "t2"]
    assert seen["radio"] == ["/v2/artists/7/relationships/radio"]


async def test_a_radio_without_a_playlist_yields_no_tracks() -> None:
    router, seen = _router(radio=[])
    async with make_client(router, cache=False) as client:
        tracks = await client.tracks.radio("7").collect()
        first = await client.tracks.radio("7")
    assert tracks == []
    assert first.data == []
    assert seen["items"] == []


def _sandbox_api(sandbox: Sandbox) -> TidalAPI:
    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:1")
    return TidalAPI(auth=auth, base_url=sandbox.urls.v2, transport=sandbox.transport())


@pytest.mark.parametrize("kind", ["tracks", "artists"])
async def test_radio_against_the_sandbox_yields_the_radio_playlists_tracks(kind: str) -> None:
    sandbox = Sandbox()
    async with _sandbox_api(sandbox) as tidal:
        namespace = tidal.tracks if kind == "tracks" else tidal.artists
        playlist = (await namespace.radio_playlists("3")).data or []
        assert len(playlist) == 1
        items = await tidal.playlists.items(playlist[0].id).collect()
        tracks = await namespace.radio("3").collect()
        few = await namespace.radio("3", max_items=5).collect()
    wanted = [item.id for item in items if item.type == "tracks"]
    assert len(wanted) < len(items)  # the sandbox playlist holds videos too: they are not yielded
    assert [t.id for t in tracks] == wanted
    assert all(isinstance(t.title, str) and t.title for t in tracks)
    assert [t.id for t in few] == wanted[:5]
