"""Broken token stores: garbage, truncated, empty, read-only, locked by another process, symlinked.

Each attack ends in a typed :class:`~tidalkit.auth.TokenStoreError` within its bound, the file is
never rewritten behind the user's back, a provider keeps renewing the token it has in memory, and
no secret reaches an error or any log record (root logger at DEBUG, httpx, aiohttp and asyncio included).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import anyio
import pytest

from tidalkit._http.errors import TidalError
from tidalkit.auth import (
    SqliteTokenRepository,
    Token,
    TokenKey,
    TokenProvider,
    TokenRefreshError,
    TokenStoreCorruptError,
    TokenStoreError,
    TokenStoreLockedError,
    TokenStorePermissionError,
)
from tidalkit.auth.token import utc_now
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox

from .hostile_logs import RootRecords, root_records
from .support import sandbox_login

KEY = TokenKey("private", SANDBOX_CLIENT_ID, "device", "alice")
ACCESS = "good-access-token-0123456789"
REFRESH = "good-refresh-token-0123456789"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def logs() -> Iterator[RootRecords]:
    with root_records() as records:
        yield records


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def good_store(path: Path) -> SqliteTokenRepository:
    repo = SqliteTokenRepository(path)
    await repo.save(KEY, Token.static(ACCESS, refresh_token=REFRESH, expires_in=3600))
    return repo


def corrupt(path: Path, how: str) -> None:
    if how == "garbage":
        path.write_bytes(os.urandom(8192))
    elif how == "truncated":
        with path.open("r+b") as f:
            f.truncate(1500)  # the header survives, the pages do not
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "bad-row":
        with contextlib.closing(sqlite3.connect(path)) as db:
            db.execute("UPDATE tokens SET token = '{not json'")
            db.commit()


@pytest.mark.parametrize("how", ["garbage", "truncated", "empty", "bad-row"])
async def test_a_corrupt_store_is_a_typed_error_and_is_left_untouched(
    tmp_path: Path, how: str, logs: RootRecords
) -> None:
    path = tmp_path / "tokens.db"
    await good_store(path)
    corrupt(path, how)
    before = digest(path)
    repo = SqliteTokenRepository(path)
    errors: list[BaseException] = []
    operations = [repo.get(KEY), repo.list()]
    if how != "bad-row":  # (a valid save may replace one unreadable row: the file itself is sound)
        operations.append(repo.save(KEY, Token.static("other-access-0123456")))
    with anyio.fail_after(10):
        for operation in operations:
            with pytest.raises(TokenStoreCorruptError) as caught:
                await operation
            errors.append(caught.value)
    assert "left untouched" in str(errors[0])
    assert digest(path) == before  # nothing was written over the user's file
    assert logs.leaks([ACCESS, REFRESH], errors) == []


async def logged_in_provider(
    sandbox: Sandbox, repo: SqliteTokenRepository, now: list[datetime]
) -> TokenProvider:
    provider = TokenProvider(sandbox_login(sandbox, now), repository=repo, user="alice", now=lambda: now[0])
    await provider.get_token()
    return provider


@pytest.mark.parametrize("how", ["garbage", "empty"])
async def test_a_store_corrupted_under_a_running_provider_does_not_block_renewals(
    tmp_path: Path, how: str, logs: RootRecords
) -> None:
    sandbox = Sandbox()
    path = tmp_path / "tokens.db"
    now = [utc_now()]
    provider = await logged_in_provider(sandbox, SqliteTokenRepository(path), now)
    corrupt(path, how)
    before = digest(path)
    seen: set[str] = set()
    for _ in range(3):  # three expiries: each renewed with the refresh token held in memory
        now[0] += timedelta(hours=2)
        with anyio.fail_after(10):
            token = await provider.get_token()
        seen.add(token.fingerprint)
    assert len(seen) == 3
    assert provider.refresh_count == 4  # the login, then one renewal per expiry
    assert digest(path) == before
    warnings = logs.warnings()
    assert 1 <= len(warnings) <= 2  # said once (reading, then writing), not once per renewal
    assert "move it aside" in warnings[0].getMessage()
    secrets = [s for s in sandbox_secrets(provider) if s]
    assert logs.leaks(secrets) == []


def sandbox_secrets(provider: TokenProvider) -> list[str]:
    token = provider.token
    assert token is not None
    refresh = token.refresh_token.get_secret_value() if token.refresh_token else ""
    return [token.access_token.get_secret_value(), refresh]


async def test_a_symlinked_store_file_is_refused_and_its_target_untouched(
    tmp_path: Path, logs: RootRecords
) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("a user's file")
    os.chmod(target, 0o644)
    link = tmp_path / "tokens.db"
    link.symlink_to(target)
    with pytest.raises(TokenStorePermissionError, match="symbolic link") as caught:
        await SqliteTokenRepository(link).save(KEY, Token.static(ACCESS))
    assert target.read_text() == "a user's file"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not chmod-ed to 0600
    assert logs.leaks([ACCESS], [caught.value]) == []


async def test_a_dangling_symlink_does_not_create_a_store_elsewhere(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere" / "tokens.db"
    elsewhere.parent.mkdir()
    link = tmp_path / "tokens.db"
    link.symlink_to(elsewhere)
    with pytest.raises(TokenStorePermissionError):
        await SqliteTokenRepository(link).get(KEY)
    assert not elsewhere.exists()


async def test_a_symlinked_store_directory_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "tidalkit").symlink_to(real)
    with pytest.raises(TokenStorePermissionError, match="directory"):
        await SqliteTokenRepository(tmp_path / "tidalkit" / "tokens.db").save(KEY, Token.static(ACCESS))
    assert list(real.iterdir()) == []


@pytest.mark.skipif(IS_ROOT, reason="root ignores file modes; the translation is covered below")
@pytest.mark.parametrize("target", ["file", "directory"])
async def test_a_read_only_store_is_a_typed_permission_error(tmp_path: Path, target: str) -> None:
    path = tmp_path / "store" / "tokens.db"
    await good_store(path)
    os.chmod(path if target == "file" else path.parent, 0o400 if target == "file" else 0o500)
    try:
        with pytest.raises(TokenStoreError):
            await SqliteTokenRepository(path).save(KEY, Token.static("other-access-0123456"))
    finally:
        os.chmod(path.parent, 0o700)
        os.chmod(path, 0o600)
    stored = await SqliteTokenRepository(path).get(KEY)
    assert stored is not None
    assert stored.token.access_token.get_secret_value() == ACCESS  # the last good token is still there


async def test_a_permission_refusal_from_the_os_becomes_a_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tokens.db"
    await good_store(path)
    real_open = os.open

    def refusing_open(file: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(TokenStorePermissionError, match="mode and owner") as caught:
        await SqliteTokenRepository(path).get(KEY)
    assert isinstance(caught.value, TidalError)
    assert caught.value.__cause__ is None
    assert not isinstance(caught.value.__context__, PermissionError) or caught.value.__suppress_context__


HOLDER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
"""


