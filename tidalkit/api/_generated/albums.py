"""Generated models and operations for ``albums`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
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
    from tidalkit.api._generated.album_statistics import AlbumStatisticsResourceObject
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCoverArtRelationshipUpdateOperationPayload,
        AlbumsCreateOperationPayload,
        AlbumsItemsRelationshipUpdateOperationPayload,
        AlbumsUpdateOperationPayload,
    )
    from tidalkit.api._generated.artists import ArtistsResourceObject
    from tidalkit.api._generated.artworks import ArtworksResourceObject
    from tidalkit.api._generated.genres import GenresResourceObject
    from tidalkit.api._generated.price_configurations import PriceConfigurationsResourceObject
    from tidalkit.api._generated.providers import ProvidersResourceObject
    from tidalkit.api._generated.shares import SharesResourceObject
    from tidalkit.api._generated.usage_rules import UsageRulesResourceObject
    from tidalkit.api._generated.users import UsersResourceObject

AlbumsAlbumStatisticsInclude = Literal["albumStatistics", "albumStatistics.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsArtistsInclude = Literal[
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

AlbumsCoverArtInclude = Literal["coverArt", "coverArt.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsGenresInclude = Literal["genres"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsInclude = Literal[
    "albumStatistics",
    "artists",
    "coverArt",
    "genres",
    "items",
    "owners",
    "priceConfig",
    "providers",
    "replacement",
    "shares",
    "similarAlbums",
    "suggestedCoverArts",
    "usageRules",
    "albumStatistics.owners",
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
    "coverArt.owners",
    "items.albums",
    "items.artists",
    "items.credits",
    "items.download",
    "items.genres",
    "items.lyrics",
    "items.metadataStatus",
    "items.owners",
    "items.priceConfig",
    "items.providers",
    "items.radio",
    "items.replacement",
    "items.shares",
    "items.similarTracks",
    "items.sourceFile",
    "items.suggestedTracks",
    "items.trackStatistics",
    "items.usageRules",
    "items.similarVideos",
    "items.suggestedVideos",
    "items.thumbnailArt",
    "replacement.albumStatistics",
    "replacement.artists",
    "replacement.coverArt",
    "replacement.genres",
    "replacement.items",
    "replacement.owners",
    "replacement.priceConfig",
    "replacement.providers",
    "replacement.replacement",
    "replacement.shares",
    "replacement.similarAlbums",
    "replacement.suggestedCoverArts",
    "replacement.usageRules",
    "shares.owners",
    "shares.sharedResources",
    "similarAlbums.albumStatistics",
    "similarAlbums.artists",
    "similarAlbums.coverArt",
    "similarAlbums.genres",
    "similarAlbums.items",
    "similarAlbums.owners",
    "similarAlbums.priceConfig",
    "similarAlbums.providers",
    "similarAlbums.replacement",
    "similarAlbums.shares",
    "similarAlbums.similarAlbums",
    "similarAlbums.suggestedCoverArts",
    "similarAlbums.usageRules",
    "suggestedCoverArts.owners",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsItemsInclude = Literal[
    "items",
    "items.albums",
    "items.artists",
    "items.credits",
    "items.download",
    "items.genres",
    "items.lyrics",
    "items.metadataStatus",
    "items.owners",
    "items.priceConfig",
    "items.providers",
    "items.radio",
    "items.replacement",
    "items.shares",
    "items.similarTracks",
    "items.sourceFile",
    "items.suggestedTracks",
    "items.trackStatistics",
    "items.usageRules",
    "items.similarVideos",
    "items.suggestedVideos",
    "items.thumbnailArt",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsPriceConfigInclude = Literal["priceConfig"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsProvidersInclude = Literal["providers"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsReplacementInclude = Literal[
    "replacement",
    "replacement.albumStatistics",
    "replacement.artists",
    "replacement.coverArt",
    "replacement.genres",
    "replacement.items",
    "replacement.owners",
    "replacement.priceConfig",
    "replacement.providers",
    "replacement.replacement",
    "replacement.shares",
    "replacement.similarAlbums",
    "replacement.suggestedCoverArts",
    "replacement.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsSharesInclude = Literal["shares", "shares.owners", "shares.sharedResources"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsSimilarAlbumsInclude = Literal[
    "similarAlbums",
    "similarAlbums.albumStatistics",
    "similarAlbums.artists",
    "similarAlbums.coverArt",
    "similarAlbums.genres",
    "similarAlbums.items",
    "similarAlbums.owners",
    "similarAlbums.priceConfig",
    "similarAlbums.providers",
    "similarAlbums.replacement",
    "similarAlbums.shares",
    "similarAlbums.similarAlbums",
    "similarAlbums.suggestedCoverArts",
    "similarAlbums.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsSuggestedCoverArtsInclude = Literal["suggestedCoverArts", "suggestedCoverArts.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AlbumsUsageRulesInclude = Literal["usageRules"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class AlbumsAttributes(APIModel):
    """Schema ``Albums_Attributes``."""

    DEPRECATED_FALLBACKS: ClassVar[Mapping[str, str]] = {"albumType": "type"}

    access_type: Literal["PUBLIC", "UNLISTED", "PRIVATE"] | str | None = Field(
        default=None, alias="accessType"
    )
    """Access type"""

    ai: bool | None = Field(default=None)
    """Whether the album is AI-generated"""

    album_type: Redactable[Literal["ALBUM", "EP", "SINGLE"] | str] = Field(alias="albumType")
    """Album type"""

    availability: list[Literal["STREAM", "DJ", "STEM"] | str] | None = Field(default=None)
    """Available usage for this album. Deprecated: use 'usageRules' instead. This field will be removed in a future version."""

    barcode_id: Redactable[str] = Field(alias="barcodeId")

    copyright: Textual[Copyright] | None = Field(default=None)

    created_at: UtcDatetime | None = Field(default=None, alias="createdAt")
    """Datetime of album creation (ISO 8601)"""

    duration: Redactable[timedelta]
    """Duration (ISO 8601)"""

    explicit: Redactable[bool]
    """Explicit content"""

    external_links: list[ExternalLink] | None = Field(default=None, alias="externalLinks")
    """Album links external to TIDAL API"""

    media_tags: Redactable[list[str]] = Field(alias="mediaTags")

    number_of_items: Redactable[int] = Field(alias="numberOfItems")
    """Number of items in album"""

    number_of_volumes: Redactable[int] = Field(alias="numberOfVolumes")
    """Number of volumes"""

    popularity: Redactable[float]
    """Popularity (0.0 - 1.0)"""

    release_date: date | None = Field(default=None, alias="releaseDate")
    """Release date (ISO-8601)"""

    title: Redactable[str]
    """Album title"""

    type: Literal["ALBUM", "EP", "SINGLE"] | str | None = Field(default=None)
    """Album type. Deprecated: use 'albumType' instead. This field will be removed in a future version."""

    version: str | None = Field(default=None)
    """Album version"""


class AlbumsItemsResourceIdentifierMeta(APIModel):
    """Schema ``Albums_Items_Resource_Identifier_Meta``."""

    item_cursor: str | None = Field(default=None, alias="itemCursor")

    replacement: ReplacementProvenance | None = Field(default=None)

    track_number: Redactable[int] = Field(alias="trackNumber")
    """track number"""

    volume_number: Redactable[int] = Field(alias="volumeNumber")
    """volume number"""


class AlbumsItemsResourceIdentifier(Identifier):
    """Schema ``Albums_Items_Resource_Identifier``."""

    meta: AlbumsItemsResourceIdentifierMeta | None = Field(default=None)


class AlbumsItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Albums_Items_Multi_Relationship_Data_Document``."""

    data: list[AlbumsItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class AlbumsReplacementResourceIdentifierMeta(APIModel):
    """Schema ``Albums_Replacement_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class AlbumsReplacementResourceIdentifier(Identifier):
    """Schema ``Albums_Replacement_Resource_Identifier``."""

    meta: AlbumsReplacementResourceIdentifierMeta | None = Field(default=None)


class AlbumsReplacementSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Albums_Replacement_Single_Relationship_Data_Document``."""

    data: AlbumsReplacementResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class AlbumsSimilarAlbumsResourceIdentifierMeta(APIModel):
    """Schema ``Albums_SimilarAlbums_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class AlbumsSimilarAlbumsResourceIdentifier(Identifier):
    """Schema ``Albums_SimilarAlbums_Resource_Identifier``."""

    meta: AlbumsSimilarAlbumsResourceIdentifierMeta | None = Field(default=None)


class AlbumsSimilarAlbumsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Albums_SimilarAlbums_Multi_Relationship_Data_Document``."""

    data: list[AlbumsSimilarAlbumsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class AlbumsSuggestedCoverArtsMultiRelationshipDataDocumentMeta(APIModel):
    """Schema ``Albums_SuggestedCoverArts_Multi_Relationship_Data_Document_Meta``."""

    status: Literal["PENDING", "PROCESSING", "ERROR", "OK"] | str | None = Field(default=None)


class AlbumsSuggestedCoverArtsResourceIdentifierMeta(APIModel):
    """Schema ``Albums_SuggestedCoverArts_Resource_Identifier_Meta``."""

    background_color: Redactable[str] = Field(alias="backgroundColor")
    """Background color for the suggested artwork"""

    foreground_color: Redactable[str] = Field(alias="foregroundColor")
    """Foreground color for the suggested artwork"""


class AlbumsSuggestedCoverArtsResourceIdentifier(Identifier):
    """Schema ``Albums_SuggestedCoverArts_Resource_Identifier``."""

    meta: AlbumsSuggestedCoverArtsResourceIdentifierMeta | None = Field(default=None)


class AlbumsSuggestedCoverArtsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Albums_SuggestedCoverArts_Multi_Relationship_Data_Document``."""

    data: list[AlbumsSuggestedCoverArtsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]

    meta: AlbumsSuggestedCoverArtsMultiRelationshipDataDocumentMeta | None = Field(default=None)


class AlbumsRelationships(APIModel):
    """Schema ``Albums_Relationships``."""

    album_statistics: SingleRelationshipDataDocument | None = Field(default=None, alias="albumStatistics")

    artists: MultiRelationshipDataDocument | None = Field(default=None)

    cover_art: MultiRelationshipDataDocument | None = Field(default=None, alias="coverArt")

    genres: MultiRelationshipDataDocument | None = Field(default=None)

    items: AlbumsItemsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    price_config: SingleRelationshipDataDocument | None = Field(default=None, alias="priceConfig")

    providers: MultiRelationshipDataDocument | None = Field(default=None)

    replacement: AlbumsReplacementSingleRelationshipDataDocument | None = Field(default=None)

    shares: MultiRelationshipDataDocument | None = Field(default=None)

    similar_albums: AlbumsSimilarAlbumsMultiRelationshipDataDocument | None = Field(
        default=None, alias="similarAlbums"
    )

    suggested_cover_arts: AlbumsSuggestedCoverArtsMultiRelationshipDataDocument | None = Field(
        default=None, alias="suggestedCoverArts"
    )

    usage_rules: SingleRelationshipDataDocument | None = Field(default=None, alias="usageRules")


class AlbumsResourceObject(Resource):
    """Schema ``Albums_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": AlbumsItemsResourceIdentifier,
        "replacement": AlbumsReplacementResourceIdentifier,
        "similarAlbums": AlbumsSimilarAlbumsResourceIdentifier,
        "suggestedCoverArts": AlbumsSuggestedCoverArtsResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "albumStatistics": False,
        "artists": True,
        "coverArt": True,
        "genres": True,
        "items": True,
        "owners": True,
        "priceConfig": False,
        "providers": True,
        "replacement": False,
        "shares": True,
        "similarAlbums": True,
        "suggestedCoverArts": True,
        "usageRules": False,
    }

    attributes: AlbumsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> AlbumsRelationships:
        """The relationship objects, validated into ``AlbumsRelationships``."""
        return AlbumsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> AlbumsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def access_type(self) -> Literal["PUBLIC", "UNLISTED", "PRIVATE"] | str | None:
        """Access type"""
        return self._attributes().access_type

    @property
    def ai(self) -> bool | None:
        """Whether the album is AI-generated"""
        return self._attributes().ai

    @property
    def album_type(self) -> Literal["ALBUM", "EP", "SINGLE"] | str:
        """Album type"""
        return self._attributes().album_type

    @property
    def availability(self) -> list[Literal["STREAM", "DJ", "STEM"] | str] | None:
        """Available usage for this album. Deprecated: use 'usageRules' instead. This field will be removed in a future version."""
        return self._attributes().availability

    @property
    def barcode_id(self) -> str:
        """The ``barcodeId`` attribute."""
        return self._attributes().barcode_id

    @property
    def copyright(self) -> Textual[Copyright] | None:
        """The ``copyright`` attribute."""
        return self._attributes().copyright

    @property
    def created_at(self) -> UtcDatetime | None:
        """Datetime of album creation (ISO 8601)"""
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
        """Album links external to TIDAL API"""
        return self._attributes().external_links

    @property
    def media_tags(self) -> list[str]:
        """The ``mediaTags`` attribute."""
        return self._attributes().media_tags

    @property
    def number_of_items(self) -> int:
        """Number of items in album"""
        return self._attributes().number_of_items

    @property
    def number_of_volumes(self) -> int:
        """Number of volumes"""
        return self._attributes().number_of_volumes

    @property
    def popularity(self) -> float:
        """Popularity (0.0 - 1.0)"""
        return self._attributes().popularity

    @property
    def release_date(self) -> date | None:
        """Release date (ISO-8601)"""
        return self._attributes().release_date

    @property
    def title(self) -> str:
        """Album title"""
        return self._attributes().title

    @property
    def version(self) -> str | None:
        """Album version"""
        return self._attributes().version

    @property
    def album_statistics(self) -> AlbumStatisticsResourceObject | None:
        """The included ``albumStatistics`` resource (None when empty); raises unless requested with ``include``."""
        return cast("AlbumStatisticsResourceObject | None", self.related_one("albumStatistics"))

    @property
    def artists(self) -> list[ArtistsResourceObject]:
        """The included ``artists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistsResourceObject]", self.related("artists"))

    @property
    def cover_art(self) -> list[ArtworksResourceObject]:
        """The included ``coverArt`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtworksResourceObject]", self.related("coverArt"))

    @property
    def genres(self) -> list[GenresResourceObject]:
        """The included ``genres`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[GenresResourceObject]", self.related("genres"))

    @property
    def items(self) -> list[Resource]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("items"))

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
    def replacement(self) -> AlbumsResourceObject | None:
        """The included ``replacement`` resource (None when empty); raises unless requested with ``include``."""
        return cast("AlbumsResourceObject | None", self.related_one("replacement"))

    @property
    def shares(self) -> list[SharesResourceObject]:
        """The included ``shares`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[SharesResourceObject]", self.related("shares"))

    @property
    def similar_albums(self) -> list[AlbumsResourceObject]:
        """The included ``similarAlbums`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[AlbumsResourceObject]", self.related("similarAlbums"))

    @property
    def suggested_cover_arts(self) -> list[ArtworksResourceObject]:
        """The included ``suggestedCoverArts`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtworksResourceObject]", self.related("suggestedCoverArts"))

    @property
    def usage_rules(self) -> UsageRulesResourceObject | None:
        """The included ``usageRules`` resource (None when empty); raises unless requested with ``include``."""
        return cast("UsageRulesResourceObject | None", self.related_one("usageRules"))


class AlbumsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Albums_Create_Single_Resource_Data_Document``."""

    data: Redactable[AlbumsResourceObject]

    links: Redactable[Textual[Links]]


class AlbumsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Albums_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class AlbumsMultiResourceDataDocument(DocumentBase):
    """Schema ``Albums_Multi_Resource_Data_Document``."""

    data: Redactable[list[AlbumsResourceObject]]

    links: Redactable[Textual[Links]]


class AlbumsSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Albums_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class AlbumsSingleResourceDataDocument(DocumentBase):
    """Schema ``Albums_Single_Resource_Data_Document``."""

    data: Redactable[AlbumsResourceObject]

    links: Redactable[Textual[Links]]


_ALBUM_STATISTICS = OperationSpec(
    "albums.album_statistics",
    "GET",
    "/albums/{id}/relationships/albumStatistics",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_ARTISTS = OperationSpec(
    "albums.artists",
    "GET",
    "/albums/{id}/relationships/artists",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_COVER_ART = OperationSpec(
    "albums.cover_art",
    "GET",
    "/albums/{id}/relationships/coverArt",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_CREATE = OperationSpec(
    "albums.create", "POST", "/albums", "INTERNAL", cache_ttl=None, invalidates=("albums",)
)
_DELETE = OperationSpec(
    "albums.delete", "DELETE", "/albums/{id}", "INTERNAL", cache_ttl=None, invalidates=("albums",)
)
_GENRES = OperationSpec(
    "albums.genres", "GET", "/albums/{id}/relationships/genres", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_GET = OperationSpec("albums.get", "GET", "/albums/{id}", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_ITEMS = OperationSpec(
    "albums.items", "GET", "/albums/{id}/relationships/items", "THIRD_PARTY", cache_ttl=600.0, invalidates=()
)
_LIST = OperationSpec("albums.list", "GET", "/albums", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_OWNERS = OperationSpec(
    "albums.owners",
    "GET",
    "/albums/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_PRICE_CONFIG = OperationSpec(
    "albums.price_config",
    "GET",
    "/albums/{id}/relationships/priceConfig",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_PROVIDERS = OperationSpec(
    "albums.providers",
    "GET",
    "/albums/{id}/relationships/providers",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_REPLACEMENT = OperationSpec(
    "albums.replacement",
    "GET",
    "/albums/{id}/relationships/replacement",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_SHARES = OperationSpec(
    "albums.shares", "GET", "/albums/{id}/relationships/shares", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_SIMILAR_ALBUMS = OperationSpec(
    "albums.similar_albums",
    "GET",
    "/albums/{id}/relationships/similarAlbums",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_SUGGESTED_COVER_ARTS = OperationSpec(
    "albums.suggested_cover_arts",
    "GET",
    "/albums/{id}/relationships/suggestedCoverArts",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_UPDATE = OperationSpec(
    "albums.update", "PATCH", "/albums/{id}", "INTERNAL", cache_ttl=None, invalidates=("albums",)
)
_UPDATE_COVER_ART = OperationSpec(
    "albums.update_cover_art",
    "PATCH",
    "/albums/{id}/relationships/coverArt",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("albums",),
)
_UPDATE_ITEMS = OperationSpec(
    "albums.update_items",
    "PATCH",
    "/albums/{id}/relationships/items",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("albums",),
)
_USAGE_RULES = OperationSpec(
    "albums.usage_rules",
    "GET",
    "/albums/{id}/relationships/usageRules",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)


class AlbumsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``albums``."""

    def artists(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsArtistsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get artists relationship ("to-many").

        Retrieves artists relationship.

        ``GET /albums/{id}/relationships/artists`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ARTISTS,
            f"albums/{path_id(id)}/relationships/artists",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            AlbumsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def cover_art(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsCoverArtInclude] | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get coverArt relationship ("to-many").

        Retrieves coverArt relationship.

        ``GET /albums/{id}/relationships/coverArt`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _COVER_ART,
            f"albums/{path_id(id)}/relationships/coverArt",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            AlbumsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_document(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
    ) -> AlbumsSingleResourceDataDocument:
        """Get single album.

        Retrieves single album by id.

        ``GET /albums/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"albums/{path_id(id)}",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            AlbumsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
    ) -> AlbumsResourceObject:
        """Get single album.

        Retrieves single album by id.

        ``GET /albums/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
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

    def items(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsItemsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumsItemsMultiRelationshipDataDocument, AlbumsItemsResourceIdentifier]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /albums/{id}/relationships/items`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"albums/{path_id(id)}/relationships/items",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            AlbumsItemsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def list(
        self,
        *,
        sort: Sequence[Literal["createdAt", "-createdAt", "title", "-title"]] | None = None,
        country_code: str | None = None,
        include: Sequence[AlbumsInclude] | None = None,
        filter_barcode_id: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        filter_owners_id: Sequence[str] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumsMultiResourceDataDocument, AlbumsResourceObject]:
        """Get multiple albums.

        Retrieves multiple albums by available filters, or without if applicable.

        ``GET /albums`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "albums",
            [
                ("sort", csv(sort)),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("filter[barcodeId]", filter_barcode_id),
                ("filter[id]", filter_id),
                ("filter[owners.id]", filter_owners_id),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            AlbumsMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsOwnersInclude] | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /albums/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"albums/{path_id(id)}/relationships/owners",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            AlbumsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def providers(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsProvidersInclude] | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get providers relationship ("to-many").

        Retrieves providers relationship.

        ``GET /albums/{id}/relationships/providers`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _PROVIDERS,
            f"albums/{path_id(id)}/relationships/providers",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            AlbumsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def similar_albums(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsSimilarAlbumsInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get similarAlbums relationship ("to-many").

        Retrieves similarAlbums relationship.

        ``GET /albums/{id}/relationships/similarAlbums`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SIMILAR_ALBUMS,
            f"albums/{path_id(id)}/relationships/similarAlbums",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            AlbumsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def usage_rules(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsUsageRulesInclude] | None = None,
        share_code: str | None = None,
    ) -> AlbumsSingleRelationshipDataDocument:
        """Get usageRules relationship ("to-one").

        Retrieves usageRules relationship.

        ``GET /albums/{id}/relationships/usageRules`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _USAGE_RULES,
            f"albums/{path_id(id)}/relationships/usageRules",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            AlbumsSingleRelationshipDataDocument,
        )

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[AlbumsInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[AlbumsResourceObject]:
        """Albums by id: ``GET /albums?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk, include=include, country_code=country_code),
            ids,
            lambda item: item.id,
            chunk_size=chunk_size,
        )

    async def get_many_by_barcode(
        self,
        keys: Iterable[str],
        *,
        include: Sequence[AlbumsInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[AlbumsResourceObject]:
        """Albums by ``filter[barcodeId]``: ``GET /albums?filter[barcodeId]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_barcode_id=chunk, include=include, country_code=country_code),
            keys,
            lambda item: item.attributes.barcode_id if item.attributes is not None else None,
            chunk_size=chunk_size,
        )


class AlbumsOperations(AlbumsPublicOperations):
    """Every operation on ``albums``, INTERNAL and PARTNER ones included."""

    async def album_statistics(
        self,
        id: str,
        *,
        include: Sequence[AlbumsAlbumStatisticsInclude] | None = None,
        share_code: str | None = None,
    ) -> AlbumsSingleRelationshipDataDocument:
        """Get albumStatistics relationship ("to-one").

        Retrieves albumStatistics relationship.

        ``GET /albums/{id}/relationships/albumStatistics`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _ALBUM_STATISTICS,
            f"albums/{path_id(id)}/relationships/albumStatistics",
            [("include", csv(include)), ("shareCode", share_code)],
            AlbumsSingleRelationshipDataDocument,
        )

    async def create(
        self, *, payload: AlbumsCreateOperationPayload | Mapping[str, Any]
    ) -> AlbumsCreateSingleResourceDataDocument:
        """Create single album.

        Creates a new album.

        ``POST /albums`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "albums", [], AlbumsCreateSingleResourceDataDocument, payload=payload
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single album.

        Deletes existing album.

        ``DELETE /albums/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"albums/{path_id(id)}", [], MutationResponseDocument)

    def genres(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsGenresInclude] | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get genres relationship ("to-many").

        Retrieves genres relationship.

        ``GET /albums/{id}/relationships/genres`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _GENRES,
            f"albums/{path_id(id)}/relationships/genres",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            AlbumsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def price_config(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsPriceConfigInclude] | None = None,
        share_code: str | None = None,
    ) -> AlbumsSingleRelationshipDataDocument:
        """Get priceConfig relationship ("to-one").

        Retrieves priceConfig relationship.

        ``GET /albums/{id}/relationships/priceConfig`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _PRICE_CONFIG,
            f"albums/{path_id(id)}/relationships/priceConfig",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("shareCode", share_code),
            ],
            AlbumsSingleRelationshipDataDocument,
        )

    async def replacement(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[AlbumsReplacementInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
    ) -> AlbumsSingleRelationshipDataDocument:
        """Get replacement relationship ("to-one").

        Retrieves replacement relationship.

        ``GET /albums/{id}/relationships/replacement`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _REPLACEMENT,
            f"albums/{path_id(id)}/relationships/replacement",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
                ("shareCode", share_code),
            ],
            AlbumsSingleRelationshipDataDocument,
        )

    def shares(
        self,
        id: str,
        *,
        include: Sequence[AlbumsSharesInclude] | None = None,
        replace_media: str | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AlbumsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get shares relationship ("to-many").

        Retrieves shares relationship.

        ``GET /albums/{id}/relationships/shares`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SHARES,
            f"albums/{path_id(id)}/relationships/shares",
            [("include", csv(include)), ("replaceMedia", replace_media), ("shareCode", share_code)],
            AlbumsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def suggested_cover_arts(
        self,
        id: str,
        *,
        include: Sequence[AlbumsSuggestedCoverArtsInclude] | None = None,
        share_code: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        AlbumsSuggestedCoverArtsMultiRelationshipDataDocument, AlbumsSuggestedCoverArtsResourceIdentifier
    ]:
        """Get suggestedCoverArts relationship ("to-many").

        Retrieves suggestedCoverArts relationship.

        ``GET /albums/{id}/relationships/suggestedCoverArts`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SUGGESTED_COVER_ARTS,
            f"albums/{path_id(id)}/relationships/suggestedCoverArts",
            [("include", csv(include)), ("shareCode", share_code)],
            AlbumsSuggestedCoverArtsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def update(
        self, id: str, *, payload: AlbumsUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update single album.

        Updates existing album.

        ``PATCH /albums/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"albums/{path_id(id)}", [], MutationResponseDocument, payload=payload
        )

    async def update_cover_art(
        self, id: str, *, payload: AlbumsCoverArtRelationshipUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update coverArt relationship ("to-many").

        Updates coverArt relationship.

        ``PATCH /albums/{id}/relationships/coverArt`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_COVER_ART,
            f"albums/{path_id(id)}/relationships/coverArt",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def update_items(
        self, id: str, *, payload: AlbumsItemsRelationshipUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update items relationship ("to-many").

        Updates items relationship.

        ``PATCH /albums/{id}/relationships/items`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_ITEMS,
            f"albums/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )
