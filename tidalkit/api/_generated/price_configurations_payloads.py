"""Generated models and operations for ``priceConfigurationsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable


class PriceConfigurationsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``PriceConfigurationsCreateOperation_Payload_Data_Attributes``."""

    currency: Redactable[Literal["USD"] | str]
    """Currency code (ISO 4217)"""

    price: Redactable[str]
    """Price amount with max 2 decimal places"""


class PriceConfigurationsCreateOperationPayloadSubjects(APIModel):
    """Schema ``PriceConfigurationsCreateOperation_Payload_Subjects``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks", "albums"] | str]


class PriceConfigurationsCreateOperationPayloadDataRelationshipsSubjects(APIModel):
    """Schema ``PriceConfigurationsCreateOperation_Payload_Data_Relationships_Subjects``."""

    data: Redactable[list[PriceConfigurationsCreateOperationPayloadSubjects]]


class PriceConfigurationsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``PriceConfigurationsCreateOperation_Payload_Data_Relationships``."""

    subjects: Redactable[PriceConfigurationsCreateOperationPayloadDataRelationshipsSubjects]


class PriceConfigurationsCreateOperationPayloadData(APIModel):
    """Schema ``PriceConfigurationsCreateOperation_Payload_Data``."""

    attributes: Redactable[PriceConfigurationsCreateOperationPayloadDataAttributes]

    relationships: Redactable[PriceConfigurationsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["priceConfigurations"] | str]


class PriceConfigurationsCreateOperationPayload(APIModel):
    """Schema ``PriceConfigurationsCreateOperation_Payload``."""

    data: Redactable[PriceConfigurationsCreateOperationPayloadData]
