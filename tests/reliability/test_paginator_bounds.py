"""Bounds of the private API's offset paginator when a server reports a huge ``totalNumberOfItems``.

Its docstring promises that at most ``window`` pages are held "so memory stays flat however long the
list is". A bad or hostile count must not make it allocate before the first pages are yielded.
"""

from __future__ import annotations

import tracemalloc
from typing import Any

import anyio
import pytest

from tidalkit._core.offset_pages import EMPTY_ITEMS_END, STEP_WINDOWS
from tidalkit._core.pagination import EMPTY_PAGES_END, CursorPages, Paginator
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.pagination import offset_paginator


async def test_offset_paginator_memory_stays_flat_when_the_total_is_huge() -> None:
    """BUG (tidalkit/private/pagination.py, ``OffsetPaginator._iterate``): ``offsets = list(range(
    start + size, end, size))`` materialises every offset up front: 2,000,000 items at page size 1
    cost about 80 MB before the second page; a total of 10**12 raises MemoryError (or gets the
    process killed). Iterating ``range`` slices lazily keeps memory flat."""
    fetched: list[int] = []

    async def fetch(offset: int, limit: int) -> OffsetPage[int]:
        fetched.append(offset)
        items = list(range(offset, offset + limit))
        return OffsetPage[int].model_validate(
            {"limit": limit, "offset": offset, "totalNumberOfItems": 2_000_000, "items": items}
        )

    tracemalloc.start()
    try:
        seen: list[int] = []
        async for item in offset_paginator(fetch, page_size=1, window=2):
            seen.append(item)
            if len(seen) == 4:
                break
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == [0, 1, 2, 3]
    assert len(fetched) <= 4 + STEP_WINDOWS * 2  # the 4 pages read, then at most one step of pages
    assert peak < 10_000_000, f"{peak / 1e6:.0f} MB allocated to read 4 items"


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_a_total_the_pages_do_not_bear_out_ends_after_a_run_of_empty_pages() -> None:
    """A server claims 10**12 items but serves 3: the walk must not ask for empty pages forever."""
    fetched: list[int] = []

    async def fetch(offset: int, limit: int) -> OffsetPage[int]:
        fetched.append(offset)
        items = [offset] if offset < 3 else []
        return OffsetPage[int](limit=limit, offset=offset, total_number_of_items=10**12, items=items)

    with anyio.fail_after(10):
        seen = [item async for item in offset_paginator(fetch, page_size=1, window=4)]
    assert seen == [0, 1, 2]
    # the empty run (pages of 1: as many as cover EMPTY_ITEMS_END items), plus what was already on
    # the wire or fetched ahead when it ended
    assert len(fetched) <= 3 + EMPTY_ITEMS_END + STEP_WINDOWS * 4


async def test_short_and_empty_pages_short_of_the_run_do_not_end_the_walk() -> None:
    """TIDAL leaves unavailable items out: a few empty pages in the middle are not the end."""

    async def fetch(offset: int, limit: int) -> OffsetPage[int]:
        empty = 10 <= offset < 10 + EMPTY_PAGES_END - 1
        items = [] if empty else [offset]
        return OffsetPage[int](limit=limit, offset=offset, total_number_of_items=40, items=items)

    seen = [item async for item in offset_paginator(fetch, page_size=1, window=4)]
    assert seen == [n for n in range(40) if not 10 <= n < 10 + EMPTY_PAGES_END - 1]


async def test_cursors_that_never_end_on_empty_pages_end_after_a_run_of_them() -> None:
    """A server hands out a fresh cursor with every empty page: the walk must still end."""
    asked: list[str | None] = []

    async def fetch(cursor: str | None) -> dict[str, Any]:
        asked.append(cursor)
        number = int(cursor or 0)
        return {"items": [number] if number < 2 else [], "next": str(number + 1)}

    source: CursorPages[dict[str, Any], int] = CursorPages(fetch, lambda p: p["items"], lambda p: p["next"])
    with anyio.fail_after(10):
        seen = [item async for item in Paginator(source)]
    assert seen == [0, 1]
    assert len(asked) == 2 + EMPTY_PAGES_END
