"""An in-memory TTL + LRU cache of response bodies, keyed per API, operation, parameters and user."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["TTL", "CacheKey", "CachedResponse", "ResponseCache"]


class TTL:
    """TTL classes in seconds for operations that opt into caching."""

    SHORT = 60.0
    """Things that change often: search results, pages, user collections."""
    MEDIUM = 600.0
    """Catalogue items: tracks, albums, artists, videos, playlists."""
    LONG = 3600.0
    """Things that rarely change: genres, artist roles, providers, country code."""


@dataclass(frozen=True, slots=True)
class CacheKey:
    """What a cached response is for. ``identity`` is the token's account, never the token."""

    api: str
    operation: str
    url: str
    identity: str


@dataclass(frozen=True, slots=True)
class CachedResponse:
    """An immutable copy of a successful response (bytes are immutable, headers a tuple of their
    names and values as sent)."""

    status_code: int
    headers: tuple[tuple[bytes, bytes], ...]
    content: bytes
    expires_at: float


class ResponseCache:
    """TTL + LRU cache bounded by ``max_entries`` and ``max_bytes`` of bodies (LRU goes first)."""

    def __init__(
        self,
        max_entries: int = 2048,
        *,
        max_bytes: int = 64 * 1024 * 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._clock = clock
        self._entries: OrderedDict[CacheKey, CachedResponse] = OrderedDict()
        self._bytes = 0

    @property
    def size_bytes(self) -> int:
        """Bytes of response bodies held now."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: CacheKey) -> CachedResponse | None:
        """The live entry for ``key``, or None (expired entries are dropped)."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires_at <= self._clock():
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return entry

    def put(
        self,
        key: CacheKey,
        *,
        status_code: int,
        headers: tuple[tuple[bytes, bytes], ...],
        content: bytes,
        ttl: float,
    ) -> None:
        """Store a response for ``ttl`` seconds (a body larger than ``max_bytes`` is not stored)."""
        if len(content) > self.max_bytes:
            return
        if key in self._entries:
            self._drop(key)
        self._entries[key] = CachedResponse(status_code, headers, content, self._clock() + ttl)
        self._bytes += len(content)
        while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
            self._drop(next(iter(self._entries)))

    def drop(self, key: CacheKey) -> None:
        """Forget the entry for ``key``, if any."""
        if key in self._entries:
            self._drop(key)

    def _drop(self, key: CacheKey) -> None:
        self._bytes -= len(self._entries.pop(key).content)

    def clear(self, operation: str | None = None, *, identity: str | None = None) -> int:
        """Drop entries (all, or those of ``operation`` and/or ``identity``); returns how many.

        ``operation`` matches exactly or as a dotted prefix: ``"tracks"`` clears ``"tracks.get"``.
        """
        if operation is None and identity is None:
            count = len(self._entries)
            self._entries.clear()
            self._bytes = 0
            return count
        doomed = [
            key
            for key in self._entries
            if (operation is None or key.operation == operation or key.operation.startswith(operation + "."))
            and (identity is None or key.identity == identity)
        ]
        for key in doomed:
            self._drop(key)
        return len(doomed)
