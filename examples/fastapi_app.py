"""A web backend: one TIDAL client for the whole app; each request acts for its own user.

The app opens ONE :class:`~tidalkit.api.TidalAPI` at startup (one connection pool, one limiter,
one response cache) and closes it at shutdown. A request gets ``tidal.with_options(auth=...)``: a
client for its user on that same pool, with the user's :class:`~tidalkit.auth.TokenProvider`
(single-flight refresh, rotated refresh tokens saved back to the repository). Cached responses
are keyed by each request's user, so users never see each other's data::

    pip install fastapi uvicorn
    uvicorn --app-dir examples fastapi_app:app            # sandbox unless TIDAL_CLIENT_ID is set
    curl -H 'X-User: alice' localhost:8000/tracks/1

(``X-User`` stands in for your own session handling; in sandbox mode "alice" and "bob" are logged in.)
"""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse

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


@dataclass
class Settings:
    """Where the app talks to and how it stores tokens."""

    client_id: str
    repository: TokenRepository
    v2_url: str = "https://openapi.tidal.com/v2/"
    endpoints: AuthEndpoints = field(default_factory=AuthEndpoints)
    transport: httpx.AsyncBaseTransport | None = None
    redirect_uri: str = "http://localhost:8000/callback"


async def sandbox_settings(sandbox: Sandbox, users: tuple[str, ...] = ("alice", "bob")) -> Settings:
    """Settings for ``sandbox``, with a stored login for each of ``users`` (as after a PKCE login)."""
    repository = MemoryTokenRepository()
    for user in users:
        token = Token.static(
            sandbox.auth.issue_token(),
            refresh_token=sandbox.auth.issue_refresh_token(),
            expires_in=3600,
            user_id=str(sandbox.config.user_id),
        )
        await repository.save(TokenKey("v2", SANDBOX_CLIENT_ID, "pkce", user), token)
    endpoints = AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login)
    return Settings(SANDBOX_CLIENT_ID, repository, sandbox.urls.v2, endpoints, sandbox.transport())


class Backend:
    """What lives for the app's lifetime: the one client, and a token provider per user."""

    def __init__(self, tidal: TidalAPI, settings: Settings) -> None:
        self.tidal = tidal
        self.repository = settings.repository
        # renews stored logins; the login itself happens in your login route
        self.grant = PKCEGrant(
            client_id=settings.client_id, redirect_uri=settings.redirect_uri, endpoints=settings.endpoints
        )
        self.providers: dict[str, TokenProvider] = {}

    def client_for(self, user: str) -> TidalAPI:
        """The shared client acting for ``user`` (no new connection pool)."""
        provider = self.providers.get(user)
        if provider is None:
            provider = TokenProvider(self.grant, repository=self.repository, user=user)
            self.providers[user] = provider
        return self.tidal.with_options(auth=provider)


def user_client(request: Request, x_user: Annotated[str, Header()]) -> TidalAPI:
    """The dependency giving a route the client of the request's user."""
    backend: Backend = request.app.state.backend
    return backend.client_for(x_user)


Tidal = Annotated[TidalAPI, Depends(user_client)]


def create_app(settings: Settings | None = None) -> FastAPI:
    """The FastAPI app: TIDAL with ``TIDAL_CLIENT_ID`` set, else the sandbox (or ``settings``)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncGenerator[None]:
        chosen = settings
        if chosen is None:
            client_id = os.environ.get("TIDAL_CLIENT_ID")
            chosen = Settings(client_id, SqliteTokenRepository()) if client_id else None
            chosen = chosen or await sandbox_settings(Sandbox())
        async with TidalAPI(base_url=chosen.v2_url, transport=chosen.transport, country_code="US") as tidal:
            app.state.backend = Backend(tidal, chosen)
            yield

    app = FastAPI(lifespan=lifespan)

    @app.exception_handler(LoginRequiredError)
    async def login_required(request: Request, exc: LoginRequiredError) -> JSONResponse:
        return JSONResponse({"detail": "log in to TIDAL first"}, status_code=401)

    @app.get("/tracks/{track_id}")
    async def get_track(track_id: str, tidal: Tidal) -> dict[str, str | list[str] | None]:
        """``GET /tracks/{id}?include=artists``."""
        track = await tidal.tracks.get(track_id, include=["artists"])
        return {"id": track.id, "title": track.title, "artists": [a.name for a in track.artists]}

    @app.get("/me")
    async def whoami(tidal: Tidal) -> dict[str, str | None]:
        """``GET /users/me``."""
        me = await tidal.users.me()
        return {"tidal_user_id": me.id, "country": me.attributes.country if me.attributes else None}

    @app.get("/favorites")
    async def favorites(tidal: Tidal, limit: int = 10) -> list[str]:
        """The user's collected track ids (``GET /userCollectionTracks/me/relationships/items``)."""
        return [item.id async for item in tidal.user_collection_tracks.items("me", max_items=limit)]

    return app


app = create_app()
