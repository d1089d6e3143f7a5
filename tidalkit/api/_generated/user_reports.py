"""Generated models and operations for ``userReports`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec

if TYPE_CHECKING:
    from tidalkit.api._generated.user_reports_payloads import UserReportsCreateOperationPayload


class UserReportsAttributes(APIModel):
    """Schema ``UserReports_Attributes``."""

    description: Redactable[str]
    """Description"""

    reason: Redactable[
        Literal[
            "SEXUAL_CONTENT_OR_NUDITY",
            "VIOLENT_OR_DANGEROUS_CONTENT",
            "HATEFUL_OR_ABUSIVE_CONTENT",
            "HARASSMENT",
            "PRIVACY_VIOLATION",
            "SCAMS_OR_FRAUD",
            "SPAM",
            "COPYRIGHT_INFRINGEMENT",
            "APPEAL",
            "UNKNOWN",
        ]
        | str
    ]
    """Reason"""


class UserReportsResourceObject(Resource):
    """Schema ``UserReports_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: UserReportsAttributes | None = Field(default=None)

    def _attributes(self) -> UserReportsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def description(self) -> str:
        """Description"""
        return self._attributes().description

    @property
    def reason(
        self,
    ) -> (
        Literal[
            "SEXUAL_CONTENT_OR_NUDITY",
            "VIOLENT_OR_DANGEROUS_CONTENT",
            "HATEFUL_OR_ABUSIVE_CONTENT",
            "HARASSMENT",
            "PRIVACY_VIOLATION",
            "SCAMS_OR_FRAUD",
            "SPAM",
            "COPYRIGHT_INFRINGEMENT",
            "APPEAL",
            "UNKNOWN",
        ]
        | str
    ):
        """Reason"""
        return self._attributes().reason


class UserReportsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``UserReports_Create_Single_Resource_Data_Document``."""

    data: Redactable[UserReportsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "userReports.create", "POST", "/userReports", "INTERNAL", cache_ttl=None, invalidates=("userReports",)
)


class UserReportsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userReports``."""


class UserReportsOperations(UserReportsPublicOperations):
    """Every operation on ``userReports``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: UserReportsCreateOperationPayload | Mapping[str, Any]
    ) -> UserReportsCreateSingleResourceDataDocument:
        """Create single userReport.

        Creates a new userReport.

        ``POST /userReports`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "userReports", [], UserReportsCreateSingleResourceDataDocument, payload=payload
        )
