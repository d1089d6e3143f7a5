"""A web backend: one TIDAL client for the whole app; each request acts for its own user.

- the app's lifespan opens ONE :class:`~tidalkit.api.TidalAPI` (one connection pool, one limiter)
  and closes it at shutdown;
- per-user tokens live in the token repository (keyed by the app's user name); ``PerUserAuth``
  picks the current request's user from a context variable and delegates to that user's
  :class:`~tidalkit.auth.TokenProvider` (single-flight refresh, rotated refresh tokens saved back);
- the response cache is keyed by the token's identity, so users never see each other's data.

The handlers are plain async functions (``get_track``, ``whoami``, ``favorites``) so they can be
tested without FastAPI; ``create_app()`` wires them into FastAPI when it is installed::

    pip install fastapi uvicorn
    uvicorn --app-dir examples fastapi_app:app            # sandbox unless TIDAL_CLIENT_ID is set
    curl -H 'X-User: alice' localhost:8000/tracks/1

(``X-User`` stands in for your own session handling.) In sandbox mode the users "alice" and "bob"
are logged in already.
"""

# pyright: basic, reportMissingImports=false
# (FastAPI is optional here: without it the handlers still run, see create_app)

from __future__ import annotations

import os
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import httpx

from tidalkit import Authorization
from tidalkit.api import TidalAPI
from tidalkit.auth import (
    AuthEndpoints,
    LoginRequiredError,
    MemoryTokenRepository,
    PKCEGrant,
    SqliteTokenRepository,
    Token,
    TokenKey,
    TokenProvider,
    TokenRepository,
)
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox

current_user: ContextVar[str | None] = ContextVar("current_user", default=None)


@dataclass
class Settings:
    """Where the app talks to and how it stores tokens."""

    client_id: str
    repository: TokenRepository
    v2_url: str = "https://openapi.tidal.com/v2/"
    endpoints: AuthEndpoints = field(default_factory=AuthEndpoints)
    transport: httpx.AsyncBaseTransport | None = None
    redirect_uri: str = "http://localhost:8000/callback"

    @classmethod
    async def from_env(cls) -> Settings:
        """TIDAL with ``TIDAL_CLIENT_ID``; without it, a sandbox where alice and bob are logged in."""
        client_id = os.environ.get("TIDAL_CLIENT_ID")
        if client_id:
            return cls(client_id, SqliteTokenRepository())
        return await sandbox_settings(Sandbox())


async def sandbox_settings(sandbox: Sandbox, users: tuple[str, ...] = ("alice", "bob")) -> Settings:
    """Settings for ``sandbox``, with a stored login for each of ``users`` (as after a PKCE login)."""
    repository = MemoryTokenRepository()
    for user in users:
        token = Token.static(
            sandbox.auth.issue_token(),
            refresh_token=sandbox.auth.issue_refresh_token(),
            expires_in=3600,
            user_id=str(sandbox.config.user_id),
            country_code=sandbox.config.country_code,
        )
        await repository.save(TokenKey("v2", SANDBOX_CLIENT_ID, "pkce", user), token)
    return Settings(
        SANDBOX_CLIENT_ID,
        repository,
        v2_url=sandbox.urls.v2,
        endpoints=AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login),
        transport=sandbox.transport(),
    )


class PerUserAuth:
    """A :class:`~tidalkit.RequestAuth` that acts for ``current_user``, one token provider per user."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._grant = PKCEGrant(  # renews stored logins; the login itself happens in your login route
            client_id=settings.client_id,
            redirect_uri=settings.redirect_uri,
            endpoints=settings.endpoints,
            transport=settings.transport,
        )
        self._providers: dict[str, TokenProvider] = {}

    def provider(self, user: str) -> TokenProvider:
        """The user's provider (created on first use; its token is loaded from the repository)."""
        found = self._providers.get(user)
        if found is None:
            found = TokenProvider(self._grant, repository=self.settings.repository, user=user)
            self._providers[user] = found
        return found

    def _current(self) -> TokenProvider:
        user = current_user.get()
        if user is None:
            raise LoginRequiredError("no user for this request")
        return self.provider(user)

    async def authorize(self) -> Authorization:
        """The current user's headers (refreshed if needed)."""
        return await self._current().authorize()

    async def unauthorized(self, failed: Authorization) -> bool:
        """After a 401: renew the current user's token once."""
        return await self._current().unauthorized(failed)

    async def aclose(self) -> None:
        """Close the grant's HTTP client."""
        await self._grant.aclose()


