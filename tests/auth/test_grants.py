"""Client credentials, refresh (rotation), user_auth_token, static tokens, env vars, error mapping."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.auth.fakes import AUTH, CLIENT_ID, CLIENT_SECRET, FakeAuthServer, last_form
from tidalkit.auth import (
    AuthClient,
    AuthEndpoints,
    ClientCredentialsGrant,
    InvalidClientError,
    InvalidGrantError,
    LoginRequiredError,
    MissingClientIdError,
    RefreshTokenGrant,
    StaticTokenGrant,
    Token,
    UserAuthTokenGrant,
)
from tidalkit.auth.oauth import OAuthGrant

ENDPOINTS = AuthEndpoints.at(AUTH)


async def test_client_credentials_posts_the_grant_with_basic_auth(server: FakeAuthServer) -> None:
    async with ClientCredentialsGrant(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, endpoints=ENDPOINTS, transport=server.transport()
    ) as grant:
        token = await grant.obtain()
    request = server.requests[-1]
    assert str(request.url) == f"{AUTH}/oauth2/token"
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    basic = base64.b64decode(request.headers["authorization"].removeprefix("Basic ")).decode()
    assert basic == f"{CLIENT_ID}:{CLIENT_SECRET}"
    assert last_form(server) == {"client_id": CLIENT_ID, "grant_type": "client_credentials"}
    assert token.refresh_token is None
    assert token.user_id is None
    left = token.expires_in()
    assert left is not None
    assert timedelta(minutes=59) < left <= timedelta(hours=1)


async def test_client_secret_can_travel_in_the_form_instead(server: FakeAuthServer) -> None:
    async with ClientCredentialsGrant(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        endpoints=ENDPOINTS,
        transport=server.transport(),
        client_auth="post",
    ) as grant:
        await grant.obtain()
    assert "authorization" not in server.requests[-1].headers
    assert last_form(server)["client_secret"] == CLIENT_SECRET


async def test_client_id_and_secret_come_from_the_environment(
    server: FakeAuthServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIDAL_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("TIDAL_CLIENT_SECRET", CLIENT_SECRET)
    async with ClientCredentialsGrant(endpoints=ENDPOINTS, transport=server.transport()) as grant:
        assert grant.client_id == CLIENT_ID
        await grant.obtain()
    monkeypatch.setenv("TIDAL_PRIVATE_CLIENT_ID", "private-app")
    assert UserAuthTokenGrant("uat").client_id == "private-app"


def test_missing_client_id_names_the_environment_variable() -> None:
    with pytest.raises(MissingClientIdError, match="TIDAL_CLIENT_ID"):
        ClientCredentialsGrant()
    with pytest.raises(MissingClientIdError, match="TIDAL_PRIVATE_CLIENT_ID"):
        UserAuthTokenGrant("uat")
    with pytest.raises(MissingClientIdError, match="secret"):
        ClientCredentialsGrant(client_id=CLIENT_ID)


async def test_wrong_client_secret_becomes_invalid_client_error(server: FakeAuthServer) -> None:
    async with ClientCredentialsGrant(
        client_id=CLIENT_ID,
        client_secret="wrong-secret-value",
        endpoints=ENDPOINTS,
        transport=server.transport(),
    ) as grant:
        with pytest.raises(InvalidClientError) as info:
            await grant.obtain()
    assert info.value.code == "invalid_client"
    assert info.value.status_code == 401
    assert "wrong-secret-value" not in str(info.value)


async def test_user_auth_token_exchange_sends_every_field(server: FakeAuthServer) -> None:
    server.user_auth_tokens.add("uat-123456")
    async with UserAuthTokenGrant(
        "uat-123456",
        client_id=CLIENT_ID,
        client_version="2025.12.18",
        client_unique_key="device-1",
        endpoints=ENDPOINTS,
        transport=server.transport(),
    ) as grant:
        token = await grant.obtain()
    assert last_form(server) == {
        "client_id": CLIENT_ID,
        "grant_type": "user_auth_token",
        "user_auth_token": "uat-123456",
        "client_version": "2025.12.18",
        "client_unique_key": "device-1",
        "scope": "r_usr w_sub w_usr",
    }
    assert token.user_id == "12345"
    assert token.country_code == "DE"
    assert token.extras["user"]["username"] == "test@example.com"


async def test_unknown_user_auth_token_is_invalid_grant(server: FakeAuthServer) -> None:
    async with UserAuthTokenGrant(
        "nope-nope", client_id=CLIENT_ID, endpoints=ENDPOINTS, transport=server.transport()
    ) as g:
        with pytest.raises(InvalidGrantError):
            await g.obtain()


async def test_refresh_rotates_the_refresh_token(server: FakeAuthServer) -> None:
    first = server.issue()
    async with RefreshTokenGrant(
        first["refresh_token"],
        client_id=CLIENT_ID,
        endpoints=ENDPOINTS,
        transport=server.transport(),
        api="private",
    ) as grant:
        token = await grant.obtain()
        form = last_form(server)
        assert form["grant_type"] == "refresh_token"
        assert form["refresh_token"] == first["refresh_token"]
        assert token.refresh_token is not None
        assert token.refresh_token.get_secret_value() not in (None, first["refresh_token"])
        again = await grant.refresh(token)
        assert last_form(server)["refresh_token"] == token.refresh_token.get_secret_value()
        assert again.refresh_token != token.refresh_token


async def test_refresh_keeps_the_old_refresh_token_when_none_is_returned(server: FakeAuthServer) -> None:
    server.rotate = False
    first = server.issue()
    start = Token.from_response(first, client_id=CLIENT_ID)
    async with OAuthGrant(client_id=CLIENT_ID, endpoints=ENDPOINTS, transport=server.transport()) as grant:
        renewed = await grant.refresh(start)
    assert renewed.refresh_token is not None
    assert renewed.refresh_token.get_secret_value() == first["refresh_token"]
    assert renewed.fingerprint != start.fingerprint
    assert renewed.user_id == "12345"


async def test_revoked_refresh_token_is_invalid_grant_without_leaking_it(server: FakeAuthServer) -> None:
    first = server.issue()
    server.revoked_refresh.add(first["refresh_token"])
    async with OAuthGrant(client_id=CLIENT_ID, endpoints=ENDPOINTS, transport=server.transport()) as grant:
        with pytest.raises(InvalidGrantError) as info:
            await grant.refresh(Token.from_response(first))
    assert info.value.sub_status == 11101
    assert first["refresh_token"] not in str(info.value)
    assert "***" in (info.value.detail or "")


async def test_token_posts_are_not_retried_after_a_server_error(server: FakeAuthServer) -> None:
    calls = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(503, json={"error": "temporarily_unavailable"})

    from tidalkit._http.errors import InternalServerError

    http = AuthClient(transport=httpx.MockTransport(handler))
    grant = ClientCredentialsGrant(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, endpoints=ENDPOINTS, http=http
    )
    with pytest.raises(InternalServerError):
        await grant.obtain()
    assert calls == 1
    await grant.aclose()
    assert not http.closed  # injected: the caller owns it
    await http.aclose()


async def test_static_token_without_refresh_token_cannot_be_renewed() -> None:
    grant = StaticTokenGrant("access-abcdef", expires_in=-5)
    token = await grant.obtain()
    assert token.is_expired()
    with pytest.raises(LoginRequiredError, match="tidalkit login"):
        await grant.refresh(token)


async def test_static_token_with_refresh_token_uses_the_refresh_grant(server: FakeAuthServer) -> None:
    first = server.issue()
    grant = StaticTokenGrant(
        first["access_token"],
        refresh_token=first["refresh_token"],
        expires_at=datetime.now(UTC) - timedelta(seconds=1),
        client_id=CLIENT_ID,
        endpoints=ENDPOINTS,
        transport=server.transport(),
    )
    token = await grant.obtain()
    renewed = await grant.refresh(token)
    assert renewed.fingerprint != token.fingerprint
    assert not renewed.is_expired()
    await grant.aclose()


def test_token_urls_are_overridable() -> None:
    grant = ClientCredentialsGrant(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, token_url="http://sandbox/auth/v1/oauth2/token"
    )
    assert grant.endpoints.token_url == "http://sandbox/auth/v1/oauth2/token"
    sandbox = AuthEndpoints.at("http://sandbox/auth/v1", login="http://sandbox/login")
    assert sandbox.device_authorization_url == "http://sandbox/auth/v1/oauth2/device_authorization"
    assert sandbox.authorize_url == "http://sandbox/login/authorize"
