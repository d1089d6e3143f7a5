"""The sandbox auth server's token bookkeeping: access tokens, rotating refresh tokens, token families.

A token family is one login and everything renewed from it: rotation keeps the family, and with
``refresh_reuse="revoke"`` a rotated-away refresh token presented again revokes the whole family.
Access tokens expire after ``token_lifetime`` seconds of the sandbox clock.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from tidalkit.testing._asgi import Response, json_response
from tidalkit.testing.config import SandboxConfig

__all__ = ["USER_SCOPES", "AccessToken", "TokenLedger", "oauth_error", "user_json"]

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
USER_SCOPES = "r_usr w_usr w_sub"


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


def oauth_error(status: int, error: str, description: str) -> Response:
    """TIDAL's OAuth error body: ``{status, error, sub_status, error_description}``."""
    payload = {
        "status": status,
        "error": error,
        "sub_status": _SUB_STATUS.get(error, 1001),
        "error_description": description,
    }
    return json_response(status, payload)


def user_json(config: SandboxConfig) -> dict[str, Any]:
    """The sandbox user as token responses and ``login.tidal.com/oauth2/me`` describe it."""
    return {
        "userId": config.user_id,
        "email": config.username,
        "countryCode": config.country_code,
        "fullName": None,
        "firstName": "Sandbox",
        "lastName": "User",
        "nickname": None,
        "username": config.username,
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


class TokenLedger:
    """The tokens one sandbox issued, the grants that redeem them, and the methods tests steer them with."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self._clock = config.clock
        self._access: dict[str, AccessToken] = {}
        self._refresh: dict[str, _RefreshGrant] = {}
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
        self, *, user: bool = True, scope: str = USER_SCOPES, lifetime: float | None = None
    ) -> str:
        """A fresh access token (a user token unless ``user=False``), without any HTTP round trip."""
        return self._new_access(
            "sandbox", self.config.user_id if user else None, scope, lifetime, family=secrets.token_hex(8)
        ).token

    def issue_refresh_token(self, *, scope: str = USER_SCOPES, client_id: str = "sandbox") -> str:
        """A valid refresh token for the sandbox user."""
        return self._new_refresh(client_id, scope, secrets.token_hex(8))

    def adopt_token(
        self,
        access_token: str,
        *,
        refresh_token: str | None = None,
        client_id: str = "sandbox",
        user_id: int | None = None,
        scope: str = USER_SCOPES,
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

    def user_tokens(self, client_id: str, scope: str, *, refresh: str | None = None) -> Response:
        """The token response of a user login (a new family), or of a refresh (rotating ``refresh``)."""
        family = self._refresh[refresh].family if refresh else secrets.token_hex(8)
        access = self._new_access(client_id, self.config.user_id, scope, None, family=family)
        payload: dict[str, Any] = {
            "scope": scope,
            "user": user_json(self.config),
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

    # ---- grants ------------------------------------------------------------------------------
    def client_credentials(self, client_id: str, scope: str) -> Response:
        """The ``client_credentials`` grant: an access token without a user (or refresh token)."""
        access = self._new_access(client_id, None, scope, None, family=secrets.token_hex(8))
        payload = {
            "scope": scope,
            "token_type": "Bearer",
            "access_token": access.token,
            "expires_in": int(self.config.token_lifetime),
        }
        return json_response(200, payload)

    def refresh(self, client_id: str, refresh: str) -> Response:
        """The ``refresh_token`` grant, counting refreshes, refusals and reuses of rotated tokens."""
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
        return self.user_tokens(client_id, found.scope, refresh=refresh)

    def redeem_user_auth_token(self, client_id: str, token: str, scope: str) -> Response:
        """The ``user_auth_token`` grant: each token from `user_auth_token` logs in once."""
        if token not in self._user_auth_tokens:
            return oauth_error(400, "invalid_grant", "User auth token is invalid")
        self._user_auth_tokens.discard(token)
        return self.user_tokens(client_id, scope)