@dataclass
class AppState:
    """What lives for the app's lifetime."""

    tidal: TidalAPI
    auth: PerUserAuth


@asynccontextmanager
async def lifespan(settings: Settings) -> AsyncGenerator[AppState, None]:
    """Open the one client at startup, close it at shutdown."""
    auth = PerUserAuth(settings)
    tidal = TidalAPI(auth=auth, base_url=settings.v2_url, transport=settings.transport, country_code="US")
    try:
        yield AppState(tidal, auth)
    finally:
        await tidal.aclose()
        await auth.aclose()


# ---- handlers: plain async functions ------------------------------------------------------------


async def get_track(state: AppState, user: str, track_id: str) -> dict[str, Any]:
    """``GET /tracks/{id}`` as ``user``."""
    token = current_user.set(user)
    try:
        track = await state.tidal.tracks.get(track_id, include=["artists"])
    finally:
        current_user.reset(token)
    return {
        "id": track.id,
        "title": track.title,
        "artists": [a.name for a in track.artists],
        "isrc": track.isrc,
    }


async def whoami(state: AppState, user: str) -> dict[str, Any]:
    """``GET /users/me`` as ``user``."""
    token = current_user.set(user)
    try:
        me = await state.tidal.users.me()
    finally:
        current_user.reset(token)
    return {
        "app_user": user,
        "tidal_user_id": me.id,
        "country": me.attributes.country if me.attributes else None,
    }


async def favorites(state: AppState, user: str, limit: int = 10) -> list[str]:
    """The ids of ``user``'s collected tracks (``GET /userCollectionTracks/me/relationships/items``)."""
    token = current_user.set(user)
    try:
        return [item.id async for item in state.tidal.user_collection_tracks.items("me", max_items=limit)]
    finally:
        current_user.reset(token)


# ---- FastAPI wiring (only when FastAPI is installed) ---------------------------------------------


def create_app(settings: Settings | None = None) -> Any:
    """The FastAPI app; raises ImportError with an install hint when FastAPI is missing."""
    try:
        from fastapi import FastAPI, Header, HTTPException, Request
    except ImportError as exc:
        raise ImportError("this example needs FastAPI: pip install fastapi uvicorn") from exc

    @asynccontextmanager
    async def app_lifespan(app: Any) -> AsyncGenerator[None, None]:
        async with lifespan(settings or await Settings.from_env()) as state:
            app.state.tidal = state
            yield

    api = FastAPI(lifespan=app_lifespan)

    async def call(coro: Any) -> Any:
        try:
            return await coro
        except LoginRequiredError as exc:
            raise HTTPException(401, "log in to TIDAL first") from exc

    @api.get("/tracks/{track_id}")
    async def track_route(track_id: str, request: Request, x_user: str = Header()) -> Any:
        return await call(get_track(request.app.state.tidal, x_user, track_id))

    @api.get("/me")
    async def me_route(request: Request, x_user: str = Header()) -> Any:
        return await call(whoami(request.app.state.tidal, x_user))

    @api.get("/favorites")
    async def favorites_route(request: Request, x_user: str = Header(), limit: int = 10) -> Any:
        return await call(favorites(request.app.state.tidal, x_user, limit))

    return api


try:
    app = create_app()
except ImportError:
    app = None  # FastAPI is not installed: the handlers above still work (see the tests)
