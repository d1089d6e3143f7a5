"""No token, code, verifier or secret in any repr, DEBUG log record or exception message."""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.auth.fakes import AUTH, CLIENT_ID, CLIENT_SECRET, LOGIN, FakeAuthServer, FakeClock
from tidalkit._http import BaseClient, Request
from tidalkit.auth import (
    AuthEndpoints,
    AuthorizationRequest,
    ClientApp,
    ClientCredentialsGrant,
    DeviceCode,
    DeviceCodeGrant,
    MemoryTokenRepository,
    PasteReceiver,
    PKCEGrant,
    RefreshTokenGrant,
    StateMismatchError,
    StaticTokenGrant,
    Token,
    TokenProvider,
    UserAuthTokenGrant,
)
from tidalkit.auth.http import AuthClient

ENDPOINTS = AuthEndpoints.at(AUTH, login=LOGIN)


async def test_flows_leak_no_secret_into_reprs_logs_or_errors(
    server: FakeAuthServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    server.device_defaults.approve_after = 2
    server.device_defaults.slow_down_on = {1}
    server.user_auth_tokens.add("uat-secret-value")
    server.secrets.add("uat-secret-value")
    http = AuthClient(transport=server.transport())
    repo = MemoryTokenRepository()
    kw = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "endpoints": ENDPOINTS, "http": http}

    # device flow (its pending error descriptions quote the device code)
    shown: list[DeviceCode] = []

    async def display(code: DeviceCode) -> None:
        shown.append(code)

    device = DeviceCodeGrant(clock=FakeClock(), display=display, **kw)  # type: ignore[arg-type]
    token = await device.obtain()
    texts += [repr(device), repr(token), str(token), repr(shown[0]), str(shown[0].model_dump())]

    # PKCE with a pasted redirect, then a forged state
    verifiers: list[str] = []

    async def paste(url: str) -> str:
        params = dict(parse_qsl(urlsplit(url).query))
        return server.authorize(params).headers["location"]

    pkce = PKCEGrant(redirect_uri="https://tidal.com/login/auth", receiver=PasteReceiver("x", paste), **kw)  # type: ignore[arg-type]
    request = pkce.authorization_request()
    assert request.code_verifier is not None
    verifiers.append(request.code_verifier)
    server.secrets.update({request.code_verifier, request.state})
    texts.append(repr(request))
    redirect = server.authorize(dict(parse_qsl(urlsplit(request.url).query))).headers["location"]
    forged = AuthorizationRequest(request.url, request.redirect_uri, "other-state", request.code_verifier)
    with pytest.raises(StateMismatchError) as mismatch:
        await pkce.exchange(forged, redirect)
    texts.append(str(mismatch.value))
    pkce_token = await pkce.exchange(request, redirect)
    texts += [repr(pkce), repr(pkce_token)]

    # PKCE through the real loopback listener
    from tests.auth.test_pkce import Browser, login_with

    browser = Browser(server)
    loopback_token = await login_with(server, browser)
    texts += [repr(loopback_token), browser.final.text if browser.final else ""]

    # client credentials, user_auth_token, refresh rotation, revoked refresh through the provider
    cc = ClientCredentialsGrant(**kw)  # type: ignore[arg-type]
    texts += [
        repr(cc),
        repr(await cc.obtain()),
        repr(ClientApp.resolve(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)),
    ]
    uat = UserAuthTokenGrant("uat-secret-value", **kw)  # type: ignore[arg-type]
    texts += [repr(uat), repr(await uat.obtain())]
    assert token.refresh_token is not None
    refresh = RefreshTokenGrant(token.refresh_token.get_secret_value(), **kw)  # type: ignore[arg-type]
    texts.append(repr(refresh))
    rotated = await refresh.obtain()
    provider = TokenProvider(device, token=rotated, repository=repo)
    async with BaseClient(
        base_url="https://api.tidal.test/v2", auth=provider, transport=server.transport()
    ) as api:
        await api.request_json(Request("GET", "tracks/1"))
        assert rotated.refresh_token is not None
        server.access.clear()
        server.revoked_refresh.add(rotated.refresh_token.get_secret_value())
        with pytest.raises(Exception) as revoked:
            await api.request_json(Request("GET", "tracks/2"))
    texts += [str(revoked.value), repr(revoked.value), str(revoked.value.__cause__), repr(provider)]
    texts += [repr(row) for row in await repo.list()]
    texts += [
        repr(StaticTokenGrant("static-access-secret", refresh_token="static-refresh-secret", client_id="c"))
    ]
    server.secrets.update({"static-access-secret", "static-refresh-secret"})
    await http.aclose()

    log = caplog.text
    assert "got token" in log
    assert "device login" in log
    assert "was refused (401)" in log
    assert len(server.secrets) > 10
    for secret in server.secrets | set(verifiers):
        assert secret not in log, "secret in a log record"
        for text in texts:
            assert secret not in text, f"secret in {text[:80]!r}"


def test_token_repr_and_dump_mask_secrets() -> None:
    token = Token.static("access-abcdef", refresh_token="refresh-abcdef", expires_in=60, user_id="1")
    for text in (repr(token), str(token), token.model_dump_json(), str(token.model_dump())):
        assert "access-abcdef" not in text
        assert "refresh-abcdef" not in text
    assert token.fingerprint in repr(token)
    assert token.secret_fields()["access_token"] == "access-abcdef"
