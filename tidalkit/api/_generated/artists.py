"""Generated models and operations for ``artists`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import (
    ExternalLink,
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ReplacementProvenance,
    ResourceIdentifier,
    SingleRelationshipDataDocument,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.albums import AlbumsResourceObject
    from tidalkit.api._generated.artist_biographies import ArtistBiographiesResourceObject
    from tidalkit.api._generated.artist_claim_statuses import ArtistClaimStatusesResourceObject
    from tidalkit.api._generated.artist_roles import ArtistRolesResourceObject
    from tidalkit.api._generated.artists_payloads import (
        ArtistsCreateOperationPayload,
        ArtistsFollowingRelationshipAddOperationPayload,
        ArtistsFollowingRelationshipRemoveOperationPayload,
        ArtistsProfileArtRelationshipUpdateOperationPayload,
        ArtistsUpdateOperationPayload,
    )
    from tidalkit.api._generated.artworks import ArtworksResourceObject
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsInclude,
        PlaylistsItemsMultiRelationshipDataDocument,
        PlaylistsResourceObject,
    )
    from tidalkit.api._generated.providers import ProvidersResourceObject
    from tidalkit.api._generated.tracks import TracksResourceObject
    from tidalkit.api._generated.users import UsersResourceObject
    from tidalkit.api._generated.videos import VideosResourceObject

ArtistsAlbumsInclude = Literal[
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

ArtistsBiographyInclude = Literal["biography", "biography.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsClaimStatusInclude = Literal["claimStatus"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsFollowersInclude = Literal[
    "followers",
    "followers.albums",
    "followers.biography",
    "followers.claimStatus",
    "followers.followers",
    "followers.following",
    "followers.owners",
    "followers.profileArt",
    "followers.radio",
    "followers.roles",
    "followers.similarArtists",
    "followers.trackProviders",
    "followers.tracks",
    "followers.videos",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsFollowingInclude = Literal[
    "following",
    "following.albums",
    "following.biography",
    "following.claimStatus",
    "following.followers",
    "following.following",
    "following.owners",
    "following.profileArt",
    "following.radio",
    "following.roles",
    "following.similarArtists",
    "following.trackProviders",
    "following.tracks",
    "following.videos",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsInclude = Literal[
    "albums",
    "biography",
    "claimStatus",
    "followers",
    "following",
    "owners",
    "profileArt",
    "radio",
    "roles",
    "similarArtists",
    "trackProviders",
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
    "biography.owners",
    "followers.albums",
    "followers.biography",
    "followers.claimStatus",
    "followers.followers",
    "followers.following",
    "followers.owners",
    "followers.profileArt",
    "followers.radio",
    "followers.roles",
    "followers.similarArtists",
    "followers.trackProviders",
    "followers.tracks",
    "followers.videos",
    "following.albums",
    "following.biography",
    "following.claimStatus",
    "following.followers",
    "following.following",
    "following.owners",
    "following.profileArt",
    "following.radio",
    "following.roles",
    "following.similarArtists",
    "following.trackProviders",
    "following.tracks",
    "following.videos",
    "profileArt.owners",
    "radio.collaboratorProfiles",
    "radio.collaborators",
    "radio.coverArt",
    "radio.items",
    "radio.ownerProfiles",
    "radio.owners",
    "radio.suggestedCoverArts",
    "similarArtists.albums",
    "similarArtists.biography",
    "similarArtists.claimStatus",
    "similarArtists.followers",
    "similarArtists.following",
    "similarArtists.owners",
    "similarArtists.profileArt",
    "similarArtists.radio",
    "similarArtists.roles",
    "similarArtists.similarArtists",
    "similarArtists.trackProviders",
    "similarArtists.tracks",
    "similarArtists.videos",
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

ArtistsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsProfileArtInclude = Literal["profileArt", "profileArt.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsRadioPlaylistsInclude = Literal[
    "radio",
    "radio.collaboratorProfiles",
    "radio.collaborators",
    "radio.coverArt",
    "radio.items",
    "radio.ownerProfiles",
    "radio.owners",
    "radio.suggestedCoverArts",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsRolesInclude = Literal["roles"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsSimilarArtistsInclude = Literal[
    "similarArtists",
    "similarArtists.albums",
    "similarArtists.biography",
    "similarArtists.claimStatus",
    "similarArtists.followers",
    "similarArtists.following",
    "similarArtists.owners",
    "similarArtists.profileArt",
    "similarArtists.radio",
    "similarArtists.roles",
    "similarArtists.similarArtists",
    "similarArtists.trackProviders",
    "similarArtists.tracks",
    "similarArtists.videos",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsTrackProvidersInclude = Literal["trackProviders"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistsTracksInclude = Literal[
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

ArtistsVideosInclude = Literal[
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


class ArtistsAlbumsResourceIdentifierMeta(APIModel):
    """Schema ``Artists_Albums_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class ArtistsAlbumsResourceIdentifier(Identifier):
    """Schema ``Artists_Albums_Resource_Identifier``."""

    meta: ArtistsAlbumsResourceIdentifierMeta | None = Field(default=None)


class ArtistsAlbumsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Artists_Albums_Multi_Relationship_Data_Document``."""

    data: list[ArtistsAlbumsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistsAttributes(APIModel):
    """Schema ``Artists_Attributes``."""

    contributions_enabled: bool | None = Field(default=None, alias="contributionsEnabled")
    """Is the artist enabled for contributions?"""

    contributions_sales_pitch: str | None = Field(default=None, alias="contributionsSalesPitch")
    """Contributions sales pitch"""

    external_links: list[ExternalLink] | None = Field(default=None, alias="externalLinks")
    """Artist links external to TIDAL API"""

    handle: str | None = Field(default=None)
    """Artist handle"""

    name: Redactable[str]
    """Artist name"""

    owner_type: Literal["LABEL", "USER", "MIXED"] | str | None = Field(default=None, alias="ownerType")
    """Ownership type of the artist profile. LABEL: label-managed profile, USER: user-created profile, MIXED: claimed profile with both label and user content. May be null during rollout/backfill."""

    popularity: Redactable[float]
    """Artist popularity (0.0 - 1.0)"""

    spotlighted: bool | None = Field(default=None)
    """Is the artist spotlighted?"""


class ArtistsFollowersResourceMetaViewerContext(APIModel):
    """Optional context about the relationship"""

    follows_my_artist: bool | None = Field(default=None, alias="followsMyArtist")
    """Boolean to indicate if the artist is following my artist"""

    my_artist_follows: bool | None = Field(default=None, alias="myArtistFollows")
    """Boolean to indicate if my artist is following the artist"""


class ArtistsFollowersResourceIdentifierMeta(APIModel):
    """Schema ``Artists_Followers_Resource_Identifier_Meta``."""

    viewer: ArtistsFollowersResourceMetaViewerContext | None = Field(default=None)


class ArtistsFollowersResourceIdentifier(Identifier):
    """Schema ``Artists_Followers_Resource_Identifier``."""

    meta: ArtistsFollowersResourceIdentifierMeta | None = Field(default=None)


class ArtistsFollowingResourceIdentifierMeta(APIModel):
    """Schema ``Artists_Following_Resource_Identifier_Meta``."""

    viewer: ArtistsFollowersResourceMetaViewerContext | None = Field(default=None)


class ArtistsFollowingResourceIdentifier(Identifier):
    """Schema ``Artists_Following_Resource_Identifier``."""

    meta: ArtistsFollowingResourceIdentifierMeta | None = Field(default=None)


class ArtistsFollowersMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Artists_Followers_Multi_Relationship_Data_Document``."""

    data: list[ArtistsFollowersResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistsFollowingMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Artists_Following_Multi_Relationship_Data_Document``."""

    data: list[ArtistsFollowingResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistsTrackProvidersResourceIdentifierMeta(APIModel):
    """Schema ``Artists_TrackProviders_Resource_Identifier_Meta``."""

    number_of_tracks: Redactable[int] = Field(alias="numberOfTracks")
    """Total number of tracks released together with the provider"""


class ArtistsTrackProvidersResourceIdentifier(Identifier):
    """Schema ``Artists_TrackProviders_Resource_Identifier``."""

    meta: ArtistsTrackProvidersResourceIdentifierMeta | None = Field(default=None)


class ArtistsTrackProvidersMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Artists_TrackProviders_Multi_Relationship_Data_Document``."""

    data: list[ArtistsTrackProvidersResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistsTracksResourceIdentifierMeta(APIModel):
    """Schema ``Artists_Tracks_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class ArtistsTracksResourceIdentifier(Identifier):
    """Schema ``Artists_Tracks_Resource_Identifier``."""

    meta: ArtistsTracksResourceIdentifierMeta | None = Field(default=None)


class ArtistsTracksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Artists_Tracks_Multi_Relationship_Data_Document``."""

    data: list[ArtistsTracksResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistsVideosResourceIdentifierMeta(APIModel):
    """Schema ``Artists_Videos_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class ArtistsVideosResourceIdentifier(Identifier):
    """Schema ``Artists_Videos_Resource_Identifier``."""

    meta: ArtistsVideosResourceIdentifierMeta | None = Field(default=None)


class ArtistsVideosMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Artists_Videos_Multi_Relationship_Data_Document``."""

    data: list[ArtistsVideosResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistsRelationships(APIModel):
    """Schema ``Artists_Relationships``."""

    albums: ArtistsAlbumsMultiRelationshipDataDocument | None = Field(default=None)

    biography: SingleRelationshipDataDocument | None = Field(default=None)

    claim_status: SingleRelationshipDataDocument | None = Field(default=None, alias="claimStatus")

    followers: ArtistsFollowersMultiRelationshipDataDocument | None = Field(default=None)

    following: ArtistsFollowingMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    profile_art: MultiRelationshipDataDocument | None = Field(default=None, alias="profileArt")

    radio: MultiRelationshipDataDocument | None = Field(default=None)

    roles: MultiRelationshipDataDocument | None = Field(default=None)

    similar_artists: MultiRelationshipDataDocument | None = Field(default=None, alias="similarArtists")

    track_providers: ArtistsTrackProvidersMultiRelationshipDataDocument | None = Field(
        default=None, alias="trackProviders"
    )

    tracks: ArtistsTracksMultiRelationshipDataDocument | None = Field(default=None)

    videos: ArtistsVideosMultiRelationshipDataDocument | None = Field(default=None)


class ArtistsResourceObject(Resource):
    """Schema ``Artists_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "albums": ArtistsAlbumsResourceIdentifier,
        "followers": ArtistsFollowersResourceIdentifier,
        "following": ArtistsFollowingResourceIdentifier,
        "trackProviders": ArtistsTrackProvidersResourceIdentifier,
        "tracks": ArtistsTracksResourceIdentifier,
        "videos": ArtistsVideosResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "albums": True,
        "biography": False,
        "claimStatus": False,
        "followers": True,
        "following": True,
        "owners": True,
        "profileArt": True,
        "radio": True,
        "roles": True,
        "similarArtists": True,
        "trackProviders": True,
        "tracks": True,
        "videos": True,
    }

    attributes: ArtistsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> ArtistsRelationships:
        """The relationship objects, validated into ``ArtistsRelationships``."""
        return ArtistsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> ArtistsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def contributions_enabled(self) -> bool | None:
        """Is the artist enabled for contributions?"""
        return self._attributes().contributions_enabled

    @property
    def contributions_sales_pitch(self) -> str | None:
        """Contributions sales pitch"""
        return self._attributes().contributions_sales_pitch

    @property
    def external_links(self) -> list[ExternalLink] | None:
        """Artist links external to TIDAL API"""
        return self._attributes().external_links

    @property
    def handle(self) -> str | None:
        """Artist handle"""
        return self._attributes().handle

    @property
    def name(self) -> str:
        """Artist name"""
        return self._attributes().name

    @property
    def owner_type(self) -> Literal["LABEL", "USER", "MIXED"] | str | None:
        """Ownership type of the artist profile. LABEL: label-managed profile, USER: user-created profile, MIXED: claimed profile with both label and user content. May be null during rollout/backfill."""
        return self._attributes().owner_type

    @property
    def popularity(self) -> float:
        """Artist popularity (0.0 - 1.0)"""
        return self._attributes().popularity

    @property
    def spotlighted(self) -> bool | None:
        """Is the artist spotlighted?"""
        return self._attributes().spotlighted

    @property
    def albums(self) -> list[AlbumsResourceObject]:
        """The included ``albums`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[AlbumsResourceObject]", self.related("albums"))

    @property
    def biography(self) -> ArtistBiographiesResourceObject | None:
        """The included ``biography`` resource (None when empty); raises unless requested with ``include``."""
        return cast("ArtistBiographiesResourceObject | None", self.related_one("biography"))

    @property
    def claim_status(self) -> ArtistClaimStatusesResourceObject | None:
        """The included ``claimStatus`` resource (None when empty); raises unless requested with ``include``."""
        return cast("ArtistClaimStatusesResourceObject | None", self.related_one("claimStatus"))

    @property
    def followers(self) -> list[ArtistsResourceObject]:
        """The included ``followers`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistsResourceObject]", self.related("followers"))

    @property
    def following(self) -> list[ArtistsResourceObject]:
        """The included ``following`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistsResourceObject]", self.related("following"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def profile_art(self) -> list[ArtworksResourceObject]:
        """The included ``profileArt`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtworksResourceObject]", self.related("profileArt"))

    @property
    def radio(self) -> list[PlaylistsResourceObject]:
        """The included ``radio`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[PlaylistsResourceObject]", self.related("radio"))

    @property
    def roles(self) -> list[ArtistRolesResourceObject]:
        """The included ``roles`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistRolesResourceObject]", self.related("roles"))

    @property
    def similar_artists(self) -> list[ArtistsResourceObject]:
        """The included ``similarArtists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistsResourceObject]", self.related("similarArtists"))

    @property
    def track_providers(self) -> list[ProvidersResourceObject]:
        """The included ``trackProviders`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ProvidersResourceObject]", self.related("trackProviders"))

    @property
    def tracks(self) -> list[TracksResourceObject]:
        """The included ``tracks`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[TracksResourceObject]", self.related("tracks"))

    @property
    def videos(self) -> list[VideosResourceObject]:
        """The included ``videos`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[VideosResourceObject]", self.related("videos"))


class ArtistsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Artists_Create_Single_Resource_Data_Document``."""

    data: Redactable[ArtistsResourceObject]

    links: Redactable[Textual[Links]]


class ArtistsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Artists_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistsMultiResourceDataDocument(DocumentBase):
    """Schema ``Artists_Multi_Resource_Data_Document``."""

    data: Redactable[list[ArtistsResourceObject]]

    links: Redactable[Textual[Links]]


class ArtistsSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Artists_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistsSingleResourceDataDocument(DocumentBase):
    """Schema ``Artists_Single_Resource_Data_Document``."""

    data: Redactable[ArtistsResourceObject]

    links: Redactable[Textual[Links]]


_ADD_FOLLOWING = OperationSpec(
    "artists.add_following",
    "POST",
    "/artists/{id}/relationships/following",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("artists",),
)
_ALBUMS = OperationSpec(
    "artists.albums",
    "GET",
    "/artists/{id}/relationships/albums",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_BIOGRAPHY = OperationSpec(
    "artists.biography",
    "GET",
    "/artists/{id}/relationships/biography",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_CLAIM_STATUS = OperationSpec(
    "artists.claim_status",
    "GET",
    "/artists/{id}/relationships/claimStatus",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_CREATE = OperationSpec(
    "artists.create", "POST", "/artists", "INTERNAL", cache_ttl=None, invalidates=("artists",)
)
_FOLLOWERS = OperationSpec(
    "artists.followers",
    "GET",
    "/artists/{id}/relationships/followers",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_FOLLOWING = OperationSpec(
    "artists.following",
    "GET",
    "/artists/{id}/relationships/following",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_GET = OperationSpec("artists.get", "GET", "/artists/{id}", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_LIST = OperationSpec("artists.list", "GET", "/artists", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_OWNERS = OperationSpec(
    "artists.owners",
    "GET",
    "/artists/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_PROFILE_ART = OperationSpec(
    "artists.profile_art",
    "GET",
    "/artists/{id}/relationships/profileArt",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_RADIO_PLAYLISTS = OperationSpec(
    "artists.radio_playlists",
    "GET",
    "/artists/{id}/relationships/radio",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_REMOVE_FOLLOWING = OperationSpec(
    "artists.remove_following",
    "DELETE",
    "/artists/{id}/relationships/following",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("artists",),
)
_ROLES = OperationSpec(
    "artists.roles",
    "GET",
    "/artists/{id}/relationships/roles",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_SIMILAR_ARTISTS = OperationSpec(
    "artists.similar_artists",
    "GET",
    "/artists/{id}/relationships/similarArtists",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_TRACK_PROVIDERS = OperationSpec(
    "artists.track_providers",
    "GET",
    "/artists/{id}/relationships/trackProviders",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_TRACKS = OperationSpec(
    "artists.tracks",
    "GET",
    "/artists/{id}/relationships/tracks",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_UPDATE = OperationSpec(
    "artists.update", "PATCH", "/artists/{id}", "INTERNAL", cache_ttl=None, invalidates=("artists",)
)
_UPDATE_PROFILE_ART = OperationSpec(
    "artists.update_profile_art",
    "PATCH",
    "/artists/{id}/relationships/profileArt",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("artists",),
)
_VIDEOS = OperationSpec(
    "artists.videos",
    "GET",
    "/artists/{id}/relationships/videos",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)


class ArtistsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``artists``."""

    def albums(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistsAlbumsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get albums relationship ("to-many").

        Retrieves albums relationship.

        ``GET /artists/{id}/relationships/albums`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ALBUMS,
            f"artists/{path_id(id)}/relationships/albums",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            ArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def biography(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistsBiographyInclude] | None = None,
    ) -> ArtistsSingleRelationshipDataDocument:
        """Get biography relationship ("to-one").

        Retrieves biography relationship.

        ``GET /artists/{id}/relationships/biography`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _BIOGRAPHY,
            f"artists/{path_id(id)}/relationships/biography",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            ArtistsSingleRelationshipDataDocument,
        )

    async def get_document(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistsInclude] | None = None,
        replace_media: str | None = None,
    ) -> ArtistsSingleResourceDataDocument:
        """Get single artist.

        Retrieves single artist by id.

        ``GET /artists/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"artists/{path_id(id)}",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            ArtistsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistsInclude] | None = None,
        replace_media: str | None = None,
    ) -> ArtistsResourceObject:
        """Get single artist.

        Retrieves single artist by id.

        ``GET /artists/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (
            await self.get_document(
                id, country_code=country_code, include=include, replace_media=replace_media
            )
        ).data

    def list(
        self,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistsInclude] | None = None,
        filter_handle: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        filter_owners_id: Sequence[str] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsMultiResourceDataDocument, ArtistsResourceObject]:
        """Get multiple artists.

        Retrieves multiple artists by available filters, or without if applicable.

        ``GET /artists`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "artists",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("filter[handle]", filter_handle),
                ("filter[id]", filter_id),
                ("filter[owners.id]", filter_owners_id),
                ("replaceMedia", replace_media),
            ],
            ArtistsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[ArtistsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /artists/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"artists/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            ArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def profile_art(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistsProfileArtInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get profileArt relationship ("to-many").

        Retrieves profileArt relationship.

        ``GET /artists/{id}/relationships/profileArt`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _PROFILE_ART,
            f"artists/{path_id(id)}/relationships/profileArt",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            ArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def radio_playlists(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistsRadioPlaylistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get radio relationship ("to-many").

        Retrieves radio relationship.

        ``GET /artists/{id}/relationships/radio`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _RADIO_PLAYLISTS,
            f"artists/{path_id(id)}/relationships/radio",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            ArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def roles(
        self,
        id: str,
        *,
        include: Sequence[ArtistsRolesInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get roles relationship ("to-many").

        Retrieves roles relationship.

        ``GET /artists/{id}/relationships/roles`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ROLES,
            f"artists/{path_id(id)}/relationships/roles",
            [("include", csv(include))],
            ArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def similar_artists(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistsSimilarArtistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get similarArtists relationship ("to-many").

        Retrieves similarArtists relationship.

        ``GET /artists/{id}/relationships/similarArtists`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SIMILAR_ARTISTS,
            f"artists/{path_id(id)}/relationships/similarArtists",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            ArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def track_providers(
        self,
        id: str,
        *,
        include: Sequence[ArtistsTrackProvidersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        ArtistsTrackProvidersMultiRelationshipDataDocument, ArtistsTrackProvidersResourceIdentifier
    ]:
        """Get trackProviders relationship ("to-many").

        Retrieves trackProviders relationship.

        ``GET /artists/{id}/relationships/trackProviders`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _TRACK_PROVIDERS,
            f"artists/{path_id(id)}/relationships/trackProviders",
            [("include", csv(include))],
            ArtistsTrackProvidersMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def tracks(
        self,
        id: str,
        *,
        collapse_by: Literal["FINGERPRINT", "NONE"],
        country_code: str | None = None,
        include: Sequence[ArtistsTracksInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get tracks relationship ("to-many").

        Retrieves tracks relationship.

        ``GET /artists/{id}/relationships/tracks`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _TRACKS,
            f"artists/{path_id(id)}/relationships/tracks",
            [
                ("collapseBy", collapse_by),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            ArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def videos(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ArtistsVideosInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get videos relationship ("to-many").

        Retrieves videos relationship.

        ``GET /artists/{id}/relationships/videos`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _VIDEOS,
            f"artists/{path_id(id)}/relationships/videos",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            ArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[ArtistsInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[ArtistsResourceObject]:
        """Artists by id: ``GET /artists?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk, include=include, country_code=country_code),
            ids,
            lambda item: item.id,
            chunk_size=chunk_size,
        )

    def radio(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[PlaylistsItemsInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlaylistsItemsMultiRelationshipDataDocument, TracksResourceObject]:
        """The tracks of the artist's radio, as the private API's ``artists.radio`` yields them.

        ``GET /artists/{id}/relationships/radio`` names the radio's playlist (see `radio_playlists`);
        its tracks come from ``GET /playlists/{id}/relationships/items?include=items``, page by page
        (``include`` adds the tracks' own relationships: ``items.artists``, ``items.albums``).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every track.
        """
        return self._radio(self.radio_playlists(id), country_code, include, max_items)


class ArtistsOperations(ArtistsPublicOperations):
    """Every operation on ``artists``, INTERNAL and PARTNER ones included."""

    async def add_following(
        self,
        id: str,
        *,
        payload: ArtistsFollowingRelationshipAddOperationPayload | Mapping[str, Any],
        country_code: str | None = None,
    ) -> MutationResponseDocument:
        """Add to following relationship ("to-many").

        Adds item(s) to following relationship.

        ``POST /artists/{id}/relationships/following`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_FOLLOWING,
            f"artists/{path_id(id)}/relationships/following",
            [("countryCode", self._country(country_code))],
            MutationResponseDocument,
            payload=payload,
        )

    async def claim_status(
        self, id: str, *, include: Sequence[ArtistsClaimStatusInclude] | None = None
    ) -> ArtistsSingleRelationshipDataDocument:
        """Get claimStatus relationship ("to-one").

        Retrieves claimStatus relationship.

        ``GET /artists/{id}/relationships/claimStatus`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        """
        return await self._call(
            _CLAIM_STATUS,
            f"artists/{path_id(id)}/relationships/claimStatus",
            [("include", csv(include))],
            ArtistsSingleRelationshipDataDocument,
        )

    async def create(
        self, *, payload: ArtistsCreateOperationPayload | Mapping[str, Any]
    ) -> ArtistsCreateSingleResourceDataDocument:
        """Create single artist.

        Creates a new artist.

        ``POST /artists`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "artists", [], ArtistsCreateSingleResourceDataDocument, payload=payload
        )

    def followers(
        self,
        id: str,
        *,
        viewer_context: str | None = None,
        include: Sequence[ArtistsFollowersInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsFollowersMultiRelationshipDataDocument, ArtistsFollowersResourceIdentifier]:
        """Get followers relationship ("to-many").

        Retrieves followers relationship.

        ``GET /artists/{id}/relationships/followers`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _FOLLOWERS,
            f"artists/{path_id(id)}/relationships/followers",
            [("viewerContext", viewer_context), ("include", csv(include)), ("replaceMedia", replace_media)],
            ArtistsFollowersMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def following(
        self,
        id: str,
        *,
        viewer_context: str | None = None,
        include: Sequence[ArtistsFollowingInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistsFollowingMultiRelationshipDataDocument, ArtistsFollowingResourceIdentifier]:
        """Get following relationship ("to-many").

        Retrieves following relationship.

        ``GET /artists/{id}/relationships/following`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _FOLLOWING,
            f"artists/{path_id(id)}/relationships/following",
            [("viewerContext", viewer_context), ("include", csv(include)), ("replaceMedia", replace_media)],
            ArtistsFollowingMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_following(
        self, id: str, *, payload: ArtistsFollowingRelationshipRemoveOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Delete from following relationship ("to-many").

        Deletes item(s) from following relationship.

        ``DELETE /artists/{id}/relationships/following`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_FOLLOWING,
            f"artists/{path_id(id)}/relationships/following",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def update(
        self, id: str, *, payload: ArtistsUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update single artist.

        Updates existing artist.

        ``PATCH /artists/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"artists/{path_id(id)}", [], MutationResponseDocument, payload=payload
        )

    async def update_profile_art(
        self, id: str, *, payload: ArtistsProfileArtRelationshipUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update profileArt relationship ("to-many").

        Updates profileArt relationship.

        ``PATCH /artists/{id}/relationships/profileArt`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_PROFILE_ART,
            f"artists/{path_id(id)}/relationships/profileArt",
            [],
            MutationResponseDocument,
            payload=payload,
        )
