"""Token repositories: SQLite file safety, concurrency across processes, lookup rules, login()."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
import time
from pathlib import Path

import anyio
import pytest

from tests.auth.fakes import CLIENT_ID
from tidalkit.auth import (
    MemoryTokenRepository,
    SqliteTokenRepository,
    StaticTokenGrant,
    Token,
    TokenKey,
    TokenRepository,
    TokenStoreError,
    default_token_db,
    login,
)
from tidalkit.auth.sqlite import SCHEMA_VERSION

WORKER = Path(__file__).with_name("repo_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def key(user: str | None = None, flow: str = "pkce") -> TokenKey:
    return TokenKey("v2", CLIENT_ID, flow, user)


@pytest.fixture(params=["sqlite", "memory"])
def repo(request: pytest.FixtureRequest, tmp_path: Path) -> TokenRepository:
    if request.param == "sqlite":
        return SqliteTokenRepository(tmp_path / "tokens.db")
    return MemoryTokenRepository()


async def test_four_processes_of_100_save_load_cycles_lose_no_update(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    outputs: list[dict[str, object]] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()

    async def worker(i: int) -> None:
        result = await anyio.run_process(
            [sys.executable, str(WORKER), str(db), str(i), "100"], env=env, cwd=ROOT, check=False
        )
        assert result.returncode == 0, result.stderr.decode()[-2000:]
        assert b"locked" not in result.stderr
        outputs.append(json.loads(result.stdout.decode().strip().splitlines()[-1]))

    with anyio.fail_after(90):
        async with anyio.create_task_group() as tg:
            for i in range(4):
                tg.start_soon(worker, i)
    elapsed = time.perf_counter() - started
    assert [o["errors"] for o in outputs] == [[], [], [], []]
    assert [o["loads_ok"] for o in outputs] == [100, 100, 100, 100]
    repo = SqliteTokenRepository(db)
    shared = await repo.get(TokenKey("v2", "client", "pkce", "shared"))
    assert shared is not None
    assert shared.token.extras["n"] == 400
    assert len(await repo.get_tokens(users=[f"worker-{i}" for i in range(4)])) == 4
    print(f"4 x 100 cycles in {elapsed:.1f} s")


async def test_file_is_0600_and_directory_0700_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "tidalkit" / "tokens.db"
    old = os.umask(0)
    try:
        repo = SqliteTokenRepository(path)
        await repo.save(key("a"), Token.static("access-1"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


async def test_existing_file_with_loose_mode_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "tokens.db"
    await SqliteTokenRepository(path).save(key("a"), Token.static("access-1"))
    os.chmod(path, 0o644)
    await SqliteTokenRepository(path).save(key("a"), Token.static("access-2"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


async def test_schema_version_and_wal_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "tokens.db"
    repo = SqliteTokenRepository(path)
    await repo.save(key("a"), Token.static("access-1"))
    assert await repo.schema_version() == SCHEMA_VERSION == 1
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_a_newer_schema_is_refused_with_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "tokens.db"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 99")
    with pytest.raises(TokenStoreError, match="newer"):
        await SqliteTokenRepository(path).get(key("a"))


async def test_round_trip_keeps_every_field(repo: TokenRepository) -> None:
    token = Token.from_response(
        {
            "access_token": "access-xyz",
            "refresh_token": "refresh-xyz",
            "expires_in": 3600,
            "scope": "r_usr w_usr",
            "user_id": 42,
            "user": {"userId": 42, "countryCode": "NO"},
            "clientName": "app",
        },
        client_id=CLIENT_ID,
    )
    await repo.save(key("42"), token)
    stored = await repo.get(key("42"))
    assert stored is not None
    assert stored.token == token
    assert stored.token.refresh_token is not None
    assert stored.token.refresh_token.get_secret_value() == "refresh-xyz"
    assert stored.token.expires_at == token.expires_at
    assert stored.token.expires_at is not None
    assert stored.token.expires_at.tzinfo is not None


async def test_lookup_without_identifier_picks_the_most_recently_used(repo: TokenRepository) -> None:
    await repo.save(key("alice"), Token.static("access-alice"))
    await repo.save(key("bob"), Token.static("access-bob"))
    latest = await repo.get(key(None))
    assert latest is not None
    assert latest.key.user == "bob"
    await repo.get(key("alice"))  # using alice makes her the most recent
    latest = await repo.get(key(None))
    assert latest is not None
    assert latest.key.user == "alice"
    assert await repo.get(TokenKey("v2", CLIENT_ID, "device", None)) is None


async def test_get_tokens_and_remove_tokens_filter_like_the_seeds(repo: TokenRepository) -> None:
    await repo.save(key("alice"), Token.static("a-1"))
    await repo.save(key("bob"), Token.static("a-2"))
    await repo.save(key("", flow="client_credentials"), Token.static("a-3"))
    await repo.save(TokenKey("private", "other", "device", "carol"), Token.static("a-4"))
    assert len(await repo.get_tokens()) == 4  # type: ignore[attr-defined]
    assert {s.key.user for s in await repo.get_tokens(flows="pkce")} == {"alice", "bob"}  # type: ignore[attr-defined]
    assert [s.key.user for s in await repo.get_tokens(apis="private", users=["carol"])] == ["carol"]  # type: ignore[attr-defined]
    assert await repo.remove_tokens(client_ids=CLIENT_ID, users="alice") == 1  # type: ignore[attr-defined]
    assert await repo.delete(key("bob")) is True
    assert await repo.delete(key("bob")) is False
    assert await repo.remove_tokens() == 2  # type: ignore[attr-defined]
    assert await repo.list() == []


async def test_client_secrets_are_stored_only_on_opt_in(tmp_path: Path) -> None:
    plain = SqliteTokenRepository(tmp_path / "a.db")
    await plain.save(key("a"), Token.static("access-1"), client_secret="the-client-secret")
    stored = await plain.get(key("a"))
    assert stored is not None
    assert stored.client_secret is None
    assert b"the-client-secret" not in (tmp_path / "a.db").read_bytes() + _wal(tmp_path / "a.db")
    opted = SqliteTokenRepository(tmp_path / "b.db", store_client_secrets=True)
    await opted.save(key("a"), Token.static("access-1"), client_secret="the-client-secret")
    stored = await opted.get(key("a"))
    assert stored is not None
    assert stored.client_secret is not None
    assert stored.client_secret.get_secret_value() == "the-client-secret"
    assert "the-client-secret" not in repr(stored)


def _wal(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_default_path_follows_env_then_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TIDALKIT_TOKEN_DB", str(tmp_path / "x.db"))
    assert default_token_db() == tmp_path / "x.db"
    monkeypatch.delenv("TIDALKIT_TOKEN_DB")
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        assert default_token_db() == tmp_path / "data" / "tidalkit" / "tokens.db"
        monkeypatch.delenv("XDG_DATA_HOME")
        assert default_token_db() == Path.home() / ".local" / "share" / "tidalkit" / "tokens.db"


class CountingGrant(StaticTokenGrant):
    def __init__(self, user_id: str) -> None:
        super().__init__(f"access-for-{user_id}", user_id=user_id, client_id=CLIENT_ID, flow="pkce")
        self.obtained = 0

    async def obtain(self) -> Token:
        self.obtained += 1
        return await super().obtain()


async def test_login_reuses_stored_tokens_and_tilde_forces_a_new_login(tmp_path: Path) -> None:
    repo = SqliteTokenRepository(tmp_path / "tokens.db")
    grant = CountingGrant("777")
    first = await login(grant, user="alice", repository=repo)
    assert grant.obtained == 1
    assert first.key.user == "alice"
    again = await login(grant, user="alice", repository=repo)
    assert grant.obtained == 1
    assert again.token == first.token
    forced = await login(grant, user="~alice", repository=repo)
    assert grant.obtained == 2
    assert forced.key.user == "alice"
    assert [s.key.user for s in await repo.get_tokens()] == ["alice"]
    # no identifier: the most recently used account, else a new login stored under the user id
    latest = await login(grant, repository=repo)
    assert grant.obtained == 2
    assert latest.key.user == "alice"
    other = await login(CountingGrant("888"), user="~", repository=repo)
    assert other.key.user == "888"
    assert (await login(grant, repository=repo)).key.user == "888"


async def test_login_without_repository_stores_nothing() -> None:
    grant = CountingGrant("1")
    provider = await login(grant, repository=False)
    assert provider.repository is None
    assert grant.obtained == 1


async def test_a_write_lock_held_elsewhere_is_waited_out_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "tokens.db"
    repo = SqliteTokenRepository(path, busy_timeout=0.02)
    await repo.save(key("a"), Token.static("access-1"))
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another process mid-write
    done = anyio.Event()

    async def save() -> None:
        await repo.save(key("a"), Token.static("access-2"))
        done.set()

    async with anyio.create_task_group() as tg:
        tg.start_soon(save)
        await anyio.sleep(0.3)
        assert not done.is_set()  # still waiting: past the busy timeout, retried, no error
        holder.execute("COMMIT")
        with anyio.fail_after(5):
            await done.wait()
    holder.close()
    stored = await repo.get(key("a"))
    assert stored is not None
    assert stored.token.access_token.get_secret_value() == "access-2"


async def test_a_lock_held_past_the_deadline_becomes_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "tokens.db"
    repo = SqliteTokenRepository(path, busy_timeout=0.01, lock_deadline=0.1)
    await repo.save(key("a"), Token.static("access-1"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(TokenStoreError, match="stayed locked"):
            await repo.save(key("a"), Token.static("access-2"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_update_returning_none_deletes_the_token(repo: TokenRepository) -> None:
    await repo.save(key("a"), Token.static("access-1"))
    assert await repo.update(key("a"), lambda current: None) is None
    assert await repo.get(key("a")) is None
    created = await repo.update(
        key("b"), lambda current: Token.static("fresh") if current is None else current
    )
    assert created is not None
    assert (await repo.get(key("b"))) is not None
