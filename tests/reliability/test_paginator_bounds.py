"""Bounds of the private API's offset paginator when a server reports a huge ``totalNumberOfItems``.

Its docstring promises that at most ``window`` pages are held "so memory stays flat however long the
list is". A bad or hostile count must not make it allocate before the first pages are yielded.
"""

from __future__ import annotations

import tracemalloc

from tidalkit._core.offset_pages import STEP_WINDOWS
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
