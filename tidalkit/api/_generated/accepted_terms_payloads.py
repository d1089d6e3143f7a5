"""Generated models and operations for ``acceptedTermsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable


class AcceptedTermsCreateOperationPayloadDataRelationshipsTermsData(APIModel):
    """Schema ``AcceptedTermsCreateOperation_Payload_Data_Relationships_Terms_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["terms"] | str]


class AcceptedTermsCreateOperationPayloadDataRelationshipsTerms(APIModel):
    """Schema ``AcceptedTermsCreateOperation_Payload_Data_Relationships_Terms``."""

    data: Redactable[AcceptedTermsCreateOperationPayloadDataRelationshipsTermsData]


class AcceptedTermsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``AcceptedTermsCreateOperation_Payload_Data_Relationships``."""

    terms: Redactable[AcceptedTermsCreateOperationPayloadDataRelationshipsTerms]


class AcceptedTermsCreateOperationPayloadData(APIModel):
    """Schema ``AcceptedTermsCreateOperation_Payload_Data``."""

    relationships: Redactable[AcceptedTermsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["acceptedTerms"] | str]


class AcceptedTermsCreateOperationPayload(APIModel):
    """Schema ``AcceptedTermsCreateOperation_Payload``."""

    data: Redactable[AcceptedTermsCreateOperationPayloadData]
