"""The sandbox's auth server: ``auth.tidal.com/v1/oauth2/*`` and ``login.tidal.com/authorize``.

Grants: client_credentials, refresh_token (rotating; with ``refresh_reuse="revoke"`` a reused
refresh token revokes its whole family), device_code, authorization_code (PKCE S256) and
user_auth_token. Access tokens expire after ``token_lifetime`` seconds of the sandbox clock.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlencode

from tidalkit.testing._asgi import Response, SandboxRequest, json_response
from tidalkit.testing.config import SandboxConfig

__all__ = ["AccessToken", "AuthServer"]

# Sub-statuses of the OAuth error body. 1002 (authorization pending) is TIDAL's documented value;
# the others are the sandbox's own, stable numbers.
_SUB_STATUS = {
    "invalid_request": 1001,
    "authorization_pending": 1002,
    "slow_down": 1003,
    "expired_token": 1004,
    "access_denied": 1005,
    "invalid_client": 1006,
    "unsupported_grant_type": 1007,
    "invalid_grant": 11101,
}
_DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
_CODE_LIFETIME = 600.0
_USER_SCOPES = "r_usr w_usr w_sub"


@dataclass(slots=True)
class AccessToken:
    """An issued access token. ``user_id`` is None for client-credentials tokens."""

    token: str = field(repr=False)
    client_id: str
    user_id: int | None
    scope: str
    expires_at: float
    family: str = field(repr=False, default="")


@dataclass(slots=True)
class _RefreshGrant:
    client_id: str
    user_id: int
    scope: str
    family: str = field(repr=False)


@dataclass(slots=True)
class _Device:
    device_code: str = field(repr=False)
    user_code: str
    client_id: str
    scope: str
    expires_at: float
    interval: float
    polls: int = 0
    last_poll: float | None = None
    decision: Literal["pending", "approved", "denied"] = "pending"
    used: bool = False


@dataclass(slots=True)
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str = field(repr=False)
    scope: str
    expires_at: float


def oauth_error(status: int, error: str, description: str) -> Response:
    """TIDAL's OAuth error body: ``{status, error, sub_status, error_description}``."""
    payload = {
        "status": status,
        "error": error,
        "sub_status": _SUB_STATUS.get(error, 1001),
        "error_description": description,
    }
    return json_response(status, payload)


