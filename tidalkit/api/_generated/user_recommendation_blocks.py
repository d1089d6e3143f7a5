"""Generated models and operations for ``userRecommendationBlocks`` — do not edit (scripts/codegen_v2.py)."""

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
    from tidalkit.api._generated.artists import ArtistsResourceObject
    from tidalkit.api._generated.tracks import TracksResourceObject
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksArtistsRelationshipAddOperationPayload,
        UserRecommendationBlocksArtistsRelationshipRemoveOperationPayload,
        UserRecommendationBlocksTracksRelationshipAddOperationPayload,
        UserRecommendationBlocksTracksRelationshipRemoveOperationPayload,
        UserRecommendationBlocksVideosRelationshipAddOperationPayload,
        UserRecommendationBlocksVideosRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject
    from tidalkit.api._generated.videos import VideosResourceObject

UserRecommendationBlocksArtistsInclude = Literal[
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

UserRecommendationBlocksInclude = Literal[
    "artists",
    "owners",
    "tracks",
    "videos",
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

UserRecommendationBlocksOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserRecommendationBlocksTracksInclude = Literal[
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

UserRecommendationBlocksVideosInclude = Literal[
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


class UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBodyErrors(APIModel):
    """Schema ``UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBody.errors``."""

    code: Redactable[Literal["IDEMPOTENT_REQUEST_IN_PROGRESS", "MAXIMUM_NUMBER_OF_BLOCKS_EXCEEDED"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBody(APIModel):
    """Schema ``UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBody``."""

    errors: Redactable[
        list[UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBodyErrors]
    ]


class UserRecommendationBlocksArtistsAddResourceIdentifier(Identifier):
    """Schema ``UserRecommendationBlocks_Artists_Add_Resource_Identifier``."""


class UserRecommendationBlocksArtistsAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserRecommendationBlocks_Artists_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[UserRecommendationBlocksArtistsAddResourceIdentifier]]

    links: Redactable[Textual[Links]]


class UserRecommendationBlocksArtistsResourceIdentifierMeta(APIModel):
    """Schema ``UserRecommendationBlocks_Artists_Resource_Identifier_Meta``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """When the item was blocked"""


class UserRecommendationBlocksArtistsResourceIdentifier(Identifier):
    """Schema ``UserRecommendationBlocks_Artists_Resource_Identifier``."""

    meta: UserRecommendationBlocksArtistsResourceIdentifierMeta | None = Field(default=None)


class UserRecommendationBlocksArtistsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserRecommendationBlocks_Artists_Multi_Relationship_Data_Document``."""

    data: list[UserRecommendationBlocksArtistsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserRecommendationBlocksAttributes(APIModel):
    """Schema ``UserRecommendationBlocks_Attributes``."""


class UserRecommendationBlocksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserRecommendationBlocks_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserRecommendationBlocksTracksResourceIdentifierMeta(APIModel):
    """Schema ``UserRecommendationBlocks_Tracks_Resource_Identifier_Meta``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """When the item was blocked"""

    replacement: ReplacementProvenance | None = Field(default=None)


class UserRecommendationBlocksTracksResourceIdentifier(Identifier):
    """Schema ``UserRecommendationBlocks_Tracks_Resource_Identifier``."""

    meta: UserRecommendationBlocksTracksResourceIdentifierMeta | None = Field(default=None)


class UserRecommendationBlocksTracksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserRecommendationBlocks_Tracks_Multi_Relationship_Data_Document``."""

    data: list[UserRecommendationBlocksTracksResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserRecommendationBlocksVideosResourceIdentifierMeta(APIModel):
    """Schema ``UserRecommendationBlocks_Videos_Resource_Identifier_Meta``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """When the item was blocked"""

    replacement: ReplacementProvenance | None = Field(default=None)


class UserRecommendationBlocksVideosResourceIdentifier(Identifier):
    """Schema ``UserRecommendationBlocks_Videos_Resource_Identifier``."""

    meta: UserRecommendationBlocksVideosResourceIdentifierMeta | None = Field(default=None)


class UserRecommendationBlocksVideosMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserRecommendationBlocks_Videos_Multi_Relationship_Data_Document``."""

    data: list[UserRecommendationBlocksVideosResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserRecommendationBlocksRelationships(APIModel):
    """Schema ``UserRecommendationBlocks_Relationships``."""

    artists: UserRecommendationBlocksArtistsMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    tracks: UserRecommendationBlocksTracksMultiRelationshipDataDocument | None = Field(default=None)

    videos: UserRecommendationBlocksVideosMultiRelationshipDataDocument | None = Field(default=None)


class UserRecommendationBlocksResourceObject(Resource):
    """Schema ``UserRecommendationBlocks_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "artists": UserRecommendationBlocksArtistsResourceIdentifier,
        "tracks": UserRecommendationBlocksTracksResourceIdentifier,
        "videos": UserRecommendationBlocksVideosResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "artists": True,
        "owners": True,
        "tracks": True,
        "videos": True,
    }

    attributes: UserRecommendationBlocksAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserRecommendationBlocksRelationships:
        """The relationship objects, validated into ``UserRecommendationBlocksRelationships``."""
        return UserRecommendationBlocksRelationships.model_validate(self.relationships or {})

    @property
    def artists(self) -> list[ArtistsResourceObject]:
        """The included ``artists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtistsResourceObject]", self.related("artists"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def tracks(self) -> list[TracksResourceObject]:
        """The included ``tracks`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[TracksResourceObject]", self.related("tracks"))

    @property
    def videos(self) -> list[VideosResourceObject]:
        """The included ``videos`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[VideosResourceObject]", self.related("videos"))


class UserRecommendationBlocksSingleResourceDataDocument(DocumentBase):
    """Schema ``UserRecommendationBlocks_Single_Resource_Data_Document``."""

    data: Redactable[UserRecommendationBlocksResourceObject]

    links: Redactable[Textual[Links]]


class UserRecommendationBlocksTracksAddResourceIdentifier(Identifier):
    """Schema ``UserRecommendationBlocks_Tracks_Add_Resource_Identifier``."""


class UserRecommendationBlocksTracksAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserRecommendationBlocks_Tracks_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[UserRecommendationBlocksTracksAddResourceIdentifier]]

    links: Redactable[Textual[Links]]


class UserRecommendationBlocksVideosAddResourceIdentifier(Identifier):
    """Schema ``UserRecommendationBlocks_Videos_Add_Resource_Identifier``."""


class UserRecommendationBlocksVideosAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserRecommendationBlocks_Videos_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[UserRecommendationBlocksVideosAddResourceIdentifier]]

    links: Redactable[Textual[Links]]


_ADD_ARTISTS = OperationSpec(
    "userRecommendationBlocks.add_artists",
    "POST",
    "/userRecommendationBlocks/{id}/relationships/artists",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userRecommendationBlocks",),
)
_ADD_TRACKS = OperationSpec(
    "userRecommendationBlocks.add_tracks",
    "POST",
    "/userRecommendationBlocks/{id}/relationships/tracks",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userRecommendationBlocks",),
)
_ADD_VIDEOS = OperationSpec(
    "userRecommendationBlocks.add_videos",
    "POST",
    "/userRecommendationBlocks/{id}/relationships/videos",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userRecommendationBlocks",),
)
_ARTISTS = OperationSpec(
    "userRecommendationBlocks.artists",
    "GET",
    "/userRecommendationBlocks/{id}/relationships/artists",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_GET = OperationSpec(
    "userRecommendationBlocks.get",
    "GET",
    "/userRecommendationBlocks/{id}",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "userRecommendationBlocks.owners",
    "GET",
    "/userRecommendationBlocks/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_ARTISTS = OperationSpec(
    "userRecommendationBlocks.remove_artists",
    "DELETE",
    "/userRecommendationBlocks/{id}/relationships/artists",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userRecommendationBlocks",),
)
_REMOVE_TRACKS = OperationSpec(
    "userRecommendationBlocks.remove_tracks",
    "DELETE",
    "/userRecommendationBlocks/{id}/relationships/tracks",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userRecommendationBlocks",),
)
_REMOVE_VIDEOS = OperationSpec(
    "userRecommendationBlocks.remove_videos",
    "DELETE",
    "/userRecommendationBlocks/{id}/relationships/videos",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userRecommendationBlocks",),
)
_TRACKS = OperationSpec(
    "userRecommendationBlocks.tracks",
    "GET",
    "/userRecommendationBlocks/{id}/relationships/tracks",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_VIDEOS = OperationSpec(
    "userRecommendationBlocks.videos",
    "GET",
    "/userRecommendationBlocks/{id}/relationships/videos",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class UserRecommendationBlocksPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userRecommendationBlocks``."""


class UserRecommendationBlocksOperations(UserRecommendationBlocksPublicOperations):
    """Every operation on ``userRecommendationBlocks``, INTERNAL and PARTNER ones included."""

    async def add_artists(
        self,
        id: str,
        *,
        payload: UserRecommendationBlocksArtistsRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> UserRecommendationBlocksArtistsAddMultiRelationshipDataDocument:
        """Add to artists relationship ("to-many").

        Adds item(s) to artists relationship.

        ``POST /userRecommendationBlocks/{id}/relationships/artists`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_ARTISTS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/artists",
            [],
            UserRecommendationBlocksArtistsAddMultiRelationshipDataDocument,
            payload=payload,
        )

    async def add_tracks(
        self,
        id: str,
        *,
        payload: UserRecommendationBlocksTracksRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> UserRecommendationBlocksTracksAddMultiRelationshipDataDocument:
        """Add to tracks relationship ("to-many").

        Adds item(s) to tracks relationship.

        ``POST /userRecommendationBlocks/{id}/relationships/tracks`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_TRACKS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/tracks",
            [],
            UserRecommendationBlocksTracksAddMultiRelationshipDataDocument,
            payload=payload,
        )

    async def add_videos(
        self,
        id: str,
        *,
        payload: UserRecommendationBlocksVideosRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> UserRecommendationBlocksVideosAddMultiRelationshipDataDocument:
        """Add to videos relationship ("to-many").

        Adds item(s) to videos relationship.

        ``POST /userRecommendationBlocks/{id}/relationships/videos`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_VIDEOS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/videos",
            [],
            UserRecommendationBlocksVideosAddMultiRelationshipDataDocument,
            payload=payload,
        )

    def artists(
        self,
        id: str,
        *,
        include: Sequence[UserRecommendationBlocksArtistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserRecommendationBlocksArtistsMultiRelationshipDataDocument,
        UserRecommendationBlocksArtistsResourceIdentifier,
    ]:
        """Get artists relationship ("to-many").

        Retrieves artists relationship.

        ``GET /userRecommendationBlocks/{id}/relationships/artists`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ARTISTS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/artists",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            UserRecommendationBlocksArtistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserRecommendationBlocksInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserRecommendationBlocksSingleResourceDataDocument:
        """Get single userRecommendationBlock.

        Retrieves single userRecommendationBlock by id.

        ``GET /userRecommendationBlocks/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userRecommendationBlocks/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserRecommendationBlocksSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserRecommendationBlocksInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserRecommendationBlocksResourceObject:
        """Get single userRecommendationBlock.

        Retrieves single userRecommendationBlock by id.

        ``GET /userRecommendationBlocks/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale, include=include, replace_media=replace_media)).data

    def owners(
        self,
        id: str,
        *,
        include: Sequence[UserRecommendationBlocksOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserRecommendationBlocksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /userRecommendationBlocks/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            UserRecommendationBlocksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_artists(
        self,
        id: str,
        *,
        payload: UserRecommendationBlocksArtistsRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from artists relationship ("to-many").

        Deletes item(s) from artists relationship.

        ``DELETE /userRecommendationBlocks/{id}/relationships/artists`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_ARTISTS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/artists",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def remove_tracks(
        self,
        id: str,
        *,
        payload: UserRecommendationBlocksTracksRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from tracks relationship ("to-many").

        Deletes item(s) from tracks relationship.

        ``DELETE /userRecommendationBlocks/{id}/relationships/tracks`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_TRACKS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/tracks",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def remove_videos(
        self,
        id: str,
        *,
        payload: UserRecommendationBlocksVideosRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from videos relationship ("to-many").

        Deletes item(s) from videos relationship.

        ``DELETE /userRecommendationBlocks/{id}/relationships/videos`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_VIDEOS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/videos",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    def tracks(
        self,
        id: str,
        *,
        include: Sequence[UserRecommendationBlocksTracksInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserRecommendationBlocksTracksMultiRelationshipDataDocument,
        UserRecommendationBlocksTracksResourceIdentifier,
    ]:
        """Get tracks relationship ("to-many").

        Retrieves tracks relationship.

        ``GET /userRecommendationBlocks/{id}/relationships/tracks`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _TRACKS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/tracks",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            UserRecommendationBlocksTracksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def videos(
        self,
        id: str,
        *,
        include: Sequence[UserRecommendationBlocksVideosInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        UserRecommendationBlocksVideosMultiRelationshipDataDocument,
        UserRecommendationBlocksVideosResourceIdentifier,
    ]:
        """Get videos relationship ("to-many").

        Retrieves videos relationship.

        ``GET /userRecommendationBlocks/{id}/relationships/videos`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _VIDEOS,
            f"userRecommendationBlocks/{path_id(id)}/relationships/videos",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            UserRecommendationBlocksVideosMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
