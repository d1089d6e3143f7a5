"""The token provider under concurrency, through a real BaseClient with a mock transport."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import httpx
import pytest

from tests.auth.fakes import API, AUTH, CLIENT_ID, CLIENT_SECRET, FakeAuthServer
from tidalkit._http import BaseClient, Request
from tidalkit._http.errors import AuthenticationError, UnauthorizedError
from tidalkit.auth import (
    AuthEndpoints,
    ClientCredentialsGrant,
    DeviceCodeGrant,
    LoginRequiredError,
    MemoryTokenRepository,
    StaticTokenGrant,
    Token,
    TokenKey,
    TokenProvider,
)

ENDPOINTS = AuthEndpoints.at(AUTH)


def expired_token(server: FakeAuthServer, **kw: Any) -> Token:
    body = server.issue(**kw)
    token = Token.from_response(body, now=datetime.now(UTC) - timedelta(hours=2), client_id=CLIENT_ID)
    server.access.pop(body["access_token"])  # the server no longer accepts it
    return token


def user_grant(server: FakeAuthServer) -> DeviceCodeGrant:
    return DeviceCodeGrant(client_id=CLIENT_ID, endpoints=ENDPOINTS, transport=server.transport())


def api_client(server: FakeAuthServer, provider: TokenProvider) -> BaseClient:
    return BaseClient(
        base_url=API, auth=provider, transport=server.transport(), max_concurrency=500, cache=False
    )


async def gather(client: BaseClient, n: int) -> list[Any]:
    results: list[Any] = [None] * n

    async def one(i: int) -> None:
        try:
            results[i] = await client.request_json(Request("GET", f"tracks/{i}", operation="tracks.get"))
        except Exception as exc:
            results[i] = exc

    async with anyio.create_task_group() as tg:
        for i in range(n):
            tg.start_soon(one, i)
    return results


async def test_500_concurrent_calls_on_an_expired_token_cause_one_token_request(
    server: FakeAuthServer,
) -> None:
    server.token_delay = 0.02
    provider = TokenProvider(user_grant(server), token=expired_token(server))
    async with api_client(server, provider) as client:
        with anyio.fail_after(20):
            results = await gather(client, 500)
    assert all(isinstance(r, dict) for r in results), [r for r in results if not isinstance(r, dict)][:1]
    assert server.calls["token"] == 1
    assert server.api_calls == 500
    assert provider.refresh_count == 1
    await provider.aclose()


async def test_401_on_a_valid_looking_token_refreshes_once_and_replays_each_request_once(
    server: FakeAuthServer,
) -> None:
    body = server.issue()
    token = Token.from_response(body, client_id=CLIENT_ID)
    server.access.pop(body["access_token"])  # revoked server-side, still valid for 1 h locally
    server.token_delay = 0.01
    server.api_delay = 0.001
    provider = TokenProvider(user_grant(server), token=token)
    async with api_client(server, provider) as client:
        with anyio.fail_after(20):
            results = await gather(client, 100)
    assert all(isinstance(r, dict) for r in results)
    assert server.calls["token"] == 1
    assert server.api_calls == 200  # each request: one 401, one replay
    await provider.aclose()


async def test_revoked_refresh_token_gives_each_caller_the_typed_error_once(server: FakeAuthServer) -> None:
    token = expired_token(server)
    assert token.refresh_token is not None
    server.revoked_refresh.add(token.refresh_token.get_secret_value())
    server.token_delay = 0.01
    provider = TokenProvider(user_grant(server), token=token)
    async with api_client(server, provider) as client:
        with anyio.fail_after(20):
            results = await gather(client, 50)
            again = await gather(client, 5)
    assert all(isinstance(r, LoginRequiredError) for r in results + again)
    assert all("tidalkit login" in str(r) for r in results)
    assert server.calls["token"] == 1  # no loop, no retry storm
    assert server.api_calls == 0
    await provider.aclose()


async def test_401_when_the_refresh_token_is_revoked_raises_login_required(server: FakeAuthServer) -> None:
    body = server.issue()
    server.access.pop(body["access_token"])
    server.revoked_refresh.add(body["refresh_token"])
    provider = TokenProvider(user_grant(server), token=Token.from_response(body))
    async with api_client(server, provider) as client:
        with pytest.raises(LoginRequiredError):
            await client.request_json(Request("GET", "tracks/1"))
    assert server.api_calls == 1
    assert server.calls["token"] == 1


async def test_static_token_that_gets_a_401_surfaces_an_authentication_error(server: FakeAuthServer) -> None:
    provider = TokenProvider(StaticTokenGrant("not-a-live-token"), token=None)
    async with api_client(server, provider) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.request_json(Request("GET", "tracks/1"))
    assert not isinstance(info.value, UnauthorizedError)
    assert "not-a-live-token" not in str(info.value)


async def test_refresh_happens_ahead_of_expiry_within_the_margin(server: FakeAuthServer) -> None:
    body = server.issue()
    now = datetime.now(UTC)
    issued = now - timedelta(seconds=3600 - 30)  # 30 s left of a 1 h token: inside the 60 s margin
    token = Token.from_response(body, now=issued)
    provider = TokenProvider(user_grant(server), token=token)
    fresh = await provider.get_token()
    assert fresh.fingerprint != token.fingerprint
    assert server.calls["token"] == 1
    short = Token.static("x-short-token", refresh_token="r-short", expires_in=100)  # margin = 10 s
    assert not short.needs_refresh(now + timedelta(seconds=85))
    assert short.needs_refresh(now + timedelta(seconds=91))
    await provider.aclose()


async def test_rotated_tokens_are_persisted_and_old_refresh_token_kept_when_none_returned(
    server: FakeAuthServer,
) -> None:
    repo = MemoryTokenRepository()
    token = expired_token(server)
    provider = TokenProvider(user_grant(server), token=token, repository=repo)
    key = TokenKey("private", CLIENT_ID, "device", "12345")
    await provider.get_token()
    stored = await repo.get(key)
    assert stored is not None
    assert provider.token is not None
    assert stored.token.fingerprint == provider.token.fingerprint
    rotated = stored.token.refresh_token
    assert rotated is not None
    assert rotated != token.refresh_token

    server.rotate = False
    await provider.refresh()
    stored2 = await repo.get(key)
    assert stored2 is not None
    assert stored2.token.fingerprint != stored.token.fingerprint
    assert stored2.token.refresh_token == rotated  # kept
    await provider.aclose()


async def test_provider_adopts_a_token_another_process_rotated(server: FakeAuthServer) -> None:
    repo = MemoryTokenRepository()
    token = expired_token(server)
    key = TokenKey("private", CLIENT_ID, "device", "12345")
    other = TokenProvider(user_grant(server), token=token, repository=repo)
    mine = TokenProvider(user_grant(server), token=token, repository=repo)
    await other.get_token()  # rotates: the shared old refresh token is now dead
    got = await mine.get_token()
    assert got.fingerprint == other.token.fingerprint  # type: ignore[union-attr]
    assert server.calls["token"] == 1
    assert (await repo.get(key)) is not None


async def test_identity_and_account_fields(server: FakeAuthServer) -> None:
    user = TokenProvider(user_grant(server), token=Token.from_response(server.issue()))
    auth = await user.authorize()
    assert auth.identity == "user:12345"
    assert auth.token_id == user.token.fingerprint  # type: ignore[union-attr]
    assert auth.headers["Authorization"].startswith("Bearer at-")
    assert user.country_code == "DE"
    assert user.user_id == "12345"
    app = TokenProvider(
        ClientCredentialsGrant(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            endpoints=ENDPOINTS,
            transport=server.transport(),
        )
    )
    assert (await app.authorize()).identity == f"client:{CLIENT_ID}"
    await app.aclose()


async def test_interactive_grant_without_token_asks_for_login_instead_of_prompting(
    server: FakeAuthServer,
) -> None:
    provider = TokenProvider(user_grant(server))
    with pytest.raises(LoginRequiredError, match="tidalkit login"):
        await provider.authorize()
    assert server.calls["device_authorization"] == 0


class PasswordGrant:
    """A custom login like tidal.cloud's: username/password → JWT, renewed at a refresh endpoint."""

    api = "tidal.cloud"
    flow = "password"
    interactive = False

    def __init__(self, http: httpx.AsyncClient, username: str, password: str) -> None:
        self.http = http
        self.client_id = username
        self._password = password

    async def obtain(self) -> Token:
        response = await self.http.post(
            "https://acme.tidal.cloud/api/v1/authenticate",
            json={"username": self.client_id, "password": self._password},
        )
        return Token.from_response(response.json())

    async def refresh(self, token: Token) -> Token:
        assert token.refresh_token is not None
        response = await self.http.post(
            "https://acme.tidal.cloud/api/v1/refresh",
            headers={"Authorization": token.authorization_header},
            json={"refresh_token": token.refresh_token.get_secret_value()},
        )
        return Token.from_response(response.json(), previous=token)