def _number(value: float) -> int | float:
    """Whole seconds as an int, as TIDAL sends them."""
    return int(value) if float(value).is_integer() else value


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class AuthServer:
    """Token and login endpoints plus the methods tests use to steer them (approve, revoke, expire)."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self._clock = config.clock
        self._access: dict[str, AccessToken] = {}
        self._refresh: dict[str, _RefreshGrant] = {}
        self._devices: dict[str, _Device] = {}
        self._user_codes: dict[str, str] = {}
        self._codes: dict[str, _Code] = {}
        self._user_auth_tokens: set[str] = set()
        self._spent: dict[str, str] = {}  # rotated-away refresh token -> its family
        self.refreshes = 0
        """Successful ``refresh_token`` grants."""
        self.invalid_grants = 0
        """``invalid_grant`` answers to ``refresh_token`` grants."""
        self.reuses = 0
        """Rotated-away refresh tokens presented again (each revokes its family under ``"revoke"``)."""

    # ---- steering methods for tests ---------------------------------------------------------
    def issue_token(
        self, *, user: bool = True, scope: str = _USER_SCOPES, lifetime: float | None = None
    ) -> str:
        """A fresh access token (a user token unless ``user=False``), without any HTTP round trip."""
        return self._new_access(
            "sandbox", self.config.user_id if user else None, scope, lifetime, family=secrets.token_hex(8)
        ).token

    def issue_refresh_token(self, *, scope: str = _USER_SCOPES, client_id: str = "sandbox") -> str:
        """A valid refresh token for the sandbox user."""
        return self._new_refresh(client_id, scope, secrets.token_hex(8))

    def adopt_token(
        self,
        access_token: str,
        *,
        refresh_token: str | None = None,
        client_id: str = "sandbox",
        user_id: int | None = None,
        scope: str = _USER_SCOPES,
        lifetime: float | None = None,
    ) -> None:
        """Accept tokens another sandbox issued, as one long-running sandbox would have kept them.

        ``user_id`` defaults to the sandbox user, ``lifetime`` (seconds left) to the configured
        token lifetime; the refresh token, if any, renews into the same token family.
        """
        family = secrets.token_hex(8)
        user = self.config.user_id if user_id is None else user_id
        life = self.config.token_lifetime if lifetime is None else lifetime
        expires_at = self._clock() + life
        self._access[access_token] = AccessToken(access_token, client_id, user, scope, expires_at, family)
        if refresh_token is not None:
            self._refresh[refresh_token] = _RefreshGrant(client_id, user, scope, family)

    def user_auth_token(self) -> str:
        """A one-time token valid for the ``user_auth_token`` grant."""
        token = "sbx-uat-" + secrets.token_urlsafe(16)
        self._user_auth_tokens.add(token)
        return token

    def expire_access_token(self, token: str) -> None:
        """Make ``token`` expired now (it then answers 401 with TIDAL's expired-token body)."""
        self._access[token].expires_at = self._clock() - 1

    def revoke_access_token(self, token: str) -> bool:
        return self._access.pop(token, None) is not None

    def revoke_refresh_token(self, token: str, *, access_tokens: bool = True) -> bool:
        """Revoke a refresh token (and, by default, every access token issued from it)."""
        grant = self._refresh.pop(token, None)
        if grant is None:
            return False
        if access_tokens:
            for key in [k for k, v in self._access.items() if v.family == grant.family]:
                del self._access[key]
        return True

    def revoke_family(self, family: str) -> None:
        """Revoke every access and refresh token of one token family (one login's descendants)."""
        for key in [k for k, v in self._access.items() if v.family == family]:
            del self._access[key]
        for key in [k for k, v in self._refresh.items() if v.family == family]:
            del self._refresh[key]

    def refresh_token_valid(self, token: str) -> bool:
        """Whether ``token`` would be accepted by the ``refresh_token`` grant now."""
        return token in self._refresh

    def approve_device(self, user_code: str) -> None:
        """Authorize a pending device code at once (as the user at link.tidal.com would)."""
        self._devices[self._user_codes[user_code]].decision = "approved"

    def deny_device(self, user_code: str) -> None:
        self._devices[self._user_codes[user_code]].decision = "denied"

    def lookup(self, token: str) -> tuple[AccessToken | None, bool]:
        """(token, expired). An unknown or revoked token is ``(None, False)``."""
        found = self._access.get(token)
        if found is None:
            return None, False
        return found, found.expires_at <= self._clock()

    # ---- issuing -----------------------------------------------------------------------------
    def _new_access(
        self, client_id: str, user_id: int | None, scope: str, lifetime: float | None, *, family: str
    ) -> AccessToken:
        token = "sbx-at-" + secrets.token_urlsafe(24)
        life = self.config.token_lifetime if lifetime is None else lifetime
        issued = AccessToken(token, client_id, user_id, scope, self._clock() + life, family)
        self._access[token] = issued
        return issued

    def _new_refresh(self, client_id: str, scope: str, family: str) -> str:
        token = "sbx-rt-" + secrets.token_urlsafe(32)
        self._refresh[token] = _RefreshGrant(client_id, self.config.user_id, scope, family)
        return token

    def _user_json(self) -> dict[str, Any]:
        c = self.config
        return {
            "userId": c.user_id,
            "email": c.username,
            "countryCode": c.country_code,
            "fullName": None,
            "firstName": "Sandbox",
            "lastName": "User",
            "nickname": None,
            "username": c.username,
            "address": None,
            "city": None,
            "postalcode": None,
            "usState": None,
            "phoneNumber": None,
            "birthday": None,
            "channelId": 1,
            "parentId": 0,
            "acceptedEULA": True,
            "created": 1_500_000_000_000,
            "updated": 1_700_000_000_000,
            "facebookUid": 0,
            "appleUid": None,
            "googleUid": None,
            "accountLinkCreated": False,
            "emailVerified": True,
            "newUser": False,
        }

    def _user_tokens(self, client_id: str, scope: str, *, refresh: str | None = None) -> Response:
        family = self._refresh[refresh].family if refresh else secrets.token_hex(8)
        access = self._new_access(client_id, self.config.user_id, scope, None, family=family)
        payload: dict[str, Any] = {
            "scope": scope,
            "user": self._user_json(),
            "clientName": "tidalkit sandbox",
            "token_type": "Bearer",
            "access_token": access.token,
            "expires_in": int(self.config.token_lifetime),
            "user_id": self.config.user_id,
        }
        if refresh is None:
            payload["refresh_token"] = self._new_refresh(client_id, scope, family)
        elif self.config.refresh_rotation:
            self._refresh.pop(refresh)
            self._spent[refresh] = family
            payload["refresh_token"] = self._new_refresh(client_id, scope, family)
        return json_response(200, payload)

    # ---- client authentication ---------------------------------------------------------------
    def _client(
        self, req: SandboxRequest, form: dict[str, str]
    ) -> tuple[str | None, str | None, Response | None]:
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
        client_id, _, error = self._client(req, form)
        if error is not None or client_id is None:
            return error or oauth_error(400, "invalid_request", "Missing client_id")
        device_code = secrets.token_urlsafe(24)
        user_code = "".join(secrets.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(5))
        self._devices[device_code] = _Device(
            device_code,
            user_code,
            client_id,
            form.get("scope", _USER_SCOPES),
            self._clock() + self.config.device_expires_in,
            self.config.device_interval,
        )
        self._user_codes[user_code] = device_code
        payload = {
            "deviceCode": device_code,
            "userCode": user_code,
            # a served sandbox sends users to its own approval page; in process (TIDAL's host
            # names, nothing to open) it answers as TIDAL does: "link.tidal.com/CODE", no scheme
            "verificationUri": _device_page(req),
            "verificationUriComplete": f"{_device_page(req)}{'?code=' if _served(req) else '/'}{user_code}",
            "expiresIn": int(self.config.device_expires_in),
            "interval": _number(self.config.device_interval),
        }
        return json_response(200, payload)

    def token(self, req: SandboxRequest) -> Response:
        """POST /v1/oauth2/token (every grant)"""
        form = req.form()
        client_id, secret, error = self._client(req, form)
        if error is not None or client_id is None:
            return error or oauth_error(400, "invalid_request", "Missing client_id")
        grant = form.get("grant_type", "")
        if grant == "client_credentials":
            if not secret:
                return oauth_error(401, "invalid_client", "client_credentials needs a client secret")
            scope = form.get("scope", "")
            access = self._new_access(client_id, None, scope, None, family=secrets.token_hex(8))
            payload = {
                "scope": scope,
                "token_type": "Bearer",
                "access_token": access.token,
                "expires_in": int(self.config.token_lifetime),
            }
            return json_response(200, payload)
        if grant == "refresh_token":
            refresh = form.get("refresh_token", "")
            found = self._refresh.get(refresh)
            if found is None:
                self.invalid_grants += 1
                family = self._spent.get(refresh)
                if family is not None:
                    self.reuses += 1
                    if self.config.refresh_reuse == "revoke":
                        self.revoke_family(family)
                return oauth_error(400, "invalid_grant", "Refresh token is invalid, revoked or already used")
            self.refreshes += 1
            return self._user_tokens(client_id, found.scope, refresh=refresh)
        if grant == _DEVICE_GRANT:
            return self._poll_device(client_id, form.get("device_code", ""))
        if grant == "authorization_code":
            return self._exchange_code(client_id, form)
        if grant == "user_auth_token":
            token = form.get("user_auth_token", "")
            if token not in self._user_auth_tokens:
                return oauth_error(400, "invalid_grant", "User auth token is invalid")
            self._user_auth_tokens.discard(token)
            return self._user_tokens(client_id, form.get("scope", _USER_SCOPES))
        return oauth_error(400, "unsupported_grant_type", f"Unsupported grant_type {grant!r}")

    def _poll_device(self, client_id: str, device_code: str) -> Response:
        device = self._devices.get(device_code)
        if device is None or device.used or device.client_id != client_id:
            return oauth_error(400, "invalid_grant", "Device code not found or already used")
        now = self._clock()
        if now >= device.expires_at:
            return oauth_error(400, "expired_token", "Device authorization has expired")
        if device.interval > 0 and device.last_poll is not None and now - device.last_poll < device.interval:
            device.last_poll = now
            device.interval += 5.0
            return oauth_error(400, "slow_down", "Polling too fast; wait interval + 5 seconds")
        device.last_poll = now
        device.polls += 1
        outcome = self.config.device_outcome
        due = device.polls >= self.config.device_polls
        if device.decision == "denied" or (due and outcome == "deny" and device.decision == "pending"):
            device.used = True
            return oauth_error(400, "access_denied", "The user denied the device authorization")
        if due and outcome == "expire" and device.decision == "pending":
            device.expires_at = now
            return oauth_error(400, "expired_token", "Device authorization has expired")
        if device.decision == "approved" or due:
            device.used = True
            return self._user_tokens(client_id, device.scope)
        return oauth_error(
            400,
            "authorization_pending",
            f"Device Authorization [userCode={device.user_code}] is not authorized yet",
        )

    def _exchange_code(self, client_id: str, form: dict[str, str]) -> Response:
        code = self._codes.pop(form.get("code", ""), None)
        if code is None or code.expires_at <= self._clock():
            return oauth_error(400, "invalid_grant", "Authorization code is invalid, expired or used")
        if code.client_id != client_id:
            return oauth_error(400, "invalid_grant", "Authorization code was issued to another client")
        if form.get("redirect_uri") != code.redirect_uri:
            return oauth_error(400, "invalid_grant", "redirect_uri does not match the authorization request")
        verifier = form.get("code_verifier", "")
        if not 43 <= len(verifier) <= 128 or not secrets.compare_digest(_s256(verifier), code.challenge):
            return oauth_error(400, "invalid_grant", "PKCE verification failed (code_verifier)")
        return self._user_tokens(client_id, code.scope)

    def me(self, req: SandboxRequest) -> Response:
        """GET login.tidal.com/oauth2/me: the token's user (needs a valid user bearer token)."""
        header = req.headers.get("authorization", "")
        token, expired = self.lookup(header[7:].strip()) if header[:7].lower() == "bearer " else (None, False)
        if token is None or expired or token.user_id is None:
            message = "The token has expired." if expired else "A valid user token is required."
            return json_response(
                401, {"status": 401, "subStatus": 11003 if expired else 11002, "userMessage": message}
            )
        return json_response(200, self._user_json())

    def revoke(self, req: SandboxRequest) -> Response:
        """POST /v1/oauth2/revoke (RFC 7009: always 200 for a well-formed request)"""
        form = req.form()
        token = form.get("token", "")
        if not self.revoke_refresh_token(token):
            self.revoke_access_token(token)
        return Response(200, b"", [(b"content-length", b"0")])

    def device_page(self, req: SandboxRequest) -> Response:
        """GET /login/device?code=USERCODE: the sandbox's link.tidal.com, approving the code at once."""
        code = (req.arg("code") or "").upper()
        if code not in self._user_codes:
            body = b"<html><body><p>Unknown or expired code.</p></body></html>"
            return Response(
                404, body, [(b"content-type", b"text/html"), (b"content-length", str(len(body)).encode())]
            )
        self.approve_device(code)
        body = f"<html><body><p>Sandbox login {code} approved.</p></body></html>".encode()
        return Response(
            200, body, [(b"content-type", b"text/html"), (b"content-length", str(len(body)).encode())]
        )

    def authorize(self, req: SandboxRequest) -> Response:
        """GET login.tidal.com/authorize → 302 to ``redirect_uri`` with ``code`` and ``state``."""
        redirect_uri = req.arg("redirect_uri")
        client_id = req.arg("client_id")
        if not redirect_uri or not client_id:
            return json_response(
                400,
                {
                    "status": 400,
                    "error": "invalid_request",
                    "error_description": "client_id and redirect_uri are required",
                },
            )
        params: dict[str, str] = {}
        state = req.arg("state")
        challenge = req.arg("code_challenge", "") or ""
        if req.arg("response_type", "code") != "code":
            params["error"] = "unsupported_response_type"
        elif req.arg("code_challenge_method") != "S256" or not challenge:
            params.update(error="invalid_request", error_description="PKCE with S256 is required")
        elif self.config.login_outcome == "deny":
            params.update(error="access_denied", error_description="The user denied access")
        else:
            code = secrets.token_urlsafe(24)
            self._codes[code] = _Code(
                client_id,
                redirect_uri,
                challenge,
                req.arg("scope", _USER_SCOPES) or "",
                self._clock() + _CODE_LIFETIME,
            )
            params["code"] = code
        if state is not None:
            params["state"] = state
        sep = "&" if "?" in redirect_uri else "?"
        location = f"{redirect_uri}{sep}{urlencode(params)}"
        return Response(302, b"", [(b"location", location.encode()), (b"content-length", b"0")])


def _served(req: SandboxRequest) -> bool:
    host = req.headers.get("host", "")
    return bool(host) and not host.endswith("tidal.com") and host != "sandbox"


def _device_page(req: SandboxRequest) -> str:
    """Where the user approves a device code: the served sandbox's page, else TIDAL's link page."""
    return f"http://{req.headers['host']}/login/device" if _served(req) else "link.tidal.com"
