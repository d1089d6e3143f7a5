"""Generated models and operations for ``clientsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable, Textual


class ClientsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``ClientsCreateOperation_Payload_Data_Attributes``."""

    description: str | None = Field(default=None)

    name: Redactable[str]


class ClientsCreateOperationPayloadData(APIModel):
    """Schema ``ClientsCreateOperation_Payload_Data``."""

    attributes: Redactable[Textual[ClientsCreateOperationPayloadDataAttributes]]

    type: Redactable[Literal["clients"] | str]


class ClientsCreateOperationPayload(APIModel):
    """Schema ``ClientsCreateOperation_Payload``."""

    data: Redactable[ClientsCreateOperationPayloadData]


class ClientsUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``ClientsUpdateOperation_Payload_Data_Attributes``."""

    description: str | None = Field(default=None)

    name: str | None = Field(default=None)

    redirect_uris: list[str] | None = Field(default=None, alias="redirectUris")

    scopes: list[str] | None = Field(default=None)


class ClientsUpdateOperationPayloadData(APIModel):
    """Schema ``ClientsUpdateOperation_Payload_Data``."""

    attributes: Redactable[ClientsUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["clients"] | str]


class ClientsUpdateOperationPayload(APIModel):
    """Schema ``ClientsUpdateOperation_Payload``."""

    data: Redactable[ClientsUpdateOperationPayloadData]
