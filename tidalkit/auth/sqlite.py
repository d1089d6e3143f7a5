"""The default token store: one SQLite file, safe across tasks and processes.

Where the file lives and how it is checked and created: `tidalkit.auth.sqlite_file` (0600 in
a 0700 directory, symlinks refused, a corrupt file reported and left untouched).

Each operation opens its own connection in a worker thread (``anyio.to_thread``), so the store works
under asyncio and trio alike and a cancelled caller never leaves a transaction half-done: the
thread finishes (commit or rollback) before the cancellation lands. Reads are plain snapshots that
never wait for a writer (``get`` records the use in memory; the next write persists it). Writes run
in ``BEGIN IMMEDIATE`` and are retried while the file is locked; ``lock_deadline`` is the wall-clock
bound of the whole operation, SQLite's own busy waits included.
"""

from __future__ import annotations

import json
import logging
import os
import random
import sqlite3
import threading
from collections.abc import AsyncGenerator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import anyio
from pydantic import SecretStr, ValidationError

from tidalkit.auth.file_lock import hold_file_lock, lock_file_for
from tidalkit.auth.repository import (
    FilterHelpers,
    StoredToken,
    TokenFilters,
    TokenKey,
    TokenStoreLockedError,
    TokenUpdate,
)
from tidalkit.auth.sqlite_file import (
    SCHEMA_VERSION,
    check_path,
    corrupt_error,
    create_database,
    default_token_db,
    permission_error,
    prepare_database,
)
from tidalkit.auth.token import Token, utc_now

__all__ = ["SCHEMA_VERSION", "SqliteTokenRepository", "default_token_db"]

logger = logging.getLogger("tidalkit.auth")

_BUSY_TIMEOUT = 2.0
_LOCK_DEADLINE = 60.0

T = TypeVar("T")
KeyTuple = tuple[str, str, str, str]

_COLUMNS = "api, client_id, flow, user, token, client_secret, created_at, updated_at, last_used_at"
_KEY = "api = ? AND client_id = ? AND flow = ? AND user = ?"
_SELECT_ONE = f"SELECT {_COLUMNS} FROM tokens WHERE {_KEY}"  # noqa: S608 (constants only)
_SELECT_ACCOUNTS = f"SELECT {_COLUMNS} FROM tokens WHERE api = ? AND client_id = ? AND flow = ?"  # noqa: S608
_DELETE_ONE = f"DELETE FROM tokens WHERE {_KEY}"  # noqa: S608 (constants only)
_TOUCH = f"UPDATE tokens SET last_used_at = ? WHERE {_KEY} AND last_used_at < ?"  # noqa: S608 (constants)

_UPSERT = (
    f"INSERT INTO tokens ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "  # noqa: S608 (constants only)
    "ON CONFLICT (api, client_id, flow, user) DO UPDATE SET token = excluded.token, "
    "client_secret = COALESCE(excluded.client_secret, tokens.client_secret), "
    "updated_at = excluded.updated_at, last_used_at = excluded.last_used_at"
)


