"""``client.providers``: ``GET /providers/{id}`` plus a concurrent ``get_many``."""

from __future__ import annotations

from collections.abc import Iterable

from tidalkit._http.errors import NotFoundError
from tidalkit.api._generated.providers import ProvidersPublicOperations, ProvidersResourceObject
from tidalkit.api.batching import BatchResult, fetch_batched

__all__ = ["Providers"]


class Providers(ProvidersPublicOperations):
    """Providers (labels/distributors): ``get`` and ``get_many``."""

    async def get_many(self, ids: Iterable[str]) -> BatchResult[ProvidersResourceObject]:
        """Providers by id. The spec has no ``GET /providers?filter[id]``, so this runs one
        ``GET /providers/{id}`` per id, concurrently; 404s are reported as missing."""

        async def fetch(chunk: list[str]) -> list[ProvidersResourceObject]:
            try:
                return [(await self.get(chunk[0])).data]
            except NotFoundError:
                return []

        return await fetch_batched(ids, 1, fetch, lambda p: p.id)
