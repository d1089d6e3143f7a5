"""Offset iteration (first page, then the rest concurrently, in order, bounded) and cursor iteration."""

from __future__ import annotations

import json
import logging
import tracemalloc
from typing import Any

import anyio
import httpx
import pytest
import respx

from tests.private import payloads as p
from tests.private.conftest import make_api
from tidalkit._core.offset_pages import STEP_WINDOWS
from tidalkit._http.errors import InternalServerError, ResponseValidationError
from tidalkit._http.parsing import parse_model
from tidalkit.private import PrivateAPI
from tidalkit.private.models import CursorPage, OffsetPage, Playlist
from tidalkit.private.pagination import cursor_paginator, offset_paginator

UUID = p.PLAYLIST_UUID
ITEMS_PATH = f"/v1/playlists/{UUID}/items"


def items_page(request: httpx.Request, total: int) -> httpx.Response:
    offset = int(request.url.params["offset"])
    limit = int(request.url.params["limit"])
    tracks = [p.track(n, title=f"t{n}") for n in range(offset, min(offset + limit, total))]
    return httpx.Response(
        200, json=p.offset_page(p.media_items(*tracks), total=total, offset=offset, limit=limit)
    )


async def test_1000_items_take_10_requests_9_of_them_in_flight_together(router: respx.MockRouter) -> None:
    in_flight = 0
    peak = 0
    all_nine = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        if request.url.params["offset"] != "0":
            in_flight += 1
            peak = max(peak, in_flight)
            if in_flight == 9:
                all_nine.set()
            with anyio.fail_after(5):  # the test fails, rather than hangs, if they are not concurrent
                await all_nine.wait()
            in_flight -= 1
        return items_page(request, 1000)

    route = router.get(path=ITEMS_PATH).mock(side_effect=handler)
    async with make_api(router) as api:
        items = await api.playlists.items(UUID, page_size=100).collect()

    assert route.call_count == 10
    assert peak == 9
    assert [entry.item.id for entry in items if entry.item] == list(range(1000))
    offsets = sorted(int(call.request.url.params["offset"]) for call in route.calls)
    assert offsets == list(range(0, 1000, 100))
    assert {call.request.url.params["limit"] for call in route.calls} == {"100"}


async def test_the_client_limiter_caps_pages_in_flight(router: respx.MockRouter) -> None:
    in_flight = 0
    peak = 0

    three_in_flight = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == 3:
            three_in_flight.set()
        if request.url.params["offset"] != "0":
            with anyio.fail_after(5):
                await three_in_flight.wait()
            await anyio.sleep(0.001)  # give a fourth request the chance to sneak in, if the cap leaked
        in_flight -= 1
        return items_page(request, 1000)

    router.get(path=ITEMS_PATH).mock(side_effect=handler)
    async with make_api(router, max_concurrency=3) as api:
        items = await api.playlists.items(UUID).collect()
    assert len(items) == 1000
    assert peak == 3


async def test_short_pages_do_not_end_the_iteration_and_items_come_once(router: respx.MockRouter) -> None:
    # TIDAL skips unavailable items: page 2 returns 1 item where 2 were asked for
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        ids = {0: [0, 1], 2: [2], 4: [4, 5], 6: [6]}[offset]
        return httpx.Response(200, json=p.offset_page(p.media_items(*[p.track(i) for i in ids]), total=7))

    router.get(path=ITEMS_PATH).mock(side_effect=handler)
    async with make_api(router) as api:
        ids = [entry.item.id async for entry in api.playlists.items(UUID, page_size=2) if entry.item]
    assert ids == [0, 1, 2, 4, 5, 6]


async def test_max_items_stops_early_and_never_overlaps(router: respx.MockRouter) -> None:
    route = router.get(path=ITEMS_PATH).mock(side_effect=lambda request: items_page(request, 1000))
    async with make_api(router) as api:
        items = await api.playlists.items(UUID, page_size=100, max_items=250).collect()
    assert [entry.item.id for entry in items if entry.item] == list(range(250))
    assert route.call_count == 3


async def test_a_failing_page_raises_instead_of_returning_partial_results(router: respx.MockRouter) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["offset"] == "300":
            return httpx.Response(500, json={"status": 500, "userMessage": "boom"})
        return items_page(request, 500)

    router.get(path=ITEMS_PATH).mock(side_effect=handler)
    async with make_api(router, max_retries=0) as api:
        with pytest.raises(InternalServerError):
            await api.playlists.items(UUID).collect()


