"""Generated models and operations for ``scopes`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, data_items
from tidalkit.api.pagination import Paginator


class ScopesAttributes(APIModel):
    """Schema ``Scopes_Attributes``."""

    consent_text: str | None = Field(default=None, alias="consentText")
    """Text shown to the end user on the OAuth consent screen when this scope is requested."""

    description: Redactable[str]
    """Technical description of the scope."""

    name: Redactable[str]
    """Wire-format scope name as used in OAuth requests."""

    required_access_tier: Redactable[
        Literal["THIRD_PARTY", "THIRD_PARTY_PROD", "PARTNER", "INTERNAL"] | str
    ] = Field(alias="requiredAccessTier")
    """Client access tier required to request this scope. A client whose access tier is at least this value can include the scope when initiating an OAuth flow."""


class ScopesResourceObject(Resource):
    """Schema ``Scopes_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: ScopesAttributes | None = Field(default=None)

    def _attributes(self) -> ScopesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def consent_text(self) -> str | None:
        """Text shown to the end user on the OAuth consent screen when this scope is requested."""
        return self._attributes().consent_text

    @property
    def description(self) -> str:
        """Technical description of the scope."""
        return self._attributes().description

    @property
    def name(self) -> str:
        """Wire-format scope name as used in OAuth requests."""
        return self._attributes().name

    @property
    def required_access_tier(self) -> Literal["THIRD_PARTY", "THIRD_PARTY_PROD", "PARTNER", "INTERNAL"] | str:
        """Client access tier required to request this scope. A client whose access tier is at least this value can include the scope when initiating an OAuth flow."""
        return self._attributes().required_access_tier


class ScopesMultiResourceDataDocument(DocumentBase):
    """Schema ``Scopes_Multi_Resource_Data_Document``."""

    data: Redactable[list[ScopesResourceObject]]

    links: Redactable[Textual[Links]]


_LIST = OperationSpec("scopes.list", "GET", "/scopes", "INTERNAL", cache_ttl=60.0, invalidates=())


class ScopesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``scopes``."""


class ScopesOperations(ScopesPublicOperations):
    """Every operation on ``scopes``, INTERNAL and PARTNER ones included."""

    def list(
        self,
        *,
        filter_required_access_tier: Sequence[
            Literal["THIRD_PARTY", "THIRD_PARTY_PROD", "PARTNER", "INTERNAL"]
        ],
        max_items: int | None = None,
    ) -> Paginator[ScopesMultiResourceDataDocument, ScopesResourceObject]:
        """Get multiple scopes.

        Retrieves multiple scopes by available filters, or without if applicable.

        ``GET /scopes`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "scopes",
            [("filter[requiredAccessTier]", filter_required_access_tier)],
            ScopesMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )
