"""A token store in Redis, shared by every process and host that uses it (``tidalkit[redis]``).

Same behaviour as `SqliteTokenRepository`: many accounts per (api, client id,
flow), ``user=None`` lookups pick the most recently used one, client secrets only on opt-in, and
``update`` is an atomic read-modify-write (``WATCH``/``MULTI``, retried when another writer got
there first). Layout under ``prefix`` (default ``tidalkit``)::

    {prefix}:token:{api}:{client id}:{flow}:{user}   hash: token JSON, bookkeeping, client secret
    {prefix}:recent:{api}:{client id}:{flow}         sorted set: token keys by last use
    {prefix}:tokens                                  set: every token key (for list/remove)
    {prefix}:refresh-lock:{api}:{client id}:{flow}:{user}   the refresh lease (see refresh_lock)

Key parts are percent-encoded, so a ``:`` in a client id cannot collide with another key.
"""

from __future__ import annotations

import json
import logging
import random
import secrets
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import quote

import anyio
from pydantic import SecretStr

from tidalkit._http import redis_conn
from tidalkit.auth.errors import TokenStoreError
from tidalkit.auth.repository import (
    FilterHelpers,
    StoredToken,
    TokenFilters,
    TokenKey,
    TokenStoreCorruptError,
    TokenStoreLockedError,
    TokenUpdate,
)
from tidalkit.auth.token import Token, utc_now

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisTokenRepository"]

logger = logging.getLogger("tidalkit.auth")

T = TypeVar("T")

# the most recently used existing token of a sorted set (dropping keys whose hash is gone), or
# the given key; marked as used now. KEYS: token key ("" for "most recent"), recent set.
# ARGV: now (ISO), now (epoch seconds).
_GET = """
local key = KEYS[1]
if key == '' then
  for _, candidate in ipairs(redis.call('ZREVRANGE', KEYS[2], 0, -1)) do
    if redis.call('EXISTS', candidate) == 1 then key = candidate break end
    redis.call('ZREM', KEYS[2], candidate)
  end
  if key == '' then return false end
elseif redis.call('EXISTS', key) == 0 then
  return false
end
redis.call('HSET', key, 'last_used_at', ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[2], key)
return redis.call('HGETALL', key)
"""

# delete the lock only while it is still ours (a lease that expired may belong to someone else)
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

_UPDATE_ATTEMPTS = 100


