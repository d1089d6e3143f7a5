"""Where tokens live between runs: the ``TokenRepository`` protocol, its errors, and an in-memory one.

A token is stored under a `TokenKey` (api, client id, flow, user identifier). Looking up
with ``user=None`` picks the most recently used account for (api, client id, flow). Client
secrets are stored only when the caller opts in. ``refresh_lock(key)`` is the single-flight
right to renew one key's token, held across every process (and host) sharing the store.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Iterable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

import anyio
from pydantic import SecretStr

from tidalkit.auth.errors import TokenStoreError
from tidalkit.auth.token import Token, utc_now

__all__ = [
    "MemoryTokenRepository",
    "StoredToken",
    "TokenKey",
    "TokenRepository",
    "TokenStoreCorruptError",
    "TokenStoreError",
    "TokenStoreLockedError",
    "TokenStorePermissionError",
    "TokenUpdate",
]


class TokenStoreCorruptError(TokenStoreError):
    """The store is not a token database (garbage, truncated, 0 bytes, or unreadable rows).

    The file is left as it is for the user to inspect; nothing is written to it.
    """


class TokenStoreLockedError(TokenStoreError):
    """Another process held the store (or a refresh lock) past the configured deadline."""


class TokenStorePermissionError(TokenStoreError):
    """The store cannot be read or written (file or directory mode, or a symlink in its path)."""


TokenUpdate = Callable[[Token | None], Token | None]


@dataclass(frozen=True, slots=True)
class TokenKey:
    """Which token: ``api`` ("v2"/"private"/custom), ``client_id``, ``flow`` and ``user`` identifier.

    ``user=None`` in a lookup means "the most recently used account"; stored keys always have a
    user identifier ("" for app tokens such as client credentials).
    """

    api: str
    client_id: str
    flow: str
    user: str | None = None

    def with_user(self, user: str | None) -> TokenKey:
        return replace(self, user=user)


@dataclass(frozen=True, slots=True)
class StoredToken:
    """A stored token and its bookkeeping (``client_secret`` only when the caller opted in)."""

    key: TokenKey
    token: Token
    created_at: datetime
    updated_at: datetime
    last_used_at: datetime
    client_secret: SecretStr | None = field(default=None, repr=False)


Filter = str | Iterable[str] | None
"""One filter of ``list``/``remove``: a value, several values, or None for any."""


def _matches(value: str, wanted: Filter) -> bool:
    if wanted is None:
        return True
    if isinstance(wanted, str):
        return value == wanted
    return value in set(wanted)


@dataclass(frozen=True, slots=True)
class TokenFilters:
    """The ``list``/``remove`` filters (None = any), keyed by the `TokenKey` field they test."""

    api: Filter = None
    client_id: Filter = None
    flow: Filter = None
    user: Filter = None

    def matches(self, key: TokenKey) -> bool:
        """Whether ``key`` passes every filter."""
        return (
            _matches(key.api, self.api)
            and _matches(key.client_id, self.client_id)
            and _matches(key.flow, self.flow)
            and _matches(key.user or "", self.user)
        )


@runtime_checkable
class TokenRepository(Protocol):
    """Async token storage, safe across tasks (and processes, for persistent stores).

    ``get`` marks the token as used (persistent stores may record it lazily); ``update`` is an
    atomic read-modify-write (the function gets the stored token or None and returns the new one,
    or None to delete). Failures are `TokenStoreError` subclasses.
    """

    def refresh_lock(self, key: TokenKey, *, lease: float = 30.0) -> AbstractAsyncContextManager[None]:
        """Hold the exclusive right to refresh ``key``'s token across every process (and host)
        sharing this store.

        A crashed holder's lease expires after ``lease`` seconds. Raises TokenStoreError
        subclasses on store failure.
        """
        ...

    async def get(self, key: TokenKey) -> StoredToken | None: ...

    async def save(self, key: TokenKey, token: Token, *, client_secret: str | None = None) -> None: ...

    async def update(self, key: TokenKey, fn: TokenUpdate) -> Token | None: ...

    async def delete(self, key: TokenKey) -> bool: ...

    async def list(
        self, *, apis: Filter = None, client_ids: Filter = None, flows: Filter = None, users: Filter = None
    ) -> list[StoredToken]: ...

    async def remove(
        self, *, apis: Filter = None, client_ids: Filter = None, flows: Filter = None, users: Filter = None
    ) -> int: ...


class FilterHelpers:
    """``list``/``remove`` (and their aliases ``get_tokens``/``remove_tokens``) over a store's
    ``_list``/``_remove``, which take the filters as one `TokenFilters`."""

    async def list(
        self, *, apis: Filter = None, client_ids: Filter = None, flows: Filter = None, users: Filter = None
    ) -> list[StoredToken]:
        """Stored tokens matching every given filter (all of them when none is given), most recently
        used first."""
        return await self._list(TokenFilters(apis, client_ids, flows, users))

    async def remove(
        self, *, apis: Filter = None, client_ids: Filter = None, flows: Filter = None, users: Filter = None
    ) -> int:
        """Delete stored tokens matching every given filter (all when none is given); returns how many."""
        return await self._remove(TokenFilters(apis, client_ids, flows, users))

    get_tokens = list
    remove_tokens = remove

    async def _list(self, filters: TokenFilters) -> list[StoredToken]:
        raise NotImplementedError

    async def _remove(self, filters: TokenFilters) -> int:
        raise NotImplementedError


class MemoryTokenRepository(FilterHelpers):
    """Tokens in a dict, for tests and short-lived processes. Operations never await mid-way, so
    they are atomic with respect to other tasks."""

    def __init__(self) -> None:
        self._rows: dict[TokenKey, StoredToken] = {}
        self._tick = 0
        self._refresh_locks: dict[TokenKey, anyio.Lock] = {}

    def __repr__(self) -> str:
        return f"MemoryTokenRepository({len(self._rows)} token(s))"

    @asynccontextmanager
    async def refresh_lock(self, key: TokenKey, *, lease: float = 30.0) -> AsyncGenerator[None, None]:
        """One ``anyio.Lock`` per key, shared by every provider using this repository object.

        ``lease`` is unused: a holder in this process cannot crash without the lock going with it.
        """
        key = key.with_user(key.user or "")
        lock = self._refresh_locks.get(key)
        if lock is None:
            lock = self._refresh_locks[key] = anyio.Lock()
        async with lock:
            yield

    def _now(self) -> datetime:
        # strictly increasing, so "most recently used" is well defined within one clock tick
        self._tick += 1
        return utc_now() + timedelta(microseconds=self._tick)

    def _find(self, key: TokenKey) -> TokenKey | None:
        if key.user is not None:
            return key if key in self._rows else None
        candidates = [
            k for k in self._rows if (k.api, k.client_id, k.flow) == (key.api, key.client_id, key.flow)
        ]
        if not candidates:
            return None
        return max(candidates, key=lambda k: self._rows[k].last_used_at)

    async def get(self, key: TokenKey) -> StoredToken | None:
        found = self._find(key)
        if found is None:
            return None
        row = replace(self._rows[found], last_used_at=self._now())
        self._rows[found] = row
        return row

    async def save(self, key: TokenKey, token: Token, *, client_secret: str | None = None) -> None:
        self._put(key, token, client_secret)

    def _put(self, key: TokenKey, token: Token, client_secret: str | None = None) -> None:
        key = key.with_user(key.user or "")
        now = self._now()
        old = self._rows.get(key)
        secret = SecretStr(client_secret) if client_secret else (old.client_secret if old else None)
        self._rows[key] = StoredToken(key, token, old.created_at if old else now, now, now, secret)

    async def update(self, key: TokenKey, fn: TokenUpdate) -> Token | None:
        key = key.with_user(key.user or "")
        old = self._rows.get(key)
        new = fn(old.token if old else None)
        if new is None:
            self._rows.pop(key, None)
        else:
            self._put(key, new)
        return new

    async def delete(self, key: TokenKey) -> bool:
        return self._rows.pop(key.with_user(key.user or ""), None) is not None

    async def _list(self, filters: TokenFilters) -> list[StoredToken]:
        rows = [r for k, r in self._rows.items() if filters.matches(k)]
        return sorted(rows, key=lambda r: r.last_used_at, reverse=True)

    async def _remove(self, filters: TokenFilters) -> int:
        doomed = [k for k in self._rows if filters.matches(k)]
        for k in doomed:
            del self._rows[k]
        return len(doomed)
