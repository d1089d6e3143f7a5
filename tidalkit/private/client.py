"""``PrivateAPI``: the client of TIDAL's private API (https://api.tidal.com, paths under v1/ and v2/).

Without ``auth``, catalogue calls carry ``x-tidal-token: <client id>`` (the client id comes from
``client_id=`` or the ``TIDAL_PRIVATE_CLIENT_ID`` environment variable). With ``auth`` (any
:class:`~tidalkit._http.RequestAuth`, e.g. a token provider from :mod:`tidalkit.auth`), user calls
work too. ``countryCode`` is resolved once per client: from ``country_code=``, from the auth's
``country_code`` (private-API tokens carry the user's country), or from one ``GET v1/country``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import ClassVar

import anyio
import httpx

from tidalkit._http.cache import TTL, ResponseCache
from tidalkit._http.client import DEFAULT_TIMEOUT, BaseClient
from tidalkit._http.credentials import HeaderAuth, RequestAuth
from tidalkit._http.errors import ResponseValidationError
from tidalkit._http.limiter import Clock, RateBudget
from tidalkit._http.request import Request
from tidalkit._http.retry import RetryPolicy
from tidalkit.private.albums import Albums
from tidalkit.private.artists import Artists
from tidalkit.private.artwork import RESOURCE_URL, build_artwork_url
from tidalkit.private.favorites import Favorites
from tidalkit.private.feed import Feed
from tidalkit.private.folders import Folders
from tidalkit.private.genres import Genres
from tidalkit.private.mixes import Mixes
from tidalkit.private.models._base import as_dict
from tidalkit.private.pages import Pages
from tidalkit.private.playlists import Playlists
from tidalkit.private.search import Search
from tidalkit.private.tracks import Tracks
from tidalkit.private.users import Users
from tidalkit.private.videos import Videos

__all__ = ["CLIENT_ID_ENV", "CLIENT_VERSION", "PrivateAPI"]

CLIENT_ID_ENV = "TIDAL_PRIVATE_CLIENT_ID"
CLIENT_VERSION = "2025.12.18"


class PrivateAPI(BaseClient):
    """Async client of the private TIDAL API, with one namespace per endpoint group.

    >>> async with PrivateAPI(client_id="...") as tidal:
    ...     track = await tidal.tracks.get(77646170)
    ...     async for item in tidal.playlists.items("36ea71a8-..."):
    ...         ...
    """

    api_name: ClassVar[str] = "private"

    AUTH_URL: ClassVar[str] = "https://login.tidal.com/authorize"
    """Authorization endpoint (PKCE)."""
    BASE_URL: ClassVar[str] = "https://api.tidal.com"
    """Base URL of the API; paths carry their own ``v1/`` or ``v2/``."""
    DEVICE_AUTH_URL: ClassVar[str] = "https://auth.tidal.com/v1/oauth2/device_authorization"
    """Device authorization endpoint."""
    RESOURCE_URL: ClassVar[str] = RESOURCE_URL
    """Host of images and animated covers."""
    TOKEN_URL: ClassVar[str] = "https://auth.tidal.com/v1/oauth2/token"  # noqa: S105 (a URL)
    """Token endpoint."""
    ME_URL: ClassVar[str] = "https://login.tidal.com/oauth2/me"
    """The logged-in account (an absolute URL outside the API host)."""

    build_artwork_url = staticmethod(build_artwork_url)

    def __init__(
        self,
        *,
        client_id: str | None = None,
        auth: RequestAuth | None = None,
        country_code: str | None = None,
        user_id: int | str | None = None,
        locale: str | None = None,
        device_type: str = "BROWSER",
        client_version: str = CLIENT_VERSION,
        me_url: str | None = None,
        base_url: str = "https://api.tidal.com/",
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        max_concurrency: int = 64,
        rate_limit: float | None = None,
        cache: ResponseCache | bool = True,
        headers: Mapping[str, str] | None = None,
        clock: Clock | None = None,
        rate_budget: RateBudget | None = None,
    ) -> None:
        self.client_id = client_id or os.environ.get(CLIENT_ID_ENV) or None
        if auth is None:
            if self.client_id is None:
                raise ValueError(
                    f"PrivateAPI needs auth= (a user token) or a client id for catalogue calls: "
                    f"pass client_id= or set {CLIENT_ID_ENV}"
                )
            auth = HeaderAuth({"x-tidal-token": self.client_id})
        super().__init__(
            base_url=base_url,
            auth=auth,
            http_client=http_client,
            transport=transport,
            timeout=timeout,
            retry=retry,
            max_retries=max_retries,
            max_concurrency=max_concurrency,
            rate_limit=rate_limit,
            cache=cache,
            headers={"x-tidal-client-version": client_version, **(headers or {})},
            clock=clock,
            rate_budget=rate_budget,
        )
        self.locale = locale
        self.me_url = me_url or self.ME_URL
        self.device_type = device_type
        self._country_code = country_code.upper() if country_code else None
        self._user_id = int(user_id) if user_id is not None else None
        self._locks: dict[str, anyio.Lock] = {}

        self.albums = Albums(self)
        self.artists = Artists(self)
        self.favorites = Favorites(self)
        self.feed = Feed(self)
        self.folders = Folders(self)
        self.genres = Genres(self)
        self.mixes = Mixes(self)
        self.pages = Pages(self)
        self.playlists = Playlists(self)
        self.search = Search(self)
        self.tracks = Tracks(self)
        self.users = Users(self)
        self.videos = Videos(self)

    def _lock(self, name: str) -> anyio.Lock:
        # created on first use: an anyio primitive must not be bound to a loop at construction
        lock = self._locks.get(name)
        if lock is None:
            lock = self._locks[name] = anyio.Lock()
        return lock

    async def _from_auth(self, name: str) -> object:
        """``auth.<name>`` (token providers expose ``country_code``, ``user_id``), loading the token first."""
        if self.auth is None or not hasattr(self.auth, name):
            return None
        value: object = getattr(self.auth, name)
        if value is None:
            await self.auth.authorize()  # a provider learns the user from its token
            value = getattr(self.auth, name)
        return value

    async def get_country_code(self) -> str:
        """GET v1/country: the country of the caller's IP address (or account, when logged in)."""
        request = Request("GET", "v1/country", operation="country.get", cache_ttl=TTL.LONG)
        data = as_dict(await self.request_json(request))
        code = data.get("countryCode") if data is not None else None
        if not isinstance(code, str) or not code:
            raise ResponseValidationError("GET v1/country returned no countryCode", model="country")
        return code

    async def country_code(self) -> str:
        """The ``countryCode`` sent with catalogue calls, resolved once per client.

        From ``country_code=``, else the auth's ``country_code`` attribute, else one
        ``GET v1/country`` (concurrent first calls share that one request).
        """
        if self._country_code is not None:
            return self._country_code
        async with self._lock("country"):
            if self._country_code is None:
                from_auth = await self._from_auth("country_code")
                if isinstance(from_auth, str) and from_auth:
                    self._country_code = from_auth.upper()
                else:
                    self._country_code = (await self.get_country_code()).upper()
            return self._country_code

    async def user_id(self) -> int:
        """The logged-in user's id, resolved once per client.

        From ``user_id=``, else the auth's ``user_id`` attribute, else one ``GET v1/sessions``.
        """
        if self._user_id is not None:
            return self._user_id
        async with self._lock("user"):
            if self._user_id is None:
                from_auth = await self._from_auth("user_id")
                if from_auth is not None and str(from_auth).isdigit():
                    self._user_id = int(str(from_auth))
                else:
                    session = await self.users.session()
                    if session.user_id is None:
                        raise ResponseValidationError("GET v1/sessions returned no userId", model="Session")
                    self._user_id = session.user_id
            return self._user_id
