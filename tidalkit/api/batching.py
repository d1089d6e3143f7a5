"""Batch reads (ids → chunked ``filter[...]`` requests run concurrently) and chunked writes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar, cast

import anyio

__all__ = ["DEFAULT_BATCH_SIZE", "BatchResult", "chunked", "fetch_batched", "write_chunks"]

DEFAULT_BATCH_SIZE = 20
"""Ids per ``filter[id]`` request (the spec sets no limit; TIDAL answers up to 20 reliably)."""

R = TypeVar("R")
T = TypeVar("T")
D = TypeVar("D")


@dataclass(slots=True)
class BatchResult(Generic[R]):
    """What a batch read found: ``items`` in input order, ``missing`` keys in input order."""

    items: list[R] = field(default_factory=list[R])
    missing: list[str] = field(default_factory=list[str])
    by_key: dict[str, R] = field(default_factory=dict[str, R])

    def __iter__(self) -> Iterator[R]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, key: str) -> R:
        """The item found for ``key``; KeyError names missing keys."""
        return self.by_key[key]


def chunked(values: Sequence[T], size: int) -> list[list[T]]:
    """``values`` split into lists of at most ``size``."""
    if size < 1:
        raise ValueError(f"chunk size must be >= 1, got {size}")
    return [list(values[i : i + size]) for i in range(0, len(values), size)]


def _unique(keys: Iterable[str], normalize: Callable[[str], str]) -> list[str]:
    seen: dict[str, None] = {}
    for key in keys:
        seen.setdefault(normalize(key), None)
    return list(seen)


async def fetch_batched(
    keys: Iterable[str],
    chunk_size: int,
    fetch: Callable[[list[str]], Awaitable[Sequence[R]]],
    key_of: Callable[[R], str | None],
    *,
    normalize: Callable[[str], str] = str,
) -> BatchResult[R]:
    """Fetch ``keys`` in chunks of ``chunk_size``, all chunks concurrently in one task group.

    The client's limiter caps how many are in flight. Duplicate keys are fetched once. Each found
    item is matched back to its key with ``key_of``; keys nothing matched are reported as missing.
    """
    wanted = _unique(keys, normalize)
    found: dict[str, R] = {}

    async def run(chunk: list[str]) -> None:
        for item in await fetch(chunk):
            key = key_of(item)
            if key is not None:
                found.setdefault(normalize(key), item)

    try:
        async with anyio.create_task_group() as group:
            for chunk in chunked(wanted, chunk_size):
                group.start_soon(run, chunk)
    except BaseExceptionGroup as failures:
        # One failed chunk cancels the rest; surface the typed error itself, not a group.
        first = _first_leaf(failures)
        raise first from (failures if len(failures.exceptions) > 1 else None)
    result: BatchResult[R] = BatchResult()
    for key in wanted:
        item = found.get(key)
        if item is None:
            result.missing.append(key)
        else:
            result.items.append(item)
            result.by_key[key] = item
    return result


def _first_leaf(group: BaseExceptionGroup[BaseException]) -> BaseException:
    first: BaseException = group.exceptions[0]
    while isinstance(first, BaseExceptionGroup):
        nested = cast(BaseExceptionGroup[BaseException], first)
        first = nested.exceptions[0]
    return first


async def write_chunks(items: Sequence[T], size: int, write: Callable[[list[T]], Awaitable[D]]) -> list[D]:
    """Run ``write`` on consecutive chunks of ``items``, one after another (order matters for writes)."""
    return [await write(chunk) for chunk in chunked(items, size)]
