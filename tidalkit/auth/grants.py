"""The non-interactive grants: client credentials, refresh token, user_auth_token, static token.

All POST to ``https://auth.tidal.com/v1/oauth2/token`` (overridable) with the fields of TIDAL's
auth docs. Client ids/secrets come from arguments or ``TIDAL_CLIENT_ID``/``TIDAL_CLIENT_SECRET``
(v2) and ``TIDAL_PRIVATE_CLIENT_ID``/``TIDAL_PRIVATE_CLIENT_SECRET`` (private API).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tidalkit.auth.errors import LOGIN_HINT, LoginRequiredError, MissingClientIdError
from tidalkit.auth.oauth import OAuthGrant
from tidalkit.auth.token import Token

__all__ = ["ClientCredentialsGrant", "RefreshTokenGrant", "StaticTokenGrant", "UserAuthTokenGrant"]


class ClientCredentialsGrant(OAuthGrant):
    """An app token for the v2 API's catalogue (``POST /v1/oauth2/token``, grant_type=client_credentials).

    Needs a client secret. Renewing is just obtaining again, so the provider does it on its own.
    """

    flow = "client_credentials"
    interactive = False

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("scopes", ())
        super().__init__(**kwargs)
        if self.app.client_secret is None:
            raise MissingClientIdError(
                "client credentials need a client secret: pass client_secret=... or set TIDAL_CLIENT_SECRET"
            )

    async def obtain(self) -> Token:
        """``POST /v1/oauth2/token`` with grant_type=client_credentials (no scope: TIDAL ignores it)."""
        return await self._token_request(
            {"grant_type": "client_credentials"}, operation="auth.client_credentials"
        )

    async def refresh(self, token: Token) -> Token:
        """A new client-credentials token (client tokens have no refresh token)."""
        return await self.obtain()


class RefreshTokenGrant(OAuthGrant):
    """Start from a refresh token you hold (``grant_type=refresh_token``), e.g. one exported elsewhere."""

    flow = "refresh_token"
    interactive = False

    def __init__(self, refresh_token: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._seed = Token.static("-", refresh_token=refresh_token, expires_in=0)

    def __repr__(self) -> str:
        return f"RefreshTokenGrant(api={self.api!r}, client_id={self.client_id!r})"

    async def obtain(self) -> Token:
        """``POST /v1/oauth2/token`` with the refresh token given at construction."""
        return await self.refresh(self._seed)


class UserAuthTokenGrant(OAuthGrant):
    """Exchange a ``user_auth_token`` for tokens (``POST /v1/oauth2/token``, grant_type=user_auth_token).

    Form: client_id, user_auth_token, client_version?, client_unique_key?, scope.
    """

    flow = "user_auth_token"
    interactive = False

    def __init__(self, user_auth_token: str, **kwargs: Any) -> None:
        kwargs.setdefault("api", "private")
        kwargs.setdefault("scopes", "r_usr w_usr w_sub" if kwargs["api"] == "private" else ())
        super().__init__(**kwargs)
        self._user_auth_token = user_auth_token

    def __repr__(self) -> str:
        return f"UserAuthTokenGrant(api={self.api!r}, client_id={self.client_id!r})"

    async def obtain(self) -> Token:
        """``POST /v1/oauth2/token`` exchanging the user auth token."""
        return await self._token_request(
            {
                "grant_type": "user_auth_token",
                "user_auth_token": self._user_auth_token,
                "client_version": self.app.client_version,
                "client_unique_key": self.app.client_unique_key,
                "scope": self._scope_field(),
            },
            operation="auth.user_auth_token",
            secrets=[self._user_auth_token],
        )


class StaticTokenGrant(OAuthGrant):
    """A token the caller already has (access, optional refresh token and expiry).

    With a refresh token (and a client id, from arguments or the environment) it is renewed with
    the refresh grant; without one, expiry means `LoginRequiredError`.
    """

    flow: str = "static"
    interactive = False

    def __init__(
        self,
        access_token: str,
        *,
        refresh_token: str | None = None,
        expires_at: datetime | None = None,
        expires_in: float | None = None,
        user_id: str | None = None,
        country_code: str | None = None,
        flow: str = "static",
        **kwargs: Any,
    ) -> None:
        try:
            super().__init__(**kwargs)
        except MissingClientIdError:
            if refresh_token is not None:
                raise
            kwargs["client_id"] = "static"
            super().__init__(**kwargs)
        self.flow = flow
        self._token = Token.static(
            access_token,
            refresh_token=refresh_token,
            expires_at=expires_at,
            expires_in=expires_in,
            user_id=user_id,
            country_code=country_code,
            client_id=self.client_id,
            scopes=self.scopes,
        )

    def __repr__(self) -> str:
        return f"StaticTokenGrant(api={self.api!r}, token={self._token!r})"

    async def obtain(self) -> Token:
        """The token given at construction (no request)."""
        return self._token

    async def refresh(self, token: Token) -> Token:
        """The refresh grant when a refresh token is known, else `LoginRequiredError`."""
        if token.refresh_token is None:
            raise LoginRequiredError(
                f"the supplied access token expired and no refresh token was given; {LOGIN_HINT}"
            )
        return await super().refresh(token)
