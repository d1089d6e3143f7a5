"""Generated models and operations for ``playlists`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
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
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.artworks import ArtworksResourceObject
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCollaboratorProfilesRelationshipAddOperationPayload,
        PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayload,
        PlaylistsCoverArtRelationshipUpdateOperationPayload,
        PlaylistsCreateOperationPayload,
        PlaylistsItemsRelationshipAddOperationPayload,
        PlaylistsItemsRelationshipRemoveOperationPayload,
        PlaylistsItemsRelationshipUpdateOperationPayload,
        PlaylistsUpdateOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

PlaylistsCollaboratorProfilesInclude = Literal["collaboratorProfiles"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlaylistsCollaboratorsInclude = Literal["collaborators"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlaylistsCoverArtInclude = Literal["coverArt", "coverArt.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlaylistsInclude = Literal[
    "collaboratorProfiles",
    "collaborators",
    "coverArt",
    "items",
    "ownerProfiles",
    "owners",
    "suggestedCoverArts",
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
    "suggestedCoverArts.owners",
]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlaylistsItemsInclude = Literal[
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

PlaylistsOwnerProfilesInclude = Literal["ownerProfiles"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlaylistsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlaylistsSuggestedCoverArtsInclude = Literal["suggestedCoverArts", "suggestedCoverArts.owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class PlaylistsAttributes(APIModel):
    """Schema ``Playlists_Attributes``."""

    access_type: Redactable[Literal["PUBLIC", "UNLISTED", "PRIVATE"] | str] = Field(alias="accessType")
    """Access type"""

    bounded: Redactable[bool]
    """Indicates if the playlist has a duration and set number of tracks"""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Datetime of playlist creation (ISO 8601)"""

    description: str | None = Field(default=None)
    """Playlist description"""

    duration: timedelta | None = Field(default=None)
    """Duration of playlist (ISO 8601)"""

    external_links: Redactable[list[ExternalLink]] = Field(alias="externalLinks")

    last_modified_at: Redactable[UtcDatetime] = Field(alias="lastModifiedAt")
    """Datetime of last modification of the playlist (ISO 8601)"""

    name: Redactable[str]
    """Playlist name"""

    number_of_followers: Redactable[int] = Field(alias="numberOfFollowers")
    """The amount of followers of the playlist"""

    number_of_items: int | None = Field(default=None, alias="numberOfItems")
    """Number of items in the items relationship"""

    number_of_track_items: int | None = Field(default=None, alias="numberOfTrackItems")
    """Number of track items in the items relationship"""

    number_of_video_items: int | None = Field(default=None, alias="numberOfVideoItems")
    """Number of video items in the items relationship"""

    playlist_type: Redactable[Literal["EDITORIAL", "USER", "MIX", "ARTIST"] | str] = Field(
        alias="playlistType"
    )
    """The type of the playlist"""


