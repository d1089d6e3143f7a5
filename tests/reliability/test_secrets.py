"""Scenario 7: no access token, refresh token or client secret in logs, reprs or exception messages.

The suite-wide part is the ``tidalkit_secret_audit`` fixture of ``secret_audit.py`` (autouse here;
the lead enables it for every test in ``tests/conftest.py``). These tests check that the audit
catches leaks, then drive the API clients through renewals and failures against the sandbox with
DEBUG logging and check every log record, error and live tidalkit object's repr.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tidalkit._http import HeaderAuth, Request
from tidalkit._http.errors import TidalError
from tidalkit.api import TidalAPI
from tidalkit.auth import (
    AuthEndpoints,
    ClientCredentialsGrant,
    InvalidClientError,
    InvalidGrantError,
    LoginRequiredError,
    MemoryTokenRepository,
    PKCEGrant,
    RefreshTokenGrant,
    Token,
    TokenProvider,
)
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Sandbox
from tidalkit.testing._asgi import SandboxRequest

from .secret_audit import SecretAudit, fingerprint

logger = logging.getLogger("tidalkit.reliability")


def test_the_audit_finds_a_registered_secret_in_a_log_record_and_an_error_message(
    tidalkit_secret_audit: SecretAudit,
) -> None:
    audit = SecretAudit()
    secret = "sbx-at-not-to-be-logged-123"
    audit.add(secret)
    audit.add("short")  # too short to be a secret: never matched
    record = logging.LogRecord("tidalkit", logging.DEBUG, __file__, 1, "token is %s", (secret,), None)
    audit.records.append(record)
    audit.errors.append(TidalError(f"refresh failed for {secret}"))
    leaks = audit.leaks()
    assert [leak.where.split(" ")[0] for leak in leaks] == ["log", "TidalError", "TidalError"]
    assert all(leak.secret_fingerprint == fingerprint(secret) for leak in leaks)
    assert all(secret not in str(leak) for leak in leaks)  # the report never repeats the secret
    assert "<SECRET>" in str(leaks[0])
    tidalkit_secret_audit.reset()  # the TidalError above is deliberate: not this test's leak


def test_the_audit_registers_sandbox_tokens_secret_strings_and_tidal_errors(
    tidalkit_secret_audit: SecretAudit,
) -> None:
    sandbox = Sandbox()
    access = sandbox.user_token()
    refresh = sandbox.auth.issue_refresh_token()
    token = Token.static("static-access-value", refresh_token="static-refresh-value")
    error = TidalError("boom")
    grant = PKCEGrant(
        client_id=SANDBOX_CLIENT_ID,
        redirect_uri="http://127.0.0.1:5555/callback",
        endpoints=AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login),
    )
    login = grant.authorization_request()
    assert login.code_verifier is not None
    scope = {"method": "GET", "path": "/login/authorize", "query_string": urlsplit(login.url).query.encode()}
    redirect = sandbox.auth.pkce.authorize(SandboxRequest.from_scope(scope, b""))
    code = parse_qs(urlsplit(dict(redirect.headers)[b"location"].decode()).query)["code"][0]
    audit = tidalkit_secret_audit
    assert {
        access,
        refresh,
        "static-access-value",
        "static-refresh-value",
        SANDBOX_CLIENT_SECRET,
        login.code_verifier,
        code,
    } <= audit.secrets
    assert error in audit.errors
    logging.getLogger("tidalkit.test").debug("fingerprint only: %s", token.fingerprint)
    assert audit.records
    assert audit.records[-1].getMessage().endswith(token.fingerprint)
    assert audit.leaks() == []


async def test_api_clients_renewing_and_failing_at_debug_level_leak_no_secret(
    tidalkit_secret_audit: SecretAudit,
) -> None:
    sandbox = Sandbox()
    endpoints = AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login)
    repo = MemoryTokenRepository()
    grant = RefreshTokenGrant(
        sandbox.auth.issue_refresh_token(),
        api="private",
        client_id=SANDBOX_CLIENT_ID,
        client_secret=SANDBOX_CLIENT_SECRET,
        endpoints=endpoints,
        transport=sandbox.transport(),
    )
    provider = TokenProvider(grant, repository=repo, client_secret=SANDBOX_CLIENT_SECRET)
    app_grant = ClientCredentialsGrant(
        client_id=SANDBOX_CLIENT_ID,
        client_secret=SANDBOX_CLIENT_SECRET,
        endpoints=endpoints,
        transport=sandbox.transport(),
    )
    app = TokenProvider(app_grant)
    private = PrivateAPI(auth=provider, base_url=sandbox.urls.private, transport=sandbox.transport())
    v2 = TidalAPI(auth=app, base_url=sandbox.urls.v2, country_code="US", transport=sandbox.transport())
    async with private, v2, grant, app_grant:
        await private.tracks.get(1)  # first token (refresh grant), stored
        await v2.tracks.get("1")  # client credentials token
        token = provider.token
        assert token is not None
        sandbox.auth.expire_access_token(token.access_token.get_secret_value())
        await private.tracks.get(2)  # 401, renewal with rotation, replay
        assert provider.refresh_count == 2
        renewed = provider.token
        assert renewed is not None
        assert renewed.refresh_token is not None
        sandbox.auth.revoke_refresh_token(renewed.refresh_token.get_secret_value())
        with pytest.raises(LoginRequiredError) as revoked:
            await private.tracks.get(3)
        assert isinstance(revoked.value.__cause__, InvalidGrantError)

        bad = ClientCredentialsGrant(
            client_id=SANDBOX_CLIENT_ID,
            client_secret="wrong-secret-value-42",
            endpoints=endpoints,
            transport=sandbox.transport(),
        )
        async with bad:
            with pytest.raises(InvalidClientError):
                await bad.obtain()

        audit = tidalkit_secret_audit
        assert any("renew" in r.getMessage() for r in audit.records)  # DEBUG records were captured
        assert len(audit.secrets) >= 6
        # every live tidalkit object (clients, providers, grants, tokens, stored rows, errors)
        live = [private, v2, provider, app, grant, app_grant, bad, repo, *await repo.list()]
        assert all(repr(obj) for obj in live)
        leaks = audit.leaks(reprs=True)
        # Request reprs leak form secrets: a known bug with its own failing test below
        assert [leak for leak in leaks if leak.where != "repr of tidalkit._http.request.Request"] == []


async def test_oauth_error_descriptions_that_echo_secrets_are_scrubbed() -> None:
    refresh = "rt-echoed-by-the-server-0001"
    secret = "client-secret-echoed-0002"

    def echo(request: httpx.Request) -> httpx.Response:
        body = {
            "status": 400,
            "error": "invalid_grant",
            "sub_status": 11101,
            "error_description": f"refresh_token {refresh} of client secret {secret} is revoked",
        }
        return httpx.Response(400, json=body)

    grant = RefreshTokenGrant(
        refresh,
        client_id="echo-client",
        client_secret=secret,
        token_url="https://auth.example/v1/oauth2/token",
        transport=httpx.MockTransport(echo),
    )
    async with grant:
        with pytest.raises(InvalidGrantError) as caught:
            await grant.obtain()
    text = f"{caught.value} {caught.value!r} {caught.value.detail}"
    assert "revoked" in text
    assert refresh not in text
    assert secret not in text


async def test_api_errors_carry_no_authorization_header_value() -> None:
    token = "sbx-at-bearer-value-in-error-0003"

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"status": 403, "subStatus": 4005, "userMessage": "Not allowed"})

    api = PrivateAPI(
        auth=HeaderAuth({"Authorization": f"Bearer {token}"}, identity="user:1"),
        country_code="US",
        transport=httpx.MockTransport(refuse),
    )
    async with api:
        with pytest.raises(TidalError) as caught:
            await api.tracks.get(1)
    error = caught.value
    assert token not in f"{error} {error!r} {vars(error)}".replace(repr(getattr(error, "request", "")), "")


def test_request_repr_hides_form_secrets_and_credentials() -> None:
    """BUG (tidalkit/_http/request.py): ``Request`` is a plain dataclass, so its repr shows ``data``
    and ``headers``: token POSTs put refresh tokens, device codes, PKCE verifiers and (``client_auth
    ="post"``) client secrets in ``data``, and ``Authorization: Basic base64(id:secret)`` in
    ``headers``. Reprs reach logs and tracebacks with locals (``pytest -l``, rich ``show_locals``)."""
    request = Request(
        "POST",
        "https://auth.tidal.com/v1/oauth2/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": "rt-in-form-0004",
            "client_secret": "cs-in-form",
        },
        headers={"Authorization": "Basic Y2xpZW50OmNsaWVudC1zZWNyZXQ="},
        operation="auth.refresh",
    )
    text = repr(request)
    assert "auth.refresh" in text
    assert "rt-in-form-0004" not in text
    assert "cs-in-form" not in text
    assert "Y2xpZW50OmNsaWVudC1zZWNyZXQ=" not in text
