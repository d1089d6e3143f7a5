"""The SQLite token database as a file: where it lives, path checks, creation and schema.

File: argument, else ``TIDALKIT_TOKEN_DB``, else the user data dir (``$XDG_DATA_HOME`` or
``~/.local/share/tidalkit/tokens.db``; ``~/Library/Application Support/tidalkit`` on macOS;
``%LOCALAPPDATA%\\tidalkit`` on Windows). The directory is created 0700 and the file 0600 (set
explicitly, whatever the umask); a symlink as the file or its directory is refused. A new file is
built aside and linked into place, so a file that exists is either a token database or reported
(garbage, truncated, 0 bytes), and left untouched. These functions block: call them in a worker
thread.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys
import threading
from pathlib import Path

from tidalkit.auth.repository import TokenStoreCorruptError, TokenStoreError, TokenStorePermissionError

__all__ = [
    "ENV_VAR",
    "SCHEMA_VERSION",
    "check_path",
    "corrupt_error",
    "create_database",
    "default_token_db",
    "permission_error",
    "prepare_database",
]

SCHEMA_VERSION = 1
ENV_VAR = "TIDALKIT_TOKEN_DB"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

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


def permission_error(path: Path, detail: str | None) -> TokenStorePermissionError:
    return TokenStorePermissionError(
        f"token store {path} cannot be read and written ({detail}); check the mode and owner "
        "of the file and its directory"
    )


def corrupt_error(path: Path, detail: str) -> TokenStoreCorruptError:
    return TokenStoreCorruptError(
        f"token store {path} is not a usable token database ({detail}); it was left untouched: "
        "move it aside or delete it, then log in again"
    )


def check_path(path: Path) -> bool:
    """Refuse symlinks; create the directory (0700). Whether the database file exists."""
    directory = path.parent
    try:
        if not os.path.lexists(directory):
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(directory, 0o700)
        if stat.S_ISLNK(os.lstat(directory).st_mode):
            raise TokenStorePermissionError(
                f"token store directory {directory} is a symbolic link; tidalkit does not follow it "
                f"(set {ENV_VAR} to the real path)"
            )
        if not os.path.lexists(path):
            return False
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise TokenStorePermissionError(
                f"token store {path} is a symbolic link; tidalkit does not follow it "
                f"(set {ENV_VAR} to the real path)"
            )
    except PermissionError as exc:
        raise permission_error(path, exc.strerror) from None
    return True


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """WAL mode and the current schema; a file already there takes no lock (readers never wait)."""
    wal = str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    if wal and int(db.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION:
        return
    if not wal:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("BEGIN IMMEDIATE")
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        db.execute("ROLLBACK")
        raise TokenStoreError(
            f"{path} has token schema v{version}, newer than this tidalkit's (v{SCHEMA_VERSION}); "
            "upgrade tidalkit"
        )
    if version < SCHEMA_VERSION:
        for statement in filter(None, (s.strip() for s in _SCHEMA.split(";"))):
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute("COMMIT")


def create_database(path: Path) -> None:
    """A new database built aside and linked into place (never a half-made file at the path)."""
    staging = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
    try:
        fd = os.open(staging, os.O_RDWR | os.O_CREAT | os.O_TRUNC | _NOFOLLOW, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        os.close(fd)
        db = sqlite3.connect(staging, isolation_level=None)
        try:
            _migrate(db, staging)
        finally:
            db.close()
        with contextlib.suppress(FileExistsError):  # another process made it first: as good
            os.link(staging, path)
    except PermissionError as exc:
        raise permission_error(path, exc.strerror) from None
    except OSError as exc:
        raise TokenStoreError(f"token store {path} cannot be created ({exc.strerror})") from None
    finally:
        for suffix in ("", "-wal", "-shm"):
            leftover = staging.with_name(staging.name + suffix)
            if os.path.lexists(leftover):
                os.unlink(leftover)


def prepare_database(path: Path, timeout: float) -> None:
    """Make ``path`` a 0600 token database at the current schema, or raise a typed error."""
    if not check_path(path):
        create_database(path)
    try:
        fd = os.open(path, os.O_RDWR | _NOFOLLOW)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            size = os.fstat(fd).st_size
        finally:
            os.close(fd)
    except PermissionError as exc:
        raise permission_error(path, exc.strerror) from None
    except OSError as exc:
        raise TokenStoreError(f"token store {path} cannot be opened ({exc.strerror})") from None
    if size == 0:
        raise corrupt_error(path, "the file is empty (0 bytes)")
    db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        _migrate(db, path)
    finally:
        db.close()