def _ts(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _part(value: str) -> str:
    return quote(value, safe="")


class RedisTokenRepository(FilterHelpers):
    """Tokens in Redis at ``url`` (else ``TIDALKIT_REDIS_URL``), or through an existing ``client``.

    ``store_client_secrets=True`` opts into storing client secrets. ``prefix`` namespaces the keys
    (several apps can share one Redis). `refresh_lock` is the cross-host single-flight lock.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Redis | None = None,
        prefix: str = "tidalkit",
        store_client_secrets: bool = False,
    ) -> None:
        self.url = redis_conn.resolve_url(url) if client is None else None
        self.prefix = prefix
        self.store_client_secrets = store_client_secrets
        self._client = client
        self._owns_client = client is None

    def __repr__(self) -> str:
        where = redis_conn.redacted(self.url) if self.url else "client"
        return f"RedisTokenRepository({where!r}, prefix={self.prefix!r})"

    @property
    def redis(self) -> Redis:
        """The asyncio Redis client (created on first use)."""
        if self._client is None:
            assert self.url is not None
            self._client = redis_conn.connect(self.url)
        return self._client

    async def aclose(self) -> None:
        """Close the connections (unless the client was passed in)."""
        if self._client is not None and self._owns_client:
            await self._client.aclose()
            self._client = None

    # ---- keys and rows -------------------------------------------------------------------------

    @staticmethod
    def _parts(key: TokenKey) -> str:
        return ":".join(_part(p) for p in (key.api, key.client_id, key.flow, key.user or ""))

    def _token_key(self, key: TokenKey) -> str:
        return f"{self.prefix}:token:{self._parts(key)}"

    def _recent_key(self, key: TokenKey) -> str:
        return f"{self.prefix}:recent:{_part(key.api)}:{_part(key.client_id)}:{_part(key.flow)}"

    def _lock_key(self, key: TokenKey) -> str:
        return f"{self.prefix}:refresh-lock:{self._parts(key)}"

    @property
    def _all_key(self) -> str:
        return f"{self.prefix}:tokens"

    @staticmethod
    def _token(raw: str) -> Token:
        try:
            return Token.model_validate(json.loads(raw))
        except ValueError as exc:  # JSONDecodeError and pydantic's ValidationError
            raise TokenStoreCorruptError(f"a stored token is not readable ({type(exc).__name__})") from None

    @classmethod
    def _row(cls, fields: dict[str, str]) -> StoredToken:
        secret = fields.get("client_secret")
        try:
            return StoredToken(
                key=TokenKey(fields["api"], fields["client_id"], fields["flow"], fields["user"]),
                token=cls._token(fields["token"]),
                created_at=datetime.fromisoformat(fields["created_at"]),
                updated_at=datetime.fromisoformat(fields["updated_at"]),
                last_used_at=datetime.fromisoformat(fields["last_used_at"]),
                client_secret=SecretStr(secret) if secret else None,
            )
        except (KeyError, ValueError) as exc:
            raise TokenStoreCorruptError(
                f"a stored token entry is incomplete ({type(exc).__name__})"
            ) from None

    def _write(self, pipe: Any, key: TokenKey, token: Token, client_secret: str | None) -> None:
        """Queue the upsert of ``key`` on a MULTI pipeline."""
        key = key.with_user(key.user or "")
        name = self._token_key(key)
        now = utc_now()
        pipe.hsetnx(name, "created_at", _ts(now))
        fields = {
            "api": key.api,
            "client_id": key.client_id,
            "flow": key.flow,
            "user": key.user or "",
            "token": json.dumps(token.secret_fields()),
            "updated_at": _ts(now),
            "last_used_at": _ts(now),
        }
        if client_secret and self.store_client_secrets:
            fields["client_secret"] = client_secret
        pipe.hset(name, mapping=fields)
        pipe.zadd(self._recent_key(key), {name: now.timestamp()})
        pipe.sadd(self._all_key, name)

    def _unlink(self, pipe: Any, key: TokenKey) -> None:
        name = self._token_key(key)
        pipe.delete(name)
        pipe.zrem(self._recent_key(key), name)
        pipe.srem(self._all_key, name)

    async def _run(self, operation: Callable[[], Awaitable[T]]) -> T:
        """Run ``operation``; a Redis failure becomes `TokenStoreError`."""
        from redis.exceptions import RedisError

        try:
            return await operation()
        except RedisError as exc:
            raise TokenStoreError(f"token store {self!r} failed: {type(exc).__name__}: {exc}") from exc

    # ---- the protocol --------------------------------------------------------------------------

    async def get(self, key: TokenKey) -> StoredToken | None:
        """The token under ``key`` (``user=None``: the most recently used account), marked as used."""
        now = utc_now()
        name = "" if key.user is None else self._token_key(key)

        async def body() -> list[str] | None:
            script = self.redis.register_script(_GET)
            found: Any = await script(keys=[name, self._recent_key(key)], args=[_ts(now), now.timestamp()])
            return cast("list[str] | None", found)  # typed loosely by redis-py

        flat = await self._run(body)
        if not flat:
            return None
        return self._row(dict(zip(flat[::2], flat[1::2], strict=True)))

    async def save(self, key: TokenKey, token: Token, *, client_secret: str | None = None) -> None:
        """Insert or replace the token under ``key`` (one MULTI transaction)."""

        async def body() -> None:
            async with self.redis.pipeline(transaction=True) as pipe:
                self._write(pipe, key, token, client_secret)
                await pipe.execute()

        await self._run(body)

    async def update(self, key: TokenKey, fn: TokenUpdate) -> Token | None:
        """Atomic read-modify-write of the token under ``key`` (``fn`` must not do I/O).

        The key is WATCHed; if another writer changes it before EXEC, ``fn`` runs again on the
        newer token.
        """
        from redis.exceptions import WatchError

        name = self._token_key(key.with_user(key.user or ""))

        async def body() -> Token | None:
            async with self.redis.pipeline(transaction=True) as pipe:
                for _ in range(_UPDATE_ATTEMPTS):
                    try:
                        await pipe.watch(name)
                        raw = cast("str | None", await pipe.hget(name, "token"))
                        old = self._token(raw) if raw is not None else None
                        new = fn(old)
                        pipe.multi()
                        if new is None:
                            self._unlink(pipe, key)
                        else:
                            self._write(pipe, key, new, None)
                        await pipe.execute()
                        return new
                    except WatchError:
                        await anyio.sleep(random.random() * 0.01)
            raise TokenStoreError(f"token store {self!r}: {_UPDATE_ATTEMPTS} conflicting writers in a row")

        return await self._run(body)

    async def delete(self, key: TokenKey) -> bool:
        """Delete the token under ``key``; whether one was there."""

        async def body() -> bool:
            async with self.redis.pipeline(transaction=True) as pipe:
                self._unlink(pipe, key.with_user(key.user or ""))
                deleted, _, _ = await pipe.execute()
            return bool(deleted)

        return await self._run(body)

    async def _rows(self) -> list[StoredToken]:
        names = sorted(cast("set[str]", await self.redis.smembers(self._all_key)))
        async with self.redis.pipeline(transaction=False) as pipe:
            for name in names:
                pipe.hgetall(name)
            found = cast("list[dict[str, str]]", await pipe.execute())
        return [self._row(fields) for fields in found if fields]

    async def _list(self, filters: TokenFilters) -> list[StoredToken]:
        rows = await self._run(self._rows)
        kept = [r for r in rows if filters.matches(r.key)]
        return sorted(kept, key=lambda r: r.last_used_at, reverse=True)

    async def _remove(self, filters: TokenFilters) -> int:
        doomed = await self._list(filters)

        async def body() -> int:
            async with self.redis.pipeline(transaction=True) as pipe:
                for row in doomed:
                    self._unlink(pipe, row.key)
                results = cast("list[int]", await pipe.execute())
            return sum(1 for deleted in results[::3] if deleted)

        return await self._run(body) if doomed else 0

    # ---- the refresh lease ---------------------------------------------------------------------

    @asynccontextmanager
    async def refresh_lock(self, key: TokenKey, *, lease: float = 30.0) -> AsyncGenerator[None]:
        """Hold the exclusive right to refresh ``key``'s token across every process and host.

        ``SET NX PX`` with a random owner value; released by compare-and-delete, so a holder whose
        lease ran out never deletes its successor's. A crashed holder's lease expires after
        ``lease`` seconds; waiting longer than ``lease`` (live holders one after another) is
        `TokenStoreLockedError`. If Redis cannot be reached, `TokenStoreError` (the
        token provider then renews with the token it holds, without the cross-host lock).
        """
        name = self._lock_key(key.with_user(key.user or ""))
        owner = secrets.token_hex(16)
        await self._acquire(name, owner, lease)
        try:
            yield
        finally:
            with anyio.CancelScope(shield=True):
                await self._release(name, owner)

    async def _acquire(self, name: str, owner: str, lease: float) -> None:
        """Wait until the lock is ours (polling with jittered backoff up to 0.1 s), ``lease`` s at most."""

        async def attempt() -> bool:
            return bool(await self.redis.set(name, owner, nx=True, px=max(1, int(lease * 1000))))

        deadline = anyio.current_time() + lease
        pause = 0.005
        while not await self._run(attempt):
            if anyio.current_time() >= deadline:
                raise TokenStoreLockedError(f"the refresh lock in {self!r} stayed taken for {lease:g} s")
            await anyio.sleep(pause * (0.5 + random.random()))
            pause = min(pause * 2, 0.1)
            pause = min(pause * 2, 0.1)

    async def _release(self, name: str, owner: str) -> None:
        try:
            await self.redis.register_script(_RELEASE)(keys=[name], args=[owner])
        except redis_conn.failures():
            logger.debug("refresh lock: Redis failed on release; the lease expires by itself")
