"""Generated models and operations for ``usageRulesPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, UtcDatetime


class UsageRulesCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``UsageRulesCreateOperation_Payload_Data_Attributes``."""

    country_code: str | None = Field(default=None, alias="countryCode")

    free: list[Literal["STREAM", "DJ", "STEM", "DOWNLOAD"] | str] | None = Field(default=None)

    inherited: bool | None = Field(default=None)
    """Tracks only. Set to true (with empty paid/subscription/free) to clear an explicit track-level override and inherit usage rules from the album. Must be omitted or false when providing explicit usage values."""

    paid: list[Literal["STREAM", "DJ", "STEM", "DOWNLOAD"] | str] | None = Field(default=None)

    subscription: list[Literal["STREAM", "DJ", "STEM", "DOWNLOAD"] | str] | None = Field(default=None)

    valid_from: UtcDatetime | None = Field(default=None, alias="validFrom")
    """Datetime from which these usage rules are valid (ISO 8601)"""


class UsageRulesCreateOperationPayloadSubject(APIModel):
    """Schema ``UsageRulesCreateOperation_Payload_Subject``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks", "albums", "videos"] | str]


class UsageRulesCreateOperationPayloadDataRelationshipsSubject(APIModel):
    """Schema ``UsageRulesCreateOperation_Payload_Data_Relationships_Subject``."""

    data: Redactable[UsageRulesCreateOperationPayloadSubject]


class UsageRulesCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``UsageRulesCreateOperation_Payload_Data_Relationships``."""

    subject: Redactable[UsageRulesCreateOperationPayloadDataRelationshipsSubject]


class UsageRulesCreateOperationPayloadData(APIModel):
    """Schema ``UsageRulesCreateOperation_Payload_Data``."""

    attributes: Redactable[UsageRulesCreateOperationPayloadDataAttributes]

    relationships: Redactable[UsageRulesCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["usageRules"] | str]


class UsageRulesCreateOperationPayload(APIModel):
    """Schema ``UsageRulesCreateOperation_Payload``."""

    data: Redactable[UsageRulesCreateOperationPayloadData]