class PlaylistsItemsResourceIdentifierMeta(APIModel):
    """Schema ``Playlists_Items_Resource_Identifier_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")

    item_cursor: str | None = Field(default=None, alias="itemCursor")

    item_id: str | None = Field(default=None, alias="itemId")

    replacement: ReplacementProvenance | None = Field(default=None)


class PlaylistsItemsResourceIdentifier(Identifier):
    """Schema ``Playlists_Items_Resource_Identifier``."""

    meta: PlaylistsItemsResourceIdentifierMeta | None = Field(default=None)


class PlaylistsItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Playlists_Items_Multi_Relationship_Data_Document``."""

    data: list[PlaylistsItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PlaylistsSuggestedCoverArtsResourceIdentifierMeta(APIModel):
    """Schema ``Playlists_SuggestedCoverArts_Resource_Identifier_Meta``."""

    background_color: Redactable[str] = Field(alias="backgroundColor")
    """Background color for the suggested artwork"""

    foreground_color: Redactable[str] = Field(alias="foregroundColor")
    """Foreground color for the suggested artwork"""


class PlaylistsSuggestedCoverArtsResourceIdentifier(Identifier):
    """Schema ``Playlists_SuggestedCoverArts_Resource_Identifier``."""

    meta: PlaylistsSuggestedCoverArtsResourceIdentifierMeta | None = Field(default=None)


class PlaylistsSuggestedCoverArtsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Playlists_SuggestedCoverArts_Multi_Relationship_Data_Document``."""

    data: list[PlaylistsSuggestedCoverArtsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PlaylistsRelationships(APIModel):
    """Schema ``Playlists_Relationships``."""

    collaborator_profiles: MultiRelationshipDataDocument | None = Field(
        default=None, alias="collaboratorProfiles"
    )

    collaborators: MultiRelationshipDataDocument | None = Field(default=None)

    cover_art: MultiRelationshipDataDocument | None = Field(default=None, alias="coverArt")

    items: PlaylistsItemsMultiRelationshipDataDocument | None = Field(default=None)

    owner_profiles: MultiRelationshipDataDocument | None = Field(default=None, alias="ownerProfiles")

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    suggested_cover_arts: PlaylistsSuggestedCoverArtsMultiRelationshipDataDocument | None = Field(
        default=None, alias="suggestedCoverArts"
    )


class PlaylistsResourceObject(Resource):
    """Schema ``Playlists_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": PlaylistsItemsResourceIdentifier,
        "suggestedCoverArts": PlaylistsSuggestedCoverArtsResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "collaboratorProfiles": True,
        "collaborators": True,
        "coverArt": True,
        "items": True,
        "ownerProfiles": True,
        "owners": True,
        "suggestedCoverArts": True,
    }

    attributes: PlaylistsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> PlaylistsRelationships:
        """The relationship objects, validated into ``PlaylistsRelationships``."""
        return PlaylistsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> PlaylistsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def access_type(self) -> Literal["PUBLIC", "UNLISTED", "PRIVATE"] | str:
        """Access type"""
        return self._attributes().access_type

    @property
    def bounded(self) -> bool:
        """Indicates if the playlist has a duration and set number of tracks"""
        return self._attributes().bounded

    @property
    def created_at(self) -> UtcDatetime:
        """Datetime of playlist creation (ISO 8601)"""
        return self._attributes().created_at

    @property
    def description(self) -> str | None:
        """Playlist description"""
        return self._attributes().description

    @property
    def duration(self) -> timedelta | None:
        """Duration of playlist (ISO 8601)"""
        return self._attributes().duration

    @property
    def external_links(self) -> list[ExternalLink]:
        """The ``externalLinks`` attribute."""
        return self._attributes().external_links

    @property
    def last_modified_at(self) -> UtcDatetime:
        """Datetime of last modification of the playlist (ISO 8601)"""
        return self._attributes().last_modified_at

    @property
    def name(self) -> str:
        """Playlist name"""
        return self._attributes().name

    @property
    def number_of_followers(self) -> int:
        """The amount of followers of the playlist"""
        return self._attributes().number_of_followers

    @property
    def number_of_items(self) -> int | None:
        """Number of items in the items relationship"""
        return self._attributes().number_of_items

    @property
    def number_of_track_items(self) -> int | None:
        """Number of track items in the items relationship"""
        return self._attributes().number_of_track_items

    @property
    def number_of_video_items(self) -> int | None:
        """Number of video items in the items relationship"""
        return self._attributes().number_of_video_items

    @property
    def playlist_type(self) -> Literal["EDITORIAL", "USER", "MIX", "ARTIST"] | str:
        """The type of the playlist"""
        return self._attributes().playlist_type

    @property
    def collaborator_profiles(self) -> list[Resource]:
        """The included ``collaboratorProfiles`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("collaboratorProfiles"))

    @property
    def collaborators(self) -> list[UsersResourceObject]:
        """The included ``collaborators`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("collaborators"))

    @property
    def cover_art(self) -> list[ArtworksResourceObject]:
        """The included ``coverArt`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtworksResourceObject]", self.related("coverArt"))

    @property
    def items(self) -> list[Resource]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("items"))

    @property
    def owner_profiles(self) -> list[Resource]:
        """The included ``ownerProfiles`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("ownerProfiles"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def suggested_cover_arts(self) -> list[ArtworksResourceObject]:
        """The included ``suggestedCoverArts`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[ArtworksResourceObject]", self.related("suggestedCoverArts"))


class PlaylistsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Playlists_Create_Single_Resource_Data_Document``."""

    data: Redactable[PlaylistsResourceObject]

    links: Redactable[Textual[Links]]


class PlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem(APIModel):
    """Schema ``PlaylistsItemsRelationshipAddOperation_Response_Meta_SkippedItem``."""

    id: Redactable[str]

    reason: Redactable[Literal["NOT_FOUND"] | str]

    type: Redactable[Literal["tracks", "videos"] | str]


class PlaylistsItemsAddMultiRelationshipDataDocumentMeta(APIModel):
    """Schema ``Playlists_Items_Add_Multi_Relationship_Data_Document_Meta``."""

    skipped: Redactable[list[PlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem]]


class PlaylistsItemsAddResourceIdentifierMeta(APIModel):
    """Schema ``Playlists_Items_Add_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")

    item_id: Redactable[str] = Field(alias="itemId")


class PlaylistsItemsAddResourceIdentifier(Identifier):
    """Schema ``Playlists_Items_Add_Resource_Identifier``."""

    meta: PlaylistsItemsAddResourceIdentifierMeta | None = Field(default=None)


class PlaylistsItemsAddMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Playlists_Items_Add_Multi_Relationship_Data_Document``."""

    data: Redactable[list[PlaylistsItemsAddResourceIdentifier]]

    links: Redactable[Textual[Links]]

    meta: PlaylistsItemsAddMultiRelationshipDataDocumentMeta | None = Field(default=None)


class PlaylistsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Playlists_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PlaylistsMultiResourceDataDocument(DocumentBase):
    """Schema ``Playlists_Multi_Resource_Data_Document``."""

    data: Redactable[list[PlaylistsResourceObject]]

    links: Redactable[Textual[Links]]


class PlaylistsSingleResourceDataDocument(DocumentBase):
    """Schema ``Playlists_Single_Resource_Data_Document``."""

    data: Redactable[PlaylistsResourceObject]

    links: Redactable[Textual[Links]]


class PlaylistsUpdateSingleResourceDataDocument(DocumentBase):
    """Schema ``Playlists_Update_Single_Resource_Data_Document``."""

    data: Redactable[PlaylistsResourceObject]

    links: Redactable[Textual[Links]]


_ADD_COLLABORATOR_PROFILES = OperationSpec(
    "playlists.add_collaborator_profiles",
    "POST",
    "/playlists/{id}/relationships/collaboratorProfiles",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("playlists", "userCollectionPlaylists"),
)
_ADD_ITEMS = OperationSpec(
    "playlists.add_items",
    "POST",
    "/playlists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("playlists", "userCollectionPlaylists"),
)
_COLLABORATOR_PROFILES = OperationSpec(
    "playlists.collaborator_profiles",
    "GET",
    "/playlists/{id}/relationships/collaboratorProfiles",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_COLLABORATORS = OperationSpec(
    "playlists.collaborators",
    "GET",
    "/playlists/{id}/relationships/collaborators",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_COVER_ART = OperationSpec(
    "playlists.cover_art",
    "GET",
    "/playlists/{id}/relationships/coverArt",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_CREATE = OperationSpec(
    "playlists.create",
    "POST",
    "/playlists",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("playlists", "userCollectionPlaylists"),
)
_DELETE = OperationSpec(
    "playlists.delete",
    "DELETE",
    "/playlists/{id}",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("playlists", "userCollectionPlaylists"),
)
_GET = OperationSpec(
    "playlists.get", "GET", "/playlists/{id}", "THIRD_PARTY", cache_ttl=600.0, invalidates=()
)
_ITEMS = OperationSpec(
    "playlists.items",
    "GET",
    "/playlists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_LIST = OperationSpec("playlists.list", "GET", "/playlists", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_OWNER_PROFILES = OperationSpec(
    "playlists.owner_profiles",
    "GET",
    "/playlists/{id}/relationships/ownerProfiles",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "playlists.owners",
    "GET",
    "/playlists/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)
_REMOVE_COLLABORATOR_PROFILES = OperationSpec(
    "playlists.remove_collaborator_profiles",
    "DELETE",
    "/playlists/{id}/relationships/collaboratorProfiles",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("playlists", "userCollectionPlaylists"),
)
_REMOVE_ITEMS = OperationSpec(
    "playlists.remove_items",
    "DELETE",
    "/playlists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("playlists", "userCollectionPlaylists"),
)
_SUGGESTED_COVER_ARTS = OperationSpec(
    "playlists.suggested_cover_arts",
    "GET",
    "/playlists/{id}/relationships/suggestedCoverArts",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_UPDATE = OperationSpec(
    "playlists.update",
    "PATCH",
    "/playlists/{id}",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("playlists", "userCollectionPlaylists"),
)
_UPDATE_COVER_ART = OperationSpec(
    "playlists.update_cover_art",
    "PATCH",
    "/playlists/{id}/relationships/coverArt",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("playlists", "userCollectionPlaylists"),
)
_UPDATE_ITEMS = OperationSpec(
    "playlists.update_items",
    "PATCH",
    "/playlists/{id}/relationships/items",
    "THIRD_PARTY",
    cache_ttl=None,
    invalidates=("playlists", "userCollectionPlaylists"),
)


class PlaylistsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``playlists``."""

    async def add_items(
        self, id: str, *, payload: PlaylistsItemsRelationshipAddOperationPayload | Mapping[str, Any]
    ) -> PlaylistsItemsAddMultiRelationshipDataDocument:
        """Add to items relationship ("to-many").

        Adds item(s) to items relationship.

        ``POST /playlists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_ITEMS,
            f"playlists/{path_id(id)}/relationships/items",
            [],
            PlaylistsItemsAddMultiRelationshipDataDocument,
            payload=payload,
        )

    def collaborator_profiles(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[PlaylistsCollaboratorProfilesInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlaylistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get collaboratorProfiles relationship ("to-many").

        Retrieves collaboratorProfiles relationship.

        ``GET /playlists/{id}/relationships/collaboratorProfiles`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _COLLABORATOR_PROFILES,
            f"playlists/{path_id(id)}/relationships/collaboratorProfiles",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            PlaylistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def collaborators(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[PlaylistsCollaboratorsInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlaylistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get collaborators relationship ("to-many").

        Retrieves collaborators relationship.

        ``GET /playlists/{id}/relationships/collaborators`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _COLLABORATORS,
            f"playlists/{path_id(id)}/relationships/collaborators",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            PlaylistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def cover_art(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[PlaylistsCoverArtInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlaylistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get coverArt relationship ("to-many").

        Retrieves coverArt relationship.

        ``GET /playlists/{id}/relationships/coverArt`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _COVER_ART,
            f"playlists/{path_id(id)}/relationships/coverArt",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            PlaylistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def create(
        self, *, payload: PlaylistsCreateOperationPayload | Mapping[str, Any]
    ) -> PlaylistsCreateSingleResourceDataDocument:
        """Create single playlist.

        Creates a new playlist.

        ``POST /playlists`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "playlists", [], PlaylistsCreateSingleResourceDataDocument, payload=payload
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single playlist.

        Deletes existing playlist.

        ``DELETE /playlists/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"playlists/{path_id(id)}", [], MutationResponseDocument)

    async def get_document(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[PlaylistsInclude] | None = None,
        replace_media: str | None = None,
    ) -> PlaylistsSingleResourceDataDocument:
        """Get single playlist.

        Retrieves single playlist by id.

        ``GET /playlists/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"playlists/{path_id(id)}",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            PlaylistsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[PlaylistsInclude] | None = None,
        replace_media: str | None = None,
    ) -> PlaylistsResourceObject:
        """Get single playlist.

        Retrieves single playlist by id.

        ``GET /playlists/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (
            await self.get_document(
                id, country_code=country_code, include=include, replace_media=replace_media
            )
        ).data

    def items(
        self,
        id: str,
        *,
        sort: Sequence[
            Literal[
                "addedAt",
                "-addedAt",
                "albums.title",
                "-albums.title",
                "artists.name",
                "-artists.name",
                "duration",
                "-duration",
                "itemIndex",
                "-itemIndex",
                "title",
                "-title",
            ]
        ]
        | None = None,
        country_code: str | None = None,
        include: Sequence[PlaylistsItemsInclude] | None = None,
        filter_query: str | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlaylistsItemsMultiRelationshipDataDocument, PlaylistsItemsResourceIdentifier]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /playlists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"playlists/{path_id(id)}/relationships/items",
            [
                ("sort", csv(sort)),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("filter[query]", filter_query),
                ("replaceMedia", replace_media),
            ],
            PlaylistsItemsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def list(
        self,
        *,
        sort: Sequence[
            Literal["createdAt", "-createdAt", "lastModifiedAt", "-lastModifiedAt", "name", "-name"]
        ]
        | None = None,
        country_code: str | None = None,
        include: Sequence[PlaylistsInclude] | None = None,
        filter_collaborators_id: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        filter_owners_id: Sequence[str] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlaylistsMultiResourceDataDocument, PlaylistsResourceObject]:
        """Get multiple playlists.

        Retrieves multiple playlists by available filters, or without if applicable.

        ``GET /playlists`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: playlists.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "playlists",
            [
                ("sort", csv(sort)),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("filter[collaborators.id]", filter_collaborators_id),
                ("filter[id]", filter_id),
                ("filter[owners.id]", filter_owners_id),
                ("replaceMedia", replace_media),
            ],
            PlaylistsMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owner_profiles(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[PlaylistsOwnerProfilesInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlaylistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get ownerProfiles relationship ("to-many").

        Retrieves ownerProfiles relationship.

        ``GET /playlists/{id}/relationships/ownerProfiles`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNER_PROFILES,
            f"playlists/{path_id(id)}/relationships/ownerProfiles",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            PlaylistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[PlaylistsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlaylistsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /playlists/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"playlists/{path_id(id)}/relationships/owners",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            PlaylistsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_items(
        self, id: str, *, payload: PlaylistsItemsRelationshipRemoveOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Delete from items relationship ("to-many").

        Deletes item(s) from items relationship.

        ``DELETE /playlists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_ITEMS,
            f"playlists/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def update(
        self, id: str, *, payload: PlaylistsUpdateOperationPayload | Mapping[str, Any]
    ) -> PlaylistsUpdateSingleResourceDataDocument:
        """Update single playlist.

        Updates existing playlist.

        ``PATCH /playlists/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE,
            f"playlists/{path_id(id)}",
            [],
            PlaylistsUpdateSingleResourceDataDocument,
            payload=payload,
        )

    async def update_items(
        self, id: str, *, payload: PlaylistsItemsRelationshipUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update items relationship ("to-many").

        Updates items relationship.

        ``PATCH /playlists/{id}/relationships/items`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_ITEMS,
            f"playlists/{path_id(id)}/relationships/items",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[PlaylistsInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[PlaylistsResourceObject]:
        """Playlists by id: ``GET /playlists?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk, include=include, country_code=country_code),
            ids,
            lambda item: item.id,
            chunk_size=chunk_size,
        )