async def test_a_custom_grant_is_refreshed_and_persisted_by_the_provider() -> None:
    issued: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        issued.append(request.url.path)
        n = len(issued)
        if request.url.path == "/api/v1/authenticate":
            return httpx.Response(
                200,
                json={
                    "access_token": f"jwt-{n}",
                    "refresh_token": "r-1",
                    "expires_in": 28800,
                    "token_type": "Bearer",
                },
            )
        if request.url.path == "/api/v1/refresh":
            assert request.headers["authorization"] == "Bearer jwt-1"
            return httpx.Response(
                200, json={"access_token": f"jwt-{n}", "scope": "offline_access", "expires_in": 28800}
            )
        assert request.headers["authorization"] == f"Bearer jwt-{n - 1}"
        return httpx.Response(200, json={"authenticated": True})

    repo = MemoryTokenRepository()
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        provider = TokenProvider(
            PasswordGrant(http, "me@example.com", "pw-secret"), repository=repo, user="me"
        )
        first = await provider.get_token()  # non-interactive: obtained on demand
        provider._token = first.model_copy(update={"expires_at": datetime.now(UTC) - timedelta(seconds=1)})
        async with BaseClient(
            base_url="https://acme.tidal.cloud/api/v1", auth=provider, transport=httpx.MockTransport(handler)
        ) as client:
            assert await client.request_json(Request("GET", "ping")) == {"authenticated": True}
    assert issued == ["/api/v1/authenticate", "/api/v1/refresh", "/api/v1/ping"]
    stored = await repo.get(TokenKey("tidal.cloud", "me@example.com", "password", "me"))
    assert stored is not None
    assert stored.token.access_token.get_secret_value() == "jwt-2"
    assert stored.token.refresh_token is not None
    assert stored.token.refresh_token.get_secret_value() == "r-1"
    assert stored.token.scopes == {"offline_access"}


async def test_auth_server_outage_causes_one_request_then_a_cool_down(server: FakeAuthServer) -> None:
    from tidalkit.auth import TokenRefreshError

    clock = [datetime.now(UTC)]
    token = expired_token(server)
    outage = True
    inner = server.handler

    async def handler(request: httpx.Request) -> httpx.Response:
        if outage and "oauth2/token" in str(request.url):
            server.calls["token"] += 1
            await anyio.sleep(0.01)
            return httpx.Response(503, text="upstream unavailable")
        return await inner(request)

    server.handler = handler  # type: ignore[method-assign]
    provider = TokenProvider(user_grant(server), token=token, retry_after=5, now=lambda: clock[0])
    async with api_client(server, provider) as client:
        results = await gather(client, 50)
        assert all(isinstance(r, TokenRefreshError) for r in results)
        assert all(r.__cause__ is not None or "try again" in str(r) for r in results)
        assert server.calls["token"] == 1
        outage = False
        clock[0] += timedelta(seconds=6)  # cool-down over: the next call renews
        assert await client.request_json(Request("GET", "tracks/1")) == {"data": {"id": "1"}}
    assert server.calls["token"] == 2
