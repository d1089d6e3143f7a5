"""Generated models and operations for ``commentsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, Textual


class CommentsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``CommentsCreateOperation_Payload_Data_Attributes``."""

    end_time: str | None = Field(default=None, alias="endTime")

    message: Redactable[str]
    """The comment message content"""

    start_time: str | None = Field(default=None, alias="startTime")


class CommentsCreateOperationPayloadDataRelationshipsParentCommentData(APIModel):
    """Schema ``CommentsCreateOperation_Payload_Data_Relationships_ParentComment_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["comments"] | str]


class CommentsCreateOperationPayloadDataRelationshipsParentComment(APIModel):
    """Schema ``CommentsCreateOperation_Payload_Data_Relationships_ParentComment``."""

    data: Redactable[CommentsCreateOperationPayloadDataRelationshipsParentCommentData | None]


class CommentsCreateOperationPayloadDataRelationshipsSubjectData(APIModel):
    """Schema ``CommentsCreateOperation_Payload_Data_Relationships_Subject_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["albums", "tracks"] | str]


class CommentsCreateOperationPayloadDataRelationshipsSubject(APIModel):
    """Schema ``CommentsCreateOperation_Payload_Data_Relationships_Subject``."""

    data: Redactable[CommentsCreateOperationPayloadDataRelationshipsSubjectData]


class CommentsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``CommentsCreateOperation_Payload_Data_Relationships``."""

    parent_comment: CommentsCreateOperationPayloadDataRelationshipsParentComment | None = Field(
        default=None, alias="parentComment"
    )

    subject: Redactable[CommentsCreateOperationPayloadDataRelationshipsSubject]


class CommentsCreateOperationPayloadData(APIModel):
    """Schema ``CommentsCreateOperation_Payload_Data``."""

    attributes: Redactable[Textual[CommentsCreateOperationPayloadDataAttributes]]

    relationships: Redactable[CommentsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["comments"] | str]


class CommentsCreateOperationPayload(APIModel):
    """Schema ``CommentsCreateOperation_Payload``."""

    data: Redactable[CommentsCreateOperationPayloadData]


class CommentsUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``CommentsUpdateOperation_Payload_Data_Attributes``."""

    end_time: str | None = Field(default=None, alias="endTime")

    message: str | None = Field(default=None)
    """The comment message content"""

    start_time: str | None = Field(default=None, alias="startTime")


class CommentsUpdateOperationPayloadData(APIModel):
    """Schema ``CommentsUpdateOperation_Payload_Data``."""

    attributes: Redactable[CommentsUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["comments"] | str]


class CommentsUpdateOperationPayload(APIModel):
    """Schema ``CommentsUpdateOperation_Payload``."""

    data: Redactable[CommentsUpdateOperationPayloadData]
