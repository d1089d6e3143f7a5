"""Generated models and operations for ``terms`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import LinkObject, Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, data_items, path_id
from tidalkit.api.pagination import Paginator


class TermsAttributes(APIModel):
    """Schema ``Terms_Attributes``."""

    content_link: Redactable[LinkObject] = Field(alias="contentLink")

    country_code: Redactable[str] = Field(alias="countryCode")

    effective_at: Redactable[UtcDatetime] = Field(alias="effectiveAt")

    terms_type: Redactable[Literal["DEVELOPER", "UPLOAD_MARKETPLACE", "MERCH_GUIDELINES"] | str] = Field(
        alias="termsType"
    )


class TermsResourceObjectMeta(APIModel):
    """Schema ``Terms_Resource_Object_Meta``."""

    is_latest_version: Redactable[bool] = Field(alias="isLatestVersion")


class TermsResourceObject(Resource):
    """Schema ``Terms_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: TermsAttributes | None = Field(default=None)

    meta: TermsResourceObjectMeta | None = Field(default=None)

    def _attributes(self) -> TermsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def content_link(self) -> LinkObject:
        """The ``contentLink`` attribute."""
        return self._attributes().content_link

    @property
    def country_code(self) -> str:
        """The ``countryCode`` attribute."""
        return self._attributes().country_code

    @property
    def effective_at(self) -> UtcDatetime:
        """The ``effectiveAt`` attribute."""
        return self._attributes().effective_at

    @property
    def terms_type(self) -> Literal["DEVELOPER", "UPLOAD_MARKETPLACE", "MERCH_GUIDELINES"] | str:
        """The ``termsType`` attribute."""
        return self._attributes().terms_type


class TermsMultiResourceDataDocument(DocumentBase):
    """Schema ``Terms_Multi_Resource_Data_Document``."""

    data: Redactable[list[TermsResourceObject]]

    links: Redactable[Textual[Links]]


class TermsSingleResourceDataDocument(DocumentBase):
    """Schema ``Terms_Single_Resource_Data_Document``."""

    data: Redactable[TermsResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec("terms.get", "GET", "/terms/{id}", "INTERNAL", cache_ttl=600.0, invalidates=())
_LIST = OperationSpec("terms.list", "GET", "/terms", "INTERNAL", cache_ttl=600.0, invalidates=())


class TermsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``terms``."""


class TermsOperations(TermsPublicOperations):
    """Every operation on ``terms``, INTERNAL and PARTNER ones included."""

    async def get_document(self, id: str) -> TermsSingleResourceDataDocument:
        """Get single term.

        Retrieves single term by id.

        ``GET /terms/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(_GET, f"terms/{path_id(id)}", [], TermsSingleResourceDataDocument)

    async def get(self, id: str) -> TermsResourceObject:
        """Get single term.

        Retrieves single term by id.

        ``GET /terms/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id)).data

    def list(
        self,
        *,
        filter_terms_type: Sequence[Literal["DEVELOPER", "UPLOAD_MARKETPLACE", "MERCH_GUIDELINES"]],
        filter_country_code: Sequence[str] | None = None,
        filter_is_latest_version: Sequence[str] | None = None,
        max_items: int | None = None,
    ) -> Paginator[TermsMultiResourceDataDocument, TermsResourceObject]:
        """Get multiple terms.

        Retrieves multiple terms by available filters, or without if applicable.

        ``GET /terms`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "terms",
            [
                ("filter[termsType]", filter_terms_type),
                ("filter[countryCode]", filter_country_code),
                ("filter[isLatestVersion]", filter_is_latest_version),
            ],
            TermsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )
