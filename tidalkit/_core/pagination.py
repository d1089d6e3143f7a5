"""One paginator for both APIs: ``await`` → the first page, ``async for`` → every item, ``.pages()``.

Three ways of walking a list sit behind it:

- `CursorPages`: each page names the next one (v2 JSON:API ``links.next`` / ``page[cursor]``,
  the private API's ``cursor``); pages are fetched one after another.
- `OffsetPages`: limit/offset lists whose first page says how many items there are. The
  remaining pages are fetched concurrently, ``window`` requests at a time (the client's limiter still
  caps requests overall), and at most ``STEP_WINDOWS * window`` pages ahead of the caller, so memory
  stays flat however long the list is. Pages wait as bytes until the caller reaches them.
- `OnePage`: a list served whole in one answer.

Under asyncio, an offset walk keeps its requests on the wire while the caller reads earlier pages
(`tidalkit._core.prefetch`): its tasks belong to the iterator, and leaving the ``async for`` early
(``break``, an exception, ``aclose()``, dropping the iterator) cancels them. Under other event loops
(trio) concurrency is structured: a step's fetches run in a task group entered and left inside one
``__anext__`` call, so nothing runs between two items the caller takes and no cancel scope stays
open across a ``yield``; while its requests are on the wire, the first ``window // 2`` pages of a
step are parsed as they arrive.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from tidalkit._core.prefetch import drop, spawn
from tidalkit._loop import running_asyncio_loop

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "EMPTY_PAGES_END",
    "MAX_CURSOR",
    "CursorPages",
    "OnePage",
    "PageSource",
    "Paginator",
    "unwrap_group",
]

P = TypeVar("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P_co = TypeVar("P_co", covariant=True)

EMPTY_PAGES_END = 16
"""Empty pages in a row that end a walk, whatever its total or cursors say: TIDAL leaves unavailable
items out of a page, so a page may come short or even empty, but not this many in a row. A wrong
or hostile server cannot keep a walk asking for empty pages without end."""


MAX_CURSOR = 4096
"""Characters of a next-page cursor a walk follows at most (TIDAL's are a few dozen): a longer one
is refused, not sent back in a URL past what a request can carry."""


class PageWalk(Protocol[P_co, T_co]):
    """One walk over the pages of a list: each page with the items of it that belong to the walk."""

    async def next_page(self) -> tuple[P_co, Sequence[T_co]] | None: ...

    def close(self) -> None:
        """Stop the walk: cancel what it still has on the wire."""
        ...


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

    def page_items(self) -> _PageItems[T]:
        """The items of each page, page by page (``aclose()`` it, or leave it, to stop the walk)."""
        return _PageItems(self._source.walk(self.max_items))

    async def collect(self) -> list[T]:
        """Every item (up to ``max_items``) as a list."""
        return [item async for item in self]


class _Walking:
    """An iterator over a walk: leaving it (``break``, ``aclose()``, or dropping it) closes the walk."""

    _walk: PageWalk[Any, Any]

    async def aclose(self) -> None:
        """Stop early: cancel the requests this iteration still has on the wire."""
        self._walk.close()

    def __del__(self) -> None:
        self._walk.close()


class _Pages(_Walking, Generic[P]):
    def __init__(self, walk: PageWalk[P, Any]) -> None:
        self._walk = walk

    def __aiter__(self) -> _Pages[P]:
        return self

    async def __anext__(self) -> P:
        step = await self._walk.next_page()
        if step is None:
            raise StopAsyncIteration
        return step[0]


class _PageItems(_Walking, Generic[T]):
    def __init__(self, walk: PageWalk[Any, T]) -> None:
        self._walk = walk

    def __aiter__(self) -> _PageItems[T]:
        return self

    async def __anext__(self) -> Sequence[T]:
        step = await self._walk.next_page()
        if step is None:
            raise StopAsyncIteration
        return step[1]


class _Items(_Walking, Generic[T]):
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
        """A walk from the starting cursor; no page is asked for past ``max_items``."""
        return _CursorWalk(self, max_items)


class _CursorWalk(Generic[P, T]):
    """Page after page; under asyncio the next page is fetched while the caller reads this one."""

    def __init__(self, source: CursorPages[P, T], max_items: int | None) -> None:
        self._source = source
        self._cursor = source._cursor
        self._seen: set[str] = set()
        self._done = False
        self._left = max_items
        self._next: asyncio.Task[P] | None = None
        self._empty_run = 0

    def close(self) -> None:
        self._done = True
        if self._next is not None:
            drop(self._next)
            self._next = None

    async def next_page(self) -> tuple[P, Sequence[T]] | None:
        if self._done:
            return None
        source = self._source
        ahead, self._next = self._next, None
        try:
            page = await (ahead if ahead is not None else source._fetch(self._cursor))
        except BaseException:
            self.close()
            raise
        items = source._items(page)
        cursor = source._next_cursor(page)
        if cursor and len(cursor) > MAX_CURSOR:
            self.close()
            from tidalkit._http.errors import ResponseValidationError

            raise ResponseValidationError(
                f"the next page's cursor is {len(cursor):,} characters: refused (at most {MAX_CURSOR:,})",
                path="cursor",
            )
        if self._left is not None:
            self._left -= len(items)
        self._empty_run = 0 if items else self._empty_run + 1
        if (
            not cursor
            or cursor in self._seen
            or (source._stop_when_empty and not items)
            or (self._left is not None and self._left <= 0)
            or self._empty_run >= EMPTY_PAGES_END
        ):
            self._done = True
        else:
            self._seen.add(cursor)
            self._cursor = cursor
            loop = running_asyncio_loop()
            if loop is not None:
                self._next = spawn(loop, source._fetch, cursor)
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

    def close(self) -> None:
        self._fetch = None

    async def next_page(self) -> tuple[list[T], Sequence[T]] | None:
        if self._fetch is None:
            return None
        items = await self._fetch()
        self._fetch = None
        return items, items
