"""Under asyncio an offset walk keeps its requests on the wire while the caller reads, and owns them."""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from tidalkit._core.offset_pages import STEP_WINDOWS
from tidalkit._core.pagination import CursorPages, Paginator
from tidalkit._http.errors import InternalServerError, ResponseValidationError
from tidalkit.private.models import OffsetPage
from tidalkit.private.pagination import offset_paginator


class Server:
    """A fake offset endpoint that records what was asked, what is on the wire and what was parsed."""

    def __init__(self, total: int, *, delay: float = 0.001) -> None:
        self.total = total
        self.delay = delay
        self.started: list[int] = []
        self.running = 0
        self.most_running = 0
        self.parsed: list[int] = []
        self.gate: anyio.Event | None = None  # when set, pages after the first wait for it
        self.fail_at: int | None = None

    async def fetch(self, offset: int, limit: int) -> dict[str, Any]:
        self.started.append(offset)
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        try:
            if self.gate is not None and offset > 0:
                await self.gate.wait()
            await anyio.sleep(self.delay)
        finally:
            self.running -= 1
        if offset == self.fail_at:
            raise InternalServerError("boom", status_code=500)
        return {"limit": limit, "offset": offset, "totalNumberOfItems": self.total, "items": [offset]}

    def parse(self, data: dict[str, Any]) -> OffsetPage[int]:
        self.parsed.append(data["offset"])
        return OffsetPage[int].model_validate(data)


async def test_requests_progress_while_the_caller_awaits_its_own_work() -> None:
    """The caller's first item arrives, then the caller awaits something of its own: the remaining
    pages are fetched meanwhile. A walk that only fetched inside ``__anext__`` would never set
    ``all_fetched`` here and the ``fail_after`` would fail the test."""
    server = Server(total=12)
    server.gate = anyio.Event()
    all_fetched = anyio.Event()

    async def fetch(offset: int, limit: int) -> dict[str, Any]:
        page = await server.fetch(offset, limit)
        if len(server.started) == server.total and server.running == 0:
            all_fetched.set()
        return page

    seen: list[int] = []
    async for item in offset_paginator(fetch, parse=server.parse, page_size=1, window=4):
        seen.append(item)
        if item == 0:
            server.gate.set()
            with anyio.fail_after(10):
                await all_fetched.wait()  # the caller's own work; the walk's requests run meanwhile
    assert seen == list(range(12))
    assert server.most_running == 4


async def test_pages_are_parsed_when_reached_once_in_order_and_never_far_ahead() -> None:
    server = Server(total=200)
    window = 4
    seen: list[int] = []
    most_lead = 0
    async for item in offset_paginator(server.fetch, parse=server.parse, page_size=1, window=window):
        seen.append(item)
        assert server.parsed == seen  # parsed when the caller reaches it, not before
        most_lead = max(most_lead, len(server.started) - len(seen))
        if item % 7 == 0:
            await anyio.sleep(0.002)  # a slow caller lets the walk run ahead as far as it may
    assert seen == list(range(200))
    assert server.started == list(range(200))  # each page asked once, in order
    assert server.most_running == window
    assert 0 < most_lead <= STEP_WINDOWS * window


async def test_a_failed_page_raises_its_typed_error_when_reached_and_cancels_the_rest() -> None:
    server = Server(total=100)
    server.fail_at = 10
    seen: list[int] = []

    async def walk() -> None:
        async for item in offset_paginator(server.fetch, parse=server.parse, page_size=1, window=4):
            seen.append(item)

    with pytest.raises(InternalServerError):
        await walk()
    assert seen == list(range(10))  # every page before the failed one, in order
    await anyio.lowlevel.checkpoint()
    assert server.running == 0
    sent = len(server.started)
    await anyio.sleep(0.02)
    assert len(server.started) == sent  # nothing sent after the failure
    assert sent <= 11 + STEP_WINDOWS * 4


@pytest.mark.parametrize("how", ["aclose", "drop", "exception"])
async def test_leaving_early_cancels_every_request_on_the_wire(how: str) -> None:
    server = Server(total=10_000, delay=0.05)
    iterator: Any = aiter(offset_paginator(server.fetch, parse=server.parse, page_size=1, window=8))
    assert await anext(iterator) == 0
    await anyio.lowlevel.checkpoint()  # the next pages' requests are sent
    assert server.running == 8
    if how == "aclose":
        await iterator.aclose()
    elif how == "drop":
        del iterator
        gc.collect()
    else:

        async def fail() -> None:
            async for _ in iterator:
                raise RuntimeError("the caller's own failure")

        with pytest.raises(RuntimeError):
            await fail()
        del iterator
    await anyio.lowlevel.checkpoint()
    assert server.running == 0
    sent = len(server.started)
    await anyio.sleep(0.1)
    assert len(server.started) == sent
    assert not [task for task in asyncio.all_tasks() if "_run_fetch" in repr(task.get_coro())]  # no page task