@contextlib.contextmanager
def locked_by_another_process(path: Path) -> Iterator[None]:
    holder = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(10)


async def test_reads_do_not_wait_for_a_writer_in_another_process(tmp_path: Path) -> None:
    path = tmp_path / "tokens.db"
    await good_store(path)
    repo = SqliteTokenRepository(path, lock_deadline=60)
    with locked_by_another_process(path), anyio.fail_after(20):  # far below the 60 s a write would wait
        stored = await repo.get(KEY)
        listed = await repo.list()
        fresh = await SqliteTokenRepository(path).get(KEY.with_user(None))
    assert stored is not None
    assert stored.token.access_token.get_secret_value() == ACCESS
    assert [s.key for s in listed] == [KEY]
    assert fresh is not None


async def test_lock_deadline_bounds_the_whole_wait_including_sqlites_own_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "tokens.db"
    await good_store(path)
    repo = SqliteTokenRepository(path, busy_timeout=5.0, lock_deadline=1.0)
    with locked_by_another_process(path):
        started = time.monotonic()
        with pytest.raises(TokenStoreLockedError, match="1 s"):
            await repo.save(KEY, Token.static("other-access-0123456"))
        elapsed = time.monotonic() - started
    # one busy wait alone would be 5 s; the deadline cut it (slack for a loaded machine)
    assert elapsed < 4.0, elapsed
    print(f"\nlock_deadline=1 s with busy_timeout=5 s: raised after {elapsed:.2f} s")
    stored = await repo.get(KEY)
    assert stored is not None
    assert stored.token.access_token.get_secret_value() == ACCESS


