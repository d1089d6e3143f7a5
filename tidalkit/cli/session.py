"""One command's session: the target, the token repository, grants, and the API clients.

A data command uses the stored login of the chosen API (``tidalkit login``) when there is one,
otherwise app-level access: a client-credentials token for the v2 API (needs
``TIDAL_CLIENT_SECRET``), the client id header for the private API's catalogue.
"""

from __future__ import annotations

from contextlib import AsyncExitStack
from pathlib import Path
from types import TracebackType
from typing import Self

from tidalkit._http.credentials import RequestAuth
from tidalkit.api.client import TidalAPI
from tidalkit.auth.device import DeviceCodeGrant, DisplayCallback
from tidalkit.auth.errors import LoginRequiredError
from tidalkit.auth.grants import ClientCredentialsGrant
from tidalkit.auth.oauth import OAuthGrant
from tidalkit.auth.pkce import PRIVATE_REDIRECT_URIS, PKCEGrant
from tidalkit.auth.provider import TokenProvider
from tidalkit.auth.redirect import LoopbackReceiver, RedirectReceiver, UrlCallback, is_loopback_uri
from tidalkit.auth.repository import MemoryTokenRepository, StoredToken, TokenRepository
from tidalkit.auth.sqlite import SqliteTokenRepository
from tidalkit.cli.target import ApiName, Target, register_tokens
from tidalkit.private.client import PrivateAPI

__all__ = ["USER_FLOWS", "V2_USER_SCOPES", "Session"]

USER_FLOWS = ("device", "pkce")
"""The login flows whose tokens the CLI stores and reuses."""

V2_USER_SCOPES = "user.read collection.read playlists.read search.read"
"""Scopes the CLI asks for when logging in to the v2 API."""

DEFAULT_V2_REDIRECT = "http://127.0.0.1:8765/callback"


