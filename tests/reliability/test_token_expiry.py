"""Scenario 3: a token expiring under load is renewed once; a revoked one fails each caller once.

1,000 concurrent requests through ``PrivateAPI`` and a ``TokenProvider`` against the in-process
sandbox (rotating refresh tokens). Default run: 1,000 requests (in-process, a second or two).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import anyio
import pytest

from tidalkit._http.errors import AuthenticationError, TidalError
from tidalkit.auth import (
    AuthEndpoints,
    LoginRequiredError,
    RefreshTokenGrant,
    SqliteTokenRepository,
    Token,
    TokenKey,
    TokenProvider,
)
from tidalkit.auth.token import utc_now
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox

from .support import size

pytestmark = pytest.mark.stress

CALLERS = size(1_000, 1_000)


class Now:
    """A movable wall clock for the token provider."""

    def __init__(self) -> None:
        self.shift = timedelta(0)

    def __call__(self) -> datetime:
        return utc_now() + self.shift


async def logged_in(sandbox: Sandbox, now: Callable[[], datetime] = utc_now) -> TokenProvider:
    grant = RefreshTokenGrant(
        sandbox.auth.issue_refresh_token(),
        api="private",
        client_id=SANDBOX_CLIENT_ID,
        endpoints=AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login),
        transport=sandbox.transport(),
        now=now,
    )
    provider = TokenProvider(grant, now=now)
    await provider.get_token()  # the first token (one refresh-grant request)
    sandbox.stats.reset()
    provider.refresh_count = 0
    return provider


def api_for(sandbox: Sandbox, provider: TokenProvider) -> PrivateAPI:
    return PrivateAPI(
        auth=provider,
        base_url=sandbox.urls.private,
        transport=sandbox.transport(),
        country_code="US",
        cache=False,
        max_concurrency=256,
    )


async def fire(api: PrivateAPI, callers: int) -> tuple[int, list[BaseException]]:
    """``callers`` concurrent ``GET v1/tracks/{id}``; (successes, errors)."""
    started = time.perf_counter()
    ok = 0
    errors: list[BaseException] = []

    async def call(n: int) -> None:
        nonlocal ok
        try:
            await api.tracks.get(1 + n % 1000)
            ok += 1
        except Exception as exc:  # collected; the test asserts on them
            errors.append(exc)

    async with anyio.create_task_group() as group:
        for n in range(callers):
            group.start_soon(call, n)
    print(
        f"\nexpiry: {callers} callers in {time.perf_counter() - started:.2f}s: {ok} ok, {len(errors)} errors"
    )
    return ok, errors


async def test_a_thousand_requests_when_the_token_expires_locally_cause_exactly_one_refresh() -> None:
    sandbox = Sandbox()
    now = Now()
    provider = await logged_in(sandbox, now)
    before = provider.token
    assert before is not None
    now.shift = timedelta(hours=2)  # the token is past its expiry for every caller at once
    async with api_for(sandbox, provider) as api:
        ok, errors = await fire(api, CALLERS)
    assert errors == []
    assert ok == CALLERS
    assert sandbox.stats.requests["auth.token"] == 1
    assert provider.refresh_count == 1
    assert provider.token is not None
    assert provider.token.fingerprint != before.fingerprint
    assert sandbox.stats.unauthorized == 0
    assert sandbox.stats.requests["private.tracks.get"] == CALLERS


class CountingRepository(SqliteTokenRepository):
    """The SQLite store, counting saves."""

    saves = 0

    async def save(self, key: TokenKey, token: Token, *, client_secret: str | None = None) -> None:
        self.saves += 1
        await super().save(key, token, client_secret=client_secret)


async def test_a_thousand_requests_when_the_server_expires_the_token_cause_exactly_one_refresh(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    provider = await logged_in(sandbox)
    repo = CountingRepository(tmp_path / "tokens.db")
    provider.repository = repo
    token = provider.token
    assert token is not None
    sandbox.auth.expire_access_token(token.access_token.get_secret_value())  # the client cannot know
    async with api_for(sandbox, provider) as api:
        ok, errors = await fire(api, CALLERS)
    assert errors == []
    assert ok == CALLERS
    assert sandbox.stats.requests["auth.token"] == 1
    assert provider.refresh_count == 1
    # each request saw at most one 401 and was replayed once
    assert 1 <= sandbox.stats.unauthorized <= CALLERS
    assert sandbox.stats.requests["private.tracks.get"] == CALLERS + sandbox.stats.unauthorized
    # the rotated refresh token was stored once, and it is the one the provider holds
    assert repo.saves == 1
    stored = await repo.get(provider.key)
    assert stored is not None
    assert provider.token is not None
    assert stored.token.fingerprint == provider.token.fingerprint
    assert stored.token.refresh_token is not None
    assert provider.token.refresh_token is not None
    assert stored.token.refresh_token.get_secret_value() == provider.token.refresh_token.get_secret_value()


async def test_a_revoked_refresh_token_gives_each_caller_one_typed_error_and_no_retry_loop() -> None:
    sandbox = Sandbox()
    provider = await logged_in(sandbox)
    token = provider.token
    assert token is not None
    assert token.refresh_token is not None
    # revoking the refresh token also revokes the access tokens issued from it: every request gets 401
    assert sandbox.auth.revoke_refresh_token(token.refresh_token.get_secret_value())
    async with api_for(sandbox, provider) as api:
        ok, errors = await fire(api, CALLERS)
        # later calls fail the same way, still without asking the auth server again
        ok_after, errors_after = await fire(api, 10)
    assert ok == 0
    assert ok_after == 0
    assert len(errors) == CALLERS
    assert len(errors_after) == 10
    for error in [*errors, *errors_after]:
        assert isinstance(error, LoginRequiredError)
        assert isinstance(error, AuthenticationError)
        assert isinstance(error, TidalError)
        assert "login" in str(error)
    assert sandbox.stats.requests["auth.token"] == 1  # one refresh attempt in all
    # one request per call, none replayed (a replay would need a renewed token)
    assert sandbox.stats.requests["private.tracks.get"] == CALLERS + 10
    assert provider.refresh_count == 0


async def test_a_revoked_refresh_token_found_at_local_expiry_fails_without_any_api_request() -> None:
    sandbox = Sandbox()
    now = Now()
    provider = await logged_in(sandbox, now)
    token = provider.token
    assert token is not None
    assert token.refresh_token is not None
    sandbox.auth.revoke_refresh_token(token.refresh_token.get_secret_value())
    now.shift = timedelta(hours=2)
    async with api_for(sandbox, provider) as api:
        ok, errors = await fire(api, CALLERS)
    assert ok == 0
    assert len(errors) == CALLERS
    assert all(isinstance(e, LoginRequiredError) for e in errors)
    assert sandbox.stats.requests["auth.token"] == 1
    assert sandbox.stats.requests["private.tracks.get"] == 0


async def test_on_loopback_a_thousand_requests_meeting_an_expired_token_cause_exactly_one_refresh() -> None:
    """The same over real sockets: default transports for the auth server and the API, one server."""
    sandbox = Sandbox(latency=0.005)
    async with sandbox.serve() as server:
        grant = RefreshTokenGrant(
            sandbox.auth.issue_refresh_token(),
            api="private",
            client_id=SANDBOX_CLIENT_ID,
            endpoints=AuthEndpoints.at(server.urls.auth, login=server.urls.login),
        )
        provider = TokenProvider(grant)
        api = PrivateAPI(auth=provider, base_url=server.urls.private, country_code="US", cache=False)
        async with grant, api:
            await api.tracks.get(1)
            token = provider.token
            assert token is not None
            sandbox.auth.expire_access_token(token.access_token.get_secret_value())
            sandbox.stats.reset()
            ok, errors = await fire(api, CALLERS)
    assert errors == []
    assert ok == CALLERS
    assert sandbox.stats.requests["auth.token"] == 1
    assert provider.refresh_count == 2  # the first token, then one renewal
    assert sandbox.stats.requests["private.tracks.get"] == CALLERS + sandbox.stats.unauthorized