async def test_a_refresh_lock_held_by_another_process_past_the_lease_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "tokens.db"
    holder_repo = await good_store(path)
    other = SqliteTokenRepository(path)
    async with holder_repo.refresh_lock(KEY):  # a separate open file: excludes like another process
        started = time.monotonic()
        with pytest.raises(TokenStoreLockedError, match="refresh lock"):
            async with other.refresh_lock(KEY, lease=0.3):
                pass
        assert time.monotonic() - started < 3.0
    async with other.refresh_lock(KEY, lease=0.3):  # released with its holder
        pass


def test_the_store_works_under_trio(tmp_path: Path) -> None:
    pytest.importorskip("trio", reason="trio is not installed; the store's thread path is backend-free")

    async def main() -> str:
        repo = SqliteTokenRepository(tmp_path / "tokens.db")
        await repo.save(KEY, Token.static(ACCESS, refresh_token=REFRESH))
        async with repo.refresh_lock(KEY):
            stored = await repo.get(KEY)
        assert stored is not None
        return stored.token.access_token.get_secret_value()

    assert anyio.run(main, backend="trio") == ACCESS


class HeldElsewhere(SqliteTokenRepository):
    """A store whose refresh lock another process keeps past the lease."""

    @contextlib.asynccontextmanager
    async def refresh_lock(self, key: TokenKey, *, lease: float = 30.0) -> AsyncIterator[None]:
        raise TokenStoreLockedError("the refresh lock was held by another process for over 30 s")
        yield


async def test_a_refresh_lock_held_past_its_lease_is_not_bypassed(tmp_path: Path, logs: RootRecords) -> None:
    sandbox = Sandbox()
    now = [utc_now()]
    provider = await logged_in_provider(sandbox, SqliteTokenRepository(tmp_path / "tokens.db"), now)
    provider.repository = HeldElsewhere(tmp_path / "tokens.db")
    sandbox.stats.reset()
    now[0] += timedelta(hours=2)
    with pytest.raises(TokenRefreshError, match="another process") as caught:
        await provider.get_token()
    assert isinstance(caught.value.__cause__, TokenStoreLockedError)
    assert sandbox.stats.requests["auth.token"] == 0  # no renewal beside the holder: no refresh-token reuse
    assert logs.leaks(sandbox_secrets(provider), [caught.value]) == []


@pytest.mark.parametrize("how", ["garbage", "symlink"])
def test_the_command_line_reports_a_broken_store_in_one_line(tmp_path: Path, how: str) -> None:
    path = tmp_path / "tokens.db"
    if how == "garbage":
        path.write_bytes(os.urandom(4096))
    else:
        (tmp_path / "elsewhere.db").write_bytes(b"")
        path.symlink_to(tmp_path / "elsewhere.db")
    env = {**os.environ, "TIDALKIT_TOKEN_DB": str(path)}
    done = subprocess.run(
        [sys.executable, "-m", "tidalkit.cli", "accounts"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr  # no traceback
    assert "TokenStore" in lines[0]
