"""Generated models and operations for ``searchResults`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, ReplacementProvenance, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.albums import AlbumsResourceObject
    from tidalkit.api._generated.artists import ArtistsResourceObject
    from tidalkit.api._generated.playlists import PlaylistsResourceObject
    from tidalkit.api._generated.tracks import TracksResourceObject
    from tidalkit.api._generated.videos import VideosResourceObject

SearchResultsAlbumsInclude = Literal[
    "albums",
    "albums.albumStatistics",
    "albums.artists",
    "albums.coverArt",
    "albums.genres",
    "albums.items",
    "albums.owners",
    "albums.priceConfig",
    "albums.providers",
    "albums.replacement",
    "albums.shares",
    "albums.similarAlbums",
    "albums.suggestedCoverArts",
    "albums.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SearchResultsArtistsInclude = Literal[
    "artists",
    "artists.albums",
    "artists.biography",
    "artists.claimStatus",
    "artists.followers",
    "artists.following",
    "artists.owners",
    "artists.profileArt",
    "artists.radio",
    "artists.roles",
    "artists.similarArtists",
    "artists.trackProviders",
    "artists.tracks",
    "artists.videos",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SearchResultsInclude = Literal[
    "albums",
    "artists",
    "playlists",
    "topHits",
    "tracks",
    "videos",
    "albums.albumStatistics",
    "albums.artists",
    "albums.coverArt",
    "albums.genres",
    "albums.items",
    "albums.owners",
    "albums.priceConfig",
    "albums.providers",
    "albums.replacement",
    "albums.shares",
    "albums.similarAlbums",
    "albums.suggestedCoverArts",
    "albums.usageRules",
    "artists.albums",
    "artists.biography",
    "artists.claimStatus",
    "artists.followers",
    "artists.following",
    "artists.owners",
    "artists.profileArt",
    "artists.radio",
    "artists.roles",
    "artists.similarArtists",
    "artists.trackProviders",
    "artists.tracks",
    "artists.videos",
    "playlists.collaboratorProfiles",
    "playlists.collaborators",
    "playlists.coverArt",
    "playlists.items",
    "playlists.ownerProfiles",
    "playlists.owners",
    "playlists.suggestedCoverArts",
    "topHits.albumStatistics",
    "topHits.artists",
    "topHits.coverArt",
    "topHits.genres",
    "topHits.items",
    "topHits.owners",
    "topHits.priceConfig",
    "topHits.providers",
    "topHits.replacement",
    "topHits.shares",
    "topHits.similarAlbums",
    "topHits.suggestedCoverArts",
    "topHits.usageRules",
    "topHits.albums",
    "topHits.biography",
    "topHits.claimStatus",
    "topHits.followers",
    "topHits.following",
    "topHits.profileArt",
    "topHits.radio",
    "topHits.roles",
    "topHits.similarArtists",
    "topHits.trackProviders",
    "topHits.tracks",
    "topHits.videos",
    "topHits.collaboratorProfiles",
    "topHits.collaborators",
    "topHits.ownerProfiles",
    "topHits.credits",
    "topHits.download",
    "topHits.lyrics",
    "topHits.metadataStatus",
    "topHits.similarTracks",
    "topHits.sourceFile",
    "topHits.suggestedTracks",
    "topHits.trackStatistics",
    "topHits.similarVideos",
    "topHits.suggestedVideos",
    "topHits.thumbnailArt",
    "tracks.albums",
    "tracks.artists",
    "tracks.credits",
    "tracks.download",
    "tracks.genres",
    "tracks.lyrics",
    "tracks.metadataStatus",
    "tracks.owners",
    "tracks.priceConfig",
    "tracks.providers",
    "tracks.radio",
    "tracks.replacement",
    "tracks.shares",
    "tracks.similarTracks",
    "tracks.sourceFile",
    "tracks.suggestedTracks",
    "tracks.trackStatistics",
    "tracks.usageRules",
    "videos.albums",
    "videos.artists",
    "videos.credits",
    "videos.providers",
    "videos.replacement",
    "videos.similarVideos",
    "videos.suggestedVideos",
    "videos.thumbnailArt",
    "videos.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SearchResultsPlaylistsInclude = Literal[
    "playlists",
    "playlists.collaboratorProfiles",
    "playlists.collaborators",
    "playlists.coverArt",
    "playlists.items",
    "playlists.ownerProfiles",
    "playlists.owners",
    "playlists.suggestedCoverArts",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SearchResultsTopHitsInclude = Literal[
    "topHits",
    "topHits.albumStatistics",
    "topHits.artists",
    "topHits.coverArt",
    "topHits.genres",
    "topHits.items",
    "topHits.owners",
    "topHits.priceConfig",
    "topHits.providers",
    "topHits.replacement",
    "topHits.shares",
    "topHits.similarAlbums",
    "topHits.suggestedCoverArts",
    "topHits.usageRules",
    "topHits.albums",
    "topHits.biography",
    "topHits.claimStatus",
    "topHits.followers",
    "topHits.following",
    "topHits.profileArt",
    "topHits.radio",
    "topHits.roles",
    "topHits.similarArtists",
    "topHits.trackProviders",
    "topHits.tracks",
    "topHits.videos",
    "topHits.collaboratorProfiles",
    "topHits.collaborators",
    "topHits.ownerProfiles",
    "topHits.credits",
    "topHits.download",
    "topHits.lyrics",
    "topHits.metadataStatus",
    "topHits.similarTracks",
    "topHits.sourceFile",
    "topHits.suggestedTracks",
    "topHits.trackStatistics",
    "topHits.similarVideos",
    "topHits.suggestedVideos",
    "topHits.thumbnailArt",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SearchResultsTracksInclude = Literal[
    "tracks",
    "tracks.albums",
    "tracks.artists",
    "tracks.credits",
    "tracks.download",
    "tracks.genres",
    "tracks.lyrics",
    "tracks.metadataStatus",
    "tracks.owners",
    "tracks.priceConfig",
    "tracks.providers",
    "tracks.radio",
    "tracks.replacement",
    "tracks.shares",
    "tracks.similarTracks",
    "tracks.sourceFile",
    "tracks.suggestedTracks",
    "tracks.trackStatistics",
    "tracks.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SearchResultsVideosInclude = Literal[
    "videos",
    "videos.albums",
    "videos.artists",
    "videos.credits",
    "videos.providers",
    "videos.replacement",
    "videos.similarVideos",
    "videos.suggestedVideos",
    "videos.thumbnailArt",
    "videos.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class SearchResultsAlbumsResourceIdentifierMeta(APIModel):
    """Schema ``SearchResults_Albums_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class SearchResultsAlbumsResourceIdentifier(Identifier):
    """Schema ``SearchResults_Albums_Resource_Identifier``."""

    meta: SearchResultsAlbumsResourceIdentifierMeta | None = Field(default=None)


class SearchResultsAlbumsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SearchResults_Albums_Multi_Relationship_Data_Document``."""

    data: list[SearchResultsAlbumsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SearchResultsArtistsResourceIdentifierMeta(APIModel):
    """Schema ``SearchResults_Artists_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class SearchResultsArtistsResourceIdentifier(Identifier):
    """Schema ``SearchResults_Artists_Resource_Identifier``."""

    meta: SearchResultsArtistsResourceIdentifierMeta | None = Field(default=None)


class SearchResultsArtistsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SearchResults_Artists_Multi_Relationship_Data_Document``."""

    data: list[SearchResultsArtistsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SearchResultsAttributes(APIModel):
    """Schema ``SearchResults_Attributes``."""

    did_you_mean: str | None = Field(default=None, alias="didYouMean")
    """'did you mean' prompt"""

    query: Redactable[str]
    """The search query represented by this resource"""

    tracking_id: Redactable[str] = Field(alias="trackingId")
    """search request unique tracking number"""


class SearchResultsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SearchResults_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SearchResultsPlaylistsResourceIdentifierMeta(APIModel):
    """Schema ``SearchResults_Playlists_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class SearchResultsPlaylistsResourceIdentifier(Identifier):
    """Schema ``SearchResults_Playlists_Resource_Identifier``."""

    meta: SearchResultsPlaylistsResourceIdentifierMeta | None = Field(default=None)


class SearchResultsPlaylistsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SearchResults_Playlists_Multi_Relationship_Data_Document``."""

    data: list[SearchResultsPlaylistsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SearchResultsTopHitsResourceIdentifierMeta(APIModel):
    """Schema ``SearchResults_TopHits_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class SearchResultsTopHitsResourceIdentifier(Identifier):
    """Schema ``SearchResults_TopHits_Resource_Identifier``."""

    meta: SearchResultsTopHitsResourceIdentifierMeta | None = Field(default=None)


class SearchResultsTopHitsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SearchResults_TopHits_Multi_Relationship_Data_Document``."""

    data: list[SearchResultsTopHitsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SearchResultsTracksResourceIdentifierMeta(APIModel):
    """Schema ``SearchResults_Tracks_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class SearchResultsTracksResourceIdentifier(Identifier):
    """Schema ``SearchResults_Tracks_Resource_Identifier``."""

    meta: SearchResultsTracksResourceIdentifierMeta | None = Field(default=None)


class SearchResultsTracksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SearchResults_Tracks_Multi_Relationship_Data_Document``."""

    data: list[SearchResultsTracksResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SearchResultsVideosResourceIdentifierMeta(APIModel):
    """Schema ``SearchResults_Videos_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class SearchResultsVideosResourceIdentifier(Identifier):
    """Schema ``SearchResults_Videos_Resource_Identifier``."""

    meta: SearchResultsVideosResourceIdentifierMeta | None = Field(default=None)


class SearchResultsVideosMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SearchResults_Videos_Multi_Relationship_Data_Document``."""

    data: list[SearchResultsVideosResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SearchResultsRelationships(APIModel):
    """Schema ``SearchResults_Relationships``."""

    albums: SearchResultsAlbumsMultiRelationshipDataDocument | None = Field(default=None)

    artists: SearchResultsArtistsMultiRelationshipDataDocument | None = Field(default=None)

    playlists: SearchResultsPlaylistsMultiRelationshipDataDocument | None = Field(default=None)

    top_hits: SearchResultsTopHitsMultiRelationshipDataDocument | None = Field(default=None, alias="topHits")

    tracks: SearchResultsTracksMultiRelationshipDataDocument | None = Field(default=None)

    videos: SearchResultsVideosMultiRelationshipDataDocument | None = Field(default=None)


class SearchResultsResourceObject(Resource):
    """Schema ``SearchResults_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "albums": SearchResultsAlbumsResourceIdentifier,
        "artists": SearchResultsArtistsResourceIdentifier,
        "playlists": SearchResultsPlaylistsResourceIdentifier,
        "topHits": SearchResultsTopHitsResourceIdentifier,
        "tracks": SearchResultsTracksResourceIdentifier,
        "videos": SearchResultsVideosResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "albums": True,
        "artists": True,
        "playlists": True,
        "topHits": True,
        "tracks": True,
        "videos": True,
    }

    attributes: SearchResultsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> SearchResultsRelationships:
        """The relationship objects, validated into ``SearchResultsRelationships``."""
        return SearchResultsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> SearchResultsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def did_you_mean(self) -> str | None:
        """'did you mean' prompt"""
        return self._attributes().did_you_mean

    @property
    def query(self) -> str:
        """The search query represented by this resource"""
        return self._attributes().query

    @property
    def tracking_id(self) -> str:
        """search request unique tracking number"""
        return self._attributes().tracking_id

    @property
    def albums(self) -> list[AlbumsResourceObject]:
        """The included ``albums`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[AlbumsResourceObject]", self.related("albums"))

    @property
    def artists(self) -> list[ArtistsResourceObject]:
        """The included ``artists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistsResourceObject]", self.related("artists"))

    @property
    def playlists(self) -> list[PlaylistsResourceObject]:
        """The included ``playlists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[PlaylistsResourceObject]", self.related("playlists"))

    @property
    def top_hits(self) -> list[Resource]:
        """The included ``topHits`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("topHits"))

    @property
    def tracks(self) -> list[TracksResourceObject]:
        """The included ``tracks`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[TracksResourceObject]", self.related("tracks"))

    @property
    def videos(self) -> list[VideosResourceObject]:
        """The included ``videos`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[VideosResourceObject]", self.related("videos"))


class SearchResultsMultiResourceDataDocument(DocumentBase):
    """Schema ``SearchResults_Multi_Resource_Data_Document``."""

    data: Redactable[list[SearchResultsResourceObject]]

    links: Redactable[Textual[Links]]


_ALBUMS = OperationSpec(
    "searchResults.albums",
    "GET",
    "/searchResults/{id}/relationships/albums",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_ARTISTS = OperationSpec(
    "searchResults.artists",
    "GET",
    "/searchResults/{id}/relationships/artists",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_GET = OperationSpec(
    "searchResults.get", "GET", "/searchResults", "THIRD_PARTY", cache_ttl=60.0, invalidates=()
)
_PLAYLISTS = OperationSpec(
    "searchResults.playlists",
    "GET",
    "/searchResults/{id}/relationships/playlists",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_TOP_HITS = OperationSpec(
    "searchResults.top_hits",
    "GET",
    "/searchResults/{id}/relationships/topHits",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_TRACKS = OperationSpec(
    "searchResults.tracks",
    "GET",
    "/searchResults/{id}/relationships/tracks",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_VIDEOS = OperationSpec(
    "searchResults.videos",
    "GET",
    "/searchResults/{id}/relationships/videos",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)


class SearchResultsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``searchResults``."""

    def albums(
        self,
        id: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"] | None = None,
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"] | None = None,
        client_version: str | None = None,
        include: Sequence[SearchResultsAlbumsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SearchResultsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get albums relationship ("to-many").

        Retrieves albums relationship.

        ``GET /searchResults/{id}/relationships/albums`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ALBUMS,
            f"searchResults/{path_id(id)}/relationships/albums",
            [
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            SearchResultsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def artists(
        self,
        id: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"] | None = None,
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"] | None = None,
        client_version: str | None = None,
        include: Sequence[SearchResultsArtistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SearchResultsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get artists relationship ("to-many").

        Retrieves artists relationship.

        ``GET /searchResults/{id}/relationships/artists`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ARTISTS,
            f"searchResults/{path_id(id)}/relationships/artists",
            [
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            SearchResultsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_document(
        self,
        query: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"] | None = None,
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"] | None = None,
        client_version: str | None = None,
        include: Sequence[SearchResultsInclude] | None = None,
        replace_media: str | None = None,
    ) -> SearchResultsMultiResourceDataDocument:
        """Get search results by query.

        Searches for a query and returns a collection containing exactly one search results resource.

        ``GET /searchResults`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            "searchResults",
            [
                ("filter[query]", query),
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            SearchResultsMultiResourceDataDocument,
        )

    async def get(
        self,
        query: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"] | None = None,
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"] | None = None,
        client_version: str | None = None,
        include: Sequence[SearchResultsInclude] | None = None,
        replace_media: str | None = None,
    ) -> SearchResultsResourceObject:
        """Get search results by query.

        Searches for a query and returns a collection containing exactly one search results resource.

        ``GET /searchResults`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return self._only(
            (
                await self.get_document(
                    query,
                    explicit_filter=explicit_filter,
                    country_code=country_code,
                    device_type=device_type,
                    system_type=system_type,
                    client_version=client_version,
                    include=include,
                    replace_media=replace_media,
                )
            ).data
        )

    def playlists(
        self,
        id: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"] | None = None,
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"] | None = None,
        client_version: str | None = None,
        include: Sequence[SearchResultsPlaylistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SearchResultsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get playlists relationship ("to-many").

        Retrieves playlists relationship.

        ``GET /searchResults/{id}/relationships/playlists`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _PLAYLISTS,
            f"searchResults/{path_id(id)}/relationships/playlists",
            [
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            SearchResultsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def top_hits(
        self,
        id: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"] | None = None,
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"] | None = None,
        client_version: str | None = None,
        include: Sequence[SearchResultsTopHitsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SearchResultsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get topHits relationship ("to-many").

        Retrieves topHits relationship.

        ``GET /searchResults/{id}/relationships/topHits`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _TOP_HITS,
            f"searchResults/{path_id(id)}/relationships/topHits",
            [
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            SearchResultsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def tracks(
        self,
        id: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"] | None = None,
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"] | None = None,
        client_version: str | None = None,
        include: Sequence[SearchResultsTracksInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SearchResultsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get tracks relationship ("to-many").

        Retrieves tracks relationship.

        ``GET /searchResults/{id}/relationships/tracks`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _TRACKS,
            f"searchResults/{path_id(id)}/relationships/tracks",
            [
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            SearchResultsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def videos(
        self,
        id: str,
        *,
        explicit_filter: Literal["INCLUDE", "EXCLUDE"] | None = None,
        country_code: str | None = None,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"] | None = None,
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"] | None = None,
        client_version: str | None = None,
        include: Sequence[SearchResultsVideosInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SearchResultsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get videos relationship ("to-many").

        Retrieves videos relationship.

        ``GET /searchResults/{id}/relationships/videos`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: search.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _VIDEOS,
            f"searchResults/{path_id(id)}/relationships/videos",
            [
                ("explicitFilter", explicit_filter),
                ("countryCode", self._country(country_code)),
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            SearchResultsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )


class SearchResultsOperations(SearchResultsPublicOperations):
    """Every operation on ``searchResults``, INTERNAL and PARTNER ones included."""