def _ts(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _is_permission(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "unable to open" in text or "permission" in text


class SqliteTokenRepository(FilterHelpers):
    """Tokens in SQLite. ``store_client_secrets=True`` opts into storing secrets.

    ``busy_timeout`` is SQLite's own wait for a lock per attempt (seconds); attempts are retried
    with jittered backoff, and the whole operation gives up with
    `TokenStoreLockedError` after ``lock_deadline`` seconds.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        store_client_secrets: bool = False,
        busy_timeout: float = _BUSY_TIMEOUT,
        lock_deadline: float = _LOCK_DEADLINE,
    ) -> None:
        self.path = Path(path).expanduser() if path is not None else default_token_db()
        self.store_client_secrets = store_client_secrets
        self.busy_timeout = busy_timeout
        self.lock_deadline = lock_deadline
        self._ready = False
        self._init_lock: anyio.Lock | None = None
        self._refresh_locks: dict[KeyTuple, anyio.Lock] = {}
        self._touches: dict[KeyTuple, datetime] = {}  # uses not yet written (see get)
        self._touch_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SqliteTokenRepository(path={str(self.path)!r})"

    async def _ensure_ready(self) -> None:
        if self._ready:
            return
        if self._init_lock is None:
            self._init_lock = anyio.Lock()
        async with self._init_lock:
            if not self._ready:
                await self._run(lambda timeout: prepare_database(self.path, timeout))
                self._ready = True

    # ---- operations ----------------------------------------------------------------------------

    def _attempt(self, body: Callable[[sqlite3.Connection], T], *, write: bool, timeout: float) -> T:
        """One connection, one transaction (in a worker thread). SQLite errors are left to ``_run``."""
        if not check_path(self.path):
            create_database(self.path)  # removed since (a logout by hand): start an empty store again
        db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            touches = self._take_touches() if write else {}
            try:
                for key, used in touches.items():
                    db.execute(_TOUCH, (_ts(used), *key, _ts(used)))
                result = body(db)
                if db.in_transaction:
                    db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                self._restore_touches(touches)
                raise
            return result
        finally:
            db.close()

    async def _run(self, operation: Callable[[float], T]) -> T:
        """Run ``operation(busy_timeout)`` in a worker thread, retrying while the file is locked.

        Each attempt's busy timeout is cut to the time left, so ``lock_deadline`` bounds the whole.
        """
        deadline = anyio.current_time() + self.lock_deadline
        pause = 0.005
        while True:
            left = max(0.0, min(self.busy_timeout, deadline - anyio.current_time()))
            try:
                return await anyio.to_thread.run_sync(operation, left)
            except sqlite3.OperationalError as exc:
                if _is_permission(exc):
                    raise permission_error(self.path, str(exc)) from None
                if not _is_busy(exc):
                    raise corrupt_error(self.path, str(exc)) from None
                remaining = deadline - anyio.current_time()
                if remaining <= 0:
                    raise TokenStoreLockedError(
                        f"token store {self.path} stayed locked for {self.lock_deadline:g} s; "
                        "another process holds it"
                    ) from None
                logger.debug("token store busy; retrying in about %.0f ms", pause * 1000)
                await anyio.sleep(min(pause * (0.5 + random.random()), remaining))
                pause = min(pause * 2, 0.25)
            except sqlite3.DatabaseError as exc:
                raise corrupt_error(self.path, str(exc)) from None
            except PermissionError as exc:
                raise permission_error(self.path, exc.strerror) from None

    async def _transaction(self, body: Callable[[sqlite3.Connection], T], *, write: bool) -> T:
        await self._ensure_ready()
        return await self._run(lambda timeout: self._attempt(body, write=write, timeout=timeout))

    def _take_touches(self) -> dict[KeyTuple, datetime]:
        with self._touch_lock:
            touches, self._touches = self._touches, {}
        return touches

    def _restore_touches(self, touches: dict[KeyTuple, datetime]) -> None:
        with self._touch_lock:
            for key, used in touches.items():
                self._touches[key] = max(used, self._touches.get(key, used))

    def _used_at(self, stored: StoredToken) -> datetime:
        with self._touch_lock:
            pending = self._touches.get(self._key_tuple(stored.key))
        return max(stored.last_used_at, pending) if pending is not None else stored.last_used_at

    # ---- rows ----------------------------------------------------------------------------------

    def _row(self, row: Any) -> StoredToken:
        try:
            api, client_id, flow, user, token_json, secret, created, updated, used = row
            return StoredToken(
                key=TokenKey(api, client_id, flow, user),
                token=Token.model_validate(json.loads(token_json)),
                created_at=datetime.fromisoformat(created),
                updated_at=datetime.fromisoformat(updated),
                last_used_at=datetime.fromisoformat(used),
                client_secret=SecretStr(secret) if secret else None,
            )
        except (ValidationError, ValueError, TypeError) as exc:
            raise corrupt_error(self.path, f"a stored row cannot be read ({type(exc).__name__})") from None

    @staticmethod
    def _key_tuple(key: TokenKey) -> KeyTuple:
        return (key.api, key.client_id, key.flow, key.user or "")

    def _upsert(self, db: sqlite3.Connection, key: TokenKey, token: Token, client_secret: str | None) -> None:
        now = _ts(utc_now())
        secret = client_secret if self.store_client_secrets else None
        db.execute(_UPSERT, (*self._key_tuple(key), json.dumps(token.secret_fields()), secret, now, now, now))

    # ---- the protocol --------------------------------------------------------------------------

    @asynccontextmanager
    async def refresh_lock(self, key: TokenKey, *, lease: float = 30.0) -> AsyncGenerator[None, None]:
        """The right to refresh ``key``'s token across processes: a lock file beside the database.

        Tasks of this object queue on an ``anyio.Lock`` first; processes (and other objects) on an
        OS file lock that the kernel releases when its holder dies. Usable even when the database
        file itself is corrupt, so renewals from memory stay single-flight.
        """
        k = self._key_tuple(key)
        local = self._refresh_locks.get(k)
        if local is None:
            local = self._refresh_locks[k] = anyio.Lock()
        async with local:
            await anyio.to_thread.run_sync(check_path, self.path)
            what = f"{key.api}/{key.client_id}/{key.flow}/{key.user or ''}"
            async with hold_file_lock(lock_file_for(self.path, "\0".join(k)), lease=lease, what=what):
                yield

    async def get(self, key: TokenKey) -> StoredToken | None:
        """The token under ``key`` (``user=None``: the most recently used account), marked as used.

        A read: it never waits for a writer. The use is recorded in memory and written with this
        repository's next write.
        """

        def body(db: sqlite3.Connection) -> StoredToken | None:
            if key.user is not None:
                row = db.execute(_SELECT_ONE, self._key_tuple(key)).fetchone()
                return self._row(row) if row is not None else None
            rows = [self._row(r) for r in db.execute(_SELECT_ACCOUNTS, (key.api, key.client_id, key.flow))]
            return max(rows, key=self._used_at) if rows else None

        stored = await self._transaction(body, write=False)
        if stored is None:
            return None
        now = utc_now()
        with self._touch_lock:
            self._touches[self._key_tuple(stored.key)] = now
        return StoredToken(
            stored.key, stored.token, stored.created_at, stored.updated_at, now, stored.client_secret
        )

    async def save(self, key: TokenKey, token: Token, *, client_secret: str | None = None) -> None:
        """Insert or replace the token under ``key`` (atomically)."""
        await self._transaction(lambda db: self._upsert(db, key, token, client_secret), write=True)

    async def update(self, key: TokenKey, fn: TokenUpdate) -> Token | None:
        """Atomic read-modify-write of the token under ``key`` (``fn`` must not do I/O)."""

        def body(db: sqlite3.Connection) -> Token | None:
            row = db.execute(_SELECT_ONE, self._key_tuple(key)).fetchone()
            new = fn(self._row(row).token if row is not None else None)
            if new is None:
                db.execute(_DELETE_ONE, self._key_tuple(key))
            else:
                self._upsert(db, key, new, None)
            return new

        return await self._transaction(body, write=True)

    async def delete(self, key: TokenKey) -> bool:
        """Delete the token under ``key``; whether one was there."""
        return await self._transaction(
            lambda db: db.execute(_DELETE_ONE, self._key_tuple(key)).rowcount > 0, write=True
        )

    @staticmethod
    def _where(filters: TokenFilters) -> tuple[str, list[str]]:
        clauses: list[str] = []
        args: list[str] = []
        columns = {
            "api": filters.api,
            "client_id": filters.client_id,
            "flow": filters.flow,
            "user": filters.user,
        }
        for column, wanted in columns.items():
            if wanted is None:
                continue
            values = [wanted] if isinstance(wanted, str) else list(wanted)
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})" if values else "0")
            args.extend(values)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    async def _list(self, filters: TokenFilters) -> list[StoredToken]:
        where, args = self._where(filters)
        sql = f"SELECT {_COLUMNS} FROM tokens{where}"  # noqa: S608 (placeholders)
        rows = await self._transaction(lambda db: [self._row(r) for r in db.execute(sql, args)], write=False)
        return sorted(rows, key=self._used_at, reverse=True)

    async def _remove(self, filters: TokenFilters) -> int:
        where, args = self._where(filters)
        sql = f"DELETE FROM tokens{where}"  # noqa: S608 (placeholders)
        return await self._transaction(lambda db: db.execute(sql, args).rowcount, write=True)

    async def schema_version(self) -> int:
        """The ``PRAGMA user_version`` of the file."""
        return await self._transaction(
            lambda db: int(db.execute("PRAGMA user_version").fetchone()[0]), write=False
        )
