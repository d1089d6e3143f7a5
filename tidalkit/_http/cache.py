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
    """An immutable copy of a successful response (bytes are immutable, headers a tuple)."""

    status_code: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    expires_at: float


class ResponseCache:
    """TTL + LRU cache. ``max_entries`` bounds memory; the least recently used entry goes first."""

    def __init__(self, max_entries: int = 2048, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[CacheKey, CachedResponse] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: CacheKey) -> CachedResponse | None:
        """The live entry for ``key``, or None (expired entries are dropped)."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires_at <= self._clock():
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return entry

    def put(
        self,
        key: CacheKey,
        *,
        status_code: int,
        headers: tuple[tuple[str, str], ...],
        content: bytes,
        ttl: float,
    ) -> None:
        """Store a response for ``ttl`` seconds."""
        self._entries[key] = CachedResponse(status_code, headers, content, self._clock() + ttl)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self, operation: str | None = None, *, identity: str | None = None) -> int:
        """Drop entries (all, or those of ``operation`` and/or ``identity``); returns how many.

        ``operation`` matches exactly or as a dotted prefix: ``"tracks"`` clears ``"tracks.get"``.
        """
        if operation is None and identity is None:
            count = len(self._entries)
            self._entries.clear()
            return count
        doomed = [
            key
            for key in self._entries
            if (operation is None or key.operation == operation or key.operation.startswith(operation + "."))
            and (identity is None or key.identity == identity)
        ]
        for key in doomed:
            del self._entries[key]
        return len(doomed)
