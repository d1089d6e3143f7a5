"""Generated models and operations for ``albumsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import Copyright
from tidalkit.api.model import APIModel, Redactable, Textual


class AlbumsCoverArtRelationshipUpdateOperationPayloadData(APIModel):
    """Schema ``AlbumsCoverArtRelationshipUpdateOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artworks"] | str]


class AlbumsCoverArtRelationshipUpdateOperationPayload(APIModel):
    """Schema ``AlbumsCoverArtRelationshipUpdateOperation_Payload``."""

    data: Redactable[list[AlbumsCoverArtRelationshipUpdateOperationPayloadData]]


class AlbumsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``AlbumsCreateOperation_Payload_Data_Attributes``."""

    DEPRECATED_FALLBACKS: ClassVar[Mapping[str, str]] = {"explicit": "explicitLyrics"}

    album_type: Literal["ALBUM", "EP", "SINGLE"] | str | None = Field(default=None, alias="albumType")

    copyright: Textual[Copyright] | None = Field(default=None)

    explicit: bool | None = Field(default=None)
    """Explicit content"""

    explicit_lyrics: bool | None = Field(default=None, alias="explicitLyrics")
    """Explicit content. Deprecated: use 'explicit' instead. This field will be removed in a future version."""

    release_date: date | None = Field(default=None, alias="releaseDate")

    title: Redactable[str]

    version: str | None = Field(default=None)


class AlbumsCreateOperationPayloadDataRelationshipsArtistsData(APIModel):
    """Schema ``AlbumsCreateOperation_Payload_Data_Relationships_Artists_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class AlbumsCreateOperationPayloadDataRelationshipsArtists(APIModel):
    """Schema ``AlbumsCreateOperation_Payload_Data_Relationships_Artists``."""

    data: Redactable[list[AlbumsCreateOperationPayloadDataRelationshipsArtistsData]]


class AlbumsCreateOperationPayloadDataRelationshipsGenresData(APIModel):
    """Schema ``AlbumsCreateOperation_Payload_Data_Relationships_Genres_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["genres"] | str]


class AlbumsCreateOperationPayloadDataRelationshipsGenres(APIModel):
    """Schema ``AlbumsCreateOperation_Payload_Data_Relationships_Genres``."""

    data: Redactable[list[AlbumsCreateOperationPayloadDataRelationshipsGenresData]]


class AlbumsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``AlbumsCreateOperation_Payload_Data_Relationships``."""

    artists: Redactable[AlbumsCreateOperationPayloadDataRelationshipsArtists]

    genres: AlbumsCreateOperationPayloadDataRelationshipsGenres | None = Field(default=None)


class AlbumsCreateOperationPayloadData(APIModel):
    """Schema ``AlbumsCreateOperation_Payload_Data``."""

    attributes: Redactable[Textual[AlbumsCreateOperationPayloadDataAttributes]]

    relationships: Redactable[AlbumsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["albums"] | str]


class AlbumsCreateOperationPayload(APIModel):
    """Schema ``AlbumsCreateOperation_Payload``."""

    data: Redactable[AlbumsCreateOperationPayloadData]


class AlbumsItemsRelationshipUpdateOperationPayloadData(APIModel):
    """Schema ``AlbumsItemsRelationshipUpdateOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks", "videos"] | str]


class AlbumsItemsRelationshipUpdateOperationPayloadMeta(APIModel):
    """Schema ``AlbumsItemsRelationshipUpdateOperation_Payload_Meta``."""

    position_index: Redactable[int] = Field(alias="positionIndex")
    """1-based index"""


class AlbumsItemsRelationshipUpdateOperationPayload(APIModel):
    """Schema ``AlbumsItemsRelationshipUpdateOperation_Payload``."""

    data: Redactable[list[AlbumsItemsRelationshipUpdateOperationPayloadData]]

    meta: Redactable[AlbumsItemsRelationshipUpdateOperationPayloadMeta]


class AlbumsUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``AlbumsUpdateOperation_Payload_Data_Attributes``."""

    DEPRECATED_FALLBACKS: ClassVar[Mapping[str, str]] = {"explicit": "explicitLyrics"}

    access_type: Literal["PUBLIC", "UNLISTED", "PRIVATE"] | str | None = Field(
        default=None, alias="accessType"
    )
    """Access type"""

    album_type: Literal["ALBUM", "EP", "SINGLE"] | str | None = Field(default=None, alias="albumType")

    copyright: Textual[Copyright] | None = Field(default=None)

    explicit: bool | None = Field(default=None)
    """Explicit content"""

    explicit_lyrics: bool | None = Field(default=None, alias="explicitLyrics")
    """Explicit content. Deprecated: use 'explicit' instead. This field will be removed in a future version."""

    release_date: date | None = Field(default=None, alias="releaseDate")

    title: str | None = Field(default=None)

    version: str | None = Field(default=None)


class AlbumsUpdateOperationPayloadDataRelationshipsGenresData(APIModel):
    """Schema ``AlbumsUpdateOperation_Payload_Data_Relationships_Genres_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["genres"] | str]


class AlbumsUpdateOperationPayloadDataRelationshipsGenres(APIModel):
    """Schema ``AlbumsUpdateOperation_Payload_Data_Relationships_Genres``."""

    data: Redactable[list[AlbumsUpdateOperationPayloadDataRelationshipsGenresData]]


class AlbumsUpdateOperationPayloadDataRelationships(APIModel):
    """Schema ``AlbumsUpdateOperation_Payload_Data_Relationships``."""

    genres: AlbumsUpdateOperationPayloadDataRelationshipsGenres | None = Field(default=None)


class AlbumsUpdateOperationPayloadData(APIModel):
    """Schema ``AlbumsUpdateOperation_Payload_Data``."""

    attributes: AlbumsUpdateOperationPayloadDataAttributes | None = Field(default=None)

    id: Redactable[str]

    relationships: AlbumsUpdateOperationPayloadDataRelationships | None = Field(default=None)

    type: Redactable[Literal["albums"] | str]


class AlbumsUpdateOperationPayload(APIModel):
    """Schema ``AlbumsUpdateOperation_Payload``."""

    data: Redactable[AlbumsUpdateOperationPayloadData]