async def test_100000_items_stream_with_a_bounded_window() -> None:
    page_size = 100
    total = 100_000
    fetched_up_to = 0
    consumed = 0
    worst_lead = 0

    async def fetch(offset: int, limit: int) -> OffsetPage[int]:
        nonlocal fetched_up_to
        fetched_up_to = max(fetched_up_to, offset + limit)
        await anyio.lowlevel.checkpoint()
        items = list(range(offset, min(offset + limit, total)))
        return OffsetPage[int](limit=limit, offset=offset, total_number_of_items=total, items=items)

    paginator = offset_paginator(fetch, page_size=page_size, window=16)
    expected = 0
    tracemalloc.start()
    try:
        async for item in paginator:
            assert item == expected
            expected += 1
            consumed += 1
            worst_lead = max(worst_lead, fetched_up_to - consumed)
        _, peak_bytes = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert consumed == total
    # holding the 100,000 items would take over 3 MB (a list plus an int object per item)
    assert peak_bytes < 1_000_000, peak_bytes
    # never more than 16 requests in flight and one step of pages held beyond the one being read
    assert worst_lead <= (STEP_WINDOWS * 16 + 1) * page_size


async def test_without_a_total_pages_are_walked_until_an_empty_one() -> None:
    calls: list[int] = []

    async def fetch(offset: int, limit: int) -> OffsetPage[int]:
        calls.append(offset)
        items = list(range(offset, min(offset + limit, 5)))
        return OffsetPage[int](limit=limit, offset=offset, items=items)

    assert await offset_paginator(fetch, page_size=2).collect() == [0, 1, 2, 3, 4]
    assert calls == [0, 2, 4, 6]


