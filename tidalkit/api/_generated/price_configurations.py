"""Generated models and operations for ``priceConfigurations`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.price_configurations_payloads import (
        PriceConfigurationsCreateOperationPayload,
    )


class PriceConfigurationsAttributes(APIModel):
    """Schema ``PriceConfigurations_Attributes``."""

    currency: Redactable[Literal["USD"] | str]
    """Currency code (ISO 4217)"""

    price: Redactable[str]
    """Price amount with max 2 decimal places"""


class PriceConfigurationsResourceObject(Resource):
    """Schema ``PriceConfigurations_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: PriceConfigurationsAttributes | None = Field(default=None)

    def _attributes(self) -> PriceConfigurationsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def currency(self) -> Literal["USD"] | str:
        """Currency code (ISO 4217)"""
        return self._attributes().currency

    @property
    def price(self) -> str:
        """Price amount with max 2 decimal places"""
        return self._attributes().price


class PriceConfigurationsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``PriceConfigurations_Create_Single_Resource_Data_Document``."""

    data: Redactable[PriceConfigurationsResourceObject]

    links: Redactable[Textual[Links]]


class PriceConfigurationsMultiResourceDataDocument(DocumentBase):
    """Schema ``PriceConfigurations_Multi_Resource_Data_Document``."""

    data: Redactable[list[PriceConfigurationsResourceObject]]

    links: Redactable[Textual[Links]]


class PriceConfigurationsSingleResourceDataDocument(DocumentBase):
    """Schema ``PriceConfigurations_Single_Resource_Data_Document``."""

    data: Redactable[PriceConfigurationsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "priceConfigurations.create",
    "POST",
    "/priceConfigurations",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("priceConfigurations",),
)
_GET = OperationSpec(
    "priceConfigurations.get", "GET", "/priceConfigurations/{id}", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_LIST = OperationSpec(
    "priceConfigurations.list", "GET", "/priceConfigurations", "INTERNAL", cache_ttl=600.0, invalidates=()
)


class PriceConfigurationsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``priceConfigurations``."""


class PriceConfigurationsOperations(PriceConfigurationsPublicOperations):
    """Every operation on ``priceConfigurations``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: PriceConfigurationsCreateOperationPayload | Mapping[str, Any]
    ) -> PriceConfigurationsCreateSingleResourceDataDocument:
        """Create single priceConfiguration.

        Creates a new priceConfiguration.

        ``POST /priceConfigurations`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "priceConfigurations",
            [],
            PriceConfigurationsCreateSingleResourceDataDocument,
            payload=payload,
        )

    async def get_document(self, id: str) -> PriceConfigurationsSingleResourceDataDocument:
        """Get single priceConfiguration.

        Retrieves single priceConfiguration by id.

        ``GET /priceConfigurations/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET, f"priceConfigurations/{path_id(id)}", [], PriceConfigurationsSingleResourceDataDocument
        )

    async def get(self, id: str) -> PriceConfigurationsResourceObject:
        """Get single priceConfiguration.

        Retrieves single priceConfiguration by id.

        ``GET /priceConfigurations/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id)).data

    def list(
        self, *, filter_id: Sequence[str], max_items: int | None = None
    ) -> Paginator[PriceConfigurationsMultiResourceDataDocument, PriceConfigurationsResourceObject]:
        """Get multiple priceConfigurations.

        Retrieves multiple priceConfigurations by available filters, or without if applicable.

        ``GET /priceConfigurations`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "priceConfigurations",
            [("filter[id]", filter_id)],
            PriceConfigurationsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    async def get_many(
        self, ids: Iterable[str], *, chunk_size: int | None = None
    ) -> BatchResult[PriceConfigurationsResourceObject]:
        """PriceConfigurations by id: ``GET /priceConfigurations?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk), ids, lambda item: item.id, chunk_size=chunk_size
        )
