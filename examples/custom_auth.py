"""A custom auth strategy: username/password login returning a JWT, with a refresh endpoint.

Some TIDAL-branded services (e.g. ``https://<subdomain>.tidal.cloud``) authenticate with
``POST /api/v1/authenticate {"username", "password"}`` → ``{access_token (a JWT), refresh_token,
expires_in, token_type}``, renew with ``POST /api/v1/refresh {"refresh_token"}`` (Bearer access
token) → a new access token, and check with ``GET /api/v1/ping`` → ``{"authenticated": true}``.

``PasswordJWTGrant`` implements tidalkit's :class:`~tidalkit.auth.Grant` protocol (``obtain`` and
``refresh``), so the :class:`~tidalkit.auth.TokenProvider` gives it single-flight refresh, a replay
after 401, and storage in the token repository, like the built-in flows.

    python examples/custom_auth.py [--base-url https://acme.tidal.cloud --username me@example.com]

Without ``--base-url`` it runs against a tiny in-process fake of that service (``fake_service``).
The password comes from ``TIDAL_CLOUD_PASSWORD`` (never from the command line).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import MutableMapping
from typing import Any, cast

import anyio
import httpx

from tidalkit import BaseClient
from tidalkit._http import Request
from tidalkit.auth import LoginRequiredError, MemoryTokenRepository, Token, TokenProvider, TokenRepository


def _jwt_claims(token: str) -> dict[str, Any]:
    """The (unverified) claims of a JWT: only to read ``sub`` and ``exp``, never to trust them."""
    try:
        payload = token.split(".")[1]
        claims: Any = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        return {}
    return cast(dict[str, Any], claims) if isinstance(claims, dict) else {}


class PasswordJWTGrant:
    """Username/password login with a refresh endpoint, as a tidalkit grant.

    ``POST /api/v1/authenticate`` (obtain) and ``POST /api/v1/refresh`` (refresh). The password
    is held only until the first login and is never in a repr.
    """

    api = "tidal-cloud"
    flow = "password"
    interactive = False

    def __init__(self, base_url: str, username: str, password: str, *, transport: Any = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.username = username
        self._password: str | None = password
        self._http = BaseClient(base_url=self.base_url, transport=transport, cache=False, max_retries=2)

    @property
    def client_id(self) -> str:
        """The service's address keys the stored token (with the username as the account)."""
        return self.base_url

    def __repr__(self) -> str:
        return f"PasswordJWTGrant(base_url={self.base_url!r}, username={self.username!r})"

    def _token(self, data: dict[str, Any], previous: Token | None = None) -> Token:
        token = Token.from_response(data, client_id=self.client_id, previous=previous)
        subject = _jwt_claims(token.access_token.get_secret_value()).get("sub")
        return token.model_copy(update={"user_id": str(subject)}) if subject else token

    async def obtain(self) -> Token:
        """``POST /api/v1/authenticate`` with the username and password."""
        if self._password is None:
            raise LoginRequiredError("the password was already used; create a new PasswordJWTGrant to log in")
        request = Request(
            "POST",
            "api/v1/authenticate",
            json={"username": self.username, "password": self._password},
            authenticated=False,
            operation="cloud.authenticate",
        )
        data = await self._http.request_json(request)
        self._password = None
        return self._token(data)

    async def refresh(self, token: Token) -> Token:
        """``POST /api/v1/refresh`` with the refresh token (and the current access token)."""
        if token.refresh_token is None:
            raise LoginRequiredError("no refresh token stored; log in with the password again")
        request = Request(
            "POST",
            "api/v1/refresh",
            json={"refresh_token": token.refresh_token.get_secret_value()},
            headers={"Authorization": token.authorization_header},
            authenticated=False,
            operation="cloud.refresh",
        )
        return self._token(await self._http.request_json(request), previous=token)

    async def aclose(self) -> None:
        """Close the grant's HTTP client."""
        await self._http.aclose()


# ---- an in-process fake of the service, for running this example offline ------------------------


