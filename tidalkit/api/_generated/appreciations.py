"""Generated models and operations for ``appreciations`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec

if TYPE_CHECKING:
    from tidalkit.api._generated.appreciations_payloads import AppreciationsCreateOperationPayload


class AppreciationsAttributes(APIModel):
    """Schema ``Appreciations_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Time when the appreciation was created"""


class AppreciationsResourceObject(Resource):
    """Schema ``Appreciations_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: AppreciationsAttributes | None = Field(default=None)

    def _attributes(self) -> AppreciationsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime:
        """Time when the appreciation was created"""
        return self._attributes().created_at


class AppreciationsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Appreciations_Create_Single_Resource_Data_Document``."""

    data: Redactable[AppreciationsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "appreciations.create",
    "POST",
    "/appreciations",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("appreciations",),
)


class AppreciationsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``appreciations``."""


class AppreciationsOperations(AppreciationsPublicOperations):
    """Every operation on ``appreciations``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: AppreciationsCreateOperationPayload | Mapping[str, Any]
    ) -> AppreciationsCreateSingleResourceDataDocument:
        """Create single appreciation.

        Creates a new appreciation.

        ``POST /appreciations`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "appreciations", [], AppreciationsCreateSingleResourceDataDocument, payload=payload
        )
