"""The strategy interface every login implements, and the OAuth base the built-in flows share.

A `Grant` knows how to get a first token (``obtain``, possibly interactive) and how to renew
one (``refresh``, never interactive). The `TokenProvider` calls ``refresh``
inside requests and ``obtain`` only for non-interactive grants. A custom login (e.g. a
username/password endpoint returning a JWT) is a small class with these members.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self, runtime_checkable

from pydantic import ValidationError

from tidalkit._http.client import BaseClient
from tidalkit._http.errors import ResponseValidationError
from tidalkit.auth.config import AuthEndpoints, ClientApp
from tidalkit.auth.errors import LOGIN_HINT, LoginRequiredError
from tidalkit.auth.http import AuthClient, ClientAuthMethod, post_form
from tidalkit.auth.scopes import ApiName, format_scopes, resolve_scopes
from tidalkit.auth.token import Token, utc_now

if TYPE_CHECKING:
    import httpx

    from tidalkit._http.pool import ConnectionPool

__all__ = ["Grant", "OAuthGrant"]

logger: logging.Logger = logging.getLogger("tidalkit.auth")


@runtime_checkable
class Grant(Protocol):
    """A way to get and renew tokens.

    ``api`` ("v2", "private" or any name), ``client_id`` and ``flow`` key the stored token.
    ``interactive`` grants (device, PKCE) need the user for ``obtain``, so the token provider
    never calls it during a request. ``refresh`` must not involve the user; it raises
    `LoginRequiredError` (or ``InvalidGrantError``) when it cannot renew.
    """

    @property
    def api(self) -> str: ...

    @property
    def client_id(self) -> str: ...

    @property
    def flow(self) -> str: ...

    @property
    def interactive(self) -> bool: ...

    async def obtain(self) -> Token: ...

    async def refresh(self, token: Token) -> Token: ...


class OAuthGrant:
    """Shared plumbing of TIDAL's OAuth grants: app, endpoints, scopes, HTTP and the refresh grant.

    ``scopes`` takes scope names, categories or substrings (see `resolve_scopes`); unknown
    names are sent as given. ``http`` is a `BaseClient` to send auth requests
    through (shared, owned by the caller); otherwise an `AuthClient`
    is created on first use and closed by `aclose`. That client runs on the connection pool
    of the API client this grant's provider is the auth of (see `use_connections`), else on
    ``transport``, else on a pool of its own.
    """

    flow: str = "oauth"
    interactive: bool = False

    def __init__(
        self,
        *,
        api: ApiName = "v2",
        client_id: str | None = None,
        client_secret: str | None = None,
        client_unique_key: str | None = None,
        client_version: str | None = None,
        scopes: str | Iterable[str] | None = (),
        endpoints: AuthEndpoints | None = None,
        token_url: str | None = None,
        http: BaseClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        client_auth: ClientAuthMethod = "basic",
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.app: ClientApp = ClientApp.resolve(
            api,
            client_id=client_id,
            client_secret=client_secret,
            client_unique_key=client_unique_key,
            client_version=client_version,
        )
        endpoints = endpoints or AuthEndpoints()
        if token_url is not None:
            endpoints = AuthEndpoints(token_url, endpoints.device_authorization_url, endpoints.authorize_url)
        self.endpoints = endpoints
        self.scopes: frozenset[str] = (
            frozenset() if not scopes else resolve_scopes(scopes, api=api, strict=False)
        )
        self._http = http
        self._owns_http = http is None
        self._transport = transport
        self._pool: ConnectionPool | None = None
        self.client_auth = client_auth
        self._now = now

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(api={self.api!r}, client_id={self.client_id!r}, "
            f"scopes={format_scopes(self.scopes)!r})"
        )

    @property
    def api(self) -> str:
        return self.app.api

    @property
    def client_id(self) -> str:
        return self.app.client_id

    def use_connections(self, pool: ConnectionPool) -> None:
        """Send token requests over ``pool`` (an API client's) from now on.

        Ignored when this grant was given ``http`` or ``transport``, or already opened its own pool.
        """
        if self._owns_http and self._transport is None and (self._http is None or self._pool is not None):
            self._pool = pool
            self._http = None

    @property
    def http(self) -> BaseClient:
        """The client auth requests go through (created on first use unless injected)."""
        if self._pool is not None and self._pool.closed:
            self._pool = None  # the API client that lent it closed: use a pool of our own
            self._http = None
        if self._http is None:
            if self._pool is not None:
                self._http = AuthClient(http_client=self._pool.http_client, max_retries=2)
            else:
                self._http = AuthClient(transport=self._transport, max_retries=2)
        return self._http

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the auth HTTP client if this grant created it."""
        if self._owns_http and self._http is not None:
            await self._http.aclose()
            self._http = None

    async def _token_request(
        self,
        form: Mapping[str, str | None],
        *,
        operation: str,
        secrets: Iterable[str | None] = (),
        previous: Token | None = None,
    ) -> Token:
        """``POST /v1/oauth2/token`` with ``form`` plus ``client_id``; build the token."""
        issued = self._now()
        data = await post_form(
            self.http,
            self.endpoints.token_url,
            {"client_id": self.client_id, **form},
            app=self.app,
            operation=operation,
            client_auth=self.client_auth,
            secrets=secrets,
        )
        try:
            token = Token.from_response(
                data, now=issued, client_id=self.client_id, requested_scopes=self.scopes, previous=previous
            )
        except (ValidationError, KeyError, TypeError, ValueError) as exc:
            raise ResponseValidationError(
                f"{operation}: the token response is not a token ({type(exc).__name__})", model="Token"
            ) from None
        logger.debug(
            "%s: got token %s (expires %s, user %s)",
            operation,
            token.fingerprint,
            token.expires_at,
            token.user_id,
        )
        return token

    def _scope_field(self, token: Token | None = None) -> str | None:
        scopes = self.scopes or (token.scopes if token is not None else frozenset())
        return format_scopes(scopes) if scopes else None

    async def obtain(self) -> Token:
        """Get a first token; each flow implements it."""
        raise NotImplementedError(f"{type(self).__name__} cannot obtain a token on its own")

    async def refresh(self, token: Token) -> Token:
        """Renew ``token`` with its refresh token (``POST /v1/oauth2/token``, grant_type=refresh_token).

        Rotation: a new refresh token in the response replaces the old one; without one the old
        one is kept. No refresh token → `LoginRequiredError`; a revoked one →
        `InvalidGrantError`.
        """
        if token.refresh_token is None:
            raise LoginRequiredError(
                f"the {self.flow} token for client {self.client_id} expired and has no refresh token; "
                + LOGIN_HINT
            )
        refresh = token.refresh_token.get_secret_value()
        return await self._token_request(
            {"grant_type": "refresh_token", "refresh_token": refresh, "scope": self._scope_field(token)},
            operation="auth.refresh",
            secrets=[refresh],
            previous=token,
        )
