"""``PrivateAPI``: the client of TIDAL's private API (https://api.tidal.com, paths under v1/ and v2/).

Without ``auth``, catalogue calls carry ``x-tidal-token: <client id>`` (the client id comes from
``client_id=`` or the ``TIDAL_PRIVATE_CLIENT_ID`` environment variable). With ``auth`` (any
`RequestAuth`, e.g. a token provider from `tidalkit.auth`), user calls work
too. One client serves many users: ``client.with_options(auth=...)`` derives a client for another
user on the same connection pool, and the user id and ``countryCode`` are resolved per auth
identity: from ``country_code=`` (all users) or ``user_id=`` (the constructor's auth only), else
from the auth's token (private-API tokens carry the user and country), else from one request.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Unpack

import anyio

from tidalkit._core.options import ClientOptionsDict
from tidalkit._http.cache import TTL
from tidalkit._http.client import BaseClient
from tidalkit._http.credentials import HeaderAuth
from tidalkit._http.errors import ResponseValidationError
from tidalkit._http.request import Request
from tidalkit._lazy import load
from tidalkit.private.models._base import as_dict

if TYPE_CHECKING:
    from tidalkit.private.albums import Albums
    from tidalkit.private.artists import Artists
    from tidalkit.private.favorites import Favorites
    from tidalkit.private.feed import Feed
    from tidalkit.private.folders import Folders
    from tidalkit.private.genres import Genres
    from tidalkit.private.mixes import Mixes
    from tidalkit.private.pages import Pages
    from tidalkit.private.playlists import Playlists
    from tidalkit.private.search import Search
    from tidalkit.private.tracks import Tracks
    from tidalkit.private.users import Users
    from tidalkit.private.videos import Videos

__all__ = ["CLIENT_ID_ENV", "CLIENT_VERSION", "PrivateAPI"]

CLIENT_ID_ENV = "TIDAL_PRIVATE_CLIENT_ID"
CLIENT_VERSION = "2025.12.18"
_KNOWN_IDENTITIES = 4096  # user ids / country codes remembered per client tree (least recent dropped)


class _Identities:
    """User id and country code per auth identity, resolved at most once each (single-flight)."""

    def __init__(self) -> None:
        self._values: OrderedDict[tuple[str, str], str | int] = OrderedDict()
        self._locks: dict[tuple[str, str], anyio.Lock] = {}

    def get(self, key: tuple[str, str]) -> str | int | None:
        value = self._values.get(key)
        if value is not None:
            self._values.move_to_end(key)
        return value

    def put(self, key: tuple[str, str], value: str | int) -> None:
        self._values[key] = value
        if len(self._values) > _KNOWN_IDENTITIES:
            self._values.popitem(last=False)

    def lock(self, key: tuple[str, str]) -> anyio.Lock:
        # created on first use: an anyio primitive must not be bound to a loop at construction
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = anyio.Lock()
        return lock

    def release(self, key: tuple[str, str]) -> None:
        lock = self._locks.get(key)
        if lock is not None and not lock.locked() and lock.statistics().tasks_waiting == 0:
            del self._locks[key]


class PrivateAPI(BaseClient):
    """Async client of the private TIDAL API, with one namespace per endpoint group.

    Takes every `ClientOptions` option, plus ``client_id`` (catalogue calls
    without ``auth``), ``user_id`` (the constructor's auth's user, skips a lookup), ``locale``,
    ``device_type``, ``client_version`` (sent as ``x-tidal-client-version``) and ``me_url``.

    >>> async with PrivateAPI(client_id="...") as tidal:
    ...     track = await tidal.tracks.get(77646170)
    ...     async for item in tidal.playlists.items("36ea71a8-..."):
    ...         ...
    """

    api_name: ClassVar[str] = "private"
    default_base_url: ClassVar[str] = "https://api.tidal.com/"

    def __init__(
        self,
        *,
        client_id: str | None = None,
        user_id: int | str | None = None,
        locale: str | None = None,
        device_type: str = "BROWSER",
        client_version: str = CLIENT_VERSION,
        me_url: str | None = None,
        **options: Unpack[ClientOptionsDict],
    ) -> None:
        self.client_id: str | None = client_id or os.environ.get(CLIENT_ID_ENV) or None
        if options.get("auth") is None:
            options["auth"] = self._catalogue_auth()
        options["headers"] = {"x-tidal-client-version": client_version, **options.get("headers", {})}
        super().__init__(**options)
        self.locale = locale
        self._me_url = me_url
        self.device_type = device_type
        self._user_id = int(user_id) if user_id is not None else None
        self._identities = _Identities()

    @property
    def me_url(self) -> str:
        """The URL of TIDAL's ``oauth2/me`` (``me_url=``, else login.tidal.com's)."""
        if self._me_url is None:
            from tidalkit.auth.config import ME_URL  # tidalkit.auth loads only when auth is used

            return ME_URL
        return self._me_url

    def _catalogue_auth(self) -> HeaderAuth:
        if self.client_id is None:
            from tidalkit.auth.errors import MissingClientIdError

            raise MissingClientIdError(
                f"PrivateAPI needs auth= (a user token) or a client id for catalogue calls: "
                f"pass client_id= or set {CLIENT_ID_ENV}"
            )
        return HeaderAuth({"x-tidal-token": self.client_id})

    def _derive(self, parent: BaseClient) -> None:
        if self.auth is None:
            self.auth = self._catalogue_auth()
        if self.auth is not parent.auth:
            self._user_id = None  # the constructor's user_id= names the constructor's auth's user

    # ---- per-identity values -------------------------------------------------------------------

    async def _identity(self) -> str:
        authorization = await self.auth.authorize() if self.auth is not None else None
        return authorization.identity if authorization is not None else "anonymous"

    async def _per_identity(self, name: str, fetch: Callable[[], Awaitable[str | int]]) -> str | int:
        """The value ``name`` for this auth's identity: remembered, else the auth's own, else ``fetch()``."""
        key = (name, await self._identity())  # also loads a provider's token: it then knows the user
        known = self._identities.get(key)
        if known is not None:
            return known
        carried = str(getattr(self.auth, name, None) or "")
        if name == "country_code" and carried:
            known = carried.upper()
        elif name == "user_id" and carried.isdigit():
            known = int(carried)
        if known is None:
            async with self._identities.lock(key):
                known = self._identities.get(key)
                if known is None:
                    known = await fetch()
                    self._identities.put(key, known)
            self._identities.release(key)
        self._identities.put(key, known)
        return known

    async def get_country_code(self) -> str:
        """GET v1/country: the country of the caller's IP address (or account, when logged in)."""
        request = Request("GET", "v1/country", operation="country.get", cache_ttl=TTL.LONG)
        data = as_dict(await self.request_json(request))
        code = data.get("countryCode") if data is not None else None
        if not isinstance(code, str) or not code:
            raise ResponseValidationError("GET v1/country returned no countryCode", model="country")
        return code

    async def country_code(self) -> str:
        """The ``countryCode`` sent with catalogue calls, for this client's auth.

        From ``country_code=``, else the auth's token (``country_code``), else one
        ``GET v1/country`` per auth identity (concurrent first calls share that one request).
        """
        if self.options.country_code is not None:
            return self.options.country_code

        async def lookup() -> str:
            return (await self.get_country_code()).upper()

        return str(await self._per_identity("country_code", lookup))

    async def user_id(self) -> int:
        """The user id of this client's auth, used in ``v1/users/<id>/…`` paths.

        From ``user_id=`` (the constructor's auth only), else the auth's token (``user_id``), else
        one ``GET v1/sessions`` per auth identity (concurrent first calls share that one request).
        """
        if self._user_id is not None:
            return self._user_id

        async def lookup() -> int:
            session = await self.users.session()
            if session.user_id is None:
                raise ResponseValidationError("GET v1/sessions returned no userId", model="Session")
            return session.user_id

        return int(await self._per_identity("user_id", lookup))

    # ---- namespaces (bound to this client; a derived client gets its own) ----------------------

    @cached_property
    def albums(self) -> Albums:
        """Albums (``v1/albums``)."""
        return load("tidalkit.private.albums", "Albums")(self)

    @cached_property
    def artists(self) -> Artists:
        """Artists (``v1/artists``)."""
        return load("tidalkit.private.artists", "Artists")(self)

    @cached_property
    def favorites(self) -> Favorites:
        """The user's favourites (``v1/users/<id>/favorites``)."""
        return load("tidalkit.private.favorites", "Favorites")(self)

    @cached_property
    def feed(self) -> Feed:
        """The activity feed (``v2/feed/activities``)."""
        return load("tidalkit.private.feed", "Feed")(self)

    @cached_property
    def folders(self) -> Folders:
        """The user's playlist folders (``v2/my-collection/playlists/folders``)."""
        return load("tidalkit.private.folders", "Folders")(self)

    @cached_property
    def genres(self) -> Genres:
        """Genres (``v1/genres``)."""
        return load("tidalkit.private.genres", "Genres")(self)

    @cached_property
    def mixes(self) -> Mixes:
        """Mixes (``v1/mixes``)."""
        return load("tidalkit.private.mixes", "Mixes")(self)

    @cached_property
    def pages(self) -> Pages:
        """Editorial pages (``v1/pages``)."""
        return load("tidalkit.private.pages", "Pages")(self)

    @cached_property
    def playlists(self) -> Playlists:
        """Playlists (``v1/playlists``), including edits."""
        return load("tidalkit.private.playlists", "Playlists")(self)

    @cached_property
    def search(self) -> Search:
        """Search (``v1/search``)."""
        return load("tidalkit.private.search", "Search")(self)

    @cached_property
    def tracks(self) -> Tracks:
        """Tracks (``v1/tracks``)."""
        return load("tidalkit.private.tracks", "Tracks")(self)

    @cached_property
    def users(self) -> Users:
        """Users (``v1/users``, ``v1/sessions``)."""
        return load("tidalkit.private.users", "Users")(self)

    @cached_property
    def videos(self) -> Videos:
        """Videos (``v1/videos``)."""
        return load("tidalkit.private.videos", "Videos")(self)
