"""Generated models and operations for ``userReportsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class UserReportsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``UserReportsCreateOperation_Payload_Data_Attributes``."""

    description: Redactable[str]

    reason: Redactable[
        Literal[
            "SEXUAL_CONTENT_OR_NUDITY",
            "VIOLENT_OR_DANGEROUS_CONTENT",
            "HATEFUL_OR_ABUSIVE_CONTENT",
            "HARASSMENT",
            "PRIVACY_VIOLATION",
            "SCAMS_OR_FRAUD",
            "SPAM",
            "COPYRIGHT_INFRINGEMENT",
            "APPEAL",
            "UNKNOWN",
        ]
        | str
    ]


class UserReportsCreateOperationPayloadDataRelationshipsReportedResourcesData(APIModel):
    """Schema ``UserReportsCreateOperation_Payload_Data_Relationships_ReportedResources_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks", "artists", "playlists"] | str]


class UserReportsCreateOperationPayloadDataRelationshipsReportedResources(APIModel):
    """Schema ``UserReportsCreateOperation_Payload_Data_Relationships_ReportedResources``."""

    data: Redactable[list[UserReportsCreateOperationPayloadDataRelationshipsReportedResourcesData]]


class UserReportsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``UserReportsCreateOperation_Payload_Data_Relationships``."""

    reported_resources: Redactable[UserReportsCreateOperationPayloadDataRelationshipsReportedResources] = (
        Field(alias="reportedResources")
    )


class UserReportsCreateOperationPayloadData(APIModel):
    """Schema ``UserReportsCreateOperation_Payload_Data``."""

    attributes: Redactable[UserReportsCreateOperationPayloadDataAttributes]

    relationships: Redactable[UserReportsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["userReports"] | str]


class UserReportsCreateOperationPayload(APIModel):
    """Schema ``UserReportsCreateOperation_Payload``."""

    data: Redactable[UserReportsCreateOperationPayloadData]
