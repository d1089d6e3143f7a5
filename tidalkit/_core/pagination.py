"""One paginator for both APIs: ``await`` → the first page, ``async for`` → every item, ``.pages()``.

Three ways of walking a list sit behind it:

- `CursorPages`: each page names the next one (v2 JSON:API ``links.next`` / ``page[cursor]``,
  the private API's ``cursor``); pages are fetched one after another.
- `OffsetPages`: limit/offset lists whose first page says how many items there are. The
  remaining pages are fetched concurrently, ``window`` requests at a time (the client's limiter still
  caps requests overall); a fetching task sends its next request as soon as a response is read.
  While requests are on the wire, the first ``window // 2`` pages of a step are parsed as they
  arrive; the others wait as bytes until the caller reaches them.
- `OnePage`: a list served whole in one answer.

Concurrency is structured: the fetches of a step run in a task group that is entered and left inside
one ``__anext__`` call, so nothing runs between two items the caller takes. A ``break`` in the
caller's ``async for`` leaves no task, request or connection behind, and no cancel scope open across
a ``yield``. A step fetches at most ``STEP_WINDOWS * window`` pages ahead of the caller, so memory
stays flat however long the list is. Only anyio is used: the paginator runs under asyncio and trio alike.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from itertools import islice
from typing import Any, Generic, Protocol, TypeVar

import anyio

__all__ = [
    "DEFAULT_WINDOW",
    "STEP_WINDOWS",
    "CursorPages",
    "OffsetPageLike",
    "OffsetPages",
    "OnePage",
    "PageSource",
    "Paginator",
    "unwrap_group",
]

P = TypeVar("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P_co = TypeVar("P_co", covariant=True)

DEFAULT_WINDOW = 16
"""Offset page requests in flight at most, per iterator."""
STEP_WINDOWS = 4
"""Pages one step fetches, in windows: each step boundary leaves nothing in flight while the
caller reads the step's pages, so fewer, longer steps keep more requests on the wire. Most of its
pages wait as bytes (about 130 KB per 100 playlist items), not models."""


class OffsetPageLike(Protocol[T_co]):
    """What an offset page must tell: its items, the list's total and the page size served."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def total_number_of_items(self) -> int | None: ...

    @property
    def limit(self) -> int | None: ...


class PageWalk(Protocol[P_co, T_co]):
    """One walk over the pages of a list: each page with the items of it that belong to the walk."""

    async def next_page(self) -> tuple[P_co, Sequence[T_co]] | None: ...


class PageSource(Protocol[P_co, T_co]):
    """How a paginator reaches its pages: the first one alone, or a walk over all of them."""

    async def first(self) -> P_co: ...

    def walk(self, max_items: int | None) -> PageWalk[P_co, T_co]: ...


def _leaves(group: BaseExceptionGroup[BaseException]) -> Iterator[BaseException]:
    for error in group.exceptions:
        if isinstance(error, BaseExceptionGroup):
            yield from _leaves(error)  # pyright: ignore[reportUnknownArgumentType]
        else:
            yield error


