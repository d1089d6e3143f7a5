"""Generated models and operations for ``playlistsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, Textual, UtcDatetime


class PlaylistsCollaboratorProfilesRelationshipAddOperationPayloadData(APIModel):
    """Schema ``PlaylistsCollaboratorProfilesRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class PlaylistsCollaboratorProfilesRelationshipAddOperationPayload(APIModel):
    """Schema ``PlaylistsCollaboratorProfilesRelationshipAddOperation_Payload``."""

    data: Redactable[list[PlaylistsCollaboratorProfilesRelationshipAddOperationPayloadData]]


class PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``PlaylistsCollaboratorProfilesRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayload(APIModel):
    """Schema ``PlaylistsCollaboratorProfilesRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayloadData]]


class PlaylistsCoverArtRelationshipUpdateOperationPayloadData(APIModel):
    """Schema ``PlaylistsCoverArtRelationshipUpdateOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artworks"] | str]


class PlaylistsCoverArtRelationshipUpdateOperationPayload(APIModel):
    """Schema ``PlaylistsCoverArtRelationshipUpdateOperation_Payload``."""

    data: Redactable[list[PlaylistsCoverArtRelationshipUpdateOperationPayloadData]]


class PlaylistsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``PlaylistsCreateOperation_Payload_Data_Attributes``."""

    access_type: Literal["PUBLIC", "UNLISTED"] | str | None = Field(default=None, alias="accessType")
    """User-selectable playlist visibility."""

    created_at: UtcDatetime | None = Field(default=None, alias="createdAt")

    description: str | None = Field(default=None)

    name: Redactable[str]


class PlaylistsCreateOperationPayloadData(APIModel):
    """Schema ``PlaylistsCreateOperation_Payload_Data``."""

    attributes: Redactable[Textual[PlaylistsCreateOperationPayloadDataAttributes]]

    type: Redactable[Literal["playlists"] | str]


class PlaylistsCreateOperationPayload(APIModel):
    """Schema ``PlaylistsCreateOperation_Payload``."""

    data: Redactable[PlaylistsCreateOperationPayloadData]


class PlaylistsItemsRelationshipAddOperationPayloadDataMeta(APIModel):
    """Schema ``PlaylistsItemsRelationshipAddOperation_Payload_Data_Meta``."""

    added_at: UtcDatetime | None = Field(default=None, alias="addedAt")


class PlaylistsItemsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``PlaylistsItemsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    meta: PlaylistsItemsRelationshipAddOperationPayloadDataMeta | None = Field(default=None)

    type: Redactable[Literal["tracks", "videos"] | str]


class PlaylistsItemsRelationshipAddOperationPayloadMeta(APIModel):
    """Schema ``PlaylistsItemsRelationshipAddOperation_Payload_Meta``."""

    position_before: Redactable[str] = Field(alias="positionBefore")


class PlaylistsItemsRelationshipAddOperationPayload(APIModel):
    """Schema ``PlaylistsItemsRelationshipAddOperation_Payload``."""

    data: Redactable[list[PlaylistsItemsRelationshipAddOperationPayloadData]]

    meta: Textual[PlaylistsItemsRelationshipAddOperationPayloadMeta] | None = Field(default=None)


class PlaylistsItemsRelationshipRemoveOperationPayloadDataMeta(APIModel):
    """Schema ``PlaylistsItemsRelationshipRemoveOperation_Payload_Data_Meta``."""

    item_id: Redactable[str] = Field(alias="itemId")


class PlaylistsItemsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``PlaylistsItemsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    meta: Redactable[Textual[PlaylistsItemsRelationshipRemoveOperationPayloadDataMeta]]

    type: Redactable[Literal["tracks", "videos"] | str]


class PlaylistsItemsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``PlaylistsItemsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[PlaylistsItemsRelationshipRemoveOperationPayloadData]]


class PlaylistsItemsRelationshipUpdateOperationPayloadDataMeta(APIModel):
    """Schema ``PlaylistsItemsRelationshipUpdateOperation_Payload_Data_Meta``."""

    item_id: Redactable[str] = Field(alias="itemId")


class PlaylistsItemsRelationshipUpdateOperationPayloadData(APIModel):
    """Schema ``PlaylistsItemsRelationshipUpdateOperation_Payload_Data``."""

    id: Redactable[str]

    meta: Redactable[Textual[PlaylistsItemsRelationshipUpdateOperationPayloadDataMeta]]

    type: Redactable[Literal["tracks", "videos"] | str]


class PlaylistsItemsRelationshipUpdateOperationPayloadMeta(APIModel):
    """Schema ``PlaylistsItemsRelationshipUpdateOperation_Payload_Meta``."""

    position_before: Redactable[str] = Field(alias="positionBefore")


class PlaylistsItemsRelationshipUpdateOperationPayload(APIModel):
    """Schema ``PlaylistsItemsRelationshipUpdateOperation_Payload``."""

    data: Redactable[list[PlaylistsItemsRelationshipUpdateOperationPayloadData]]

    meta: Textual[PlaylistsItemsRelationshipUpdateOperationPayloadMeta] | None = Field(default=None)


class PlaylistsUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``PlaylistsUpdateOperation_Payload_Data_Attributes``."""

    access_type: Literal["PUBLIC", "UNLISTED"] | str | None = Field(default=None, alias="accessType")
    """User-selectable playlist visibility."""

    description: str | None = Field(default=None)

    name: str | None = Field(default=None)


class PlaylistsUpdateOperationPayloadData(APIModel):
    """Schema ``PlaylistsUpdateOperation_Payload_Data``."""

    attributes: Redactable[PlaylistsUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["playlists"] | str]


class PlaylistsUpdateOperationPayload(APIModel):
    """Schema ``PlaylistsUpdateOperation_Payload``."""

    data: Redactable[PlaylistsUpdateOperationPayloadData]
