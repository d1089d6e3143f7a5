"""Async iterators over limit/offset lists (v1) and cursor lists (v2 collections).

Offset lists: the first page says how many items there are; the remaining pages are then fetched
concurrently, up to ``window`` requests in flight (the client's limiter still caps requests
overall), and items are yielded in order, each once. A page that comes back frees its request's
place at once, so the next request goes out before that page is parsed; at most ``window`` more
pages wait for the consumer, so memory stays flat however long the list is. Pages with fewer
items than asked (TIDAL skips unavailable items) do not end the iteration early: offsets come from
``totalNumberOfItems``.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Generic, TypeVar, cast

from tidalkit.private.models.paging import CursorPage, OffsetPage

__all__ = ["DEFAULT_WINDOW", "CursorPaginator", "OffsetPaginator", "unwrap_group"]

T = TypeVar("T")

DEFAULT_WINDOW = 16
"""Offset page requests in flight at most, per iterator (and as many pages held for the consumer)."""

SEND_TURNS = 4
"""Event-loop turns the consumer gives before parsing a page, so requests just started reach the
socket first: measured, a request's task takes 2 turns through the limiter and httpx to aiohttp's
write, and the consumer wakes one turn before a task started by the same arrival; one spare."""

FetchOffset = Callable[[int, int], Awaitable[Any]]
ParsePage = Callable[[Any], OffsetPage[T]]
FetchCursor = Callable[[str | None, int], Awaitable[CursorPage[T]]]


def _leaves(group: BaseExceptionGroup[BaseException]) -> list[BaseException]:
    found: list[BaseException] = []
    for error in group.exceptions:
        if isinstance(error, BaseExceptionGroup):
            found.extend(_leaves(error))  # pyright: ignore[reportUnknownArgumentType]
        else:
            found.append(error)
    return found


def unwrap_group(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first page's error itself (a typed TidalError), not a group; others ride along as notes."""
    leaves = _leaves(group)
    if not leaves or not all(isinstance(error, Exception) for error in leaves):
        return group
    first = leaves[0]
    for other in leaves[1:]:
        first.add_note(f"another page failed too: {other!r}")
    return first


class OffsetPaginator(Generic[T]):
    """``async for item in paginator`` over a limit/offset endpoint; also :meth:`page` and :meth:`collect`.

    ``fetch(offset, limit)`` gets one page: the parsed :class:`OffsetPage`, or, with ``parse``,
    the decoded JSON that ``parse`` turns into one (then parsing runs in the consumer's task and
    never holds back the next requests). ``max_items`` stops after that many items; ``start`` is
    the first offset.
    """

    def __init__(
        self,
        fetch: FetchOffset,
        *,
        parse: ParsePage[T] | None = None,
        page_size: int,
        max_items: int | None = None,
        start: int = 0,
        window: int = DEFAULT_WINDOW,
    ) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        if window < 1:
            raise ValueError("window must be at least 1")
        self._fetch = fetch
        self._parse: ParsePage[T] = parse or (lambda page: cast(OffsetPage[T], page))
        self.page_size = page_size
        self.max_items = max_items
        self.start = start
        self.window = window

    async def page(self, offset: int = 0, limit: int | None = None) -> OffsetPage[T]:
        """One page: ``limit`` items (default ``page_size``) from ``offset``."""
        return self._parse(await self._fetch(offset, limit or self.page_size))

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterate()

    async def collect(self) -> list[T]:
        """Every item (up to ``max_items``) as a list."""
        return [item async for item in self]

    async def _iterate(self) -> AsyncIterator[T]:
        size = self.page_size
        stop = None if self.max_items is None else self.start + self.max_items
        if stop is not None and stop <= self.start:
            return
        first = await self.page(self.start, size)
        if first.limit and 0 < first.limit < size:
            size = first.limit  # the server capped the page size: step by what it really serves
        for item in first.items[: _room(self.start, stop, size)]:
            yield item
        total = first.total_number_of_items
        if total is None:
            async for item in self._sequential(first, stop, size):
                yield item
            return
        end = total if stop is None else min(total, stop)
        offsets = iter(range(self.start + size, end, size))
        # Up to ``window`` requests in flight and ``window`` more pages waiting for the consumer.
        # A page that arrives frees its request's place at once (a done-callback), so the next
        # requests go out while the consumer parses; the consumer gives the loop a few turns
        # before parsing, so they are on the wire before it. The fetches are tasks this iterator
        # owns: ``finally`` cancels and awaits whatever is still pending, also when the consumer
        # stops early (structured task groups cannot stay open across a generator's ``yield``).
        ahead: deque[tuple[int, asyncio.Future[Any]]] = deque()
        in_flight = 0
        closing = False

        def arrived(future: asyncio.Future[Any]) -> None:
            nonlocal in_flight
            in_flight -= 1
            if not closing and not future.cancelled() and future.exception() is None:
                refill()

        def refill() -> None:
            nonlocal in_flight
            while in_flight < self.window and len(ahead) < 2 * self.window:
                offset = next(offsets, None)
                if offset is None:
                    return
                pending = asyncio.ensure_future(self._fetch(offset, size))
                in_flight += 1
                pending.add_done_callback(arrived)
                ahead.append((offset, pending))

        try:
            refill()
            while ahead:
                offset, pending = ahead.popleft()
                data = await pending
                refill()
                for _ in range(SEND_TURNS):
                    await asyncio.sleep(0)
                page = self._parse(data)
                for item in page.items[: _room(offset, end, size)]:
                    yield item
        finally:
            closing = True
            for _, pending in ahead:
                pending.cancel()
            await asyncio.gather(*(pending for _, pending in ahead), return_exceptions=True)

    async def _sequential(self, first: OffsetPage[T], stop: int | None, size: int) -> AsyncIterator[T]:
        # no total: walk page by page until an empty page
        offset = self.start
        page = first
        while page.items:
            offset += size
            if stop is not None and offset >= stop:
                return
            page = await self.page(offset, size)
            for item in page.items[: _room(offset, stop, size)]:
                yield item


def _room(offset: int, end: int | None, size: int) -> int:
    """How many items of the page at ``offset`` belong to the iteration (no overlap, no overrun)."""
    return size if end is None else max(0, min(size, end - offset))


class CursorPaginator(Generic[T]):
    """``async for item in paginator`` over a cursor endpoint; also :meth:`page` and :meth:`collect`."""

    def __init__(self, fetch: FetchCursor[T], *, page_size: int, max_items: int | None = None) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._fetch = fetch
        self.page_size = page_size
        self.max_items = max_items

    async def page(self, cursor: str | None = None, limit: int | None = None) -> CursorPage[T]:
        """One page from ``cursor`` (None: the first page)."""
        return await self._fetch(cursor, limit or self.page_size)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterate()

    async def collect(self) -> list[T]:
        """Every item (up to ``max_items``) as a list."""
        return [item async for item in self]

    async def _iterate(self) -> AsyncIterator[T]:
        cursor: str | None = None
        seen: set[str] = set()
        count = 0
        while True:
            page = await self._fetch(cursor, self.page_size)
            for item in page.items:
                if self.max_items is not None and count >= self.max_items:
                    return
                count += 1
                yield item
            cursor = page.cursor
            if not cursor or not page.items or cursor in seen:
                return
            seen.add(cursor)
