"""Paginators: await → first page, async for → every item across a cursor chain, max_items."""

from __future__ import annotations

from urllib.parse import parse_qs

import httpx
import respx

from tests.api.helpers import jsonapi, make_client, track


def _item(n: int) -> dict[str, object]:
    return {
        "id": f"t{n}",
        "type": "tracks",
        "meta": {"itemId": f"item-{n}", "addedAt": f"2024-01-0{n % 9 + 1}T00:00:00Z"},
    }


PAGES = {
    None: ([_item(1), _item(2)], {"self": "/playlists/p/relationships/items", "meta": {"nextCursor": "c2"}}),
    "c2": (
        [_item(3), _item(4)],
        # page two only gives the full next link: the cursor is taken from it
        {
            "self": "/playlists/p/relationships/items?page[cursor]=c2",
            "next": "/playlists/p/relationships/items?page[cursor]=c3",
        },
    ),
    "c3": ([_item(5)], {"self": "/playlists/p/relationships/items?page[cursor]=c3"}),
}


def _router() -> tuple[respx.MockRouter, list[str | None]]:
    cursors: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = parse_qs(request.url.query.decode()).get("page[cursor]", [None])[0]
        cursors.append(cursor)
        data, links = PAGES[cursor]
        included = [track(d["id"]) for d in data]  # type: ignore[index]
        return jsonapi(200, {"data": data, "links": links, "included": included})

    router = respx.MockRouter()
    router.get(path="/v2/playlists/p/relationships/items").mock(side_effect=handler)
    return router, cursors


async def test_paginator_walks_a_three_page_cursor_chain_and_stops() -> None:
    router, cursors = _router()
    async with make_client(router, cache=False) as client:
        items = [item async for item in client.playlists.items("p", include=["items"])]
    assert cursors == [None, "c2", "c3"]
    assert [i.id for i in items] == ["t1", "t2", "t3", "t4", "t5"]
    assert [i.meta.item_id for i in items if i.meta] == [f"item-{n}" for n in range(1, 6)]
    assert items[2].resource.title == "Track t3"  # type: ignore[attr-defined]


async def test_awaiting_a_paginator_fetches_only_the_first_page() -> None:
    router, cursors = _router()
    async with make_client(router, cache=False) as client:
        page = await client.playlists.items("p")
    assert cursors == [None]
    assert [i.id for i in page.data] == ["t1", "t2"]
    assert page.links.meta is not None
    assert page.links.meta.next_cursor == "c2"


async def test_pages_and_max_items_stop_early() -> None:
    router, cursors = _router()
    async with make_client(router, cache=False) as client:
        pages = [p async for p in client.playlists.items("p").pages()]
        assert len(pages) == 3
        cursors.clear()
        few = await client.playlists.items("p", max_items=3).collect()
    assert [i.id for i in few] == ["t1", "t2", "t3"]
    assert cursors == [None, "c2"]  # the third page is never requested


async def test_paginator_stops_when_the_server_repeats_a_cursor() -> None:
    calls: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(parse_qs(request.url.query.decode()).get("page[cursor]", [None])[0])
        return jsonapi(
            200, {"data": [_item(len(calls))], "links": {"self": "/x", "meta": {"nextCursor": "same"}}}
        )

    router = respx.MockRouter()
    router.get(path="/v2/playlists/p/relationships/items").mock(side_effect=handler)
    async with make_client(router, cache=False) as client:
        items = await client.playlists.items("p").collect()
    assert calls == [None, "same"]
    assert len(items) == 2
