"""The sandbox's auth server: ``auth.tidal.com/v1/oauth2/*`` and ``login.tidal.com``.

Grants: client_credentials, refresh_token (rotating; with ``refresh_reuse="revoke"`` a reused
refresh token revokes its whole family), device_code, authorization_code (PKCE S256) and
user_auth_token. The token bookkeeping is `tidalkit.testing._auth_tokens`; the device and PKCE logins
are `tidalkit.testing._auth_device` and `tidalkit.testing._auth_pkce`.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from tidalkit.testing._asgi import Handler, Mount, Response, Router, SandboxRequest, json_response
from tidalkit.testing._auth_device import DeviceLogins
from tidalkit.testing._auth_pkce import PkceLogins
from tidalkit.testing._auth_tokens import USER_SCOPES, TokenLedger, oauth_error, user_json
from tidalkit.testing.config import SandboxConfig

__all__ = ["AuthServer"]

_DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def _as_is(method: str, name: str, handler: Handler) -> Handler:
    return handler


class AuthServer(TokenLedger):
    """Token and login endpoints plus the methods tests use to steer them (approve, revoke, expire)."""

    def __init__(self, config: SandboxConfig) -> None:
        super().__init__(config)
        self.devices = DeviceLogins(config, self)
        self.pkce = PkceLogins(config, self)

    def register(self, router: Router) -> None:
        auth = Mount(router, "auth", "/auth/v1", _as_is)
        auth.add("POST", "/oauth2/token", "token", self.token)
        auth.add("POST", "/oauth2/device_authorization", "device_authorization", self.device_authorization)
        auth.add("POST", "/oauth2/revoke", "revoke", self.revoke)
        login = Mount(router, "login", "/login", _as_is)
        login.add("GET", "/authorize", "authorize", self.pkce.authorize)
        login.add("GET", "/device", "device", self.devices.page)
        login.add("GET", "/oauth2/me", "me", self.me)

    def approve_device(self, user_code: str) -> None:
        """Authorize a pending device code at once (as the user at link.tidal.com would)."""
        self.devices.approve(user_code)

    def deny_device(self, user_code: str) -> None:
        self.devices.deny(user_code)

    def authenticate_client(
        self, req: SandboxRequest, form: dict[str, str]
    ) -> tuple[str | None, str | None, Response | None]:
        """(client id, secret, refusal) of a token request: form fields or HTTP Basic authorization."""
        client_id = form.get("client_id")
        secret = form.get("client_secret")
        header = req.headers.get("authorization", "")
        if header[:6].lower() == "basic ":
            try:
                decoded = base64.b64decode(header[6:], validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                return None, None, oauth_error(401, "invalid_client", "Malformed basic authorization")
            basic_id, _, basic_secret = decoded.partition(":")
            client_id, secret = basic_id, basic_secret or secret
        if not client_id:
            return None, None, oauth_error(400, "invalid_request", "Missing client_id")
        known = self.config.clients.get(client_id, ...)
        if known is ...:
            if not self.config.allow_unknown_clients:
                return None, None, oauth_error(401, "invalid_client", "Client not found")
        elif secret is not None and known is not None and not secrets.compare_digest(secret, known):
            return None, None, oauth_error(401, "invalid_client", "Client authentication failed")
        return client_id, secret, None

    # ---- endpoints ---------------------------------------------------------------------------
    def device_authorization(self, req: SandboxRequest) -> Response:
        """POST /v1/oauth2/device_authorization"""
        form = req.form()
        client_id, _, error = self.authenticate_client(req, form)
        if error is not None or client_id is None:
            return error or oauth_error(400, "invalid_request", "Missing client_id")
        return self.devices.start(req, client_id, form.get("scope", USER_SCOPES))

    def token(self, req: SandboxRequest) -> Response:
        """POST /v1/oauth2/token (every grant)"""
        form = req.form()
        client_id, secret, error = self.authenticate_client(req, form)
        if error is not None or client_id is None:
            return error or oauth_error(400, "invalid_request", "Missing client_id")
        grant = form.get("grant_type", "")
        if grant == "client_credentials":
            if not secret:
                return oauth_error(401, "invalid_client", "client_credentials needs a client secret")
            return self.client_credentials(client_id, form.get("scope", ""))
        if grant == "refresh_token":
            return self.refresh(client_id, form.get("refresh_token", ""))
        if grant == _DEVICE_GRANT:
            return self.devices.poll(client_id, form.get("device_code", ""))
        if grant == "authorization_code":
            return self.pkce.exchange(client_id, form)
        if grant == "user_auth_token":
            token = form.get("user_auth_token", "")
            return self.redeem_user_auth_token(client_id, token, form.get("scope", USER_SCOPES))
        return oauth_error(400, "unsupported_grant_type", f"Unsupported grant_type {grant!r}")

    def me(self, req: SandboxRequest) -> Response:
        """GET login.tidal.com/oauth2/me: the token's user (needs a valid user bearer token)."""
        header = req.headers.get("authorization", "")
        token, expired = self.lookup(header[7:].strip()) if header[:7].lower() == "bearer " else (None, False)
        if token is None or expired or token.user_id is None:
            message = "The token has expired." if expired else "A valid user token is required."
            return json_response(
                401, {"status": 401, "subStatus": 11003 if expired else 11002, "userMessage": message}
            )
        return json_response(200, user_json(self.config))

    def revoke(self, req: SandboxRequest) -> Response:
        """POST /v1/oauth2/revoke (RFC 7009: always 200 for a well-formed request)"""
        form = req.form()
        token = form.get("token", "")
        if not self.revoke_refresh_token(token):
            self.revoke_access_token(token)
        return Response(200, b"", [(b"content-length", b"0")])
