"""Several worker processes share one account through one SQLite token store: one refresh per expiry.

The sandbox rotates refresh tokens and revokes the whole token family when a rotated-away refresh
token comes back (reuse detection), so a single duplicate refresh would log every worker out.
Access tokens live 3 s. Default run: 4 processes x 8 in flight for 6 s; ``TIDALKIT_FULL=1``
(``nox -s stress``): 8 processes x 8 in flight for 12 s.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import anyio
import pytest

from tidalkit.auth import (
    AuthEndpoints,
    DeviceCodeGrant,
    LoginRequiredError,
    MemoryTokenRepository,
    RefreshTokenGrant,
    SqliteTokenRepository,
    Token,
    TokenKey,
    TokenProvider,
    TokenRepository,
)
from tidalkit.auth.token import utc_now
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox

from .support import sandbox_login, size

pytestmark = pytest.mark.stress

PROCESSES = size(4, 8)
IN_FLIGHT = 8
SECONDS = size(6, 12)
LIFETIME = 3.0
WORKER = Path(__file__).with_name("refresh_worker.py")
ROOT = Path(__file__).resolve().parents[2]


async def test_processes_sharing_one_account_refresh_once_per_expiry_and_none_is_logged_out(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox(token_lifetime=LIFETIME, refresh_reuse="revoke", latency=0.02)
    path = tmp_path / "tidalkit" / "tokens.db"
    repo = SqliteTokenRepository(path)
    user = str(sandbox.config.user_id)
    key = TokenKey("private", SANDBOX_CLIENT_ID, "device", user)
    results: list[dict[str, object]] = []
    async with sandbox.serve() as server:
        # the login made once (here through the refresh grant), stored as a device login would be
        async with RefreshTokenGrant(
            sandbox.auth.issue_refresh_token(client_id=SANDBOX_CLIENT_ID),
            api="private",
            client_id=SANDBOX_CLIENT_ID,
            endpoints=AuthEndpoints.at(server.urls.auth),
        ) as first_login:
            first = await TokenProvider(first_login).get_token()
        await repo.save(key, first)
        sandbox.auth.refreshes = 0
        sandbox.stats.reset()
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        argv = [str(path), server.urls.auth, server.urls.private, user, str(SECONDS), str(IN_FLIGHT)]
        started = time.perf_counter()

        async def run() -> None:
            done = await anyio.run_process([sys.executable, str(WORKER), *argv], env=env, check=False)
            assert done.returncode == 0, done.stderr.decode()[-3000:]
            results.append(json.loads(done.stdout.decode().strip().splitlines()[-1]))

        with anyio.fail_after(SECONDS + 120):
            async with anyio.create_task_group() as group:
                for _ in range(PROCESSES):
                    group.start_soon(run)
        elapsed = time.perf_counter() - started

    auth = sandbox.auth
    token_requests = sandbox.stats.requests["auth.token"]
    print(
        f"\nshared account: {PROCESSES} processes x {IN_FLIGHT} in flight, {SECONDS} s, "
        f"lifetime {LIFETIME:g} s "
        f"({elapsed:.1f} s wall): {token_requests} token requests, {auth.refreshes} refreshes, "
        f"{auth.invalid_grants} invalid_grant, {auth.reuses} reuses, "
        f"{sum(int(r['ok']) for r in results)} API calls ok"  # type: ignore[call-overload]
    )
    assert len(results) == PROCESSES
    assert [r["errors"] for r in results] == [{}] * PROCESSES
    assert all(r["last_ok"] for r in results)  # no worker stuck
    assert auth.invalid_grants == 0
    assert auth.reuses == 0
    # every token request was a refresh, each of a different refresh token (rotation would turn a
    # duplicate into an invalid_grant): one per expiry, and no more than the run's length allows
    assert token_requests == auth.refreshes == sum(int(r["refreshes"]) for r in results)  # type: ignore[call-overload]
    assert token_requests <= math.ceil(elapsed / (LIFETIME * 0.9)) + 1
    assert token_requests >= SECONDS // LIFETIME
    stored = await repo.get(key)
    assert stored is not None
    assert stored.token.refresh_token is not None
    assert auth.refresh_token_valid(stored.token.refresh_token.get_secret_value())


# ---- the same race inside one process: providers that share a repository ----------------------


def device_provider(sandbox: Sandbox, repository: TokenRepository, now: list[datetime]) -> TokenProvider:
    grant = DeviceCodeGrant(
        client_id=SANDBOX_CLIENT_ID,
        endpoints=AuthEndpoints.at(sandbox.urls.auth),
        transport=sandbox.transport(),
        now=lambda: now[0],
    )
    user = str(sandbox.config.user_id)
    return TokenProvider(grant, repository=repository, user=user, now=lambda: now[0])


async def logged_in_elsewhere(sandbox: Sandbox, repository: TokenRepository, now: list[datetime]) -> Token:
    """A first token stored under the device key, as a login would leave it."""
    async with sandbox_login(sandbox, now) as first_login:
        token = await TokenProvider(first_login, now=lambda: now[0]).get_token()
    key = TokenKey("private", SANDBOX_CLIENT_ID, "device", str(sandbox.config.user_id))
    await repository.save(key, token)
    return token


@pytest.mark.parametrize("store", ["memory", "sqlite, one object", "sqlite, one object each"])
async def test_ten_providers_in_one_process_sharing_a_store_refresh_once(tmp_path: Path, store: str) -> None:
    sandbox = Sandbox(refresh_reuse="revoke")
    now = [utc_now()]
    path = tmp_path / "tokens.db"
    shared: TokenRepository = MemoryTokenRepository() if store == "memory" else SqliteTokenRepository(path)
    await logged_in_elsewhere(sandbox, shared, now)
    providers = [
        device_provider(sandbox, SqliteTokenRepository(path) if store.endswith("each") else shared, now)
        for _ in range(10)
    ]
    for provider in providers:
        await provider.get_token()  # each loads the stored token
    sandbox.auth.refreshes = 0
    now[0] += timedelta(hours=2)  # every provider's token is expired at once
    tokens: list[Token] = []

    async def renew(provider: TokenProvider) -> None:
        tokens.append(await provider.get_token())

    with anyio.fail_after(30):
        async with anyio.create_task_group() as group:
            for provider in providers:
                group.start_soon(renew, provider)
    assert sandbox.auth.refreshes == 1
    assert sandbox.auth.invalid_grants == 0
    assert len({t.fingerprint for t in tokens}) == 1


async def test_a_provider_that_failed_adopts_the_token_a_later_login_stored() -> None:
    sandbox = Sandbox(refresh_reuse="revoke")
    now = [utc_now()]
    repository = MemoryTokenRepository()
    first = await logged_in_elsewhere(sandbox, repository, now)
    provider = device_provider(sandbox, repository, now)
    await provider.get_token()
    assert first.refresh_token is not None
    sandbox.auth.revoke_refresh_token(first.refresh_token.get_secret_value())
    now[0] += timedelta(hours=2)
    with pytest.raises(LoginRequiredError):
        await provider.get_token()
    with pytest.raises(LoginRequiredError):  # remembered: no second request to the auth server
        await provider.get_token()
    assert sandbox.auth.invalid_grants == 1
    relogin = await logged_in_elsewhere(sandbox, repository, now)  # a new login, in another process
    assert (await provider.get_token()).fingerprint == relogin.fingerprint  # not stuck
    assert sandbox.auth.invalid_grants == 1
