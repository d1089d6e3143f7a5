"""Generated models and operations for ``usageRules`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, path_id

if TYPE_CHECKING:
    from tidalkit.api._generated.usage_rules_payloads import UsageRulesCreateOperationPayload


class UsageRulesAttributes(APIModel):
    """Schema ``UsageRules_Attributes``."""

    country_code: Redactable[str] = Field(alias="countryCode")
    """Country code (ISO 3166-1 alpha-2)"""

    free: list[Literal["STREAM", "DJ", "STEM", "DOWNLOAD"] | str] | None = Field(default=None)
    """Usage types allowed for free/ad-supported model"""

    inherited: bool | None = Field(default=None)
    """Whether these usage rules are inherited from a parent (e.g. a track inheriting from its album). Tri-state: true means the rules are inherited, false means an explicit per-track override, null means the value is unknown or not applicable (albums, videos, and legacy data)."""

    paid: list[Literal["STREAM", "DJ", "STEM", "DOWNLOAD"] | str] | None = Field(default=None)
    """Usage types allowed for paid/purchase model"""

    subscription: list[Literal["STREAM", "DJ", "STEM", "DOWNLOAD"] | str] | None = Field(default=None)
    """Usage types allowed for subscription model"""

    valid_from: UtcDatetime | None = Field(default=None, alias="validFrom")
    """Datetime from which these usage rules are valid (ISO 8601)"""


class UsageRulesResourceObject(Resource):
    """Schema ``UsageRules_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: Textual[UsageRulesAttributes] | None = Field(default=None)

    def _attributes(self) -> UsageRulesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def country_code(self) -> str:
        """Country code (ISO 3166-1 alpha-2)"""
        return self._attributes().country_code

    @property
    def free(self) -> list[Literal["STREAM", "DJ", "STEM", "DOWNLOAD"] | str] | None:
        """Usage types allowed for free/ad-supported model"""
        return self._attributes().free

    @property
    def inherited(self) -> bool | None:
        """Whether these usage rules are inherited from a parent (e.g. a track inheriting from its album). Tri-state: true means the rules are inherited, false means an explicit per-track override, null means the value is unknown or not applicable (albums, videos, and legacy data)."""
        return self._attributes().inherited

    @property
    def paid(self) -> list[Literal["STREAM", "DJ", "STEM", "DOWNLOAD"] | str] | None:
        """Usage types allowed for paid/purchase model"""
        return self._attributes().paid

    @property
    def subscription(self) -> list[Literal["STREAM", "DJ", "STEM", "DOWNLOAD"] | str] | None:
        """Usage types allowed for subscription model"""
        return self._attributes().subscription

    @property
    def valid_from(self) -> UtcDatetime | None:
        """Datetime from which these usage rules are valid (ISO 8601)"""
        return self._attributes().valid_from


class UsageRulesCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``UsageRules_Create_Single_Resource_Data_Document``."""

    data: Redactable[UsageRulesResourceObject]

    links: Redactable[Textual[Links]]


class UsageRulesSingleResourceDataDocument(DocumentBase):
    """Schema ``UsageRules_Single_Resource_Data_Document``."""

    data: Redactable[UsageRulesResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "usageRules.create", "POST", "/usageRules", "INTERNAL", cache_ttl=None, invalidates=("usageRules",)
)
_GET = OperationSpec(
    "usageRules.get", "GET", "/usageRules/{id}", "THIRD_PARTY", cache_ttl=600.0, invalidates=()
)


class UsageRulesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``usageRules``."""

    async def get_document(self, id: str) -> UsageRulesSingleResourceDataDocument:
        """Get single usageRule.

        Retrieves single usageRule by id.

        ``GET /usageRules/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(_GET, f"usageRules/{path_id(id)}", [], UsageRulesSingleResourceDataDocument)

    async def get(self, id: str) -> UsageRulesResourceObject:
        """Get single usageRule.

        Retrieves single usageRule by id.

        ``GET /usageRules/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id)).data


class UsageRulesOperations(UsageRulesPublicOperations):
    """Every operation on ``usageRules``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: UsageRulesCreateOperationPayload | Mapping[str, Any]
    ) -> UsageRulesCreateSingleResourceDataDocument:
        """Create single usageRule.

        Creates a new usageRule.

        ``POST /usageRules`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "usageRules", [], UsageRulesCreateSingleResourceDataDocument, payload=payload
        )
