"""Generated models and operations for ``tracks`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import (
    Copyright,
    ExternalLink,
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ReplacementProvenance,
    ResourceIdentifier,
    SingleRelationshipDataDocument,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.albums import AlbumsResourceObject
    from tidalkit.api._generated.artists import ArtistsResourceObject
    from tidalkit.api._generated.credits import CreditsResourceObject
    from tidalkit.api._generated.genres import GenresResourceObject
    from tidalkit.api._generated.lyrics import LyricsResourceObject
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsInclude,
        PlaylistsItemsMultiRelationshipDataDocument,
        PlaylistsResourceObject,
    )
    from tidalkit.api._generated.price_configurations import PriceConfigurationsResourceObject
    from tidalkit.api._generated.providers import ProvidersResourceObject
    from tidalkit.api._generated.shares import SharesResourceObject
    from tidalkit.api._generated.track_source_files import TrackSourceFilesResourceObject
    from tidalkit.api._generated.track_statistics import TrackStatisticsResourceObject
    from tidalkit.api._generated.tracks_payloads import (
        TracksAlbumsRelationshipUpdateOperationPayload,
        TracksCreateOperationPayload,
        TracksUpdateOperationPayload,
    )
    from tidalkit.api._generated.usage_rules import UsageRulesResourceObject
    from tidalkit.api._generated.users import UsersResourceObject

TracksAlbumsInclude = Literal[
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

TracksArtistsInclude = Literal[
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

TracksCreditsInclude = Literal["credits", "credits.artist", "credits.category"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksDownloadInclude = Literal["download"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksGenresInclude = Literal["genres"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksInclude = Literal[
    "albums",
    "artists",
    "credits",
    "download",
    "genres",
    "lyrics",
    "metadataStatus",
    "owners",
    "priceConfig",
    "providers",
    "radio",
    "replacement",
    "shares",
    "similarTracks",
    "sourceFile",
    "suggestedTracks",
    "trackStatistics",
    "usageRules",
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
    "credits.artist",
    "credits.category",
    "lyrics.owners",
    "lyrics.track",
    "radio.collaboratorProfiles",
    "radio.collaborators",
    "radio.coverArt",
    "radio.items",
    "radio.ownerProfiles",
    "radio.owners",
    "radio.suggestedCoverArts",
    "replacement.albums",
    "replacement.artists",
    "replacement.credits",
    "replacement.download",
    "replacement.genres",
    "replacement.lyrics",
    "replacement.metadataStatus",
    "replacement.owners",
    "replacement.priceConfig",
    "replacement.providers",
    "replacement.radio",
    "replacement.replacement",
    "replacement.shares",
    "replacement.similarTracks",
    "replacement.sourceFile",
    "replacement.suggestedTracks",
    "replacement.trackStatistics",
    "replacement.usageRules",
    "shares.owners",
    "shares.sharedResources",
    "similarTracks.albums",
    "similarTracks.artists",
    "similarTracks.credits",
    "similarTracks.download",
    "similarTracks.genres",
    "similarTracks.lyrics",
    "similarTracks.metadataStatus",
    "similarTracks.owners",
    "similarTracks.priceConfig",
    "similarTracks.providers",
    "similarTracks.radio",
    "similarTracks.replacement",
    "similarTracks.shares",
    "similarTracks.similarTracks",
    "similarTracks.sourceFile",
    "similarTracks.suggestedTracks",
    "similarTracks.trackStatistics",
    "similarTracks.usageRules",
    "sourceFile.owners",
    "suggestedTracks.albums",
    "suggestedTracks.artists",
    "suggestedTracks.credits",
    "suggestedTracks.download",
    "suggestedTracks.genres",
    "suggestedTracks.lyrics",
    "suggestedTracks.metadataStatus",
    "suggestedTracks.owners",
    "suggestedTracks.priceConfig",
    "suggestedTracks.providers",
    "suggestedTracks.radio",
    "suggestedTracks.replacement",
    "suggestedTracks.shares",
    "suggestedTracks.similarTracks",
    "suggestedTracks.sourceFile",
    "suggestedTracks.suggestedTracks",
    "suggestedTracks.trackStatistics",
    "suggestedTracks.usageRules",
    "trackStatistics.owners",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksLyricsInclude = Literal["lyrics", "lyrics.owners", "lyrics.track"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksMetadataStatusInclude = Literal["metadataStatus"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksPriceConfigInclude = Literal["priceConfig"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksProvidersInclude = Literal["providers"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksRadioPlaylistsInclude = Literal[
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

TracksReplacementInclude = Literal[
    "replacement",
    "replacement.albums",
    "replacement.artists",
    "replacement.credits",
    "replacement.download",
    "replacement.genres",
    "replacement.lyrics",
    "replacement.metadataStatus",
    "replacement.owners",
    "replacement.priceConfig",
    "replacement.providers",
    "replacement.radio",
    "replacement.replacement",
    "replacement.shares",
    "replacement.similarTracks",
    "replacement.sourceFile",
    "replacement.suggestedTracks",
    "replacement.trackStatistics",
    "replacement.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksSharesInclude = Literal["shares", "shares.owners", "shares.sharedResources"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksSimilarTracksInclude = Literal[
    "similarTracks",
    "similarTracks.albums",
    "similarTracks.artists",
    "similarTracks.credits",
    "similarTracks.download",
    "similarTracks.genres",
    "similarTracks.lyrics",
    "similarTracks.metadataStatus",
    "similarTracks.owners",
    "similarTracks.priceConfig",
    "similarTracks.providers",
    "similarTracks.radio",
    "similarTracks.replacement",
    "similarTracks.shares",
    "similarTracks.similarTracks",
    "similarTracks.sourceFile",
    "similarTracks.suggestedTracks",
    "similarTracks.trackStatistics",
    "similarTracks.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksSourceFileInclude = Literal["sourceFile", "sourceFile.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksSuggestedTracksInclude = Literal[
    "suggestedTracks",
    "suggestedTracks.albums",
    "suggestedTracks.artists",
    "suggestedTracks.credits",
    "suggestedTracks.download",
    "suggestedTracks.genres",
    "suggestedTracks.lyrics",
    "suggestedTracks.metadataStatus",
    "suggestedTracks.owners",
    "suggestedTracks.priceConfig",
    "suggestedTracks.providers",
    "suggestedTracks.radio",
    "suggestedTracks.replacement",
    "suggestedTracks.shares",
    "suggestedTracks.similarTracks",
    "suggestedTracks.sourceFile",
    "suggestedTracks.suggestedTracks",
    "suggestedTracks.trackStatistics",
    "suggestedTracks.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksTrackStatisticsInclude = Literal["trackStatistics", "trackStatistics.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

TracksUsageRulesInclude = Literal["usageRules"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class TracksAlbumsResourceIdentifierMeta(APIModel):
    """Schema ``Tracks_Albums_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class TracksAlbumsResourceIdentifier(Identifier):
    """Schema ``Tracks_Albums_Resource_Identifier``."""

    meta: TracksAlbumsResourceIdentifierMeta | None = Field(default=None)


class TracksAlbumsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Tracks_Albums_Multi_Relationship_Data_Document``."""

    data: list[TracksAlbumsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class TracksAttributes(APIModel):
    """Schema ``Tracks_Attributes``."""

    access_type: Literal["PUBLIC", "UNLISTED", "PRIVATE"] | str | None = Field(
        default=None, alias="accessType"
    )
    """Access type"""

    ai: bool | None = Field(default=None)
    """Whether the track is AI-generated"""

    availability: list[Literal["STREAM", "DJ", "STEM"] | str] | None = Field(default=None)
    """Available usage for this track. Deprecated: use 'usageRules' instead. This field will be removed in a future version."""

    bpm: float | None = Field(default=None)
    """Beats per minute"""

    copyright: Textual[Copyright] | None = Field(default=None)

    created_at: UtcDatetime | None = Field(default=None, alias="createdAt")
    """Datetime of track creation (ISO 8601)"""

    duration: Redactable[timedelta]
    """Duration (ISO 8601)"""

    explicit: Redactable[bool]
    """Explicit content"""

    external_links: list[ExternalLink] | None = Field(default=None, alias="externalLinks")
    """Track links external to TIDAL API"""

    isrc: Redactable[str]
    """International Standard Recording Code (ISRC)"""

    key: Redactable[
        Literal["UNKNOWN", "C", "CSharp", "D", "Eb", "E", "F", "FSharp", "G", "Ab", "A", "Bb", "B"] | str
    ]
    """Key"""

    key_scale: Redactable[
        Literal[
            "UNKNOWN",
            "MAJOR",
            "MINOR",
            "AEOLIAN",
            "BLUES",
            "DORIAN",
            "HARMONIC_MINOR",
            "LOCRIAN",
            "LYDIAN",
            "MIXOLYDIAN",
            "PENTATONIC_MAJOR",
            "PHRYGIAN",
            "MELODIC_MINOR",
            "PENTATONIC_MINOR",
        ]
        | str
    ] = Field(alias="keyScale")
    """The scale of the key"""

    media_tags: Redactable[list[str]] = Field(alias="mediaTags")

    popularity: Redactable[float]
    """Popularity (0.0 - 1.0)"""

    spotlighted: bool | None = Field(default=None)
    """Is the track spotlighted?"""

    title: Redactable[str]
    """Track title"""

    tone_tags: list[str] | None = Field(default=None, alias="toneTags")

    version: str | None = Field(default=None)
    """Track version, complements title"""


class TracksReplacementResourceIdentifierMeta(APIModel):
    """Schema ``Tracks_Replacement_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class TracksReplacementResourceIdentifier(Identifier):
    """Schema ``Tracks_Replacement_Resource_Identifier``."""

    meta: TracksReplacementResourceIdentifierMeta | None = Field(default=None)


class TracksReplacementSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Tracks_Replacement_Single_Relationship_Data_Document``."""

    data: TracksReplacementResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class TracksSimilarTracksResourceIdentifierMeta(APIModel):
    """Schema ``Tracks_SimilarTracks_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class TracksSimilarTracksResourceIdentifier(Identifier):
    """Schema ``Tracks_SimilarTracks_Resource_Identifier``."""

    meta: TracksSimilarTracksResourceIdentifierMeta | None = Field(default=None)


class TracksSimilarTracksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Tracks_SimilarTracks_Multi_Relationship_Data_Document``."""

    data: list[TracksSimilarTracksResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class TracksSuggestedTracksResourceIdentifierMeta(APIModel):
    """Schema ``Tracks_SuggestedTracks_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class TracksSuggestedTracksResourceIdentifier(Identifier):
    """Schema ``Tracks_SuggestedTracks_Resource_Identifier``."""

    meta: TracksSuggestedTracksResourceIdentifierMeta | None = Field(default=None)


class TracksSuggestedTracksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Tracks_SuggestedTracks_Multi_Relationship_Data_Document``."""

    data: list[TracksSuggestedTracksResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class TracksRelationships(APIModel):
    """Schema ``Tracks_Relationships``."""

    albums: TracksAlbumsMultiRelationshipDataDocument | None = Field(default=None)

    artists: MultiRelationshipDataDocument | None = Field(default=None)

    credits: MultiRelationshipDataDocument | None = Field(default=None)

    download: SingleRelationshipDataDocument | None = Field(default=None)

    genres: MultiRelationshipDataDocument | None = Field(default=None)

    lyrics: MultiRelationshipDataDocument | None = Field(default=None)

    metadata_status: SingleRelationshipDataDocument | None = Field(default=None, alias="metadataStatus")

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    price_config: SingleRelationshipDataDocument | None = Field(default=None, alias="priceConfig")

    providers: MultiRelationshipDataDocument | None = Field(default=None)

    radio: MultiRelationshipDataDocument | None = Field(default=None)

    replacement: TracksReplacementSingleRelationshipDataDocument | None = Field(default=None)

    shares: MultiRelationshipDataDocument | None = Field(default=None)

    similar_tracks: TracksSimilarTracksMultiRelationshipDataDocument | None = Field(
        default=None, alias="similarTracks"
    )

    source_file: SingleRelationshipDataDocument | None = Field(default=None, alias="sourceFile")

    suggested_tracks: TracksSuggestedTracksMultiRelationshipDataDocument | None = Field(
        default=None, alias="suggestedTracks"
    )

    track_statistics: SingleRelationshipDataDocument | None = Field(default=None, alias="trackStatistics")

    usage_rules: SingleRelationshipDataDocument | None = Field(default=None, alias="usageRules")


class TracksResourceObject(Resource):
    """Schema ``Tracks_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "albums": TracksAlbumsResourceIdentifier,
        "replacement": TracksReplacementResourceIdentifier,
        "similarTracks": TracksSimilarTracksResourceIdentifier,
        "suggestedTracks": TracksSuggestedTracksResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "albums": True,
        "artists": True,
        "credits": True,
        "download": False,
        "genres": True,
        "lyrics": True,
        "metadataStatus": False,
        "owners": True,
        "priceConfig": False,
        "providers": True,
        "radio": True,
        "replacement": False,
        "shares": True,
        "similarTracks": True,
        "sourceFile": False,
        "suggestedTracks": True,
        "trackStatistics": False,
        "usageRules": False,
    }

    attributes: TracksAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> TracksRelationships:
        """The relationship objects, validated into ``TracksRelationships``."""
        return TracksRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> TracksAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def access_type(self) -> Literal["PUBLIC", "UNLISTED", "PRIVATE"] | str | None:
        """Access type"""
        return self._attributes().access_type

    @property
    def ai(self) -> bool | None:
        """Whether the track is AI-generated"""
        return self._attributes().ai

    @property
    def availability(self) -> list[Literal["STREAM", "DJ", "STEM"] | str] | None:
        """Available usage for this track. Deprecated: use 'usageRules' instead. This field will be removed in a future version."""
        return self._attributes().availability

    @property
    def bpm(self) -> float | None:
        """Beats per minute"""
        return self._attributes().bpm

    @property
    def copyright(self) -> Textual[Copyright] | None:
        """The ``copyright`` attribute."""
        return self._attributes().copyright

    @property
    def created_at(self) -> UtcDatetime | None:
        """Datetime of track creation (ISO 8601)"""
        return self._attributes().created_at

    @property
    def duration(self) -> timedelta:
        """Duration (ISO 8601)"""
        return self._attributes().duration

    @property
    def explicit(self) -> bool:
        """Explicit content"""
        return self._attributes().explicit

    @property
    def external_links(self) -> list[ExternalLink] | None:
        """Track links external to TIDAL API"""
        return self._attributes().external_links

    @property
    def isrc(self) -> str:
        """International Standard Recording Code (ISRC)"""
        return self._attributes().isrc

    @property
    def key(
        self,
    ) -> Literal["UNKNOWN", "C", "CSharp", "D", "Eb", "E", "F", "FSharp", "G", "Ab", "A", "Bb", "B"] | str:
        """Key"""
        return self._attributes().key

    @property
    def key_scale(
        self,
    ) -> (
        Literal[
            "UNKNOWN",
            "MAJOR",
            "MINOR",
            "AEOLIAN",
            "BLUES",
            "DORIAN",
            "HARMONIC_MINOR",
            "LOCRIAN",
            "LYDIAN",
            "MIXOLYDIAN",
            "PENTATONIC_MAJOR",
            "PHRYGIAN",
            "MELODIC_MINOR",
            "PENTATONIC_MINOR",
        ]
        | str
    ):
        """The scale of the key"""
        return self._attributes().key_scale

    @property
    def media_tags(self) -> list[str]:
        """The ``mediaTags`` attribute."""
        return self._attributes().media_tags

    @property
    def popularity(self) -> float:
        """Popularity (0.0 - 1.0)"""
        return self._attributes().popularity

    @property
    def spotlighted(self) -> bool | None:
        """Is the track spotlighted?"""
        return self._attributes().spotlighted

    @property
    def title(self) -> str:
        """Track title"""
        return self._attributes().title

    @property
    def tone_tags(self) -> list[str] | None:
        """The ``toneTags`` attribute."""
        return self._attributes().tone_tags

    @property
    def version(self) -> str | None:
        """Track version, complements title"""
        return self._attributes().version

    @property
    def albums(self) -> list[AlbumsResourceObject]:
        """The included ``albums`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[AlbumsResourceObject]", self.related("albums"))

    @property
    def artists(self) -> list[ArtistsResourceObject]:
        """The included ``artists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistsResourceObject]", self.related("artists"))

    @property
    def credits(self) -> list[CreditsResourceObject]:
        """The included ``credits`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[CreditsResourceObject]", self.related("credits"))

    @property
    def download(self) -> Resource | None:
        """The included ``download`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("download"))

    @property
    def genres(self) -> list[GenresResourceObject]:
        """The included ``genres`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[GenresResourceObject]", self.related("genres"))

    @property
    def lyrics(self) -> list[LyricsResourceObject]:
        """The included ``lyrics`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[LyricsResourceObject]", self.related("lyrics"))

    @property
    def metadata_status(self) -> Resource | None:
        """The included ``metadataStatus`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("metadataStatus"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def price_config(self) -> PriceConfigurationsResourceObject | None:
        """The included ``priceConfig`` resource (None when empty); raises unless requested with ``include``."""
        return cast("PriceConfigurationsResourceObject | None", self.related_one("priceConfig"))

    @property
    def providers(self) -> list[ProvidersResourceObject]:
        """The included ``providers`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ProvidersResourceObject]", self.related("providers"))

    @property
    def radio(self) -> list[PlaylistsResourceObject]:
        """The included ``radio`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[PlaylistsResourceObject]", self.related("radio"))

    @property
    def replacement(self) -> TracksResourceObject | None:
        """The included ``replacement`` resource (None when empty); raises unless requested with ``include``."""
        return cast("TracksResourceObject | None", self.related_one("replacement"))

    @property
    def shares(self) -> list[SharesResourceObject]:
        """The included ``shares`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[SharesResourceObject]", self.related("shares"))

    @property
    def similar_tracks(self) -> list[TracksResourceObject]:
        """The included ``similarTracks`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[TracksResourceObject]", self.related("similarTracks"))

    @property
    def source_file(self) -> TrackSourceFilesResourceObject | None:
        """The included ``sourceFile`` resource (None when empty); raises unless requested with ``include``."""
        return cast("TrackSourceFilesResourceObject | None", self.related_one("sourceFile"))

    @property
    def suggested_tracks(self) -> list[TracksResourceObject]:
        """The included ``suggestedTracks`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[TracksResourceObject]", self.related("suggestedTracks"))

    @property
    def track_statistics(self) -> TrackStatisticsResourceObject | None:
        """The included ``trackStatistics`` resource (None when empty); raises unless requested with ``include``."""
        return cast("TrackStatisticsResourceObject | None", self.related_one("trackStatistics"))

    @property
    def usage_rules(self) -> UsageRulesResourceObject | None:
        """The included ``usageRules`` resource (None when empty); raises unless requested with ``include``."""
        return cast("UsageRulesResourceObject | None", self.related_one("usageRules"))


class TracksCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Tracks_Create_Single_Resource_Data_Document``."""

    data: Redactable[TracksResourceObject]

    links: Redactable[Textual[Links]]


class TracksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Tracks_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class TracksMultiResourceDataDocument(DocumentBase):
    """Schema ``Tracks_Multi_Resource_Data_Document``."""

    data: Redactable[list[TracksResourceObject]]

    links: Redactable[Textual[Links]]


class TracksSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Tracks_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class TracksSingleResourceDataDocument(DocumentBase):
    """Schema ``Tracks_Single_Resource_Data_Document``."""

    data: Redactable[TracksResourceObject]

    links: Redactable[Textual[Links]]


_ALBUMS = OperationSpec(
    "tracks.albums",
    "GET",
    "/tracks/{id}/relationships/albums",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_ARTISTS = OperationSpec(
    "tracks.artists",
    "GET",
    "/tracks/{id}/relationships/artists",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_CREATE = OperationSpec(
    "tracks.create", "POST", "/tracks", "INTERNAL", cache_ttl=None, invalidates=("tracks",)
)
_CREDITS = OperationSpec(
    "tracks.credits", "GET", "/tracks/{id}/relationships/credits", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_DELETE = OperationSpec(
    "tracks.delete", "DELETE", "/tracks/{id}", "INTERNAL", cache_ttl=None, invalidates=("tracks",)
)
_DOWNLOAD = OperationSpec(
    "tracks.download",
    "GET",
    "/tracks/{id}/relationships/download",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_GENRES = OperationSpec(
    "tracks.genres", "GET", "/tracks/{id}/relationships/genres", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_GET = OperationSpec("tracks.get", "GET", "/tracks/{id}", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_LIST = OperationSpec("tracks.list", "GET", "/tracks", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_LYRICS = OperationSpec(
    "tracks.lyrics", "GET", "/tracks/{id}/relationships/lyrics", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_METADATA_STATUS = OperationSpec(
    "tracks.metadata_status",
    "GET",
    "/tracks/{id}/relationships/metadataStatus",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "tracks.owners",
    "GET",
    "/tracks/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_PRICE_CONFIG = OperationSpec(
    "tracks.price_config",
    "GET",
    "/tracks/{id}/relationships/priceConfig",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_PROVIDERS = OperationSpec(
    "tracks.providers",
    "GET",
    "/tracks/{id}/relationships/providers",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_RADIO_PLAYLISTS = OperationSpec(
    "tracks.radio_playlists",
    "GET",
    "/tracks/{id}/relationships/radio",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_REPLACEMENT = OperationSpec(
    "tracks.replacement",
    "GET",
    "/tracks/{id}/relationships/replacement",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_SHARES = OperationSpec(
    "tracks.shares", "GET", "/tracks/{id}/relationships/shares", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_SIMILAR_TRACKS = OperationSpec(
    "tracks.similar_tracks",
    "GET",
    "/tracks/{id}/relationships/similarTracks",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_SOURCE_FILE = OperationSpec(
    "tracks.source_file",
    "GET",
    "/tracks/{id}/relationships/sourceFile",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_SUGGESTED_TRACKS = OperationSpec(
    "tracks.suggested_tracks",
    "GET",
    "/tracks/{id}/relationships/suggestedTracks",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_TRACK_STATISTICS = OperationSpec(
    "tracks.track_statistics",
    "GET",
    "/tracks/{id}/relationships/trackStatistics",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_UPDATE = OperationSpec(
    "tracks.update", "PATCH", "/tracks/{id}", "INTERNAL", cache_ttl=None, invalidates=("tracks",)
)
_UPDATE_ALBUMS = OperationSpec(
    "tracks.update_albums",
    "PATCH",
    "/tracks/{id}/relationships/albums",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("tracks",),
)
_USAGE_RULES = OperationSpec(
    "tracks.usage_rules",
    "GET",
    "/tracks/{id}/relationships/usageRules",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)


class TracksPublicOperations(Operations):
    """The THIRD_PARTY operations on ``tracks``."""

    def albums(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksAlbumsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get albums relationship ("to-many").

        Retrieves albums relationship.

        ``GET /tracks/{id}/relationships/albums`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ALBUMS,
            f"tracks/{path_id(id)}/relationships/albums",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def artists(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksArtistsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get artists relationship ("to-many").

        Retrieves artists relationship.

        ``GET /tracks/{id}/relationships/artists`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ARTISTS,
            f"tracks/{path_id(id)}/relationships/artists",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_document(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
    ) -> TracksSingleResourceDataDocument:
        """Get single track.

        Retrieves single track by id.

        ``GET /tracks/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"tracks/{path_id(id)}",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            TracksSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
    ) -> TracksResourceObject:
        """Get single track.

        Retrieves single track by id.

        ``GET /tracks/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (
            await self.get_document(
                id,
                country_code=country_code,
                include=include,
                replace_media=replace_media,
                share_code=share_code,
            )
        ).data

    def list(
        self,
        *,
        sort: Sequence[Literal["createdAt", "-createdAt", "title", "-title"]] | None = None,
        country_code: str | None = None,
        include: Sequence[TracksInclude] | None = None,
        filter_id: Sequence[str] | None = None,
        filter_isrc: Sequence[str] | None = None,
        filter_owners_id: Sequence[str] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiResourceDataDocument, TracksResourceObject]:
        """Get multiple tracks.

        Retrieves multiple tracks by available filters, or without if applicable.

        ``GET /tracks`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "tracks",
            [
                ("sort", csv(sort)),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("filter[id]", filter_id),
                ("filter[isrc]", filter_isrc),
                ("filter[owners.id]", filter_owners_id),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            TracksMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksOwnersInclude] | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /tracks/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"tracks/{path_id(id)}/relationships/owners",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def providers(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksProvidersInclude] | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get providers relationship ("to-many").

        Retrieves providers relationship.

        ``GET /tracks/{id}/relationships/providers`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _PROVIDERS,
            f"tracks/{path_id(id)}/relationships/providers",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def radio_playlists(
        self,
        id: str,
        *,
        include: Sequence[TracksRadioPlaylistsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get radio relationship ("to-many").

        Retrieves radio relationship.

        ``GET /tracks/{id}/relationships/radio`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _RADIO_PLAYLISTS,
            f"tracks/{path_id(id)}/relationships/radio",
            [("include", csv(include)), ("replaceMedia", replace_media), ("shareCode", share_code)],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def similar_tracks(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksSimilarTracksInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get similarTracks relationship ("to-many").

        Retrieves similarTracks relationship.

        ``GET /tracks/{id}/relationships/similarTracks`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SIMILAR_TRACKS,
            f"tracks/{path_id(id)}/relationships/similarTracks",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def source_file(
        self,
        id: str,
        *,
        include: Sequence[TracksSourceFileInclude] | None = None,
        share_code: str | None = None,
    ) -> TracksSingleRelationshipDataDocument:
        """Get sourceFile relationship ("to-one").

        Retrieves sourceFile relationship.

        ``GET /tracks/{id}/relationships/sourceFile`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _SOURCE_FILE,
            f"tracks/{path_id(id)}/relationships/sourceFile",
            [("include", csv(include)), ("shareCode", share_code)],
            TracksSingleRelationshipDataDocument,
        )

    async def usage_rules(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksUsageRulesInclude] | None = None,
        share_code: str | None = None,
    ) -> TracksSingleRelationshipDataDocument:
        """Get usageRules relationship ("to-one").

        Retrieves usageRules relationship.

        ``GET /tracks/{id}/relationships/usageRules`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _USAGE_RULES,
            f"tracks/{path_id(id)}/relationships/usageRules",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            TracksSingleRelationshipDataDocument,
        )

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[TracksInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[TracksResourceObject]:
        """Tracks by id: ``GET /tracks?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk, include=include, country_code=country_code),
            ids,
            lambda item: item.id,
            chunk_size=chunk_size,
        )

    async def get_many_by_isrc(
        self,
        keys: Iterable[str],
        *,
        include: Sequence[TracksInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[TracksResourceObject]:
        """Tracks by ``filter[isrc]`` (case-insensitive): ``GET /tracks?filter[isrc]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_isrc=chunk, include=include, country_code=country_code),
            keys,
            lambda item: item.attributes.isrc if item.attributes is not None else None,
            chunk_size=chunk_size,
            normalize=str.upper,
        )

    def radio(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[PlaylistsItemsInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlaylistsItemsMultiRelationshipDataDocument, TracksResourceObject]:
        """The tracks of the track's radio, as the private API's ``tracks.radio`` yields them.

        ``GET /tracks/{id}/relationships/radio`` names the radio's playlist (see `radio_playlists`);
        its tracks come from ``GET /playlists/{id}/relationships/items?include=items``, page by page
        (``include`` adds the tracks' own relationships: ``items.artists``, ``items.albums``).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every track.
        """
        return self._radio(self.radio_playlists(id), country_code, include, max_items)


class TracksOperations(TracksPublicOperations):
    """Every operation on ``tracks``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: TracksCreateOperationPayload | Mapping[str, Any]
    ) -> TracksCreateSingleResourceDataDocument:
        """Create single track.

        Creates a new track.

        ``POST /tracks`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "tracks", [], TracksCreateSingleResourceDataDocument, payload=payload
        )

    def credits(
        self,
        id: str,
        *,
        include: Sequence[TracksCreditsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get credits relationship ("to-many").

        Retrieves credits relationship.

        ``GET /tracks/{id}/relationships/credits`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _CREDITS,
            f"tracks/{path_id(id)}/relationships/credits",
            [("include", csv(include)), ("replaceMedia", replace_media), ("shareCode", share_code)],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single track.

        Deletes existing track.

        ``DELETE /tracks/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"tracks/{path_id(id)}", [], MutationResponseDocument)

    async def download(
        self,
        id: str,
        *,
        include: Sequence[TracksDownloadInclude] | None = None,
        share_code: str | None = None,
    ) -> TracksSingleRelationshipDataDocument:
        """Get download relationship ("to-one").

        Retrieves download relationship.

        ``GET /tracks/{id}/relationships/download`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        """
        return await self._call(
            _DOWNLOAD,
            f"tracks/{path_id(id)}/relationships/download",
            [("include", csv(include)), ("shareCode", share_code)],
            TracksSingleRelationshipDataDocument,
        )

    def genres(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksGenresInclude] | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get genres relationship ("to-many").

        Retrieves genres relationship.

        ``GET /tracks/{id}/relationships/genres`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _GENRES,
            f"tracks/{path_id(id)}/relationships/genres",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def lyrics(
        self,
        id: str,
        *,
        include: Sequence[TracksLyricsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get lyrics relationship ("to-many").

        Retrieves lyrics relationship.

        ``GET /tracks/{id}/relationships/lyrics`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LYRICS,
            f"tracks/{path_id(id)}/relationships/lyrics",
            [("include", csv(include)), ("replaceMedia", replace_media), ("shareCode", share_code)],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def metadata_status(
        self,
        id: str,
        *,
        include: Sequence[TracksMetadataStatusInclude] | None = None,
        share_code: str | None = None,
    ) -> TracksSingleRelationshipDataDocument:
        """Get metadataStatus relationship ("to-one").

        Retrieves metadataStatus relationship.

        ``GET /tracks/{id}/relationships/metadataStatus`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        """
        return await self._call(
            _METADATA_STATUS,
            f"tracks/{path_id(id)}/relationships/metadataStatus",
            [("include", csv(include)), ("shareCode", share_code)],
            TracksSingleRelationshipDataDocument,
        )

    async def price_config(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksPriceConfigInclude] | None = None,
        share_code: str | None = None,
    ) -> TracksSingleRelationshipDataDocument:
        """Get priceConfig relationship ("to-one").

        Retrieves priceConfig relationship.

        ``GET /tracks/{id}/relationships/priceConfig`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _PRICE_CONFIG,
            f"tracks/{path_id(id)}/relationships/priceConfig",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            TracksSingleRelationshipDataDocument,
        )

    async def replacement(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksReplacementInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
    ) -> TracksSingleRelationshipDataDocument:
        """Get replacement relationship ("to-one").

        Retrieves replacement relationship.

        ``GET /tracks/{id}/relationships/replacement`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _REPLACEMENT,
            f"tracks/{path_id(id)}/relationships/replacement",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            TracksSingleRelationshipDataDocument,
        )

    def shares(
        self,
        id: str,
        *,
        include: Sequence[TracksSharesInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get shares relationship ("to-many").

        Retrieves shares relationship.

        ``GET /tracks/{id}/relationships/shares`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SHARES,
            f"tracks/{path_id(id)}/relationships/shares",
            [("include", csv(include)), ("replaceMedia", replace_media), ("shareCode", share_code)],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def suggested_tracks(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[TracksSuggestedTracksInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TracksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get suggestedTracks relationship ("to-many").

        Retrieves suggestedTracks relationship.

        ``GET /tracks/{id}/relationships/suggestedTracks`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SUGGESTED_TRACKS,
            f"tracks/{path_id(id)}/relationships/suggestedTracks",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            TracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def track_statistics(
        self,
        id: str,
        *,
        include: Sequence[TracksTrackStatisticsInclude] | None = None,
        share_code: str | None = None,
    ) -> TracksSingleRelationshipDataDocument:
        """Get trackStatistics relationship ("to-one").

        Retrieves trackStatistics relationship.

        ``GET /tracks/{id}/relationships/trackStatistics`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        """
        return await self._call(
            _TRACK_STATISTICS,
            f"tracks/{path_id(id)}/relationships/trackStatistics",
            [("include", csv(include)), ("shareCode", share_code)],
            TracksSingleRelationshipDataDocument,
        )

    async def update(
        self, id: str, *, payload: TracksUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update single track.

        Updates existing track.

        ``PATCH /tracks/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"tracks/{path_id(id)}", [], MutationResponseDocument, payload=payload
        )

    async def update_albums(
        self, id: str, *, payload: TracksAlbumsRelationshipUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update albums relationship ("to-many").

        Updates albums relationship.

        ``PATCH /tracks/{id}/relationships/albums`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_ALBUMS,
            f"tracks/{path_id(id)}/relationships/albums",
            [],
            MutationResponseDocument,
            payload=payload,
        )
