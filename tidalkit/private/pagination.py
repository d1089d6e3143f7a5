"""The private API's paginators: limit/offset lists (v1) and cursor lists (v2 collections).

Both are the one `Paginator` (``await`` → first page, ``async for`` → items,
``.pages()``, ``.collect()``); see `tidalkit._core.pagination` for how offset pages are
fetched concurrently.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeAlias, TypeVar, cast

from tidalkit._core.offset_pages import DEFAULT_WINDOW, OffsetPages
from tidalkit._core.pagination import CursorPages, Paginator
from tidalkit.private.models.paging import CursorPage, OffsetPage

__all__ = ["DEFAULT_WINDOW", "CursorPaginator", "OffsetPaginator", "cursor_paginator", "offset_paginator"]

T = TypeVar("T")

OffsetPaginator: TypeAlias = Paginator[OffsetPage[T], T]
"""A paginator over a limit/offset list; its pages are `OffsetPage`."""
CursorPaginator: TypeAlias = Paginator[CursorPage[T], T]
"""A paginator over a cursor list; its pages are `CursorPage`."""


def _items(page: OffsetPage[T] | CursorPage[T]) -> list[T]:
    return page.items


def _already_parsed(page: Any) -> OffsetPage[Any]:
    return cast(OffsetPage[Any], page)


def offset_paginator(
    fetch: Callable[[int, int], Awaitable[Any]],
    *,
    parse: Callable[[Any], OffsetPage[T]] | None = None,
    page_size: int,
    max_items: int | None = None,
    start: int = 0,
    window: int = DEFAULT_WINDOW,
) -> OffsetPaginator[T]:
    """A paginator over ``fetch(offset, limit)``: an `OffsetPage`, or decoded JSON that ``parse``
    turns into one (then parsing runs in the task that fetched the page)."""
    as_page: Callable[[Any], OffsetPage[T]] = parse or _already_parsed
    source: OffsetPages[OffsetPage[T], T] = OffsetPages(
        fetch, as_page, page_size=page_size, start=start, window=window
    )
    return Paginator(source, max_items=max_items)


def cursor_paginator(
    fetch: Callable[[str | None, int], Awaitable[CursorPage[T]]],
    *,
    page_size: int,
    max_items: int | None = None,
) -> CursorPaginator[T]:
    """A paginator over ``fetch(cursor, limit)``, following ``cursor`` until a page has none."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")

    async def page(cursor: str | None) -> CursorPage[T]:
        return await fetch(cursor, page_size)

    source: CursorPages[CursorPage[T], T] = CursorPages(
        page, _items, lambda page: page.cursor, stop_when_empty=True
    )
    return Paginator(source, max_items=max_items)