class PlaylistsOperations(PlaylistsPublicOperations):
    """Every operation on ``playlists``, INTERNAL and PARTNER ones included."""

    async def add_collaborator_profiles(
        self,
        id: str,
        *,
        payload: PlaylistsCollaboratorProfilesRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Add to collaboratorProfiles relationship ("to-many").

        Adds item(s) to collaboratorProfiles relationship.

        ``POST /playlists/{id}/relationships/collaboratorProfiles`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_COLLABORATOR_PROFILES,
            f"playlists/{path_id(id)}/relationships/collaboratorProfiles",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def remove_collaborator_profiles(
        self,
        id: str,
        *,
        payload: PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from collaboratorProfiles relationship ("to-many").

        Deletes item(s) from collaboratorProfiles relationship.

        ``DELETE /playlists/{id}/relationships/collaboratorProfiles`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_COLLABORATOR_PROFILES,
            f"playlists/{path_id(id)}/relationships/collaboratorProfiles",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    def suggested_cover_arts(
        self,
        id: str,
        *,
        include: Sequence[PlaylistsSuggestedCoverArtsInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        PlaylistsSuggestedCoverArtsMultiRelationshipDataDocument,
        PlaylistsSuggestedCoverArtsResourceIdentifier,
    ]:
        """Get suggestedCoverArts relationship ("to-many").

        Retrieves suggestedCoverArts relationship.

        ``GET /playlists/{id}/relationships/suggestedCoverArts`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SUGGESTED_COVER_ARTS,
            f"playlists/{path_id(id)}/relationships/suggestedCoverArts",
            [("include", csv(include))],
            PlaylistsSuggestedCoverArtsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def update_cover_art(
        self, id: str, *, payload: PlaylistsCoverArtRelationshipUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update coverArt relationship ("to-many").

        Updates coverArt relationship.

        ``PATCH /playlists/{id}/relationships/coverArt`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_COVER_ART,
            f"playlists/{path_id(id)}/relationships/coverArt",
            [],
            MutationResponseDocument,
            payload=payload,
        )
