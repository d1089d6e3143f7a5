"""The default token store: one SQLite file, safe across tasks and processes.

File: argument, else ``TIDALKIT_TOKEN_DB``, else the user data dir (``$XDG_DATA_HOME`` or
``~/.local/share/tidalkit/tokens.db``; ``~/Library/Application Support/tidalkit`` on macOS;
``%LOCALAPPDATA%\\tidalkit`` on Windows). The directory is created 0700 and the file 0600 (set
explicitly, whatever the umask). WAL journal, a busy timeout, ``PRAGMA user_version`` schema
versions. Writes run in ``BEGIN IMMEDIATE`` transactions and are retried with backoff while the
database is locked, so callers never see a lock error. One connection per operation; no shared
cursor.
"""

from __future__ import annotations

import json
import logging
import os
import random
import sqlite3
import sys
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
import anyio
from pydantic import SecretStr

from tidalkit.auth.errors import TokenStoreError
from tidalkit.auth.repository import FilterHelpers, StoredToken, TokenKey, TokenUpdate
from tidalkit.auth.token import Token, utc_now

__all__ = ["SCHEMA_VERSION", "SqliteTokenRepository", "default_token_db"]

logger = logging.getLogger("tidalkit.auth")

SCHEMA_VERSION = 1
ENV_VAR = "TIDALKIT_TOKEN_DB"
_BUSY_TIMEOUT_MS = 2000
_LOCK_DEADLINE = 60.0

T = TypeVar("T")

_COLUMNS = "api, client_id, flow, user, token, client_secret, created_at, updated_at, last_used_at"
_KEY = "api = ? AND client_id = ? AND flow = ? AND user = ?"
_SELECT_ONE = f"SELECT {_COLUMNS} FROM tokens WHERE {_KEY}"  # noqa: S608 (constants only)
_DELETE_ONE = f"DELETE FROM tokens WHERE {_KEY}"  # noqa: S608 (constants only)
_TOUCH = f"UPDATE tokens SET last_used_at = ? WHERE {_KEY}"  # noqa: S608 (constants only)

