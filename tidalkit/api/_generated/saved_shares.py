"""Generated models and operations for ``savedShares`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec

if TYPE_CHECKING:
    from tidalkit.api._generated.saved_shares_payloads import SavedSharesCreateOperationPayload


class SavedSharesAttributes(APIModel):
    """Schema ``SavedShares_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Datetime of saved share creation (ISO 8601)"""


class SavedSharesResourceObject(Resource):
    """Schema ``SavedShares_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: SavedSharesAttributes | None = Field(default=None)

    def _attributes(self) -> SavedSharesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime:
        """Datetime of saved share creation (ISO 8601)"""
        return self._attributes().created_at


class SavedSharesCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``SavedShares_Create_Single_Resource_Data_Document``."""

    data: Redactable[SavedSharesResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "savedShares.create", "POST", "/savedShares", "INTERNAL", cache_ttl=None, invalidates=("savedShares",)
)


class SavedSharesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``savedShares``."""


class SavedSharesOperations(SavedSharesPublicOperations):
    """Every operation on ``savedShares``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: SavedSharesCreateOperationPayload | Mapping[str, Any]
    ) -> SavedSharesCreateSingleResourceDataDocument:
        """Create single savedShare.

        Creates a new savedShare.

        ``POST /savedShares`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "savedShares", [], SavedSharesCreateSingleResourceDataDocument, payload=payload
        )
