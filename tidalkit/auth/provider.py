"""The token provider: a `RequestAuth` that keeps a valid token for one account.

- refreshes ahead of expiry (margin min(60 s, 10 % of the token's lifetime));
- single-flight, in three layers: one ``anyio.Lock`` per token key in the provider, then the
  repository's ``refresh_lock(key)`` (shared by every provider, process and host using the store),
  then a re-read of the store inside the lock: a token someone else renewed meanwhile is adopted
  instead of renewed again, so one token request happens per expiry however many workers share it;
- on a 401 it renews only if the failing token (``Authorization.token_id``) is still current, and
  the pipeline replays the request once;
- when it cannot renew (no refresh token, ``invalid_grant``) it raises
  `LoginRequiredError` saying what to do, and does not hit the auth
  server again for that token, for as long as the store holds nothing newer (every later call looks
  there first); it never prompts the user inside a request;
- when the auth server fails (5xx, timeout, 429, or an answer that is not a token: HTML, bad JSON)
  it raises a typed error and, for a cool-down that doubles with each consecutive failure (from
  ``retry_after`` up to ``max_backoff`` seconds), gives callers queued behind it
  `TokenRefreshError` without new requests: no refresh storm;
- a store that fails (corrupt, unreadable) is logged once as a warning and bypassed: the token in
  memory keeps being renewed and served; a refresh lock another process holds past its lease is
  `TokenRefreshError` (renewing beside it could reuse a refresh token).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import anyio

from tidalkit._http.credentials import Authorization, SharesConnections
from tidalkit._http.errors import APIConnectionError, InternalServerError, RateLimitError, TidalError
from tidalkit.auth.errors import (
    LOGIN_HINT,
    InvalidGrantError,
    LoginRequiredError,
    TokenRefreshError,
    TokenStoreError,
)
from tidalkit.auth.oauth import Grant
from tidalkit.auth.repository import TokenKey, TokenRepository, TokenStoreLockedError
from tidalkit.auth.token import Token, utc_now

if TYPE_CHECKING:
    from tidalkit._http.pool import ConnectionPool

__all__ = ["TokenProvider"]

logger = logging.getLogger("tidalkit.auth")

TokenCallback = Callable[[Token], Awaitable[None]]


class TokenProvider:
    """Valid tokens for one account of one grant; pass it as ``auth=`` to either API client.

    ``token`` is the starting token (else it is loaded from ``repository``, or obtained when the
    grant is not interactive). ``user`` is the identifier the token is stored under (default: the
    token's user id, or "" for app tokens). ``on_token`` is awaited after every renewal.
    ``client_secret`` is passed to the repository on save (stored only if it opted in).
    ``retry_after`` is the cool-down after a failed renewal; it doubles with each consecutive
    failure, up to ``max_backoff`` seconds.
    """

    def __init__(
        self,
        grant: Grant,
        *,
        token: Token | None = None,
        repository: TokenRepository | None = None,
        user: str | None = None,
        on_token: TokenCallback | None = None,
        client_secret: str | None = None,
        retry_after: float = 2.0,
        max_backoff: float = 60.0,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.grant = grant
        self.repository = repository
        self._token = token
        self._user = user
        self._on_token = on_token
        self._client_secret = client_secret
        self._now = now
        self._locks: dict[TokenKey, anyio.Lock] = {}
        self._failed: tuple[str | None, str] | None = None  # (fingerprint, message) of a dead token
        self._outage: tuple[str | None, datetime, str] | None = None  # (fingerprint, until, message)
        self._retry_after = timedelta(seconds=retry_after)
        self._max_backoff = timedelta(seconds=max(retry_after, max_backoff))
        self._failures = 0  # consecutive failed renewals (the cool-down doubles with each)
        self._store_warning: str | None = None  # the last store failure logged as a warning
        self.refresh_count = 0

    def __repr__(self) -> str:
        return f"TokenProvider(key={self.key!r}, token={self._token!r})"

    # ---- identity ------------------------------------------------------------------------------

    @property
    def key(self) -> TokenKey:
        """The repository key: (api, client id, flow, user identifier)."""
        user = self._user
        if user is None:
            user = self._token.user_id if self._token is not None and self._token.user_id else ""
        return TokenKey(self.grant.api, self.grant.client_id, self.grant.flow, user)

    @property
    def token(self) -> Token | None:
        """The current token (maybe expired), without any I/O."""
        return self._token

    @property
    def user_id(self) -> str | None:
        """The TIDAL user id from the token response (``user_id``/``user.userId``), if any."""
        return self._token.user_id if self._token is not None else None

    @property
    def country_code(self) -> str | None:
        """The account's country from the token response (``user.countryCode``), if any."""
        return self._token.country_code if self._token is not None else None

    @property
    def identity(self) -> str:
        """``user:<id>`` for user tokens, ``client:<client id>`` for app tokens (never a secret)."""
        user_id = self.user_id
        return f"user:{user_id}" if user_id else f"client:{self.grant.client_id}"

    def _authorization(self, token: Token) -> Authorization:
        return Authorization(
            {"Authorization": token.authorization_header}, identity=self.identity, token_id=token.fingerprint
        )

    def _lock(self) -> anyio.Lock:
        key = self.key
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = anyio.Lock()
        return lock

    # ---- RequestAuth ---------------------------------------------------------------------------

    async def authorize(self) -> Authorization:
        """Headers with a valid token, renewing it first when it is (nearly) expired."""
        return self._authorization(await self.get_token())

    async def unauthorized(self, failed: Authorization) -> bool:
        """After a 401: renew if the failing token is still current; True means "replay once"."""
        async with self._lock():
            current = self._token
            if current is None:
                return False
            if failed.token_id != current.fingerprint:
                return True  # another task renewed it meanwhile
            logger.debug("token %s was refused (401); renewing", current.fingerprint)
            await self._renew_locked(current)
            return True

    # ---- tokens --------------------------------------------------------------------------------

    async def get_token(self) -> Token:
        """A token valid for at least the refresh margin (single-flight renewal)."""
        token = self._token
        if token is not None and not token.needs_refresh(self._now()):
            return token
        async with self._lock():
            token = self._token
            if token is not None and not token.needs_refresh(self._now()):
                return token  # renewed while this task waited
            return await self._renew_locked(token)

    async def refresh(self) -> Token:
        """Renew now, whatever the expiry (single-flight with other renewals)."""
        async with self._lock():
            return await self._renew_locked(self._token)

    async def set_token(self, token: Token, *, persist: bool = True) -> None:
        """Replace the token (e.g. after a new login) and store it."""
        async with self._lock():
            await self._install(token, persist=persist)

    async def _install(self, token: Token, *, persist: bool = True) -> None:
        if self._user is None:
            self._user = token.user_id or ""  # pin the key: it must not move under a held lock
        self._token = token
        self._failed = None
        self._outage = None
        self._failures = 0
        if persist and self.repository is not None:
            try:
                await self.repository.save(self.key, token, client_secret=self._client_secret)
            except TokenStoreError as exc:  # the request can go on; the next renewal saves again
                self._store_failed(exc, f"could not store the renewed token {token.fingerprint}")
        if self._on_token is not None:
            await self._on_token(token)

    def _store_failed(self, exc: TokenStoreError, what: str) -> None:
        """Log a store failure: a warning the first time (and when it changes), then at debug level."""
        message = str(exc)
        level = logging.DEBUG if message == self._store_warning else logging.WARNING
        self._store_warning = message
        logger.log(level, "%s; going on with the token in memory: %s", what, message)

    @asynccontextmanager
    async def _store_lock(self) -> AsyncGenerator[None, None]:
        """The repository's cross-process refresh lock for our key (bypassed if the store fails)."""
        async with AsyncExitStack() as stack:
            if self.repository is not None:
                try:
                    await stack.enter_async_context(self.repository.refresh_lock(self.key))
                except TokenStoreLockedError as exc:  # renewing beside a live holder risks a reuse
                    raise TokenRefreshError(
                        f"another process has been renewing the {self.grant.flow} token for "
                        f"{self.identity} for too long; try again shortly"
                    ) from exc
                except TokenStoreError as exc:  # no way to coordinate: renew alone
                    self._store_failed(exc, "could not take the store's refresh lock")
            yield

    async def _stored_replacement(self, current: Token | None) -> Token | None:
        """A fresher token stored under our key by someone else, if any."""
        if self.repository is None:
            return None
        key = self.key
        if current is None and self._user is None:
            key = key.with_user(None)  # no identifier: the most recently used account
        try:
            stored = await self.repository.get(key)
        except TokenStoreError as exc:
            if current is None and self.grant.interactive:
                raise  # nothing in memory, and no way to get a token without the user
            self._store_failed(exc, "could not read the token store")
            return None
        if stored is None:
            return None
        token = stored.token
        if current is not None and (
            token.fingerprint == current.fingerprint or token.issued_at <= current.issued_at
        ):
            return None  # ours, or older than ours
        if token.needs_refresh(self._now()) and token.refresh_token is None:
            return None
        if current is None:
            self._user = stored.key.user
        return token

    def _cool_down(self, fingerprint: str | None, message: str) -> None:
        """Remember a failed renewal: callers get ``message`` without a request until it passes."""
        self._failures += 1
        pause = min(self._retry_after * 2 ** min(self._failures - 1, 16), self._max_backoff)
        self._outage = (fingerprint, self._now() + pause, message)

    async def _renew_locked(self, current: Token | None) -> Token:
        fingerprint = current.fingerprint if current is not None else None
        if self._failed is not None and self._failed[0] == fingerprint:
            late = await self._stored_replacement(current)  # remembered only while nothing newer is stored
            if late is None:
                raise LoginRequiredError(self._failed[1])
            logger.debug("token %s was renewed elsewhere after our failure", late.fingerprint)
            self._failed = None
        if self._outage is not None and self._outage[0] == fingerprint and self._now() < self._outage[1]:
            raise TokenRefreshError(self._outage[2])
        async with self._store_lock():
            return await self._renew_exclusive(current, fingerprint)

    async def _renew_exclusive(self, current: Token | None, fingerprint: str | None) -> Token:
        """Renew while holding every refresh lock: adopt what the store has, else call the grant."""
        adopted = await self._stored_replacement(current)
        if adopted is not None and not adopted.needs_refresh(self._now()):
            logger.debug("adopted token %s from the repository", adopted.fingerprint)
            await self._install(adopted, persist=False)
            return adopted
        if adopted is not None:
            current = adopted
        try:
            if current is None:
                if self.grant.interactive:
                    raise LoginRequiredError(
                        f"no stored {self.grant.flow} token for client {self.grant.client_id}; {LOGIN_HINT}"
                    )
                token = await self.grant.obtain()
            else:
                token = await self.grant.refresh(current)
        except (InternalServerError, RateLimitError, APIConnectionError) as exc:
            if current is None and isinstance(exc, APIConnectionError):
                raise  # no token yet: the auth server is unreachable, nothing failed to renew
            message = (
                f"the auth server could not renew the {self.grant.flow} token for {self.identity} "
                f"({type(exc).__name__}); try again shortly"
            )
            self._cool_down(fingerprint, message)
            raise TokenRefreshError(message) from exc
        except (InvalidGrantError, LoginRequiredError) as exc:
            late = await self._stored_replacement(current)
            if late is not None and not late.needs_refresh(self._now()):
                await self._install(late, persist=False)
                return late
            message = (
                f"the {self.grant.flow} token for {self.identity} can no longer be renewed "
                f"({type(exc).__name__}); {LOGIN_HINT}"
            )
            if fingerprint is not None:  # a missing token may still be stored by a login elsewhere
                self._failed = (fingerprint, message)
            raise LoginRequiredError(message) from exc
        except TidalError as exc:  # not a token (HTML, bad JSON), client refused: do not hammer
            self._cool_down(
                fingerprint,
                f"renewing the {self.grant.flow} token for {self.identity} failed just before "
                f"({type(exc).__name__}); not asking the auth server again yet",
            )
            raise
        self.refresh_count += 1
        logger.debug(
            "renewed token %s -> %s (expires %s)",
            fingerprint,
            token.fingerprint,
            token.expires_at,
        )
        await self._install(token)
        return token

    def use_connections(self, pool: ConnectionPool) -> None:
        """Let the grant send its token requests over ``pool`` (the API client's)."""
        if isinstance(self.grant, SharesConnections):
            self.grant.use_connections(pool)

    async def aclose(self) -> None:
        """Close the grant's HTTP client if it has one it owns."""
        close = getattr(self.grant, "aclose", None)
        if close is not None:
            await close()
