"""Generated models and operations for ``videos`` — do not edit (scripts/codegen_v2.py)."""

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
    from tidalkit.api._generated.artists import ArtistsResourceObject
    from tidalkit.api._generated.artworks import ArtworksResourceObject
    from tidalkit.api._generated.credits import CreditsResourceObject
    from tidalkit.api._generated.providers import ProvidersResourceObject
    from tidalkit.api._generated.usage_rules import UsageRulesResourceObject

VideosAlbumsInclude = Literal[
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

VideosArtistsInclude = Literal[
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

VideosCreditsInclude = Literal["credits", "credits.artist", "credits.category"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

VideosInclude = Literal[
    "albums",
    "artists",
    "credits",
    "providers",
    "replacement",
    "similarVideos",
    "suggestedVideos",
    "thumbnailArt",
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
    "replacement.albums",
    "replacement.artists",
    "replacement.credits",
    "replacement.providers",
    "replacement.replacement",
    "replacement.similarVideos",
    "replacement.suggestedVideos",
    "replacement.thumbnailArt",
    "replacement.usageRules",
    "similarVideos.albums",
    "similarVideos.artists",
    "similarVideos.credits",
    "similarVideos.providers",
    "similarVideos.replacement",
    "similarVideos.similarVideos",
    "similarVideos.suggestedVideos",
    "similarVideos.thumbnailArt",
    "similarVideos.usageRules",
    "suggestedVideos.albums",
    "suggestedVideos.artists",
    "suggestedVideos.credits",
    "suggestedVideos.providers",
    "suggestedVideos.replacement",
    "suggestedVideos.similarVideos",
    "suggestedVideos.suggestedVideos",
    "suggestedVideos.thumbnailArt",
    "suggestedVideos.usageRules",
    "thumbnailArt.owners",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

VideosProvidersInclude = Literal["providers"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

VideosReplacementInclude = Literal[
    "replacement",
    "replacement.albums",
    "replacement.artists",
    "replacement.credits",
    "replacement.providers",
    "replacement.replacement",
    "replacement.similarVideos",
    "replacement.suggestedVideos",
    "replacement.thumbnailArt",
    "replacement.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

VideosSimilarVideosInclude = Literal[
    "similarVideos",
    "similarVideos.albums",
    "similarVideos.artists",
    "similarVideos.credits",
    "similarVideos.providers",
    "similarVideos.replacement",
    "similarVideos.similarVideos",
    "similarVideos.suggestedVideos",
    "similarVideos.thumbnailArt",
    "similarVideos.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

VideosSuggestedVideosInclude = Literal[
    "suggestedVideos",
    "suggestedVideos.albums",
    "suggestedVideos.artists",
    "suggestedVideos.credits",
    "suggestedVideos.providers",
    "suggestedVideos.replacement",
    "suggestedVideos.similarVideos",
    "suggestedVideos.suggestedVideos",
    "suggestedVideos.thumbnailArt",
    "suggestedVideos.usageRules",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

VideosThumbnailArtInclude = Literal["thumbnailArt", "thumbnailArt.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

VideosUsageRulesInclude = Literal["usageRules"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class VideosAlbumsResourceIdentifierMeta(APIModel):
    """Schema ``Videos_Albums_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class VideosAlbumsResourceIdentifier(Identifier):
    """Schema ``Videos_Albums_Resource_Identifier``."""

    meta: VideosAlbumsResourceIdentifierMeta | None = Field(default=None)


class VideosAlbumsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Videos_Albums_Multi_Relationship_Data_Document``."""

    data: list[VideosAlbumsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class VideosAttributes(APIModel):
    """Schema ``Videos_Attributes``."""

    availability: list[Literal["STREAM", "DJ", "STEM"] | str] | None = Field(default=None)
    """Available usage for this video. Deprecated: use 'usageRules' instead. This field will be removed in a future version."""

    copyright: Textual[Copyright] | None = Field(default=None)

    duration: Redactable[timedelta]
    """Duration (ISO 8601)"""

    explicit: Redactable[bool]
    """Explicit content"""

    external_links: list[ExternalLink] | None = Field(default=None, alias="externalLinks")
    """Video links external to TIDAL API"""

    isrc: Redactable[str]
    """International Standard Recording Code (ISRC)"""

    popularity: Redactable[float]
    """Popularity (0.0 - 1.0)"""

    release_date: date | None = Field(default=None, alias="releaseDate")
    """Release date (ISO-8601)"""

    title: Redactable[str]
    """Video title"""

    version: str | None = Field(default=None)
    """Video version, complements title"""


class VideosMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Videos_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class VideosReplacementResourceIdentifierMeta(APIModel):
    """Schema ``Videos_Replacement_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class VideosReplacementResourceIdentifier(Identifier):
    """Schema ``Videos_Replacement_Resource_Identifier``."""

    meta: VideosReplacementResourceIdentifierMeta | None = Field(default=None)


class VideosReplacementSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Videos_Replacement_Single_Relationship_Data_Document``."""

    data: VideosReplacementResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class VideosSimilarVideosResourceIdentifierMeta(APIModel):
    """Schema ``Videos_SimilarVideos_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class VideosSimilarVideosResourceIdentifier(Identifier):
    """Schema ``Videos_SimilarVideos_Resource_Identifier``."""

    meta: VideosSimilarVideosResourceIdentifierMeta | None = Field(default=None)


class VideosSimilarVideosMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Videos_SimilarVideos_Multi_Relationship_Data_Document``."""

    data: list[VideosSimilarVideosResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class VideosSuggestedVideosResourceIdentifierMeta(APIModel):
    """Schema ``Videos_SuggestedVideos_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class VideosSuggestedVideosResourceIdentifier(Identifier):
    """Schema ``Videos_SuggestedVideos_Resource_Identifier``."""

    meta: VideosSuggestedVideosResourceIdentifierMeta | None = Field(default=None)


class VideosSuggestedVideosMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Videos_SuggestedVideos_Multi_Relationship_Data_Document``."""

    data: list[VideosSuggestedVideosResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class VideosRelationships(APIModel):
    """Schema ``Videos_Relationships``."""

    albums: VideosAlbumsMultiRelationshipDataDocument | None = Field(default=None)

    artists: MultiRelationshipDataDocument | None = Field(default=None)

    credits: MultiRelationshipDataDocument | None = Field(default=None)

    providers: MultiRelationshipDataDocument | None = Field(default=None)

    replacement: VideosReplacementSingleRelationshipDataDocument | None = Field(default=None)

    similar_videos: VideosSimilarVideosMultiRelationshipDataDocument | None = Field(
        default=None, alias="similarVideos"
    )

    suggested_videos: VideosSuggestedVideosMultiRelationshipDataDocument | None = Field(
        default=None, alias="suggestedVideos"
    )

    thumbnail_art: MultiRelationshipDataDocument | None = Field(default=None, alias="thumbnailArt")

    usage_rules: SingleRelationshipDataDocument | None = Field(default=None, alias="usageRules")


class VideosResourceObject(Resource):
    """Schema ``Videos_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "albums": VideosAlbumsResourceIdentifier,
        "replacement": VideosReplacementResourceIdentifier,
        "similarVideos": VideosSimilarVideosResourceIdentifier,
        "suggestedVideos": VideosSuggestedVideosResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "albums": True,
        "artists": True,
        "credits": True,
        "providers": True,
        "replacement": False,
        "similarVideos": True,
        "suggestedVideos": True,
        "thumbnailArt": True,
        "usageRules": False,
    }

    attributes: VideosAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> VideosRelationships:
        """The relationship objects, validated into ``VideosRelationships``."""
        return VideosRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> VideosAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def availability(self) -> list[Literal["STREAM", "DJ", "STEM"] | str] | None:
        """Available usage for this video. Deprecated: use 'usageRules' instead. This field will be removed in a future version."""
        return self._attributes().availability

    @property
    def copyright(self) -> Textual[Copyright] | None:
        """The ``copyright`` attribute."""
        return self._attributes().copyright

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
        """Video links external to TIDAL API"""
        return self._attributes().external_links

    @property
    def isrc(self) -> str:
        """International Standard Recording Code (ISRC)"""
        return self._attributes().isrc

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
        """Video title"""
        return self._attributes().title

    @property
    def version(self) -> str | None:
        """Video version, complements title"""
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
    def providers(self) -> list[ProvidersResourceObject]:
        """The included ``providers`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ProvidersResourceObject]", self.related("providers"))

    @property
    def replacement(self) -> VideosResourceObject | None:
        """The included ``replacement`` resource (None when empty); raises unless requested with ``include``."""
        return cast("VideosResourceObject | None", self.related_one("replacement"))

    @property
    def similar_videos(self) -> list[VideosResourceObject]:
        """The included ``similarVideos`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[VideosResourceObject]", self.related("similarVideos"))

    @property
    def suggested_videos(self) -> list[VideosResourceObject]:
        """The included ``suggestedVideos`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[VideosResourceObject]", self.related("suggestedVideos"))

    @property
    def thumbnail_art(self) -> list[ArtworksResourceObject]:
        """The included ``thumbnailArt`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtworksResourceObject]", self.related("thumbnailArt"))

    @property
    def usage_rules(self) -> UsageRulesResourceObject | None:
        """The included ``usageRules`` resource (None when empty); raises unless requested with ``include``."""
        return cast("UsageRulesResourceObject | None", self.related_one("usageRules"))


class VideosMultiResourceDataDocument(DocumentBase):
    """Schema ``Videos_Multi_Resource_Data_Document``."""

    data: Redactable[list[VideosResourceObject]]

    links: Redactable[Textual[Links]]


class VideosSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Videos_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class VideosSingleResourceDataDocument(DocumentBase):
    """Schema ``Videos_Single_Resource_Data_Document``."""

    data: Redactable[VideosResourceObject]

    links: Redactable[Textual[Links]]


_ALBUMS = OperationSpec(
    "videos.albums",
    "GET",
    "/videos/{id}/relationships/albums",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_ARTISTS = OperationSpec(
    "videos.artists",
    "GET",
    "/videos/{id}/relationships/artists",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_CREDITS = OperationSpec(
    "videos.credits", "GET", "/videos/{id}/relationships/credits", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_GET = OperationSpec("videos.get", "GET", "/videos/{id}", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_LIST = OperationSpec("videos.list", "GET", "/videos", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_PROVIDERS = OperationSpec(
    "videos.providers",
    "GET",
    "/videos/{id}/relationships/providers",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_REPLACEMENT = OperationSpec(
    "videos.replacement",
    "GET",
    "/videos/{id}/relationships/replacement",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_SIMILAR_VIDEOS = OperationSpec(
    "videos.similar_videos",
    "GET",
    "/videos/{id}/relationships/similarVideos",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_SUGGESTED_VIDEOS = OperationSpec(
    "videos.suggested_videos",
    "GET",
    "/videos/{id}/relationships/suggestedVideos",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_THUMBNAIL_ART = OperationSpec(
    "videos.thumbnail_art",
    "GET",
    "/videos/{id}/relationships/thumbnailArt",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_USAGE_RULES = OperationSpec(
    "videos.usage_rules",
    "GET",
    "/videos/{id}/relationships/usageRules",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)


class VideosPublicOperations(Operations):
    """The THIRD_PARTY operations on ``videos``."""

    def albums(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosAlbumsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[VideosMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get albums relationship ("to-many").

        Retrieves albums relationship.

        ``GET /videos/{id}/relationships/albums`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ALBUMS,
            f"videos/{path_id(id)}/relationships/albums",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            VideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def artists(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosArtistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[VideosMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get artists relationship ("to-many").

        Retrieves artists relationship.

        ``GET /videos/{id}/relationships/artists`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ARTISTS,
            f"videos/{path_id(id)}/relationships/artists",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            VideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_document(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosInclude] | None = None,
        replace_media: str | None = None,
    ) -> VideosSingleResourceDataDocument:
        """Get single video.

        Retrieves single video by id.

        ``GET /videos/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"videos/{path_id(id)}",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            VideosSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosInclude] | None = None,
        replace_media: str | None = None,
    ) -> VideosResourceObject:
        """Get single video.

        Retrieves single video by id.

        ``GET /videos/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
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
        include: Sequence[VideosInclude] | None = None,
        filter_id: Sequence[str] | None = None,
        filter_isrc: Sequence[str] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[VideosMultiResourceDataDocument, VideosResourceObject]:
        """Get multiple videos.

        Retrieves multiple videos by available filters, or without if applicable.

        ``GET /videos`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "videos",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("filter[id]", filter_id),
                ("filter[isrc]", filter_isrc),
                ("replaceMedia", replace_media),
            ],
            VideosMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def providers(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosProvidersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[VideosMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get providers relationship ("to-many").

        Retrieves providers relationship.

        ``GET /videos/{id}/relationships/providers`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _PROVIDERS,
            f"videos/{path_id(id)}/relationships/providers",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            VideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def thumbnail_art(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosThumbnailArtInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[VideosMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get thumbnailArt relationship ("to-many").

        Retrieves thumbnailArt relationship.

        ``GET /videos/{id}/relationships/thumbnailArt`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _THUMBNAIL_ART,
            f"videos/{path_id(id)}/relationships/thumbnailArt",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            VideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def usage_rules(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosUsageRulesInclude] | None = None,
    ) -> VideosSingleRelationshipDataDocument:
        """Get usageRules relationship ("to-one").

        Retrieves usageRules relationship.

        ``GET /videos/{id}/relationships/usageRules`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _USAGE_RULES,
            f"videos/{path_id(id)}/relationships/usageRules",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            VideosSingleRelationshipDataDocument,
        )

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[VideosInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[VideosResourceObject]:
        """Videos by id: ``GET /videos?filter[id]=…``
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
        include: Sequence[VideosInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[VideosResourceObject]:
        """Videos by ``filter[isrc]`` (case-insensitive): ``GET /videos?filter[isrc]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_isrc=chunk, include=include, country_code=country_code),
            keys,
            lambda item: item.attributes.isrc if item.attributes is not None else None,
            chunk_size=chunk_size,
            normalize=str.upper,
        )


class VideosOperations(VideosPublicOperations):
    """Every operation on ``videos``, INTERNAL and PARTNER ones included."""

    def credits(
        self,
        id: str,
        *,
        include: Sequence[VideosCreditsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[VideosMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get credits relationship ("to-many").

        Retrieves credits relationship.

        ``GET /videos/{id}/relationships/credits`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _CREDITS,
            f"videos/{path_id(id)}/relationships/credits",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            VideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def replacement(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosReplacementInclude] | None = None,
        replace_media: str | None = None,
    ) -> VideosSingleRelationshipDataDocument:
        """Get replacement relationship ("to-one").

        Retrieves replacement relationship.

        ``GET /videos/{id}/relationships/replacement`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _REPLACEMENT,
            f"videos/{path_id(id)}/relationships/replacement",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            VideosSingleRelationshipDataDocument,
        )

    def similar_videos(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosSimilarVideosInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[VideosMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get similarVideos relationship ("to-many").

        Retrieves similarVideos relationship.

        ``GET /videos/{id}/relationships/similarVideos`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SIMILAR_VIDEOS,
            f"videos/{path_id(id)}/relationships/similarVideos",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            VideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def suggested_videos(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[VideosSuggestedVideosInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[VideosMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get suggestedVideos relationship ("to-many").

        Retrieves suggestedVideos relationship.

        ``GET /videos/{id}/relationships/suggestedVideos`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SUGGESTED_VIDEOS,
            f"videos/{path_id(id)}/relationships/suggestedVideos",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            VideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
