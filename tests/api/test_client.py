"""TidalAPI: base URL, headers, default country, caching policy, raw access, lazy imports."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
import respx

from tests.api import samples
from tests.api.helpers import make_client
from tidalkit._http.cache import TTL, ResponseCache
from tidalkit._http.credentials import HeaderAuth
from tidalkit.api.client import TidalAPI


def _track_doc(id_: str = "1") -> dict[str, object]:
    return {"data": samples.resource("tracks", id_), "links": {"self": f"/tracks/{id_}"}}


async def test_defaults_base_url_accept_header_and_country_code() -> None:
    router = respx.MockRouter()
    route = router.get("https://openapi.tidal.com/v2/tracks/1").respond(200, json=_track_doc())
    async with make_client(router, country_code="SE") as client:
        assert client.base_url == "https://openapi.tidal.com/v2/"
        assert client.api_name == "v2"
        doc = await client.tracks.get("1", include=["albums", "artists"])
        await client.tracks.get("1", country_code="US")
    first, second = (c.request for c in route.calls)
    assert first.url.query.decode() == "countryCode=SE&include=albums,artists"
    assert second.url.query.decode() == "countryCode=US"
    assert first.headers["Accept"] == "application/vnd.api+json"
    assert "Content-Type" not in first.headers
    assert doc.title == "Blue in Green"


async def test_base_url_can_be_overridden() -> None:
    router = respx.MockRouter()
    route = router.get("http://sandbox.test/v2/tracks/1").respond(200, json=_track_doc())
    async with make_client(router, base_url="http://sandbox.test/v2") as client:
        await client.tracks.get("1")
    assert route.call_count == 1


async def test_catalogue_reads_are_cached_per_identity_and_manifests_never() -> None:
    router = respx.MockRouter()
    track = router.get(path="/v2/tracks/1").respond(200, json=_track_doc())
    manifest_doc = {"data": samples.resource("trackManifests", "1"), "links": {"self": "/trackManifests/1"}}
    manifest = router.get(path="/v2/trackManifests/1").respond(200, json=manifest_doc)
    cache = ResponseCache()
    async with make_client(router, cache=cache) as client:
        await client.tracks.get("1")
        await client.tracks.get("1")
        for _ in range(2):
            await client.track_manifests.get(
                "1",
                manifest_type="HLS",
                formats=["FLAC"],
                uri_scheme="HTTPS",
                usage="PLAYBACK",
                adaptive=True,
            )
    assert track.call_count == 1
    assert manifest.call_count == 2
    other = TidalAPI(
        auth=HeaderAuth({"Authorization": "Bearer other"}, identity="user:2"),
        transport=httpx.MockTransport(router.async_handler),
        cache=cache,
    )
    async with other:
        await other.tracks.get("1", country_code="NO")
    assert track.call_count == 2  # another account never sees the first one's cache entries


def test_operation_cache_policies() -> None:
    from tidalkit.api._generated import (
        playlists,
        search_results,
        track_manifests,
        tracks,
        user_collection_tracks,
    )

    assert tracks._GET.cache_ttl == TTL.MEDIUM
    assert search_results._GET.cache_ttl == TTL.SHORT
    assert track_manifests._GET.cache_ttl is None
    assert user_collection_tracks._ITEMS.cache_ttl == TTL.SHORT  # user data: short, keyed by identity
    assert playlists._ADD_ITEMS.invalidates == ("playlists", "userCollectionPlaylists")
    assert playlists._ADD_ITEMS.cache_ttl is None


async def test_internal_operations_are_reachable_through_raw() -> None:
    router = respx.MockRouter()
    doc = {"data": samples.resource("playQueues", "q1"), "links": {"self": "/playQueues/q1"}}
    route = router.get(path="/v2/playQueues/q1").respond(200, json=doc)
    async with make_client(router) as client:
        assert not hasattr(client.tracks, "update")  # INTERNAL ops are not on the namespaces
        assert client.raw.play_queues is client.raw.playQueues
        result = await client.raw.play_queues.get("q1")
        with pytest.raises(AttributeError, match="no resource type"):
            client.raw.nonsense  # noqa: B018
    assert route.call_count == 1
    assert result.id == "q1"


async def test_search_and_user_namespaces() -> None:
    router = respx.MockRouter()
    search_doc = {
        "data": [samples.resource("searchResults", "kind of blue")],
        "links": {"self": "/searchResults"},
    }
    search = router.get(path="/v2/searchResults").respond(200, json=search_doc)
    me_doc = {"data": samples.resource("users", "42"), "links": {"self": "/users/me"}}
    me = router.get(path="/v2/users/me").respond(200, json=me_doc)
    async with make_client(router) as client:
        results = await client.search_results.get("kind of blue", include=["tracks", "albums"])
        user = await client.users.me()
    assert search.calls.last.request.url.query.decode() == (
        "filter[query]=kind%20of%20blue&countryCode=NO&include=tracks,albums"
    )
    assert results.id == "kind of blue"
    assert user.username == "listener42"
    assert me.call_count == 1


def test_batch_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        TidalAPI(batch_size=0)


def test_importing_tidalkit_api_loads_no_generated_module_and_first_use_loads_one_resource() -> None:
    code = (
        "import sys, tidalkit.api\n"
        "gen = lambda: sorted(m for m in sys.modules if m.startswith('tidalkit.api._generated.'))\n"
        "print(gen(), 'pydantic' in sys.modules)\n"
        "client = tidalkit.api.TidalAPI()\n"
        "client.tracks\n"
        "print(gen())\n"
    )
    out = subprocess.run(  # noqa: S603 - runs this interpreter on a fixed snippet
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    before, after = out.strip().splitlines()
    assert before == "[] False"
    loaded = eval(after)  # noqa: S307 - our own subprocess output
    assert "tidalkit.api._generated.tracks" in loaded
    assert "tidalkit.api._generated.play_queues" not in loaded
    assert len(loaded) < 20


async def test_nested_include_paths_are_typed_and_comma_joined() -> None:
    router = respx.MockRouter()
    page = {"data": [], "links": {"self": "/playlists/p/relationships/items"}}
    route = router.get(path="/v2/playlists/p/relationships/items").respond(200, json=page)
    async with make_client(router, cache=False) as client:
        await client.playlists.items("p", include=["items", "items.artists", "items.albums"])
    assert (
        route.calls.last.request.url.query.decode()
        == "countryCode=NO&include=items,items.artists,items.albums"
    )


async def test_videos_by_isrc() -> None:
    router = respx.MockRouter()
    video = samples.resource("videos", "v1")
    video["attributes"]["isrc"] = "USUV71400001"
    router.get(path="/v2/videos").respond(200, json={"data": [video], "links": {"self": "/videos"}})
    async with make_client(router) as client:
        found = await client.videos.get_many_by_isrc(["usuv71400001", "GBUM71000001"])
    assert [v.id for v in found] == ["v1"]
    assert found.missing == ["GBUM71000001"]
