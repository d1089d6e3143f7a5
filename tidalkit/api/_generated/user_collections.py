"""Generated models and operations for ``userCollections`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ReplacementProvenance,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.albums import AlbumsResourceObject
    from tidalkit.api._generated.artists import ArtistsResourceObject
    from tidalkit.api._generated.playlists import PlaylistsResourceObject
    from tidalkit.api._generated.tracks import TracksResourceObject
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsAlbumsRelationshipAddOperationPayload,
        UserCollectionsAlbumsRelationshipRemoveOperationPayload,
        UserCollectionsArtistsRelationshipAddOperationPayload,
        UserCollectionsArtistsRelationshipRemoveOperationPayload,
        UserCollectionsPlaylistsRelationshipAddOperationPayload,
        UserCollectionsPlaylistsRelationshipRemoveOperationPayload,
        UserCollectionsTracksRelationshipAddOperationPayload,
        UserCollectionsTracksRelationshipRemoveOperationPayload,
        UserCollectionsVideosRelationshipAddOperationPayload,
        UserCollectionsVideosRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject
    from tidalkit.api._generated.videos import VideosResourceObject

UserCollectionsAlbumsInclude = Literal[
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

UserCollectionsArtistsInclude = Literal[
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

UserCollectionsInclude = Literal[
    "albums",
    "artists",
    "owners",
    "playlists",
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

UserCollectionsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserCollectionsPlaylistsInclude = Literal[
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

UserCollectionsTracksInclude = Literal[
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

UserCollectionsVideosInclude = Literal[
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


class UserCollectionsAddMultiDataRelationship409ResponseBodyErrors(APIModel):
    """Schema ``UserCollectionsAddMultiDataRelationship409ResponseBody.errors``."""

    code: Redactable[
        Literal[
            "DUPLICATE_ITEMS_IN_COLLECTION", "IDEMPOTENT_REQUEST_IN_PROGRESS", "TOO_MANY_ITEMS_IN_COLLECTION"
        ]
        | str
    ]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class UserCollectionsAddMultiDataRelationship409ResponseBody(APIModel):
    """Schema ``UserCollectionsAddMultiDataRelationship409ResponseBody``."""

    errors: Redactable[list[UserCollectionsAddMultiDataRelationship409ResponseBodyErrors]]


class UserCollectionsAlbumsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollections_Albums_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")

    replacement: ReplacementProvenance | None = Field(default=None)


class UserCollectionsAlbumsResourceIdentifier(Identifier):
    """Schema ``UserCollections_Albums_Resource_Identifier``."""

    meta: UserCollectionsAlbumsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionsAlbumsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollections_Albums_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionsAlbumsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionsArtistsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollections_Artists_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionsArtistsResourceIdentifier(Identifier):
    """Schema ``UserCollections_Artists_Resource_Identifier``."""

    meta: UserCollectionsArtistsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionsArtistsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollections_Artists_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionsArtistsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionsAttributes(APIModel):
    """Schema ``UserCollections_Attributes``."""


class UserCollectionsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollections_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionsPlaylistsResourceIdentifierMeta(APIModel):
    """Schema ``UserCollections_Playlists_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")


class UserCollectionsPlaylistsResourceIdentifier(Identifier):
    """Schema ``UserCollections_Playlists_Resource_Identifier``."""

    meta: UserCollectionsPlaylistsResourceIdentifierMeta | None = Field(default=None)


class UserCollectionsPlaylistsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollections_Playlists_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionsPlaylistsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionsTracksResourceIdentifierMeta(APIModel):
    """Schema ``UserCollections_Tracks_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")

    replacement: ReplacementProvenance | None = Field(default=None)


class UserCollectionsTracksResourceIdentifier(Identifier):
    """Schema ``UserCollections_Tracks_Resource_Identifier``."""

    meta: UserCollectionsTracksResourceIdentifierMeta | None = Field(default=None)


class UserCollectionsTracksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollections_Tracks_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionsTracksResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionsVideosResourceIdentifierMeta(APIModel):
    """Schema ``UserCollections_Videos_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")

    replacement: ReplacementProvenance | None = Field(default=None)


class UserCollectionsVideosResourceIdentifier(Identifier):
    """Schema ``UserCollections_Videos_Resource_Identifier``."""

    meta: UserCollectionsVideosResourceIdentifierMeta | None = Field(default=None)


class UserCollectionsVideosMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserCollections_Videos_Multi_Relationship_Data_Document``."""

    data: list[UserCollectionsVideosResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserCollectionsRelationships(APIModel):
    """Schema ``UserCollections_Relationships``."""

    albums: UserCollectionsAlbumsMultiRelationshipDataDocument | None = Field(default=None)

    artists: UserCollectionsArtistsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    playlists: UserCollectionsPlaylistsMultiRelationshipDataDocument | None = Field(default=None)

    tracks: UserCollectionsTracksMultiRelationshipDataDocument | None = Field(default=None)

    videos: UserCollectionsVideosMultiRelationshipDataDocument | None = Field(default=None)


class UserCollectionsResourceObject(Resource):
    """Schema ``UserCollections_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "albums": UserCollectionsAlbumsResourceIdentifier,
        "artists": UserCollectionsArtistsResourceIdentifier,
        "playlists": UserCollectionsPlaylistsResourceIdentifier,
        "tracks": UserCollectionsTracksResourceIdentifier,
        "videos": UserCollectionsVideosResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "albums": True,
        "artists": True,
        "owners": True,
        "playlists": True,
        "tracks": True,
        "videos": True,
    }

    attributes: UserCollectionsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserCollectionsRelationships:
        """The relationship objects, validated into ``UserCollectionsRelationships``."""
        return UserCollectionsRelationships.model_validate(self.relationships or {})

    @property
    def albums(self) -> list[AlbumsResourceObject]:
        """The included ``albums`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[AlbumsResourceObject]", self.related("albums"))

    @property
    def artists(self) -> list[ArtistsResourceObject]:
        """The included ``artists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistsResourceObject]", self.related("artists"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def playlists(self) -> list[PlaylistsResourceObject]:
        """The included ``playlists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[PlaylistsResourceObject]", self.related("playlists"))

    @property
    def tracks(self) -> list[TracksResourceObject]:
        """The included ``tracks`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[TracksResourceObject]", self.related("tracks"))

    @property
    def videos(self) -> list[VideosResourceObject]:
        """The included ``videos`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[VideosResourceObject]", self.related("videos"))


class UserCollectionsSingleResourceDataDocument(DocumentBase):
    """Schema ``UserCollections_Single_Resource_Data_Document``."""

    data: Redactable[UserCollectionsResourceObject]

    links: Redactable[Textual[Links]]