class FakeCloud:
    """``/api/v1/authenticate``, ``/api/v1/refresh`` and ``/api/v1/ping`` as a tiny ASGI app."""

    def __init__(self, users: dict[str, str], *, lifetime: int = 28_800) -> None:
        self.users = users
        self.lifetime = lifetime
        self._key = secrets.token_bytes(32)
        self._refresh: dict[str, str] = {}
        self.calls: dict[str, int] = {"authenticate": 0, "refresh": 0, "ping": 0}

    def _jwt(self, subject: str) -> str:
        def part(data: dict[str, Any]) -> str:
            return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

        claims = {"sub": subject, "exp": int(time.time()) + self.lifetime, "jti": secrets.token_hex(8)}
        body = f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}"
        signature = hmac.new(self._key, body.encode(), hashlib.sha256).digest()
        return f"{body}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"

    def _valid(self, header: str) -> str | None:
        token = header[7:] if header.lower().startswith("bearer ") else ""
        body, _, signature = token.rpartition(".")
        expected = base64.urlsafe_b64encode(hmac.new(self._key, body.encode(), hashlib.sha256).digest())
        if not body or not hmac.compare_digest(expected.rstrip(b"=").decode(), signature):
            return None
        claims = _jwt_claims(token)
        return claims.get("sub") if claims.get("exp", 0) > time.time() else None

    def handle(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, Any]]:
        """The service's answer to one request."""
        data: Any = json.loads(body) if body else {}
        if (method, path) == ("POST", "/api/v1/authenticate"):
            self.calls["authenticate"] += 1
            user = str(data.get("username", ""))
            if not hmac.compare_digest(self.users.get(user, "\0"), str(data.get("password", ""))):
                return 401, {"error": "invalid credentials"}
            refresh = secrets.token_urlsafe(24)
            self._refresh[refresh] = user
            tokens = {"access_token": self._jwt(user), "refresh_token": refresh}
            return 200, {**tokens, "expires_in": self.lifetime, "token_type": "Bearer"}
        if (method, path) == ("POST", "/api/v1/refresh"):
            self.calls["refresh"] += 1
            user = self._refresh.get(str(data.get("refresh_token", "")))
            if user is None:
                return 401, {"error": "invalid refresh token"}
            access = self._jwt(user)
            return 200, {
                "access_token": access,
                "scope": "offline_access",
                "expires_in": self.lifetime,
                "token_type": "Bearer",
            }
        if (method, path) == ("GET", "/api/v1/ping"):
            self.calls["ping"] += 1
            if self._valid(headers.get("authorization", "")) is None:
                return 401, {"authenticated": False}
            return 200, {"authenticated": True}
        return 404, {"error": "not found"}

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        status, payload = self.handle(scope["method"], scope["path"], headers, body)
        content = json.dumps(payload).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": content})


async def main(
    base_url: str | None = None,
    username: str = "demo@example.com",
    password: str | None = None,
    *,
    repository: TokenRepository | None = None,
    fake: FakeCloud | None = None,
) -> dict[str, Any]:
    """Log in, call ``/api/v1/ping``, force a refresh, and show the stored token."""
    transport = None
    if base_url is None:
        password = password or "demo-password"  # the offline fake's demo account
        fake = fake or FakeCloud({username: password})
        transport = httpx.ASGITransport(app=fake)
        base_url = "http://acme.tidal.cloud.test"
        print("No --base-url: using an in-process fake of the service")
    if password is None:
        password = os.environ.get("TIDAL_CLOUD_PASSWORD")
        if not password:
            raise SystemExit("set TIDAL_CLOUD_PASSWORD")
    repository = repository or MemoryTokenRepository()

    grant = PasswordJWTGrant(base_url, username, password, transport=transport)
    provider = TokenProvider(grant, repository=repository, user=username)  # obtains on first use
    async with BaseClient(base_url=base_url, auth=provider, transport=transport, cache=False) as api:
        ping = await api.request_json(Request("GET", "api/v1/ping", operation="cloud.ping"))
        fingerprint = provider.token.fingerprint if provider.token else "?"
        print(f"ping: {ping} (user {provider.user_id}, token {fingerprint})")
        before = provider.token
        await provider.refresh()  # POST /api/v1/refresh; the refresh token is kept (no rotation)
        again = await api.request_json(Request("GET", "api/v1/ping", operation="cloud.ping"))
    stored = await repository.list(apis=PasswordJWTGrant.api)
    print(f"stored: {[(row.key.user, row.token.fingerprint) for row in stored]}")
    await grant.aclose()
    return {
        "ping": ping,
        "after_refresh": again,
        "refreshed": before is not None
        and provider.token is not None
        and before.fingerprint != provider.token.fingerprint,
        "stored_users": [row.key.user for row in stored],
        "kept_refresh_token": provider.token is not None
        and provider.token.refresh_token == (before.refresh_token if before else None),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--base-url")
    parser.add_argument("--username", default="demo@example.com")
    args = parser.parse_args()
    anyio.run(lambda: main(args.base_url, args.username))