class Session:
    """Everything one command needs; ``async with Session(...)`` closes what it opened.

    ``repository`` defaults to the SQLite token store (``token_db``, else ``TIDALKIT_TOKEN_DB``,
    else the user data dir). ``user`` selects a stored account by its identifier.
    """

    def __init__(
        self,
        target: Target,
        *,
        api: ApiName = "v2",
        user: str | None = None,
        country: str | None = None,
        repository: TokenRepository | None = None,
        token_db: Path | None = None,
    ) -> None:
        self.target = target
        self.api: ApiName = api
        self.user = user
        self.country = country.upper() if country else None
        self.repository: TokenRepository = repository or SqliteTokenRepository(token_db)
        self._stack = AsyncExitStack()
        self._adopted = False

    async def __aenter__(self) -> Self:
        await self._stack.__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._stack.__aexit__(exc_type, exc, tb)

    # ---- grants --------------------------------------------------------------------------------

    def _grant_options(self, api: ApiName) -> dict[str, object]:
        return {
            "api": api,
            "client_id": self.target.client_id(api),
            "client_secret": self.target.client_secret(api),
            "endpoints": self.target.endpoints,
            "transport": self.target.transport,
        }

    def device_grant(self, display: DisplayCallback | None = None) -> DeviceCodeGrant:
        """The device-code login of this session's API (closed with the session)."""
        options = self._grant_options(self.api)
        if self.api == "v2":
            options["scopes"] = V2_USER_SCOPES
        grant = DeviceCodeGrant(display=display, **options)  # type: ignore[arg-type]
        self._stack.push_async_callback(grant.aclose)
        return grant

    def pkce_grant(
        self,
        *,
        redirect_uri: str | None = None,
        receiver: RedirectReceiver | None = None,
        open_browser: bool = False,
        on_url: UrlCallback | None = None,
    ) -> PKCEGrant:
        """The browser (PKCE) login; the v2 API redirects to loopback, the private API to TIDAL's page.

        ``on_url`` is awaited with the authorize URL when the default loopback receiver is ready.
        """
        options = self._grant_options(self.api)
        if self.api == "v2":
            options["scopes"] = V2_USER_SCOPES
        default = DEFAULT_V2_REDIRECT if self.api == "v2" else PRIVATE_REDIRECT_URIS[1]
        uri = redirect_uri or default
        if receiver is None and is_loopback_uri(uri):
            receiver = LoopbackReceiver(uri, on_url=on_url)
        grant = PKCEGrant(
            redirect_uri=uri,
            receiver=receiver,
            open_browser=open_browser,
            **options,  # type: ignore[arg-type]
        )
        self._stack.push_async_callback(grant.aclose)
        return grant

    def _refresh_grant(self, flow: str) -> OAuthGrant:
        if flow == "pkce":
            return self.pkce_grant(redirect_uri="http://127.0.0.1:0/callback")
        return self.device_grant()

    # ---- stored logins -------------------------------------------------------------------------

    async def stored_logins(self, *, all_apis: bool = False) -> list[StoredToken]:
        """Stored user logins of this target's apps (most recently used first)."""
        apis: list[ApiName] = ["v2", "private"] if all_apis else [self.api]
        rows: list[StoredToken] = []
        for api in apis:
            client_id = self.target.credentials.get(api, (None, None))[0]
            if not client_id:
                continue
            rows.extend(await self.repository.list(apis=api, client_ids=client_id, flows=USER_FLOWS))
        rows.sort(key=lambda row: row.last_used_at, reverse=True)
        await self._adopt(rows)
        return rows

    async def _adopt(self, rows: list[StoredToken]) -> None:
        sandbox = self.target.sandbox
        if sandbox is not None and not self._adopted:
            self._adopted = True
            register_tokens(sandbox, rows)

    async def stored_login(self) -> StoredToken | None:
        """The stored login of this session's API and user (the most recent one without ``--user``)."""
        self.target.client_id(self.api)
        for row in await self.stored_logins():
            if self.user is None or row.key.user == self.user:
                return row
        return None

    async def user_auth(self) -> TokenProvider:
        """A token provider for the stored login; `LoginRequiredError` when there is none."""
        row = await self.stored_login()
        if row is None:
            who = f" for {self.user!r}" if self.user else ""
            api = " --api private" if self.api == "private" else ""
            command = f"tidalkit{self.target.cli_flags()}{api} login"
            raise LoginRequiredError(f"no stored {self.api} login{who}: run `{command}` first")
        grant = self._refresh_grant(row.key.flow)
        return TokenProvider(grant, token=row.token, repository=self.repository, user=row.key.user)

    def has_app_access(self) -> bool:
        """Whether catalogue reads work without a login (v2: a client secret; private: a client id)."""
        wanted = self.target.credentials.get(self.api, (None, None))
        return bool(wanted[1] if self.api == "v2" else wanted[0])

    async def auth(self, *, user_required: bool = False, app_only: bool = False) -> RequestAuth | None:
        """The stored login's provider, else app access (None for the private API's client id header).

        ``app_only`` skips the stored login (catalogue reads when that login no longer works).
        """
        if user_required or (not app_only and await self.stored_login() is not None):
            return await self.user_auth()
        if self.api == "private":
            self.target.client_id("private")
            return None
        secret = self.target.require_secret("v2")
        grant = ClientCredentialsGrant(
            client_id=self.target.client_id("v2"),
            client_secret=secret,
            endpoints=self.target.endpoints,
            transport=self.target.transport,
        )
        self._stack.push_async_callback(grant.aclose)
        return TokenProvider(grant)

    # ---- clients -------------------------------------------------------------------------------

    def _country_of(self, auth: RequestAuth | None) -> str:
        if self.country:
            return self.country
        found = auth.country_code if isinstance(auth, TokenProvider) else None
        return found.upper() if found else "US"

    async def v2(self, *, user_required: bool = False, app_only: bool = False) -> TidalAPI:
        """A `TidalAPI` for this target (closed with the session)."""
        auth = await self.auth(user_required=user_required, app_only=app_only)
        client = TidalAPI(
            auth=auth,
            base_url=self.target.v2_url,
            transport=self.target.transport,
            country_code=self._country_of(auth),
        )
        self._stack.push_async_callback(client.aclose)
        return client

    async def private(self, *, user_required: bool = False, app_only: bool = False) -> PrivateAPI:
        """A `PrivateAPI` for this target (closed with the session)."""
        auth = await self.auth(user_required=user_required, app_only=app_only)
        client = PrivateAPI(
            auth=auth,
            client_id=self.target.client_id("private"),
            base_url=self.target.private_url,
            transport=self.target.transport,
            country_code=self.country,
        )
        self._stack.push_async_callback(client.aclose)
        return client


def memory_session(target: Target, **options: object) -> Session:
    """A session whose tokens live in memory only (the demo's, so it leaves no trace)."""
    return Session(target, repository=MemoryTokenRepository(), **options)  # type: ignore[arg-type]
