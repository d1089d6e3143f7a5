"""``TidalAPI``: the TIDAL API v2 client (``https://openapi.tidal.com/v2/``, JSON:API).

Namespaces (``client.tracks``, ``client.playlists``, …) cover the THIRD_PARTY operations and are
imported on first use; ``client.raw.<resourceType>`` reaches every operation of the spec,
INTERNAL and PARTNER ones included.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, Unpack

from tidalkit._core.options import ClientOptionsDict
from tidalkit._http.client import BaseClient
from tidalkit._lazy import load
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

    Takes every `ClientOptions` option (``auth``: a client-credentials or user
    token provider; ``country_code``: sent wherever an operation takes ``countryCode`` and the call
    gives none, else the token's country when it carries one), plus ``batch_size``, the number of
    ids per ``filter[...]`` request in ``get_many``.
    """

    api_name: ClassVar[str] = "v2"
    default_base_url: ClassVar[str] = DEFAULT_BASE_URL

    def __init__(self, *, batch_size: int = DEFAULT_BATCH_SIZE, **options: Unpack[ClientOptionsDict]) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        options["headers"] = {"Accept": JSONAPI, **options.get("headers", {})}
        super().__init__(**options)
        self.batch_size = batch_size

    async def country_code(self) -> str | None:
        """The ``countryCode`` sent by default, for this client's auth.

        ``country_code=``, else the country the auth's token carries (loaded first), else None.
        """
        if self.options.country_code is None and self.auth is not None:
            await self.auth.authorize()
        return self.known_country_code()

    @cached_property
    def raw(self) -> RawOperations:
        """Every operation of the spec by resource type, including INTERNAL ones."""
        return RawOperations(self)

    # ---- catalogue ---------------------------------------------------------------------------

    @cached_property
    def albums(self) -> AlbumsPublicOperations:
        """Albums (``/albums``)."""
        return load("tidalkit.api._generated.albums", "AlbumsPublicOperations")(self)

    @cached_property
    def artists(self) -> ArtistsPublicOperations:
        """Artists (``/artists``)."""
        return load("tidalkit.api._generated.artists", "ArtistsPublicOperations")(self)

    @cached_property
    def tracks(self) -> TracksPublicOperations:
        """Tracks (``/tracks``)."""
        return load("tidalkit.api._generated.tracks", "TracksPublicOperations")(self)

    @cached_property
    def videos(self) -> VideosPublicOperations:
        """Videos (``/videos``)."""
        return load("tidalkit.api._generated.videos", "VideosPublicOperations")(self)

    @cached_property
    def playlists(self) -> Playlists:
        """Playlists (``/playlists``), including create/update/delete and item edits."""
        return load("tidalkit.api.resources.playlists", "Playlists")(self)

    @cached_property
    def artworks(self) -> ArtworksPublicOperations:
        """Artworks (``/artworks``): cover art, profile art, thumbnails."""
        return load("tidalkit.api._generated.artworks", "ArtworksPublicOperations")(self)

    @cached_property
    def providers(self) -> ProvidersPublicOperations:
        """Providers (``/providers``)."""
        return load("tidalkit.api._generated.providers", "ProvidersPublicOperations")(self)

    @cached_property
    def artist_roles(self) -> ArtistRolesPublicOperations:
        """Artist roles (``/artistRoles``)."""
        return load("tidalkit.api._generated.artist_roles", "ArtistRolesPublicOperations")(self)

    @cached_property
    def usage_rules(self) -> UsageRulesPublicOperations:
        """Usage rules (``/usageRules``)."""
        return load("tidalkit.api._generated.usage_rules", "UsageRulesPublicOperations")(self)

    # ---- search ------------------------------------------------------------------------------

    @cached_property
    def search_results(self) -> SearchResultsPublicOperations:
        """Search (``/searchResults``): ``get(query)`` and per-type results (``tracks(query)``)."""
        return load("tidalkit.api._generated.search_results", "SearchResultsPublicOperations")(self)

    @cached_property
    def search_suggestions(self) -> SearchSuggestionsPublicOperations:
        """Search suggestions (``/searchSuggestions``)."""
        return load("tidalkit.api._generated.search_suggestions", "SearchSuggestionsPublicOperations")(self)

    # ---- the user ----------------------------------------------------------------------------

    @cached_property
    def users(self) -> Users:
        """Users (``/users``); ``users.me()`` for the signed-in user."""
        return load("tidalkit.api.resources.users", "Users")(self)

    @cached_property
    def user_collection_albums(self) -> UserCollectionAlbumsPublicOperations:
        """The user's collected albums (``/userCollectionAlbums``)."""
        return load("tidalkit.api._generated.user_collection_albums", "UserCollectionAlbumsPublicOperations")(
            self
        )

    @cached_property
    def user_collection_artists(self) -> UserCollectionArtistsPublicOperations:
        """The user's followed artists (``/userCollectionArtists``)."""
        return load(
            "tidalkit.api._generated.user_collection_artists", "UserCollectionArtistsPublicOperations"
        )(self)

    @cached_property
    def user_collection_tracks(self) -> UserCollectionTracksPublicOperations:
        """The user's collected tracks (``/userCollectionTracks``)."""
        return load("tidalkit.api._generated.user_collection_tracks", "UserCollectionTracksPublicOperations")(
            self
        )

    @cached_property
    def user_collection_videos(self) -> UserCollectionVideosPublicOperations:
        """The user's collected videos (``/userCollectionVideos``)."""
        return load("tidalkit.api._generated.user_collection_videos", "UserCollectionVideosPublicOperations")(
            self
        )

    @cached_property
    def user_collection_playlists(self) -> UserCollectionPlaylistsPublicOperations:
        """The user's collected playlists (``/userCollectionPlaylists``)."""
        return load(
            "tidalkit.api._generated.user_collection_playlists", "UserCollectionPlaylistsPublicOperations"
        )(self)

    @cached_property
    def user_daily_mixes(self) -> UserDailyMixesPublicOperations:
        """The user's daily mixes (``/userDailyMixes``)."""
        return load("tidalkit.api._generated.user_daily_mixes", "UserDailyMixesPublicOperations")(self)

    @cached_property
    def user_discovery_mixes(self) -> UserDiscoveryMixesPublicOperations:
        """The user's discovery mixes (``/userDiscoveryMixes``)."""
        return load("tidalkit.api._generated.user_discovery_mixes", "UserDiscoveryMixesPublicOperations")(
            self
        )

    @cached_property
    def user_new_release_mixes(self) -> UserNewReleaseMixesPublicOperations:
        """The user's new-release mixes (``/userNewReleaseMixes``)."""
        module = "tidalkit.api._generated.user_new_release_mixes"
        return load(module, "UserNewReleaseMixesPublicOperations")(self)

    # ---- playback ----------------------------------------------------------------------------

    @cached_property
    def track_manifests(self) -> TrackManifestsPublicOperations:
        """Track playback manifests (``/trackManifests``; never cached: the URLs are signed)."""
        return load("tidalkit.api._generated.track_manifests", "TrackManifestsPublicOperations")(self)

    @cached_property
    def video_manifests(self) -> VideoManifestsPublicOperations:
        """Video playback manifests (``/videoManifests``; never cached: the URLs are signed)."""
        return load("tidalkit.api._generated.video_manifests", "VideoManifestsPublicOperations")(self)
