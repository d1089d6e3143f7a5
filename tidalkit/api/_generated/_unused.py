"""Generated models and operations for ``_unused`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Textual


class Default400ResponseBodyErrors(APIModel):
    """Schema ``Default400ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default400ResponseBody(APIModel):
    """Schema ``Default400ResponseBody``."""

    errors: Redactable[list[Default400ResponseBodyErrors]]


class Default404ResponseBodyErrors(APIModel):
    """Schema ``Default404ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default404ResponseBody(APIModel):
    """Schema ``Default404ResponseBody``."""

    errors: Redactable[list[Default404ResponseBodyErrors]]


class Default405ResponseBodyErrors(APIModel):
    """Schema ``Default405ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default405ResponseBody(APIModel):
    """Schema ``Default405ResponseBody``."""

    errors: Redactable[list[Default405ResponseBodyErrors]]


class Default406ResponseBodyErrors(APIModel):
    """Schema ``Default406ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default406ResponseBody(APIModel):
    """Schema ``Default406ResponseBody``."""

    errors: Redactable[list[Default406ResponseBodyErrors]]


class Default415ResponseBodyErrors(APIModel):
    """Schema ``Default415ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default415ResponseBody(APIModel):
    """Schema ``Default415ResponseBody``."""

    errors: Redactable[list[Default415ResponseBodyErrors]]


class Default429ResponseBodyErrors(APIModel):
    """Schema ``Default429ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default429ResponseBody(APIModel):
    """Schema ``Default429ResponseBody``."""

    errors: Redactable[list[Default429ResponseBodyErrors]]


class Default500ResponseBodyErrors(APIModel):
    """Schema ``Default500ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default500ResponseBody(APIModel):
    """Schema ``Default500ResponseBody``."""

    errors: Redactable[list[Default500ResponseBodyErrors]]


class Default503ResponseBodyErrors(APIModel):
    """Schema ``Default503ResponseBody.errors``."""

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Default503ResponseBody(APIModel):
    """Schema ``Default503ResponseBody``."""

    errors: Redactable[list[Default503ResponseBodyErrors]]


class ErrorObjectSource(APIModel):
    """Schema ``Error_Object_Source``."""

    header: str | None = Field(default=None)
    """string indicating the name of a single request header which caused the error"""

    parameter: str | None = Field(default=None)
    """string indicating which URI query parameter caused the error."""

    pointer: str | None = Field(default=None)
    """a JSON Pointer [RFC6901] to the value in the request document that caused the error"""


class ErrorObject(APIModel):
    """Schema ``Error_Object``."""

    code: str | None = Field(default=None)
    """application-specific error code"""

    detail: str | None = Field(default=None)
    """human-readable explanation specific to this occurrence of the problem"""

    id: str | None = Field(default=None)
    """unique identifier for this particular occurrence of the problem"""

    source: ErrorObjectSource | None = Field(default=None)

    status: str | None = Field(default=None)
    """HTTP status code applicable to this problem"""


class ErrorsDocument(DocumentBase):
    """Schema ``Errors_Document``."""

    errors: list[ErrorObject] | None = Field(default=None)
    """Array of error objects"""

    links: Textual[Links] | None = Field(default=None)


class Idempotency409ResponseBodyErrors(APIModel):
    """Schema ``Idempotency409ResponseBody.errors``."""

    code: Redactable[Literal["IDEMPOTENT_REQUEST_IN_PROGRESS"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Idempotency409ResponseBody(APIModel):
    """Schema ``Idempotency409ResponseBody``."""

    errors: Redactable[list[Idempotency409ResponseBodyErrors]]


class Idempotency422ResponseBodyErrors(APIModel):
    """Schema ``Idempotency422ResponseBody.errors``."""

    code: Redactable[Literal["IDEMPOTENT_REQUEST_PAYLOAD_MISMATCH"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class Idempotency422ResponseBody(APIModel):
    """Schema ``Idempotency422ResponseBody``."""

    errors: Redactable[list[Idempotency422ResponseBodyErrors]]


class ResourceObjectObjectObject(APIModel):
    """Schema ``Resource_ObjectObjectObject``."""

    attributes: dict[str, Any] | None = Field(default=None)

    id: Redactable[str]
    """Resource id"""

    relationships: dict[str, Any] | None = Field(default=None)

    type: Redactable[str]
    """Resource type"""
