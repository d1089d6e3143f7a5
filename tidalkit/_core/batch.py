"""Batch reads for both APIs (many ids → concurrent requests → one `BatchResult`) and chunked writes.

A batch read never fails for an id that does not exist: the id is reported in ``.missing``. Any
other error (auth, rate limit, server) fails the whole batch with that typed error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import anyio

from tidalkit._core.pagination import unwrap_group
from tidalkit._http.errors import NotFoundError

__all__ = ["BatchResult", "chunked", "fetch_batched", "fetch_each", "write_chunks"]

R = TypeVar("R")
T = TypeVar("T")
D = TypeVar("D")


@dataclass(slots=True)
class BatchResult(Generic[R]):
    """What a batch read found: ``items`` in input order, ``missing`` ids in input order.

    Iterating and ``len`` cover the found items; ``result[id]`` is the item found for ``id``.
    """

    items: list[R] = field(default_factory=list[R])
    missing: list[str] = field(default_factory=list[str])
    by_key: dict[str, R] = field(default_factory=dict[str, R])

    def __iter__(self) -> Iterator[R]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, key: str | int) -> R:
        """The item found for ``key``; KeyError names missing keys."""
        return self.by_key[str(key)]


def chunked(values: Sequence[T], size: int) -> list[list[T]]:
    """``values`` split into lists of at most ``size``."""
    if size < 1:
        raise ValueError(f"chunk size must be >= 1, got {size}")
    return [list(values[i : i + size]) for i in range(0, len(values), size)]


async def fetch_batched(
    keys: Iterable[str | int],
    fetch: Callable[[list[str]], Awaitable[Iterable[tuple[str, R]]]],
    *,
    chunk_size: int,
    concurrency: int,
    normalize: Callable[[str], str] = str,
) -> BatchResult[R]:
    """Fetch ``keys`` in chunks of ``chunk_size``, ``concurrency`` chunks at a time, in one task group.

    ``fetch(chunk)`` answers ``(key, item)`` pairs for the keys it found. Duplicate keys are fetched
    once; keys no pair answered are reported as missing. One failed chunk cancels the rest and its
    typed error is raised (not a group).
    """
    seen: dict[str, None] = {}
    for key in keys:
        seen.setdefault(normalize(str(key)), None)
    wanted = list(seen)
    found: dict[str, R] = {}
    chunks = iter(chunked(wanted, chunk_size))

    async def worker() -> None:
        for chunk in chunks:
            for key, item in await fetch(chunk):
                found.setdefault(normalize(key), item)

    try:
        async with anyio.create_task_group() as group:
            for _ in range(max(1, min(concurrency, -(-len(wanted) // chunk_size)))):
                group.start_soon(worker)
    except BaseExceptionGroup as failures:
        raise unwrap_group(failures) from None
    result: BatchResult[R] = BatchResult()
    for key in wanted:
        item = found.get(key)
        if item is None:
            result.missing.append(key)
        else:
            result.items.append(item)
            result.by_key[key] = item
    return result


async def fetch_each(
    ids: Iterable[str | int], get: Callable[[str], Awaitable[R]], *, concurrency: int
) -> BatchResult[R]:
    """``get`` every id (``concurrency`` at a time), in input order; ids answering 404 go to ``.missing``."""

    async def fetch(chunk: list[str]) -> list[tuple[str, R]]:
        try:
            return [(chunk[0], await get(chunk[0]))]
        except NotFoundError:
            return []

    return await fetch_batched(ids, fetch, chunk_size=1, concurrency=concurrency)


async def write_chunks(items: Sequence[T], size: int, write: Callable[[list[T]], Awaitable[D]]) -> list[D]:
    """Run ``write`` on consecutive chunks of ``items``, one after another (order matters for writes)."""
    return [await write(chunk) for chunk in chunked(items, size)]
