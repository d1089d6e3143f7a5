"""Generated models and operations for ``providerProductInfos`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    ReplacementProvenance,
    ResourceIdentifier,
    SingleRelationshipDataDocument,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

ProviderProductInfosInclude = Literal["provider", "subject"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ProviderProductInfosProviderInclude = Literal["provider"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ProviderProductInfosSubjectInclude = Literal["subject"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class TrackInfo(APIModel):
    """Schema ``TrackInfo``."""

    broken: bool | None = Field(default=None)

    broken_code: int | None = Field(default=None, alias="brokenCode")

    track_id: Redactable[str] = Field(alias="trackId")


class ProviderProductInfosAttributes(APIModel):
    """Schema ``ProviderProductInfos_Attributes``."""

    barcode_id: str | None = Field(default=None, alias="barcodeId")

    broken: bool | None = Field(default=None)

    broken_code: int | None = Field(default=None, alias="brokenCode")

    grid: str | None = Field(default=None)

    tracks: list[Textual[TrackInfo]] | None = Field(default=None)


class ProviderProductInfosSubjectResourceIdentifierMeta(APIModel):
    """Schema ``ProviderProductInfos_Subject_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class ProviderProductInfosSubjectResourceIdentifier(Identifier):
    """Schema ``ProviderProductInfos_Subject_Resource_Identifier``."""

    meta: ProviderProductInfosSubjectResourceIdentifierMeta | None = Field(default=None)


class ProviderProductInfosSubjectSingleRelationshipDataDocument(DocumentBase):
    """Schema ``ProviderProductInfos_Subject_Single_Relationship_Data_Document``."""

    data: ProviderProductInfosSubjectResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ProviderProductInfosRelationships(APIModel):
    """Schema ``ProviderProductInfos_Relationships``."""

    provider: SingleRelationshipDataDocument | None = Field(default=None)

    subject: ProviderProductInfosSubjectSingleRelationshipDataDocument | None = Field(default=None)


class ProviderProductInfosResourceObject(Resource):
    """Schema ``ProviderProductInfos_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "subject": ProviderProductInfosSubjectResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"provider": False, "subject": False}

    attributes: ProviderProductInfosAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> ProviderProductInfosRelationships:
        """The relationship objects, validated into ``ProviderProductInfosRelationships``."""
        return ProviderProductInfosRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> ProviderProductInfosAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def barcode_id(self) -> str | None:
        """The ``barcodeId`` attribute."""
        return self._attributes().barcode_id

    @property
    def broken(self) -> bool | None:
        """The ``broken`` attribute."""
        return self._attributes().broken

    @property
    def broken_code(self) -> int | None:
        """The ``brokenCode`` attribute."""
        return self._attributes().broken_code

    @property
    def grid(self) -> str | None:
        """The ``grid`` attribute."""
        return self._attributes().grid

    @property
    def tracks(self) -> list[Textual[TrackInfo]] | None:
        """The ``tracks`` attribute."""
        return self._attributes().tracks

    @property
    def provider(self) -> Resource | None:
        """The included ``provider`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("provider"))

    @property
    def subject(self) -> Resource | None:
        """The included ``subject`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("subject"))


class ProviderProductInfosMultiResourceDataDocument(DocumentBase):
    """Schema ``ProviderProductInfos_Multi_Resource_Data_Document``."""

    data: Redactable[list[ProviderProductInfosResourceObject]]

    links: Redactable[Textual[Links]]


class ProviderProductInfosSingleRelationshipDataDocument(DocumentBase):
    """Schema ``ProviderProductInfos_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


_LIST = OperationSpec(
    "providerProductInfos.list", "GET", "/providerProductInfos", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_PROVIDER = OperationSpec(
    "providerProductInfos.provider",
    "GET",
    "/providerProductInfos/{id}/relationships/provider",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_SUBJECT = OperationSpec(
    "providerProductInfos.subject",
    "GET",
    "/providerProductInfos/{id}/relationships/subject",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class ProviderProductInfosPublicOperations(Operations):
    """The THIRD_PARTY operations on ``providerProductInfos``."""


class ProviderProductInfosOperations(ProviderProductInfosPublicOperations):
    """Every operation on ``providerProductInfos``, INTERNAL and PARTNER ones included."""

    def list(
        self,
        *,
        filter_provider_id: Sequence[str],
        country_code: str | None = None,
        include: Sequence[ProviderProductInfosInclude] | None = None,
        filter_barcode_id: Sequence[str] | None = None,
        filter_grid: Sequence[str] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ProviderProductInfosMultiResourceDataDocument, ProviderProductInfosResourceObject]:
        """Get multiple providerProductInfos.

        Retrieves multiple providerProductInfos by available filters, or without if applicable.

        ``GET /providerProductInfos`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "providerProductInfos",
            [
                ("filter[provider.id]", filter_provider_id),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("filter[barcodeId]", filter_barcode_id),
                ("filter[grid]", filter_grid),
                ("replaceMedia", replace_media),
            ],
            ProviderProductInfosMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    async def provider(
        self, id: str, *, include: Sequence[ProviderProductInfosProviderInclude] | None = None
    ) -> ProviderProductInfosSingleRelationshipDataDocument:
        """Get provider relationship ("to-one").

        Retrieves provider relationship.

        ``GET /providerProductInfos/{id}/relationships/provider`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _PROVIDER,
            f"providerProductInfos/{path_id(id)}/relationships/provider",
            [("include", csv(include))],
            ProviderProductInfosSingleRelationshipDataDocument,
        )

    async def subject(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[ProviderProductInfosSubjectInclude] | None = None,
        replace_media: str | None = None,
    ) -> ProviderProductInfosSingleRelationshipDataDocument:
        """Get subject relationship ("to-one").

        Retrieves subject relationship.

        ``GET /providerProductInfos/{id}/relationships/subject`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _SUBJECT,
            f"providerProductInfos/{path_id(id)}/relationships/subject",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            ProviderProductInfosSingleRelationshipDataDocument,
        )
