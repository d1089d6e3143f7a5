"""Generated models and operations for ``userCollectionFoldersPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, Textual


class UserCollection(APIModel):
    """Schema ``UserCollection``."""

    id: Redactable[str]

    type: Redactable[Literal["userCollectionPlaylists"] | str]


class UserCollectionFoldersCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``UserCollectionFoldersCreateOperation_Payload_Data_Attributes``."""

    name: Redactable[str]


class UserCollectionFoldersCreateOperationPayloadDataRelationshipsUserCollection(APIModel):
    """Schema ``UserCollectionFoldersCreateOperation_Payload_Data_Relationships_UserCollection``."""

    data: Redactable[UserCollection]


class UserCollectionFoldersCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``UserCollectionFoldersCreateOperation_Payload_Data_Relationships``."""

    user_collection: Redactable[
        UserCollectionFoldersCreateOperationPayloadDataRelationshipsUserCollection
    ] = Field(alias="userCollection")


class UserCollectionFoldersCreateOperationPayloadData(APIModel):
    """Schema ``UserCollectionFoldersCreateOperation_Payload_Data``."""

    attributes: Redactable[Textual[UserCollectionFoldersCreateOperationPayloadDataAttributes]]

    relationships: Redactable[UserCollectionFoldersCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["userCollectionFolders"] | str]


class UserCollectionFoldersCreateOperationPayload(APIModel):
    """Schema ``UserCollectionFoldersCreateOperation_Payload``."""

    data: Redactable[UserCollectionFoldersCreateOperationPayloadData]


class UserCollectionFoldersItemsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserCollectionFoldersItemsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["playlists"] | str]


class UserCollectionFoldersItemsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserCollectionFoldersItemsRelationshipAddOperation_Payload``."""

    data: list[UserCollectionFoldersItemsRelationshipAddOperationPayloadData] | None = Field(default=None)


class UserCollectionFoldersItemsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserCollectionFoldersItemsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["playlists"] | str]


class UserCollectionFoldersItemsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserCollectionFoldersItemsRelationshipRemoveOperation_Payload``."""

    data: list[UserCollectionFoldersItemsRelationshipRemoveOperationPayloadData] | None = Field(default=None)


class UserCollectionFoldersUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``UserCollectionFoldersUpdateOperation_Payload_Data_Attributes``."""

    name: str | None = Field(default=None)


class UserCollectionFoldersUpdateOperationPayloadData(APIModel):
    """Schema ``UserCollectionFoldersUpdateOperation_Payload_Data``."""

    attributes: Redactable[UserCollectionFoldersUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["userCollectionFolders"] | str]


class UserCollectionFoldersUpdateOperationPayload(APIModel):
    """Schema ``UserCollectionFoldersUpdateOperation_Payload``."""

    data: Redactable[UserCollectionFoldersUpdateOperationPayloadData]
