"""Cross-process refresh locks for the SQLite token store: one lock file per token key.

The lock is an OS advisory lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on a small file
in ``<database>.locks/`` (0700; files 0600, never followed through a symlink). The kernel drops a
lock when its holder exits, however it exits, so a crashed process never blocks the others; a
live holder is waited for at most ``lease`` seconds. ``flock`` locks belong to the open file, so
two repository objects in one process exclude each other as two processes do.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio

from tidalkit.auth.repository import TokenStoreError, TokenStoreLockedError, TokenStorePermissionError

__all__ = ["hold_file_lock", "lock_file_for"]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_FIRST_POLL = 0.002
_MAX_POLL = 0.05


def lock_file_for(database: Path, name: str) -> Path:
    """The lock file of ``name`` (any text, e.g. a token key) beside ``database``."""
    digest = hashlib.sha256(name.encode()).hexdigest()[:32]
    return database.with_name(database.name + ".locks") / f"{digest}.lock"


def _open(path: Path) -> int:
    directory = path.parent
    try:
        directory.mkdir(mode=0o700, exist_ok=True)
        if stat.S_ISLNK(os.lstat(directory).st_mode):
            raise TokenStorePermissionError(f"refresh lock directory {directory} is a symbolic link; refused")
        return os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o600)
    except PermissionError as exc:
        raise TokenStorePermissionError(
            f"cannot open the refresh lock {path} ({exc.strerror}); check the directory's mode and owner"
        ) from None
    except OSError as exc:
        raise TokenStoreError(f"cannot open the refresh lock {path} ({exc.strerror})") from None


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@asynccontextmanager
async def hold_file_lock(path: Path, *, lease: float, what: str) -> AsyncGenerator[None, None]:
    """Hold the exclusive lock on ``path``, polling (never blocking the event loop) up to ``lease`` s.

    Raises `TokenStoreLockedError` naming ``what`` when another holder keeps it longer.
    """
    fd = await anyio.to_thread.run_sync(_open, path)
    try:
        deadline = anyio.current_time() + lease
        pause = _FIRST_POLL
        while not _try_lock(fd):
            remaining = deadline - anyio.current_time()
            if remaining <= 0:
                raise TokenStoreLockedError(
                    f"the refresh lock of {what} was held by another process for over {lease:g} s"
                )
            await anyio.sleep(min(pause, remaining))
            pause = min(pause * 2, _MAX_POLL)
        yield
    finally:
        os.close(fd)  # releases the lock
