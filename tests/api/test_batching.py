"""get_many: chunking, concurrency under the client's limiter, input order, missing ids."""

from __future__ import annotations

import math
import random
from urllib.parse import parse_qs

import anyio
import httpx
import pytest
import respx

from tests.api import samples
from tests.api.helpers import FakeClock, jsonapi, make_client, track
from tidalkit._core.batch import chunked


class InFlight:
    def __init__(self) -> None:
        self.now = 0
        self.peak = 0
        self.requests: list[httpx.Request] = []


def _catalogue_handler(state: InFlight, absent: set[str], kind: str = "tracks"):
    async def handler(request: httpx.Request) -> httpx.Response:
        state.requests.append(request)
        state.now += 1
        state.peak = max(state.peak, state.now)
        try:
            for _ in range(3):
                await anyio.lowlevel.checkpoint()
            query = parse_qs(request.url.query.decode())
            ids = query.get("filter[id]", [])
            found = [i for i in ids if i not in absent]
            random.Random(len(state.requests)).shuffle(found)  # server order is not input order
            data = [samples.resource(kind, i) for i in found]
            return jsonapi(200, {"data": data, "links": {"self": request.url.path}})
        finally:
            state.now -= 1

    return handler


async def test_get_many_chunks_concurrently_keeps_input_order_and_reports_missing() -> None:
    ids = [str(n) for n in range(1000)]
    absent = {str(n) for n in range(0, 1000, 37)}
    state = InFlight()
    router = respx.MockRouter()
    router.get(path="/v2/tracks").mock(side_effect=_catalogue_handler(state, absent))
    async with make_client(router, max_concurrency=8) as client:
        result = await client.tracks.get_many(ids)
    assert len(state.requests) == math.ceil(1000 / 20)
    assert all(len(parse_qs(r.url.query.decode())["filter[id]"]) <= 20 for r in state.requests)
    assert 1 < state.peak <= 8  # concurrent, and capped by the client's limiter
    assert [t.id for t in result.items] == [i for i in ids if i not in absent]
    assert result.missing == [i for i in ids if i in absent]
    assert result["5"].id == "5"


async def test_get_many_batch_size_setting_and_duplicates() -> None:
    state = InFlight()
    router = respx.MockRouter()
    router.get(path="/v2/albums").mock(side_effect=_catalogue_handler(state, set(), "albums"))
    async with make_client(router, batch_size=7) as client:
        result = await client.albums.get_many(["a", "b", "a", *[f"x{n}" for n in range(20)]])
    assert len(state.requests) == math.ceil(22 / 7)
    assert [a.id for a in result][:2] == ["a", "b"]
    assert len(result) == 22


async def test_get_many_by_isrc_matches_case_insensitively_and_reports_missing() -> None:
    router = respx.MockRouter()

    def handler(request: httpx.Request) -> httpx.Response:
        isrcs = parse_qs(request.url.query.decode())["filter[isrc]"]
        data = [track(f"t-{i}", isrc=i.upper()) for i in isrcs if i != "NOPE00000000"]
        return jsonapi(200, {"data": data, "links": {"self": "/tracks"}})

    route = router.get(path="/v2/tracks").mock(side_effect=handler)
    async with make_client(router) as client:
        result = await client.tracks.get_many_by_isrc(["usum71703861", "NOPE00000000", "GBAYE0601498"])
    assert route.call_count == 1
    assert [t.id for t in result] == ["t-USUM71703861", "t-GBAYE0601498"]
    assert result.missing == ["NOPE00000000"]
    assert (
        "filter[isrc]=USUM71703861&filter[isrc]=NOPE00000000" in route.calls.last.request.url.query.decode()
    )


async def test_get_many_by_barcode_and_videos_artists_artworks_playlists() -> None:
    router = respx.MockRouter()

    def by_filter(kind: str, key: str):
        def handler(request: httpx.Request) -> httpx.Response:
            values = parse_qs(request.url.query.decode())[key]
            data = []
            for v in values:
                res = samples.resource(kind, f"id-{v}" if key != "filter[id]" else v)
                if key == "filter[barcodeId]":
                    res["attributes"]["barcodeId"] = v
                data.append(res)
            return jsonapi(200, {"data": data, "links": {"self": f"/{kind}"}})

        return handler

    router.get(path="/v2/albums").mock(side_effect=by_filter("albums", "filter[barcodeId]"))
    for kind in ("videos", "artists", "artworks", "playlists"):
        router.get(path=f"/v2/{kind}").mock(side_effect=by_filter(kind, "filter[id]"))
    async with make_client(router) as client:
        albums = await client.albums.get_many_by_barcode(["5099750442227", "0602547202727"])
        assert [a.barcode_id for a in albums] == ["5099750442227", "0602547202727"]
        for ns in (client.videos, client.artists, client.artworks, client.playlists):
            found = await ns.get_many(["1", "2", "3"])
            assert [r.id for r in found] == ["1", "2", "3"]
            assert found.missing == []


async def test_get_many_takes_only_resources_of_the_type_asked_for_and_numeric_ids_as_text() -> None:
    # a hostile or drifting answer: an album with a wanted id first, the track itself with a numeric id
    router = respx.MockRouter()

    def handler(request: httpx.Request) -> httpx.Response:
        ids = parse_qs(request.url.query.decode())["filter[id]"]
        data = []
        for v in ids:
            data.append(samples.resource("albums", v))
            if v != "2":
                data.append({**samples.resource("tracks", v), "id": int(v)})
        return jsonapi(200, {"data": data, "links": {"self": "/tracks"}})

    router.get(path="/v2/tracks").mock(side_effect=handler)
    async with make_client(router) as client:
        found = await client.tracks.get_many(["1", "2", "3"])
        assert [(t.type, t.id) for t in found] == [("tracks", "1"), ("tracks", "3")]
        assert found.missing == ["2"]  # only an album carried that id


async def test_providers_get_many_reports_404_as_missing() -> None:
    router = respx.MockRouter()
    router.get(path="/v2/providers/1").respond(
        200, json={"data": samples.resource("providers", "1"), "links": {"self": "/providers/1"}}
    )
    router.get(path="/v2/providers/2").respond(
        404, json={"errors": [{"status": "404", "detail": "not found"}]}
    )
    async with make_client(router, clock=FakeClock()) as client:
        result = await client.providers.get_many(["1", "2"])
    assert [p.id for p in result] == ["1"]
    assert result.missing == ["2"]


def test_chunked_rejects_non_positive_size() -> None:
    assert chunked([1, 2, 3], 2) == [[1, 2], [3]]
    with pytest.raises(ValueError, match="chunk size"):
        chunked([1], 0)


async def test_a_failing_chunk_raises_the_typed_error_not_an_exception_group() -> None:
    from tidalkit._http.errors import InternalServerError

    def handler(request: httpx.Request) -> httpx.Response:
        ids = parse_qs(request.url.query.decode())["filter[id]"]
        if "25" in ids:
            return jsonapi(500, {"errors": [{"status": "500", "detail": "boom"}]})
        return jsonapi(
            200, {"data": [samples.resource("tracks", i) for i in ids], "links": {"self": "/tracks"}}
        )

    router = respx.MockRouter()
    router.get(path="/v2/tracks").mock(side_effect=handler)
    async with make_client(router) as client:
        with pytest.raises(InternalServerError):
            await client.tracks.get_many([str(n) for n in range(60)])
