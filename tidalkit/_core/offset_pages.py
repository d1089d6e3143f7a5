"""Limit/offset lists (the private API): the first page tells the total, the rest come concurrently.

The pages after the first are fetched ``window`` requests at a time (the client's limiter still caps
requests overall) and at most ``STEP_WINDOWS * window`` pages ahead of the caller, so memory stays
flat however long the list is. Pages wait as bytes until the caller reaches them. Under asyncio the
requests stay on the wire while the caller reads (`tidalkit._core.prefetch`); under trio each step
runs in a task group inside one ``__anext__`` call (see `tidalkit._core.pagination`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable, Iterator, Sequence
from itertools import islice
from typing import Any, Generic, Protocol, TypeVar

import anyio

from tidalkit._core.pagination import EMPTY_PAGES_END, unwrap_group
from tidalkit._core.prefetch import Prefetch
from tidalkit._loop import running_asyncio_loop

EMPTY_ITEMS_END = EMPTY_PAGES_END * 100
"""Items a run of empty pages must cover before it ends a walk (16 pages of 100)."""

__all__ = ["DEFAULT_WINDOW", "STEP_WINDOWS", "OffsetPageLike", "OffsetPages"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

DEFAULT_WINDOW = 16
"""Offset page requests in flight at most, per iterator."""
STEP_WINDOWS = 4
"""Pages fetched ahead of the caller at most, in windows (about 130 KB of bytes per 100 playlist
items). Under trio it is the size of a step: each step boundary leaves nothing in flight while the
caller reads the step's pages, so fewer, longer steps keep more requests on the wire."""


class OffsetPageLike(Protocol[T_co]):
    """What an offset page must tell: its items, the list's total and the page size served."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def total_number_of_items(self) -> int | None: ...

    @property
    def limit(self) -> int | None: ...


PageT = TypeVar("PageT", bound=OffsetPageLike[Any])


class OffsetPages(Generic[PageT, T]):
    """Limit/offset pages: ``fetch(offset, limit)`` → decoded JSON, ``parse(data)`` → the page.

    With ``totalNumberOfItems`` on the first page, the rest are fetched concurrently (``window`` at a
    time) and short pages (TIDAL skips unavailable items) do not end the walk; without it, pages are
    walked one by one until an empty one.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Any]],
        parse: Callable[[Any], PageT],
        *,
        page_size: int,
        start: int = 0,
        window: int = DEFAULT_WINDOW,
    ) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        if window < 1:
            raise ValueError("window must be at least 1")
        self._fetch = fetch
        self._parse = parse
        self.page_size = page_size
        self.start = start
        self.window = window

    async def page(self, offset: int, limit: int) -> PageT:
        """One page: ``limit`` items from ``offset``."""
        return self._parse(await self._fetch(offset, limit))

    async def first(self) -> PageT:
        """The page at the starting offset."""
        return await self.page(self.start, self.page_size)

    def walk(self, max_items: int | None) -> _OffsetWalk[PageT, T]:
        """A walk from the starting offset; ``max_items`` bounds the offsets requested."""
        stop = None if max_items is None else self.start + max(0, max_items)
        return _OffsetWalk(self, stop)


