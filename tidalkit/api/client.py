"""``TidalAPI``: the TIDAL API v2 client (``https://openapi.tidal.com/v2/``, JSON:API).

Namespaces (``client.tracks``, ``client.playlists``, …) cover the THIRD_PARTY operations and are
imported on first use; ``client.raw.<resourceType>`` reaches every operation of the spec,
INTERNAL and PARTNER ones included.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import httpx

from tidalkit._http.cache import ResponseCache
from tidalkit._http.client import DEFAULT_TIMEOUT, BaseClient
from tidalkit._http.credentials import RequestAuth
from tidalkit._http.limiter import Clock, RateBudget
from tidalkit._http.retry import RetryPolicy
from tidalkit.api._generated._raw import RawNamespaces
from tidalkit.api.batching import DEFAULT_BATCH_SIZE
from tidalkit.api.operations import JSONAPI, Operations

if TYPE_CHECKING:
    from tidalkit.api._generated.albums import AlbumsPublicOperations
    from tidalkit.api._generated.artist_roles import ArtistRolesPublicOperations
    from tidalkit.api._generated.artists import ArtistsPublicOperations
    from tidalkit.api._generated.artworks import ArtworksPublicOperations
    from tidalkit.api._generated.providers import ProvidersPublicOperations
    from tidalkit.api._generated.search_results import SearchResultsPublicOperations
    from tidalkit.api._generated.search_suggestions import SearchSuggestionsPublicOperations
    from tidalkit.api._generated.track_manifests import TrackManifestsPublicOperations
    from tidalkit.api._generated.tracks import TracksPublicOperations
    from tidalkit.api._generated.usage_rules import UsageRulesPublicOperations
    from tidalkit.api._generated.user_collection_albums import UserCollectionAlbumsPublicOperations
    from tidalkit.api._generated.user_collection_artists import UserCollectionArtistsPublicOperations
    from tidalkit.api._generated.user_collection_playlists import UserCollectionPlaylistsPublicOperations
    from tidalkit.api._generated.user_collection_tracks import UserCollectionTracksPublicOperations
    from tidalkit.api._generated.user_collection_videos import UserCollectionVideosPublicOperations
    from tidalkit.api._generated.user_daily_mixes import UserDailyMixesPublicOperations
    from tidalkit.api._generated.user_discovery_mixes import UserDiscoveryMixesPublicOperations
    from tidalkit.api._generated.user_new_release_mixes import UserNewReleaseMixesPublicOperations
    from tidalkit.api._generated.video_manifests import VideoManifestsPublicOperations
    from tidalkit.api._generated.videos import VideosPublicOperations
    from tidalkit.api.resources.playlists import Playlists
    from tidalkit.api.resources.users import Users

__all__ = ["DEFAULT_BASE_URL", "RawOperations", "TidalAPI"]

DEFAULT_BASE_URL = "https://openapi.tidal.com/v2/"
OpsT = TypeVar("OpsT", bound=Operations)


def _load(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


class RawOperations(RawNamespaces):
    """Every generated operation group by resource type, typed: ``client.raw.play_queues``.

    camelCase names work too (``client.raw.playQueues``), as does ``client.raw.group("playQueues")``.
    Each resource module is imported on first access.
    """

    def __getattr__(self, name: str) -> Any:
        # Only reached for names that are not attributes: camelCase spellings of the resource types.
        if name.startswith("_") or _snake(name) == name:
            raise AttributeError(f"TIDAL API v2 has no resource type {name!r}")
        return self.group(name)

    def group(self, tag: str) -> Operations:
        """The operation group of resource type ``tag`` (camelCase or snake_case)."""
        attribute = _snake(tag)
        if attribute.startswith("_") or not isinstance(getattr(type(self), attribute, None), cached_property):
            raise AttributeError(f"TIDAL API v2 has no resource type {tag!r}")
        group: Operations = getattr(self, attribute)
        return group

    def of(self, cls: type[OpsT]) -> OpsT:
        """An instance of a generated operations class, typed: ``client.raw.of(PlayQueuesOperations)``."""
        return cls(self._client)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


class TidalAPI(BaseClient):
    """Async client of the TIDAL API v2.

    ``auth`` is any :class:`~tidalkit.RequestAuth` (client-credentials or user token provider).
    ``country_code`` is sent wherever an operation takes ``countryCode`` and the call gives none.
    ``batch_size`` is the number of ids per ``filter[...]`` request in ``get_many``.
    Transport options (retries, limits, cache, timeouts) are those of :class:`~tidalkit.BaseClient`.
    """

    api_name: ClassVar[str] = "v2"

    def __init__(
        self,
        *,
        auth: RequestAuth | None = None,
        country_code: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        batch_size: int = DEFAULT_BATCH_SIZE,
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
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
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
            headers={"Accept": JSONAPI, **(headers or {})},
            clock=clock,
            rate_budget=rate_budget,
        )
        self.country_code = country_code
        self.batch_size = batch_size

    @cached_property
    def raw(self) -> RawOperations:
        """Every operation of the spec by resource type, including INTERNAL ones."""
        return RawOperations(self)

    # ---- catalogue ---------------------------------------------------------------------------

    @cached_property
    def albums(self) -> AlbumsPublicOperations:
        """Albums (``/albums``)."""
        return _load("tidalkit.api._generated.albums", "AlbumsPublicOperations")(self)

    @cached_property
    def artists(self) -> ArtistsPublicOperations:
        """Artists (``/artists``)."""
        return _load("tidalkit.api._generated.artists", "ArtistsPublicOperations")(self)

    @cached_property
    def tracks(self) -> TracksPublicOperations:
        """Tracks (``/tracks``)."""
        return _load("tidalkit.api._generated.tracks", "TracksPublicOperations")(self)

    @cached_property
    def videos(self) -> VideosPublicOperations:
        """Videos (``/videos``)."""
        return _load("tidalkit.api._generated.videos", "VideosPublicOperations")(self)

    @cached_property
    def playlists(self) -> Playlists:
        """Playlists (``/playlists``), including create/update/delete and item edits."""
        return _load("tidalkit.api.resources.playlists", "Playlists")(self)

    @cached_property
    def artworks(self) -> ArtworksPublicOperations:
        """Artworks (``/artworks``): cover art, profile art, thumbnails."""
        return _load("tidalkit.api._generated.artworks", "ArtworksPublicOperations")(self)

    @cached_property
    def providers(self) -> ProvidersPublicOperations:
        """Providers (``/providers``)."""
        return _load("tidalkit.api._generated.providers", "ProvidersPublicOperations")(self)

    @cached_property
    def artist_roles(self) -> ArtistRolesPublicOperations:
        """Artist roles (``/artistRoles``)."""
        return _load("tidalkit.api._generated.artist_roles", "ArtistRolesPublicOperations")(self)

    @cached_property
    def usage_rules(self) -> UsageRulesPublicOperations:
        """Usage rules (``/usageRules``)."""
        return _load("tidalkit.api._generated.usage_rules", "UsageRulesPublicOperations")(self)

    # ---- search ------------------------------------------------------------------------------

    @cached_property
    def search_results(self) -> SearchResultsPublicOperations:
        """Search (``/searchResults``): ``get(query)`` and per-type results (``tracks(query)``)."""
        return _load("tidalkit.api._generated.search_results", "SearchResultsPublicOperations")(self)

    @cached_property
    def search_suggestions(self) -> SearchSuggestionsPublicOperations:
        """Search suggestions (``/searchSuggestions``)."""
        return _load("tidalkit.api._generated.search_suggestions", "SearchSuggestionsPublicOperations")(self)

    # ---- the user ----------------------------------------------------------------------------

    @cached_property
    def users(self) -> Users:
        """Users (``/users``); ``users.me()`` for the signed-in user."""
        return _load("tidalkit.api.resources.users", "Users")(self)

    @cached_property
    def user_collection_albums(self) -> UserCollectionAlbumsPublicOperations:
        """The user's collected albums (``/userCollectionAlbums``)."""
        return _load(
            "tidalkit.api._generated.user_collection_albums", "UserCollectionAlbumsPublicOperations"
        )(self)

    @cached_property
    def user_collection_artists(self) -> UserCollectionArtistsPublicOperations:
        """The user's followed artists (``/userCollectionArtists``)."""
        return _load(
            "tidalkit.api._generated.user_collection_artists", "UserCollectionArtistsPublicOperations"
        )(self)

    @cached_property
    def user_collection_tracks(self) -> UserCollectionTracksPublicOperations:
        """The user's collected tracks (``/userCollectionTracks``)."""
        return _load(
            "tidalkit.api._generated.user_collection_tracks", "UserCollectionTracksPublicOperations"
        )(self)

    @cached_property
    def user_collection_videos(self) -> UserCollectionVideosPublicOperations:
        """The user's collected videos (``/userCollectionVideos``)."""
        return _load(
            "tidalkit.api._generated.user_collection_videos", "UserCollectionVideosPublicOperations"
        )(self)

    @cached_property
    def user_collection_playlists(self) -> UserCollectionPlaylistsPublicOperations:
        """The user's collected playlists (``/userCollectionPlaylists``)."""
        return _load(
            "tidalkit.api._generated.user_collection_playlists", "UserCollectionPlaylistsPublicOperations"
        )(self)

    @cached_property
    def user_daily_mixes(self) -> UserDailyMixesPublicOperations:
        """The user's daily mixes (``/userDailyMixes``)."""
        return _load("tidalkit.api._generated.user_daily_mixes", "UserDailyMixesPublicOperations")(self)

    @cached_property
    def user_discovery_mixes(self) -> UserDiscoveryMixesPublicOperations:
        """The user's discovery mixes (``/userDiscoveryMixes``)."""
        return _load("tidalkit.api._generated.user_discovery_mixes", "UserDiscoveryMixesPublicOperations")(
            self
        )

    @cached_property
    def user_new_release_mixes(self) -> UserNewReleaseMixesPublicOperations:
        """The user's new-release mixes (``/userNewReleaseMixes``)."""
        module = "tidalkit.api._generated.user_new_release_mixes"
        return _load(module, "UserNewReleaseMixesPublicOperations")(self)

    # ---- playback ----------------------------------------------------------------------------

    @cached_property
    def track_manifests(self) -> TrackManifestsPublicOperations:
        """Track playback manifests (``/trackManifests``; never cached: the URLs are signed)."""
        return _load("tidalkit.api._generated.track_manifests", "TrackManifestsPublicOperations")(self)

    @cached_property
    def video_manifests(self) -> VideoManifestsPublicOperations:
        """Video playback manifests (``/videoManifests``; never cached: the URLs are signed)."""
        return _load("tidalkit.api._generated.video_manifests", "VideoManifestsPublicOperations")(self)
