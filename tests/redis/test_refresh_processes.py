"""Processes (and two "hosts") sharing one account through the Redis token store: one refresh per
expiry, with refresh-token rotation and reuse detection (a duplicate refresh revokes the family).

Access tokens live 3 s. Default run: 4 processes x 8 in flight for 6 s; ``TIDALKIT_FULL=1``
(``nox -s stress``): 8 processes x 8 in flight for 12 s. The two-host run splits the processes in
two groups with separate SQLite token files (``TIDALKIT_TOKEN_DB``) and one Redis.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import anyio
import pytest

from tests.reliability.support import RecordingSandbox, size
from tidalkit.auth import AuthEndpoints, RefreshTokenGrant, TokenKey, TokenProvider
from tidalkit.auth.redis import RedisTokenRepository
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox
from tidalkit.testing.sandbox import SandboxURLs

from .processes import run_workers
from .servers import RedisServer

pytestmark = pytest.mark.stress

PROCESSES = size(4, 8)
IN_FLIGHT = 8
SECONDS = float(size(6, 12))
LIFETIME = 3.0
WORKER = Path(__file__).parents[1] / "reliability" / "refresh_worker.py"  # the SQLite scenario's worker
TOKEN_PATH = "/auth/v1/oauth2/token"


def account_key(sandbox: Sandbox) -> TokenKey:
    return TokenKey("private", SANDBOX_CLIENT_ID, "device", str(sandbox.config.user_id))


async def seed_account(
    sandbox: Sandbox, urls: SandboxURLs, repo: RedisTokenRepository, redis_url: str, duration: float
) -> list[str]:
    """Store the account's login (made once, here through the refresh grant, as a device login
    would store it), reset the sandbox's counters, and return the workers' arguments."""
    async with RefreshTokenGrant(
        sandbox.auth.issue_refresh_token(client_id=SANDBOX_CLIENT_ID),
        api="private",
        client_id=SANDBOX_CLIENT_ID,
        endpoints=AuthEndpoints.at(urls.auth),
    ) as seed:
        await repo.save(account_key(sandbox), await TokenProvider(seed).get_token())
    sandbox.stats.reset()
    return [redis_url, urls.auth, urls.private, str(sandbox.config.user_id), str(duration), str(IN_FLIGHT)]


@pytest.mark.parametrize("hosts", [1, 2])
async def test_processes_sharing_one_account_in_redis_refresh_once_per_expiry(
    redis_url: str, tmp_path: Path, hosts: int
) -> None:
    sandbox = RecordingSandbox(token_lifetime=LIFETIME, refresh_reuse="revoke", latency=0.02)
    repo = RedisTokenRepository(redis_url)
    key = account_key(sandbox)
    async with sandbox.serve() as server:
        argv = await seed_account(sandbox, server.urls, repo, redis_url, SECONDS)
        env = [
            {"TIDALKIT_TOKEN_DB": str(tmp_path / f"host-{i % hosts}" / "tokens.db")} for i in range(PROCESSES)
        ]
        began = time.monotonic()
        results = await run_workers(WORKER, [argv] * PROCESSES, barrier=False, env=env)
        elapsed = time.monotonic() - began
        token_answers = [a.status for a in sandbox.answers if a.path == TOKEN_PATH and a.at >= began]
        stored = await repo.get(key)
        assert stored is not None
        assert stored.token.refresh_token is not None
        # the stored refresh token still works (the family was not revoked, nothing rotated it away)
        async with RefreshTokenGrant(
            stored.token.refresh_token.get_secret_value(),
            api="private",
            client_id=SANDBOX_CLIENT_ID,
            endpoints=AuthEndpoints.at(server.urls.auth),
        ) as check:
            assert (await check.obtain()).access_token is not None
    await repo.aclose()

    refreshes = sum(int(r["refreshes"]) for r in results)
    print(
        f"\nshared account in Redis, {hosts} host(s): {PROCESSES} processes x {IN_FLIGHT} in flight, "
        f"{SECONDS:.0f} s, lifetime {LIFETIME:g} s: {len(token_answers)} token requests "
        f"({token_answers.count(400)} invalid_grant), {refreshes} refreshes, "
        f"{sum(int(r['ok']) for r in results)} API calls ok, "
        f"{sum(not r['last_ok'] for r in results)} stuck"
    )
    assert [r["errors"] for r in results] == [{}] * PROCESSES
    assert all(r["last_ok"] for r in results)  # no worker stuck
    assert token_answers.count(400) == 0  # no invalid_grant
    # every token request was a refresh of a different refresh token: one per expiry
    assert len(token_answers) == token_answers.count(200) == refreshes
    assert SECONDS // LIFETIME <= refreshes <= math.ceil(elapsed / (LIFETIME * 0.9)) + 1


async def test_redis_killed_mid_run_no_worker_fails_and_the_token_is_stored_again(
    own_redis: RedisServer,
) -> None:
    """Redis is killed a third into the run and restarted (empty) at two thirds: every request
    succeeds (each process renews with the token it holds while the store is gone), and the first
    renewal after the restart stores the account's token again, valid. Refresh tokens do not
    rotate here: with rotation, renewals without the cross-host lock would invalidate each other."""
    duration = float(size(9, 12))
    sandbox = RecordingSandbox(token_lifetime=LIFETIME, refresh_rotation=False, latency=0.02)
    repo = RedisTokenRepository(own_redis.url)
    key = account_key(sandbox)

    async def outage() -> None:
        await anyio.sleep(duration / 3)
        own_redis.stop()
        await anyio.sleep(duration / 3)
        own_redis.start()

    async with sandbox.serve() as server:
        argv = await seed_account(sandbox, server.urls, repo, own_redis.url, duration)
        results = await run_workers(WORKER, [[*argv, "--barrier"]] * size(4, 8), during=outage)
        stored = await repo.get(key)
    await repo.aclose()
    print(
        f"\nRedis outage under a shared account: {sum(int(r['ok']) for r in results)} API calls ok, "
        f"errors {[r['errors'] for r in results]}, token stored again: {stored is not None}"
    )
    assert [r["errors"] for r in results] == [{}] * len(results)
    assert all(r["last_ok"] for r in results)
    assert stored is not None
    assert stored.token.expires_at is not None
    assert sandbox.auth.lookup(stored.token.access_token.get_secret_value())[0] is not None
