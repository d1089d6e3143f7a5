"""Generated models and operations for ``userDataExportRequests`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec

if TYPE_CHECKING:
    from tidalkit.api._generated.user_data_export_requests_payloads import (
        UserDataExportRequestsCreateOperationPayload,
    )


class UserDataExportRequestsAttributes(APIModel):
    """Schema ``UserDataExportRequests_Attributes``."""

    flow_type: Redactable[
        Literal["GDPR", "CCPA", "COPPA", "ANZ_PA", "US_PRIVACY_REGULATION", "APPI", "RETENTION_POLICY"] | str
    ] = Field(alias="flowType")
    """The type of data export flow"""


class UserDataExportRequestsResourceObject(Resource):
    """Schema ``UserDataExportRequests_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: UserDataExportRequestsAttributes | None = Field(default=None)

    def _attributes(self) -> UserDataExportRequestsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def flow_type(
        self,
    ) -> (
        Literal["GDPR", "CCPA", "COPPA", "ANZ_PA", "US_PRIVACY_REGULATION", "APPI", "RETENTION_POLICY"] | str
    ):
        """The type of data export flow"""
        return self._attributes().flow_type


class UserDataExportRequestsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``UserDataExportRequests_Create_Single_Resource_Data_Document``."""

    data: Redactable[UserDataExportRequestsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "userDataExportRequests.create",
    "POST",
    "/userDataExportRequests",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("userDataExportRequests",),
)


class UserDataExportRequestsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userDataExportRequests``."""


class UserDataExportRequestsOperations(UserDataExportRequestsPublicOperations):
    """Every operation on ``userDataExportRequests``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: UserDataExportRequestsCreateOperationPayload | Mapping[str, Any]
    ) -> UserDataExportRequestsCreateSingleResourceDataDocument:
        """Create single userDataExportRequest.

        Creates a new userDataExportRequest.

        ``POST /userDataExportRequests`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "userDataExportRequests",
            [],
            UserDataExportRequestsCreateSingleResourceDataDocument,
            payload=payload,
        )
