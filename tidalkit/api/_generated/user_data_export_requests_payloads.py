"""Generated models and operations for ``userDataExportRequestsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class UserDataExportRequestsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``UserDataExportRequestsCreateOperation_Payload_Data_Attributes``."""

    flow_type: Redactable[
        Literal["GDPR", "CCPA", "COPPA", "ANZ_PA", "US_PRIVACY_REGULATION", "APPI", "RETENTION_POLICY"] | str
    ] = Field(alias="flowType")


class UserDataExportRequestsCreateOperationPayloadData(APIModel):
    """Schema ``UserDataExportRequestsCreateOperation_Payload_Data``."""

    attributes: Redactable[UserDataExportRequestsCreateOperationPayloadDataAttributes]

    type: Redactable[Literal["userDataExportRequests"] | str]


class UserDataExportRequestsCreateOperationPayload(APIModel):
    """Schema ``UserDataExportRequestsCreateOperation_Payload``."""

    data: Redactable[UserDataExportRequestsCreateOperationPayloadData]
