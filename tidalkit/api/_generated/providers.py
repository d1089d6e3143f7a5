"""Generated models and operations for ``providers`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, path_id


class ProvidersAttributes(APIModel):
    """Schema ``Providers_Attributes``."""

    name: Redactable[str]
    """Provider name"""


class ProvidersResourceObject(Resource):
    """Schema ``Providers_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: Textual[ProvidersAttributes] | None = Field(default=None)

    def _attributes(self) -> ProvidersAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def name(self) -> str:
        """Provider name"""
        return self._attributes().name


class ProvidersSingleResourceDataDocument(DocumentBase):
    """Schema ``Providers_Single_Resource_Data_Document``."""

    data: Redactable[ProvidersResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "providers.get", "GET", "/providers/{id}", "THIRD_PARTY", cache_ttl=600.0, invalidates=()
)


class ProvidersPublicOperations(Operations):
    """The THIRD_PARTY operations on ``providers``."""

    async def get_document(self, id: str) -> ProvidersSingleResourceDataDocument:
        """Get single provider.

        Retrieves single provider by id.

        ``GET /providers/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(_GET, f"providers/{path_id(id)}", [], ProvidersSingleResourceDataDocument)

    async def get(self, id: str) -> ProvidersResourceObject:
        """Get single provider.

        Retrieves single provider by id.

        ``GET /providers/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id)).data

    async def get_many(self, ids: Iterable[str]) -> BatchResult[ProvidersResourceObject]:
        """Providers by id: one ``GET /providers/{id}`` per id, concurrently (the spec has no
        ``filter[id]``); results in input order, ids answering 404 in ``.missing``."""
        return await self._get_each(self.get, ids)


class ProvidersOperations(ProvidersPublicOperations):
    """Every operation on ``providers``, INTERNAL and PARTNER ones included."""