class _OffsetWalk(Generic[PageT, T]):
    def __init__(self, source: OffsetPages[PageT, T], stop: int | None) -> None:
        self._source = source
        self._stop = stop
        self._size = source.page_size
        self._offsets: Iterator[int] | None = None  # set once the first page told the total
        self._ready: deque[tuple[int, PageT | None, Any]] = deque()  # (offset, parsed page, or its body)
        self._next_offset: int | None = source.start  # the sequential walk's next page (no total)
        self._end: int | None = None
        self._feed: Prefetch[Any] | None = None  # under asyncio, once the first page told the total
        self._empty_run = 0

    def close(self) -> None:
        self._next_offset = None
        self._offsets = iter(())
        self._ready.clear()
        if self._feed is not None:
            self._feed.close()

    def _items(self, offset: int, page: PageT, end: int | None) -> Sequence[T]:
        # no overlap, no overrun: a page gives at most ``size`` items and none past ``end``
        room = self._size if end is None else max(0, min(self._size, end - offset))
        items: Sequence[T] = page.items
        return items[:room]

    async def next_page(self) -> tuple[PageT, Sequence[T]] | None:
        if self._offsets is None:
            return await self._begin()
        if self._feed is not None:
            landed = await self._feed.next()
            if landed is None:
                return None
            offset, body = landed
            try:
                page = self._source._parse(body)
            except BaseException:
                self.close()  # the walk ends at a page that does not parse: nothing left on the wire
                raise
            return self._served(offset, page)
        if not self._ready:
            await self._fetch_step()
            if not self._ready:
                return None
        offset, page, body = self._ready.popleft()
        if page is None:
            page = self._source._parse(body)
        return self._served(offset, page)

    def _served(self, offset: int, page: PageT) -> tuple[PageT, Sequence[T]]:
        # a total the pages don't bear out (a server's mistake, or a hostile count) must not keep
        # the walk asking for empty pages: EMPTY_PAGES_END of them in a row, covering at least
        # EMPTY_ITEMS_END items, end it (so small pages are not cut short by a run of unavailable
        # items, as 16 pages of 1 would be)
        self._empty_run = 0 if page.items else self._empty_run + 1
        if self._empty_run >= EMPTY_PAGES_END and self._empty_run * self._size >= EMPTY_ITEMS_END:
            self.close()
        return page, self._items(offset, page, self._end)

    async def _begin(self) -> tuple[PageT, Sequence[T]] | None:
        source = self._source
        offset = self._next_offset
        if offset is None or (self._stop is not None and offset >= self._stop):
            return None
        page = await source.page(offset, self._size)
        if offset == source.start:
            if page.limit and 0 < page.limit < self._size:
                self._size = page.limit  # the server capped the page size: step by what it serves
            total = page.total_number_of_items
            if total is not None:
                self._end = total if self._stop is None else min(total, self._stop)
                self._offsets = iter(range(offset + self._size, self._end, self._size))
                loop = running_asyncio_loop()
                if loop is not None:
                    size = self._size
                    self._feed = Prefetch(
                        loop,
                        lambda at: source._fetch(at, size),
                        self._offsets,
                        in_flight=source.window,
                        ahead=STEP_WINDOWS * source.window,
                    )
                return page, self._items(offset, page, self._end)
        # no total: walk page by page until an empty one
        self._end = self._stop
        self._next_offset = offset + self._size if page.items else None
        return page, self._items(offset, page, self._stop)

    async def _fetch_step(self) -> None:
        """Fetch up to ``STEP_WINDOWS * window`` pages, ``window`` at a time.

        A fetching task sends its next request as soon as a response is read. While requests are
        still on the wire, the first ``window // 2`` pages of the step are parsed as they arrive
        (in the order the caller will read them); the rest stay bytes and are parsed as the caller
        reaches them. So the models of at most half a window of pages are alive ahead of the
        caller (a page of 100 playlist entries is about 0.8 MB of models, 130 KB of bytes).
        """
        source = self._source
        assert self._offsets is not None
        wanted = list(islice(self._offsets, STEP_WINDOWS * source.window))
        if not wanted:
            return
        bodies: dict[int, Any] = {}
        parsed: dict[int, PageT] = {}
        arrived = {offset: anyio.Event() for offset in wanted[: max(1, source.window // 2)]}
        queue = iter(wanted)
        fetching = min(source.window, len(wanted))

        async def fetch() -> None:
            nonlocal fetching
            for offset in queue:
                bodies[offset] = await source._fetch(offset, self._size)
                if offset in arrived:
                    arrived[offset].set()
            fetching -= 1
            if fetching == 0:  # nothing left to overlap with: wake the parser so that it stops
                for event in arrived.values():
                    event.set()

        async def parse_ahead() -> None:
            for offset, event in arrived.items():
                await event.wait()
                if fetching == 0 or offset not in bodies:
                    return
                parsed[offset] = source._parse(bodies.pop(offset))

        try:
            async with anyio.create_task_group() as group:
                group.start_soon(parse_ahead)
                for _ in range(fetching):
                    group.start_soon(fetch)
        except BaseExceptionGroup as failures:
            raise unwrap_group(failures) from None
        self._ready.extend(
            (offset, parsed[offset], None) if offset in parsed else (offset, None, bodies[offset])
            for offset in wanted
        )