_UPSERT = (
    f"INSERT INTO tokens ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "  # noqa: S608 (constants only)
    "ON CONFLICT (api, client_id, flow, user) DO UPDATE SET token = excluded.token, "
    "client_secret = COALESCE(excluded.client_secret, tokens.client_secret), "
    "updated_at = excluded.updated_at, last_used_at = excluded.last_used_at"
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tokens (
    api TEXT NOT NULL,
    client_id TEXT NOT NULL,
    flow TEXT NOT NULL,
    user TEXT NOT NULL,
    token TEXT NOT NULL,
    client_secret TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_used_at TEXT NOT NULL,
    PRIMARY KEY (api, client_id, flow, user)
);
CREATE INDEX IF NOT EXISTS tokens_last_used ON tokens (api, client_id, flow, last_used_at);
"""


def default_token_db() -> Path:
    """The token database path: ``TIDALKIT_TOKEN_DB``, else the platform's user data dir."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "tidalkit" / "tokens.db"


def _prepare_file(path: Path) -> None:
    """Create the directory (0700) and the file (0600) with explicit modes, whatever the umask."""
    directory = path.parent
    if not directory.exists():
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(directory, 0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _ts(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class SqliteTokenRepository(FilterHelpers):
    """Tokens in SQLite (aiosqlite). ``store_client_secrets=True`` opts into storing secrets.

    ``busy_timeout`` is SQLite's own wait for a lock (seconds); past it, operations are retried
    with jittered backoff for up to ``lock_deadline`` seconds before :class:`TokenStoreError`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        store_client_secrets: bool = False,
        busy_timeout: float = _BUSY_TIMEOUT_MS / 1000,
        lock_deadline: float = _LOCK_DEADLINE,
    ) -> None:
        self.path = Path(path).expanduser() if path is not None else default_token_db()
        self.store_client_secrets = store_client_secrets
        self.busy_timeout = busy_timeout
        self.lock_deadline = lock_deadline
        self._ready = False
        self._init_lock: anyio.Lock | None = None

    def __repr__(self) -> str:
        return f"SqliteTokenRepository(path={str(self.path)!r})"

    # ---- connections ---------------------------------------------------------------------------

    async def _ensure_ready(self) -> None:
        if self._ready:
            return
        if self._init_lock is None:
            self._init_lock = anyio.Lock()
        async with self._init_lock:
            if self._ready:
                return
            await anyio.to_thread.run_sync(_prepare_file, self.path)
            await self._retrying(self._migrate)
            self._ready = True

    async def _migrate(self) -> None:
        async with self._connect() as db:
            await db.execute("PRAGMA journal_mode=WAL")
            await db.execute("BEGIN IMMEDIATE")
            async with db.execute("PRAGMA user_version") as cursor:
                row = await cursor.fetchone()
            version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                await db.rollback()
                raise TokenStoreError(
                    f"{self.path} has token schema v{version}, newer than this tidalkit's "
                    f"(v{SCHEMA_VERSION}); upgrade tidalkit"
                )
            if version < SCHEMA_VERSION:
                for statement in filter(None, (s.strip() for s in _SCHEMA.split(";"))):
                    await db.execute(statement)
                await db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            await db.commit()

    @asynccontextmanager
    async def _connect(self) -> AsyncGenerator[aiosqlite.Connection, None]:
        async with aiosqlite.connect(self.path, isolation_level=None, timeout=self.busy_timeout) as db:
            await db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            await db.execute("PRAGMA synchronous = NORMAL")
            yield db

    async def _retrying(self, operation: Callable[[], Awaitable[T]]) -> T:
        """Run ``operation``, retrying with jittered backoff while the database is locked."""
        delay = 0.005
        waited = 0.0
        while True:
            try:
                return await operation()
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise TokenStoreError(f"token store {self.path} failed: {exc}") from exc
                if waited >= self.lock_deadline:
                    raise TokenStoreError(
                        f"token store {self.path} stayed locked for {waited:.0f} s; another process holds it"
                    ) from exc
                logger.debug("token store busy; retrying in about %.0f ms", delay * 1000)
                pause = delay * (0.5 + random.random())
                await anyio.sleep(pause)
                waited += pause
                delay = min(delay * 2, 0.25)

    async def _write(self, body: Callable[[aiosqlite.Connection], Awaitable[T]]) -> T:
        """Run ``body`` in a ``BEGIN IMMEDIATE`` transaction (committed, or rolled back on error)."""
        await self._ensure_ready()

        async def attempt() -> T:
            async with self._connect() as db:
                await db.execute("BEGIN IMMEDIATE")
                try:
                    result = await body(db)
                except BaseException:
                    await db.rollback()
                    raise
                await db.commit()
                return result

        return await self._retrying(attempt)

    async def _read(self, body: Callable[[aiosqlite.Connection], Awaitable[T]]) -> T:
        await self._ensure_ready()

        async def attempt() -> T:
            async with self._connect() as db:
                return await body(db)

        return await self._retrying(attempt)

    # ---- rows ----------------------------------------------------------------------------------

    @staticmethod
    def _row(row: Any) -> StoredToken:
        api, client_id, flow, user, token_json, secret, created, updated, used = row
        return StoredToken(
            key=TokenKey(api, client_id, flow, user),
            token=Token.model_validate(json.loads(token_json)),
            created_at=datetime.fromisoformat(created),
            updated_at=datetime.fromisoformat(updated),
            last_used_at=datetime.fromisoformat(used),
            client_secret=SecretStr(secret) if secret else None,
        )

    @staticmethod
    def _key_tuple(key: TokenKey) -> tuple[str, str, str, str]:
        return (key.api, key.client_id, key.flow, key.user or "")

    async def _upsert(
        self, db: aiosqlite.Connection, key: TokenKey, token: Token, client_secret: str | None
    ) -> None:
        now = _ts(utc_now())
        secret = client_secret if self.store_client_secrets else None
        await db.execute(
            _UPSERT,
            (*self._key_tuple(key), json.dumps(token.secret_fields()), secret, now, now, now),
        )

    # ---- the protocol --------------------------------------------------------------------------

    async def get(self, key: TokenKey) -> StoredToken | None:
        """The token under ``key`` (``user=None``: the most recently used account), marked as used."""

        async def body(db: aiosqlite.Connection) -> StoredToken | None:
            if key.user is None:
                sql = (
                    f"SELECT {_COLUMNS} FROM tokens WHERE api = ? AND client_id = ? AND flow = ? "  # noqa: S608
                    "ORDER BY last_used_at DESC LIMIT 1"
                )
                args: tuple[str, ...] = (key.api, key.client_id, key.flow)
            else:
                sql = f"SELECT {_COLUMNS} FROM tokens WHERE {_KEY}"  # noqa: S608 (constants)
                args = self._key_tuple(key)
            async with db.execute(sql, args) as cursor:
                row = await cursor.fetchone()
            if row is None:
                return None
            stored = self._row(row)
            now = utc_now()
            await db.execute(
                _TOUCH,
                (_ts(now), *self._key_tuple(stored.key)),
            )
            return StoredToken(
                stored.key, stored.token, stored.created_at, stored.updated_at, now, stored.client_secret
            )

        return await self._write(body)

    async def save(self, key: TokenKey, token: Token, *, client_secret: str | None = None) -> None:
        """Insert or replace the token under ``key`` (atomically)."""

        async def body(db: aiosqlite.Connection) -> None:
            await self._upsert(db, key, token, client_secret)

        await self._write(body)

    async def update(self, key: TokenKey, fn: TokenUpdate) -> Token | None:
        """Atomic read-modify-write of the token under ``key`` (``fn`` must not do I/O)."""

        async def body(db: aiosqlite.Connection) -> Token | None:
            async with db.execute(
                _SELECT_ONE,
                self._key_tuple(key),
            ) as cursor:
                row = await cursor.fetchone()
            new = fn(self._row(row).token if row is not None else None)
            if new is None:
                await db.execute(
                    _DELETE_ONE,
                    self._key_tuple(key),
                )
            else:
                await self._upsert(db, key, new, None)
            return new

        return await self._write(body)

    async def delete(self, key: TokenKey) -> bool:
        """Delete the token under ``key``; whether one was there."""

        async def body(db: aiosqlite.Connection) -> bool:
            cursor = await db.execute(
                _DELETE_ONE,
                self._key_tuple(key),
            )
            return cursor.rowcount > 0

        return await self._write(body)

    @staticmethod
    def _where(**filters: str | Iterable[str] | None) -> tuple[str, list[str]]:
        clauses: list[str] = []
        args: list[str] = []
        for column, wanted in filters.items():
            if wanted is None:
                continue
            values = [wanted] if isinstance(wanted, str) else list(wanted)
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})" if values else "0")
            args.extend(values)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    async def list(
        self,
        *,
        apis: str | Iterable[str] | None = None,
        client_ids: str | Iterable[str] | None = None,
        flows: str | Iterable[str] | None = None,
        users: str | Iterable[str] | None = None,
    ) -> list[StoredToken]:
        """Stored tokens matching every given filter, most recently used first."""
        where, args = self._where(api=apis, client_id=client_ids, flow=flows, user=users)

        async def body(db: aiosqlite.Connection) -> list[StoredToken]:
            async with db.execute(
                f"SELECT {_COLUMNS} FROM tokens{where} ORDER BY last_used_at DESC",  # noqa: S608 (placeholders)
                args,
            ) as cursor:
                rows = await cursor.fetchall()
            return [self._row(r) for r in rows]

        return await self._read(body)

    async def remove(
        self,
        *,
        apis: str | Iterable[str] | None = None,
        client_ids: str | Iterable[str] | None = None,
        flows: str | Iterable[str] | None = None,
        users: str | Iterable[str] | None = None,
    ) -> int:
        """Delete stored tokens matching every given filter (all when none is given)."""
        where, args = self._where(api=apis, client_id=client_ids, flow=flows, user=users)

        async def body(db: aiosqlite.Connection) -> int:
            cursor = await db.execute(f"DELETE FROM tokens{where}", args)  # noqa: S608 (placeholders)
            return cursor.rowcount

        return await self._write(body)

    async def schema_version(self) -> int:
        """The ``PRAGMA user_version`` of the file."""

        async def body(db: aiosqlite.Connection) -> int:
            async with db.execute("PRAGMA user_version") as cursor:
                row = await cursor.fetchone()
            return int(row[0]) if row else 0

        return await self._read(body)