async def test_cancelling_the_caller_while_it_waits_for_a_page_cancels_the_walk() -> None:
    server = Server(total=1000, delay=0)
    seen: list[int] = []
    with anyio.CancelScope() as scope:
        async for item in offset_paginator(server.fetch, parse=server.parse, page_size=1, window=4):
            seen.append(item)
            server.delay = 10  # the pages after the first never arrive in time
            scope.cancel()  # delivered at the next await: the loop waiting for page 1
    assert scope.cancelled_caught
    assert seen == [0]
    await anyio.lowlevel.checkpoint()
    assert server.running == 0


class CursorServer:
    """A fake cursor endpoint: page ``n`` holds items ``n*3 .. n*3+2`` and names page ``n+1``."""

    def __init__(self, pages: int, *, fail_at: int | None = None) -> None:
        self.pages = pages
        self.fail_at = fail_at
        self.asked: list[int] = []
        self.running = 0
        self.gate: anyio.Event | None = None

    async def fetch(self, cursor: str | None) -> dict[str, Any]:
        number = int(cursor or 0)
        self.asked.append(number)
        self.running += 1
        try:
            if self.gate is not None and number > 0:
                await self.gate.wait()
            await anyio.sleep(0.001)
        finally:
            self.running -= 1
        if number == self.fail_at:
            raise InternalServerError("boom", status_code=500)
        last = number + 1 >= self.pages
        return {"items": [number * 3 + k for k in range(3)], "next": None if last else str(number + 1)}

    def paginator(self, max_items: int | None = None) -> Paginator[dict[str, Any], int]:
        source: CursorPages[dict[str, Any], int] = CursorPages(
            self.fetch, lambda page: page["items"], lambda page: page["next"]
        )
        return Paginator(source, max_items=max_items)


async def test_a_cursor_walk_fetches_the_next_page_while_the_caller_reads_this_one() -> None:
    server = CursorServer(pages=3)
    server.gate = anyio.Event()
    seen: list[int] = []
    async for item in server.paginator():
        seen.append(item)
        if item == 0:
            server.gate.set()
            with anyio.fail_after(10):
                while 1 not in server.asked or server.running:
                    await anyio.sleep(0.001)  # the caller's own work: page 1 arrives meanwhile
    assert seen == list(range(9))
    assert server.asked == [0, 1, 2]  # each page once, none past the last


async def test_a_cursor_walk_asks_for_no_page_past_max_items() -> None:
    server = CursorServer(pages=10)
    assert await server.paginator(max_items=6).collect() == list(range(6))
    await anyio.sleep(0.01)
    assert server.asked == [0, 1]


async def test_a_prefetched_cursor_page_that_failed_raises_when_reached_or_is_dropped_quietly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = CursorServer(pages=5, fail_at=1)
    seen: list[int] = []

    async def walk() -> None:
        async for item in server.paginator():
            seen.append(item)

    with pytest.raises(InternalServerError):
        await walk()
    assert seen == [0, 1, 2]
    # a caller that leaves before reaching the failed page: no "Task exception was never retrieved"
    async for _item in server.paginator():
        await anyio.sleep(0.01)  # the prefetch of page 1 fails meanwhile
        break
    gc.collect()
    await anyio.lowlevel.checkpoint()
    assert not [record for record in caplog.records if "never retrieved" in record.getMessage()]
    assert server.running == 0


async def test_a_page_that_does_not_parse_ends_the_walk_and_cancels_the_rest() -> None:
    server = Server(total=1000, delay=0.05)

    def parse(data: dict[str, Any]) -> OffsetPage[int]:
        if data["offset"] == 1:
            raise ResponseValidationError("page 1 is not a page", model="OffsetPage[int]")
        return server.parse(data)

    iterator: Any = aiter(offset_paginator(server.fetch, parse=parse, page_size=1, window=8))
    assert await anext(iterator) == 0
    with pytest.raises(ResponseValidationError):
        await anext(iterator)
    await anyio.lowlevel.checkpoint()
    assert server.running == 0  # while the caller handles the error, nothing is on the wire
    with pytest.raises(StopAsyncIteration):
        await anext(iterator)