def unwrap_group(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first failure itself (a typed TidalError), not a group; the others ride along as notes."""
    leaves = list(_leaves(group))
    if not leaves or not all(isinstance(error, Exception) for error in leaves):
        return group
    first = leaves[0]
    for other in leaves[1:]:
        first.add_note(f"another request failed too: {other!r}")
    return first


class Paginator(Generic[P, T]):
    """The pages of a list endpoint.

    ``await paginator`` → the first page; ``async for item in paginator`` → every item across pages
    (at most ``max_items``); ``async for page in paginator.pages()`` → each page;
    ``await paginator.collect()`` → every item as a list.
    """

    def __init__(self, source: PageSource[P, T], *, max_items: int | None = None) -> None:
        self._source = source
        self.max_items = max_items

    def __await__(self) -> Generator[Any, None, P]:
        return self._source.first().__await__()

    def __aiter__(self) -> AsyncIterator[T]:
        return _Items(self._source.walk(self.max_items), self.max_items)

    def pages(self) -> AsyncIterator[P]:
        """Each page, in order, until the last one."""
        return _Pages(self._source.walk(self.max_items))

    async def collect(self) -> list[T]:
        """Every item (up to ``max_items``) as a list."""
        return [item async for item in self]


class _Pages(Generic[P]):
    def __init__(self, walk: PageWalk[P, Any]) -> None:
        self._walk = walk

    def __aiter__(self) -> _Pages[P]:
        return self

    async def __anext__(self) -> P:
        step = await self._walk.next_page()
        if step is None:
            raise StopAsyncIteration
        return step[0]


class _Items(Generic[T]):
    def __init__(self, walk: PageWalk[Any, T], max_items: int | None) -> None:
        self._walk = walk
        self._left = max_items
        self._items: Iterator[T] = iter(())

    def __aiter__(self) -> _Items[T]:
        return self

    async def __anext__(self) -> T:
        if self._left is not None:
            if self._left <= 0:
                raise StopAsyncIteration
            self._left -= 1
        while True:
            for item in self._items:
                return item
            step = await self._walk.next_page()
            if step is None:
                self._left = 0
                raise StopAsyncIteration
            self._items = iter(step[1])


class CursorPages(Generic[P, T]):
    """Pages that name the next one: ``fetch(cursor)`` → a page, ``next_cursor(page)`` → its follower.

    The walk stops when a page names no cursor or repeats one (and, with ``stop_when_empty``, at the
    first page without items).
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[P]],
        items: Callable[[P], Sequence[T]],
        next_cursor: Callable[[P], str | None],
        *,
        cursor: str | None = None,
        stop_when_empty: bool = False,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._next_cursor = next_cursor
        self._cursor = cursor
        self._stop_when_empty = stop_when_empty

    async def first(self) -> P:
        """The page at the starting cursor."""
        return await self._fetch(self._cursor)

    def walk(self, max_items: int | None) -> _CursorWalk[P, T]:
        """A walk from the starting cursor (``max_items`` is capped by the paginator)."""
        return _CursorWalk(self)


class _CursorWalk(Generic[P, T]):
    def __init__(self, source: CursorPages[P, T]) -> None:
        self._source = source
        self._cursor = source._cursor
        self._seen: set[str] = set()
        self._done = False

    async def next_page(self) -> tuple[P, Sequence[T]] | None:
        if self._done:
            return None
        source = self._source
        page = await source._fetch(self._cursor)
        items = source._items(page)
        cursor = source._next_cursor(page)
        if not cursor or cursor in self._seen or (source._stop_when_empty and not items):
            self._done = True
        else:
            self._seen.add(cursor)
            self._cursor = cursor
        return page, items


class OnePage(Generic[T]):
    """A list the API serves whole, in one answer: ``fetch()`` → its items (so ``list`` is a paginator
    everywhere, whether or not the endpoint pages)."""

    def __init__(self, fetch: Callable[[], Awaitable[list[T]]]) -> None:
        self._fetch = fetch

    async def first(self) -> list[T]:
        """The whole list."""
        return await self._fetch()

    def walk(self, max_items: int | None) -> _OneWalk[T]:
        """A walk over the one page."""
        return _OneWalk(self._fetch)


class _OneWalk(Generic[T]):
    def __init__(self, fetch: Callable[[], Awaitable[list[T]]]) -> None:
        self._fetch: Callable[[], Awaitable[list[T]]] | None = fetch

    async def next_page(self) -> tuple[list[T], Sequence[T]] | None:
        if self._fetch is None:
            return None
        items = await self._fetch()
        self._fetch = None
        return items, items


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

    def _items(self, offset: int, page: PageT, end: int | None) -> Sequence[T]:
        # no overlap, no overrun: a page gives at most ``size`` items and none past ``end``
        room = self._size if end is None else max(0, min(self._size, end - offset))
        items: Sequence[T] = page.items
        return items[:room]

    async def next_page(self) -> tuple[PageT, Sequence[T]] | None:
        if self._offsets is None:
            return await self._begin()
        if not self._ready:
            await self._fetch_step()
            if not self._ready:
                return None
        offset, page, body = self._ready.popleft()
        if page is None:
            page = self._source._parse(body)
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