async def test_cursor_iteration_follows_the_cursor_to_the_end(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    pages = {
        None: {"items": [p.mix("a")], "cursor": "c1"},
        "c1": {"items": [p.mix("b")], "cursor": "c2"},
        "c2": {"items": [p.mix("c")], "cursor": None},
    }
    route = router.get(path="/v2/favorites/mixes").mock(
        side_effect=lambda request: httpx.Response(200, json=pages[request.url.params.get("cursor")])
    )
    ids = [mix.id async for mix in api.favorites.mixes(page_size=1)]
    assert ids == ["a", "b", "c"]
    assert [call.request.url.params.get("cursor") for call in route.calls] == [None, "c1", "c2"]


async def test_public_playlists_unwrap_entries_read_bare_ones_and_drop_misfits(
    api: PrivateAPI, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    pages = {
        None: {
            "items": [
                {"playlist": p.playlist("wrapped"), "followInfo": {"followed": True}},
                p.playlist("bare"),  # a playlist sent without its wrapper
                {"playlist": {"title": "no uuid"}, "followInfo": {}},  # does not fit: dropped
                None,
                {"playlist": None, "followInfo": {}},
                {"playlist": p.playlist("odd siblings"), "followInfo": [], "profile": "PUBLIC"},
                {**p.playlist("bare with extras"), "profile": "x", "followInfo": {"n": 1}},
            ],
            "cursor": "c1",
        },
        "c1": {"items": [{"playlist": p.playlist("last")}], "cursor": None},
    }
    caplog.set_level(logging.DEBUG, logger="tidalkit.private")
    route = router.get(path="/v2/user-playlists/42/public").mock(
        side_effect=lambda request: httpx.Response(200, json=pages[request.url.params.get("cursor")])
    )
    playlists = await api.users.public_playlists(42, page_size=7).collect()
    uuids = [playlist.uuid for playlist in playlists]
    assert uuids == ["wrapped", "bare", "odd siblings", "bare with extras", "last"]
    assert playlists[3].model_extra == {"profile": "x", "followInfo": {"n": 1}}
    assert all(isinstance(playlist, Playlist) for playlist in playlists)
    assert playlists[1].title == "Road trip"
    assert playlists[1].number_of_tracks == 2
    assert route.call_count == 2
    assert "skipped a list item that does not fit (playlist.uuid: Field required" in caplog.text


async def test_cursor_iteration_stops_on_a_repeated_cursor() -> None:
    calls = 0

    async def fetch(cursor: str | None, limit: int) -> CursorPage[int]:
        nonlocal calls
        calls += 1
        return CursorPage[int](items=[calls], cursor="same")

    assert await cursor_paginator(fetch, page_size=1).collect() == [1, 2]
    assert calls == 2


async def test_awaiting_a_paginator_fetches_only_the_first_page(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    route = router.get(path=ITEMS_PATH).mock(side_effect=lambda request: items_page(request, 1000))
    page = await api.playlists.items(UUID, page_size=10)
    assert page.total_number_of_items == 1000
    assert [entry.item.id for entry in page.items if entry.item] == list(range(10))
    assert route.call_count == 1
    assert dict(route.calls.last.request.url.params) == {"countryCode": "US", "limit": "10", "offset": "0"}


async def test_pages_walks_each_page_once_in_order(api: PrivateAPI, router: respx.MockRouter) -> None:
    router.get(path=ITEMS_PATH).mock(side_effect=lambda request: items_page(request, 250))
    offsets = [page.offset async for page in api.playlists.items(UUID, page_size=100).pages()]
    assert offsets == [0, 100, 200]


async def test_breaking_out_early_fetches_no_more_pages(router: respx.MockRouter) -> None:
    route = router.get(path=ITEMS_PATH).mock(side_effect=lambda request: items_page(request, 1000))
    async with make_api(router) as api:
        async for entry in api.playlists.items(UUID):
            assert entry.item is not None
            assert entry.item.id == 0
            break
    assert route.call_count == 1


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_under_trio_pages_are_parsed_at_most_half_a_window_ahead_of_the_caller() -> None:
    """Under trio a step fetches ``STEP_WINDOWS * window`` bodies at ``window`` in flight. While
    requests are on the wire, the step's first ``window // 2`` pages are parsed as they arrive; the
    rest stay bytes until the caller reaches them. Each page is parsed once, in order."""
    fetched: list[int] = []
    parsed: list[int] = []
    in_flight = most_in_flight = 0
    total = 40

    async def fetch(offset: int, limit: int) -> dict[str, Any]:
        nonlocal in_flight, most_in_flight
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        await anyio.sleep(0.001)
        in_flight -= 1
        fetched.append(offset)
        return {"limit": limit, "offset": offset, "totalNumberOfItems": total, "items": [offset]}

    def parse(data: dict[str, Any]) -> OffsetPage[int]:
        parsed.append(data["offset"])
        return OffsetPage[int].model_validate(data)

    window = 4
    seen: list[int] = []
    most_ahead = 0
    async for item in offset_paginator(fetch, parse=parse, page_size=1, window=window):
        seen.append(item)
        assert parsed[: len(seen)] == seen  # this page and every one before it
        most_ahead = max(most_ahead, len(parsed) - len(seen))
    assert 1 <= most_ahead <= window // 2  # parsed while requests were on the wire, half a window at most
    assert seen == list(range(total))
    assert parsed == seen  # each page parsed once
    assert len(fetched) == total
    assert most_in_flight == window


async def test_a_page_that_does_not_parse_raises_its_typed_error_alone() -> None:
    async def fetch(offset: int, limit: int) -> bytes:
        await anyio.sleep(0.001)
        if offset == 1:
            return b'{"items": "not a list"}'
        return json.dumps(
            {"limit": limit, "offset": offset, "totalNumberOfItems": 10, "items": [offset]}
        ).encode()

    seen: list[int] = []

    async def walk() -> None:
        pages = offset_paginator(
            fetch, parse=lambda body: parse_model(body, OffsetPage[int]), page_size=1, window=2
        )
        async for item in pages:
            seen.append(item)

    with pytest.raises(ResponseValidationError):
        await walk()
    assert seen == [0]  # the first page, then the step with the broken page fails as a whole


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_a_break_leaves_nothing_running_and_the_next_walk_starts_over() -> None:
    started: list[int] = []
    running = 0

    async def fetch(offset: int, limit: int) -> OffsetPage[int]:
        nonlocal running
        started.append(offset)
        running += 1
        try:
            await anyio.sleep(0.001)
        finally:
            running -= 1
        return OffsetPage[int](limit=limit, offset=offset, total_number_of_items=1000, items=[offset])

    paginator = offset_paginator(fetch, page_size=1, window=4)
    async for item in paginator:
        if item == 2:
            break
    await anyio.lowlevel.checkpoint()  # under asyncio the cancelled requests end at the next tick
    assert running == 0  # nothing left in flight after the break
    sent = len(started)
    await anyio.sleep(0.01)
    assert len(started) == sent  # and nothing sent after it
    assert sent <= 1 + STEP_WINDOWS * 4
    assert [item async for item in offset_paginator(fetch, page_size=1, window=4, max_items=3)] == [0, 1, 2]


async def test_many_walks_on_one_client_with_two_slots_all_finish_in_order(router: respx.MockRouter) -> None:
    """Eight walks prefetching 16 pages each share a client limited to 2 requests in flight: every
    walk gets every item once and in order, and the limiter's cap holds throughout."""
    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        try:
            await anyio.sleep(0.001)
        finally:
            in_flight -= 1
        return items_page(request, 300)

    router.get(path=ITEMS_PATH).mock(side_effect=handler)
    walks: dict[int, list[int]] = {}

    async def walk(n: int) -> None:
        got = walks.setdefault(n, [])
        async for entry in api.playlists.items(UUID, page_size=10):
            assert entry.item is not None
            got.append(entry.item.id)
            if entry.item.id % 50 == 0:
                await anyio.lowlevel.checkpoint()  # the consumers interleave

    async with make_api(router, max_concurrency=2, cache=False) as api:
        with anyio.fail_after(30):
            async with anyio.create_task_group() as group:
                for n in range(8):
                    group.start_soon(walk, n)
    assert all(got == list(range(300)) for got in walks.values())
    assert peak == 2  # the cap, reached and never passed