_ADD_ALBUMS = OperationSpec(
    "userCollections.add_albums",
    "POST",
    "/userCollections/{id}/relationships/albums",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_ADD_ARTISTS = OperationSpec(
    "userCollections.add_artists",
    "POST",
    "/userCollections/{id}/relationships/artists",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_ADD_PLAYLISTS = OperationSpec(
    "userCollections.add_playlists",
    "POST",
    "/userCollections/{id}/relationships/playlists",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_ADD_TRACKS = OperationSpec(
    "userCollections.add_tracks",
    "POST",
    "/userCollections/{id}/relationships/tracks",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_ADD_VIDEOS = OperationSpec(
    "userCollections.add_videos",
    "POST",
    "/userCollections/{id}/relationships/videos",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_ALBUMS = OperationSpec(
    "userCollections.albums",
    "GET",
    "/userCollections/{id}/relationships/albums",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_ARTISTS = OperationSpec(
    "userCollections.artists",
    "GET",
    "/userCollections/{id}/relationships/artists",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_GET = OperationSpec(
    "userCollections.get", "GET", "/userCollections/{id}", "THIRD_PARTY", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "userCollections.owners",
    "GET",
    "/userCollections/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_PLAYLISTS = OperationSpec(
    "userCollections.playlists",
    "GET",
    "/userCollections/{id}/relationships/playlists",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_ALBUMS = OperationSpec(
    "userCollections.remove_albums",
    "DELETE",
    "/userCollections/{id}/relationships/albums",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_REMOVE_ARTISTS = OperationSpec(
    "userCollections.remove_artists",
    "DELETE",
    "/userCollections/{id}/relationships/artists",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_REMOVE_PLAYLISTS = OperationSpec(
    "userCollections.remove_playlists",
    "DELETE",
    "/userCollections/{id}/relationships/playlists",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_REMOVE_TRACKS = OperationSpec(
    "userCollections.remove_tracks",
    "DELETE",
    "/userCollections/{id}/relationships/tracks",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_REMOVE_VIDEOS = OperationSpec(
    "userCollections.remove_videos",
    "DELETE",
    "/userCollections/{id}/relationships/videos",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=(
        "userCollections",
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
)
_TRACKS = OperationSpec(
    "userCollections.tracks",
    "GET",
    "/userCollections/{id}/relationships/tracks",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_VIDEOS = OperationSpec(
    "userCollections.videos",
    "GET",
    "/userCollections/{id}/relationships/videos",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)


class UserCollectionsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userCollections``."""

    async def add_albums(
        self, id: str, *, payload: UserCollectionsAlbumsRelationshipAddOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Add to albums relationship ("to-many").

        Deprecated. Use the userCollectionAlbums resource and its items relationship instead.

        ``POST /userCollections/{id}/relationships/albums`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _ADD_ALBUMS,
            f"userCollections/{path_id(id)}/relationships/albums",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def add_artists(
        self, id: str, *, payload: UserCollectionsArtistsRelationshipAddOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Add to artists relationship ("to-many").

        Deprecated. Use the userCollectionArtists resource and its items relationship instead.

        ``POST /userCollections/{id}/relationships/artists`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _ADD_ARTISTS,
            f"userCollections/{path_id(id)}/relationships/artists",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def add_playlists(
        self, id: str, *, payload: UserCollectionsPlaylistsRelationshipAddOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Add to playlists relationship ("to-many").

        Deprecated. Use the userCollectionPlaylists resource and its items relationship instead.

        ``POST /userCollections/{id}/relationships/playlists`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _ADD_PLAYLISTS,
            f"userCollections/{path_id(id)}/relationships/playlists",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def add_tracks(
        self, id: str, *, payload: UserCollectionsTracksRelationshipAddOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Add to tracks relationship ("to-many").

        Deprecated. Use the userCollectionTracks resource and its items relationship instead.

        ``POST /userCollections/{id}/relationships/tracks`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _ADD_TRACKS,
            f"userCollections/{path_id(id)}/relationships/tracks",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def add_videos(
        self, id: str, *, payload: UserCollectionsVideosRelationshipAddOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Add to videos relationship ("to-many").

        Deprecated. Use the userCollectionVideos resource and its items relationship instead.

        ``POST /userCollections/{id}/relationships/videos`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _ADD_VIDEOS,
            f"userCollections/{path_id(id)}/relationships/videos",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    def albums(
        self,
        id: str,
        *,
        sort: Sequence[
            Literal[
                "albums.addedAt",
                "-albums.addedAt",
                "albums.artists.name",
                "-albums.artists.name",
                "albums.releaseDate",
                "-albums.releaseDate",
                "albums.title",
                "-albums.title",
            ]
        ]
        | None = None,
        locale: str | None = None,
        include: Sequence[UserCollectionsAlbumsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionsAlbumsMultiRelationshipDataDocument, UserCollectionsAlbumsResourceIdentifier
    ]:
        """Get albums relationship ("to-many").

        Deprecated. Use the userCollectionAlbums resource and its items relationship instead.

        ``GET /userCollections/{id}/relationships/albums`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ALBUMS,
            f"userCollections/{path_id(id)}/relationships/albums",
            [
                ("sort", csv(sort)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionsAlbumsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def artists(
        self,
        id: str,
        *,
        sort: Sequence[Literal["artists.addedAt", "-artists.addedAt", "artists.name", "-artists.name"]]
        | None = None,
        locale: str | None = None,
        include: Sequence[UserCollectionsArtistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionsArtistsMultiRelationshipDataDocument, UserCollectionsArtistsResourceIdentifier
    ]:
        """Get artists relationship ("to-many").

        Deprecated. Use the userCollectionArtists resource and its items relationship instead.

        ``GET /userCollections/{id}/relationships/artists`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ARTISTS,
            f"userCollections/{path_id(id)}/relationships/artists",
            [
                ("sort", csv(sort)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionsArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionsSingleResourceDataDocument:
        """Get single userCollection.

        Deprecated. Use the dedicated collection resources instead: userCollectionAlbums, userCollectionArtists, userCollectionTracks, userCollectionVideos, or userCollectionPlaylists.

        ``GET /userCollections/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userCollections/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserCollectionsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserCollectionsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserCollectionsResourceObject:
        """Get single userCollection.

        Deprecated. Use the dedicated collection resources instead: userCollectionAlbums, userCollectionArtists, userCollectionTracks, userCollectionVideos, or userCollectionPlaylists.

        ``GET /userCollections/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale, include=include, replace_media=replace_media)).data

    def owners(
        self,
        id: str,
        *,
        include: Sequence[UserCollectionsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserCollectionsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Deprecated. Use the owners relationship on the dedicated collection resources instead: userCollectionAlbums, userCollectionArtists, userCollectionTracks, userCollectionVideos, or userCollectionPlaylists.

        ``GET /userCollections/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"userCollections/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            UserCollectionsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def playlists(
        self,
        id: str,
        *,
        collection_view: Literal["FOLDERS"] | None = None,
        sort: Sequence[
            Literal[
                "playlists.addedAt",
                "-playlists.addedAt",
                "playlists.lastUpdatedAt",
                "-playlists.lastUpdatedAt",
                "playlists.name",
                "-playlists.name",
            ]
        ]
        | None = None,
        include: Sequence[UserCollectionsPlaylistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionsPlaylistsMultiRelationshipDataDocument, UserCollectionsPlaylistsResourceIdentifier
    ]:
        """Get playlists relationship ("to-many").

        Deprecated. Use the userCollectionPlaylists resource and its items relationship instead.

        ``GET /userCollections/{id}/relationships/playlists`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _PLAYLISTS,
            f"userCollections/{path_id(id)}/relationships/playlists",
            [
                ("collectionView", collection_view),
                ("sort", csv(sort)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionsPlaylistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_albums(
        self, id: str, *, payload: UserCollectionsAlbumsRelationshipRemoveOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Delete from albums relationship ("to-many").

        Deprecated. Use the userCollectionAlbums resource and its items relationship instead.

        ``DELETE /userCollections/{id}/relationships/albums`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _REMOVE_ALBUMS,
            f"userCollections/{path_id(id)}/relationships/albums",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def remove_artists(
        self,
        id: str,
        *,
        payload: UserCollectionsArtistsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from artists relationship ("to-many").

        Deprecated. Use the userCollectionArtists resource and its items relationship instead.

        ``DELETE /userCollections/{id}/relationships/artists`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _REMOVE_ARTISTS,
            f"userCollections/{path_id(id)}/relationships/artists",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def remove_playlists(
        self,
        id: str,
        *,
        payload: UserCollectionsPlaylistsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from playlists relationship ("to-many").

        Deprecated. Use the userCollectionPlaylists resource and its items relationship instead.

        ``DELETE /userCollections/{id}/relationships/playlists`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _REMOVE_PLAYLISTS,
            f"userCollections/{path_id(id)}/relationships/playlists",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def remove_tracks(
        self, id: str, *, payload: UserCollectionsTracksRelationshipRemoveOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Delete from tracks relationship ("to-many").

        Deprecated. Use the userCollectionTracks resource and its items relationship instead.

        ``DELETE /userCollections/{id}/relationships/tracks`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _REMOVE_TRACKS,
            f"userCollections/{path_id(id)}/relationships/tracks",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def remove_videos(
        self, id: str, *, payload: UserCollectionsVideosRelationshipRemoveOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Delete from videos relationship ("to-many").

        Deprecated. Use the userCollectionVideos resource and its items relationship instead.

        ``DELETE /userCollections/{id}/relationships/videos`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.write (INTERNAL clients: w_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        """
        return await self._call(
            _REMOVE_VIDEOS,
            f"userCollections/{path_id(id)}/relationships/videos",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    def tracks(
        self,
        id: str,
        *,
        sort: Sequence[
            Literal[
                "tracks.addedAt",
                "-tracks.addedAt",
                "tracks.albums.title",
                "-tracks.albums.title",
                "tracks.artists.name",
                "-tracks.artists.name",
                "tracks.duration",
                "-tracks.duration",
                "tracks.title",
                "-tracks.title",
            ]
        ]
        | None = None,
        locale: str | None = None,
        include: Sequence[UserCollectionsTracksInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionsTracksMultiRelationshipDataDocument, UserCollectionsTracksResourceIdentifier
    ]:
        """Get tracks relationship ("to-many").

        Deprecated. Use the userCollectionTracks resource and its items relationship instead.

        ``GET /userCollections/{id}/relationships/tracks`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _TRACKS,
            f"userCollections/{path_id(id)}/relationships/tracks",
            [
                ("sort", csv(sort)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionsTracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def videos(
        self,
        id: str,
        *,
        sort: Sequence[
            Literal[
                "videos.addedAt",
                "-videos.addedAt",
                "videos.artists.name",
                "-videos.artists.name",
                "videos.duration",
                "-videos.duration",
                "videos.title",
                "-videos.title",
            ]
        ]
        | None = None,
        locale: str | None = None,
        include: Sequence[UserCollectionsVideosInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserCollectionsVideosMultiRelationshipDataDocument, UserCollectionsVideosResourceIdentifier
    ]:
        """Get videos relationship ("to-many").

        Deprecated. Use the userCollectionVideos resource and its items relationship instead.

        ``GET /userCollections/{id}/relationships/videos`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: collection.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _VIDEOS,
            f"userCollections/{path_id(id)}/relationships/videos",
            [
                ("sort", csv(sort)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            UserCollectionsVideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )


class UserCollectionsOperations(UserCollectionsPublicOperations):
    """Every operation on ``userCollections``, INTERNAL and PARTNER ones included."""
