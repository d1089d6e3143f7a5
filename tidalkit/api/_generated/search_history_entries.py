"""Generated models and operations for ``searchHistoryEntries`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from pydantic import Field

from tidalkit.api._generated._common import MutationResponseDocument
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, path_id


class SearchHistoryEntriesAttributes(APIModel):
    """Schema ``SearchHistoryEntries_Attributes``."""

    query: Redactable[str]


class SearchHistoryEntriesResourceObject(Resource):
    """Schema ``SearchHistoryEntries_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: Textual[SearchHistoryEntriesAttributes] | None = Field(default=None)

    def _attributes(self) -> SearchHistoryEntriesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def query(self) -> str:
        """The ``query`` attribute."""
        return self._attributes().query


_DELETE = OperationSpec(
    "searchHistoryEntries.delete",
    "DELETE",
    "/searchHistoryEntries/{id}",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("searchHistoryEntries",),
)


class SearchHistoryEntriesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``searchHistoryEntries``."""


class SearchHistoryEntriesOperations(SearchHistoryEntriesPublicOperations):
    """Every operation on ``searchHistoryEntries``, INTERNAL and PARTNER ones included."""

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single searchHistoryEntrie.

        Deletes existing searchHistoryEntrie.

        ``DELETE /searchHistoryEntries/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: search.write (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"searchHistoryEntries/{path_id(id)}", [], MutationResponseDocument)
