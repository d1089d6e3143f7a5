"""Generated models and operations for ``userCollectionsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, UtcDatetime


class UserCollectionsAlbumsRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``UserCollectionsAlbumsRelationshipAddOperation_Payload_Data_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")


class UserCollectionsAlbumsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionsAlbumsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: UserCollectionsAlbumsRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["albums"] | str]


class UserCollectionsAlbumsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionsAlbumsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionsAlbumsRelationshipAddOperationPayloadData]]


class UserCollectionsAlbumsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionsAlbumsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["albums"] | str]


class UserCollectionsAlbumsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionsAlbumsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionsAlbumsRelationshipRemoveOperationPayloadData]]


class UserCollectionsArtistsRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``UserCollectionsArtistsRelationshipAddOperation_Payload_Data_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")


class UserCollectionsArtistsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionsArtistsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: UserCollectionsArtistsRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["artists"] | str]


class UserCollectionsArtistsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionsArtistsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionsArtistsRelationshipAddOperationPayloadData]]


class UserCollectionsArtistsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionsArtistsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class UserCollectionsArtistsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionsArtistsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionsArtistsRelationshipRemoveOperationPayloadData]]


class UserCollectionsPlaylistsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionsPlaylistsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["playlists"] | str]


class UserCollectionsPlaylistsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionsPlaylistsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionsPlaylistsRelationshipAddOperationPayloadData]]


class UserCollectionsPlaylistsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionsPlaylistsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["playlists"] | str]


class UserCollectionsPlaylistsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionsPlaylistsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionsPlaylistsRelationshipRemoveOperationPayloadData]]


class UserCollectionsTracksRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``UserCollectionsTracksRelationshipAddOperation_Payload_Data_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")


class UserCollectionsTracksRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionsTracksRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: UserCollectionsTracksRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["tracks"] | str]


class UserCollectionsTracksRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionsTracksRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionsTracksRelationshipAddOperationPayloadData]]


class UserCollectionsTracksRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionsTracksRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks"] | str]


class UserCollectionsTracksRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionsTracksRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionsTracksRelationshipRemoveOperationPayloadData]]


class UserCollectionsVideosRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionsVideosRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["videos"] | str]


class UserCollectionsVideosRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionsVideosRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserCollectionsVideosRelationshipAddOperationPayloadData]]


class UserCollectionsVideosRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionsVideosRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["videos"] | str]


class UserCollectionsVideosRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionsVideosRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserCollectionsVideosRelationshipRemoveOperationPayloadData]]
