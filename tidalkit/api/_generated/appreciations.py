"""Generated models and operations for ``appreciations`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec


class AppreciationsAttributes(APIModel):
    """Schema ``Appreciations_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Time when the appreciation was created"""


class AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItemData(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Data_Relationships_AppreciatedItem_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItem(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Data_Relationships_AppreciatedItem``."""

    data: Redactable[list[AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItemData]]


class AppreciationsCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Data_Relationships``."""

    appreciated_items: Redactable[AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItem] = (
        Field(alias="appreciatedItems")
    )


class AppreciationsCreateOperationPayloadData(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Data``."""

    relationships: Redactable[AppreciationsCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["appreciations"] | str]


class AppreciationsCreateOperationPayloadMeta(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload_Meta``."""

    dry_run: bool | None = Field(default=None, alias="dryRun")


class AppreciationsCreateOperationPayload(APIModel):
    """Schema ``AppreciationsCreateOperation_Payload``."""

    data: Redactable[AppreciationsCreateOperationPayloadData]

    meta: AppreciationsCreateOperationPayloadMeta | None = Field(default=None)


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

    links: Redactable[Links]


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
