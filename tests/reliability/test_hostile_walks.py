"""Walks over pages and batch reads against servers that never let them end, or end them too soon.

A batch read follows its answer's pages only while they bring ids it asked for; a cursor a server
makes too long for a URL is refused with a typed error, not sent; a run of unavailable items in a
list read with small pages does not cut the list short.
"""

from __future__ import annotations

from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx

from tests.api import samples
from tests.api.helpers import make_client
from tests.private import payloads as p
from tests.private.conftest import make_api
from tidalkit._core.pagination import MAX_CURSOR
from tidalkit._http import Request
from tidalkit._http.errors import APIError, ResponseValidationError

JSONAPI = {"Content-Type": "application/vnd.api+json"}


def track(id_: str) -> dict[str, Any]:
    value = samples.resource("tracks", id_)
    value["attributes"]["title"] = f"Track {id_}"
    return value


async def test_a_batch_read_stops_when_the_answer_s_pages_bring_nothing_new() -> None:
    calls = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        await anyio.lowlevel.checkpoint()
        body = {"data": [track("1")] * 20, "links": {"self": "/tracks", "meta": {"nextCursor": f"c{calls}"}}}
        return httpx.Response(200, json=body, headers=JSONAPI)

    router = respx.MockRouter(assert_all_mocked=True)
    router.get(url__startswith="https://openapi.tidal.com/v2/tracks").mock(side_effect=answer)
    async with make_client(router) as tidal:
        with anyio.fail_after(10):
            found = await tidal.tracks.get_many(["1", "2"])
    assert [resource.id for resource in found] == ["1"]
    assert found.missing == ["2"]
    assert calls == 2  # the second page brought no id not seen yet: the walk ends there


async def test_a_batch_read_follows_pages_while_they_bring_its_ids() -> None:
    pages = {None: (["1", "2"], "c1"), "c1": (["3"], "c2"), "c2": (["4"], None)}

    async def answer(request: httpx.Request) -> httpx.Response:
        ids, cursor = pages[request.url.params.get("page[cursor]")]
        links: dict[str, Any] = {"self": "/tracks"}
        if cursor:
            links["meta"] = {"nextCursor": cursor}
        return httpx.Response(200, json={"data": [track(i) for i in ids], "links": links}, headers=JSONAPI)

    router = respx.MockRouter(assert_all_mocked=True)
    route = router.get(url__startswith="https://openapi.tidal.com/v2/tracks").mock(side_effect=answer)
    async with make_client(router) as tidal:
        found = await tidal.tracks.get_many(["1", "2", "3", "4"])
    assert [resource.id for resource in found] == ["1", "2", "3", "4"]
    assert route.call_count == 3


async def test_a_cursor_too_long_for_a_url_is_refused_on_both_apis() -> None:
    long = "x" * (MAX_CURSOR + 1)
    router = respx.MockRouter(assert_all_mocked=True)
    route = router.get(path="/v2/favorites/mixes").mock(
        return_value=httpx.Response(200, json={"items": [p.mix("a")], "cursor": long})
    )
    async with make_api(router) as api:
        with pytest.raises(ResponseValidationError, match="cursor"):
            await api.favorites.mixes().collect()
    assert route.call_count == 1

    document = {"data": [], "links": {"self": "/albums/1/relationships/items", "meta": {"nextCursor": long}}}
    router = respx.MockRouter(assert_all_mocked=True)
    v2 = router.get(url__startswith="https://openapi.tidal.com/v2/albums/1").mock(
        return_value=httpx.Response(200, json=document, headers=JSONAPI)
    )
    async with make_client(router) as tidal:
        with pytest.raises(ResponseValidationError, match="cursor"):
            await tidal.albums.items("1").collect()
    assert v2.call_count == 1


async def test_a_url_too_long_to_send_is_a_typed_error_and_names_no_secret() -> None:
    router = respx.MockRouter(assert_all_mocked=True)
    async with make_api(router) as api:
        with pytest.raises(APIError, match="cannot be sent") as caught:
            await api.send(Request("GET", "v1/tracks", params={"q": "x" * 70_000}))
    assert "Bearer" not in str(caught.value)
    assert not router.calls


@pytest.mark.parametrize("page_size", [1, 3, 10, 100])
async def test_a_run_of_unavailable_items_does_not_cut_a_list_read_in_small_pages(page_size: int) -> None:
    available = [i for i in range(60) if not 5 <= i < 35]  # 30 in a row left out, as TIDAL does

    def answer(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        tracks = [p.track(i) for i in available if offset <= i < offset + limit]
        return httpx.Response(
            200, json=p.offset_page(p.media_items(*tracks), total=60, offset=offset, limit=limit)
        )

    router = respx.MockRouter(assert_all_mocked=True)
    router.get(path=f"/v1/playlists/{p.PLAYLIST_UUID}/items").mock(side_effect=answer)
    async with make_api(router) as api:
        with anyio.fail_after(10):
            items = await api.playlists.items(p.PLAYLIST_UUID, page_size=page_size).collect()
    assert [entry.item.id for entry in items if entry.item] == available
