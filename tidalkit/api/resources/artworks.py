"""``client.artworks``: the THIRD_PARTY artwork operations plus batch reads by id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tidalkit.api._generated.artworks import ArtworksInclude, ArtworksPublicOperations, ArtworksResourceObject
from tidalkit.api.batching import BatchResult, fetch_batched
from tidalkit.api.resources._base import NamespaceClient

__all__ = ["Artworks"]


class Artworks(ArtworksPublicOperations):
    """Artworks: ``get``, ``list``, owners, and ``get_many``."""

    def __init__(self, client: NamespaceClient) -> None:
        super().__init__(client)
        self._batch_client = client

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[ArtworksInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[ArtworksResourceObject]:
        """Artworks by id: ``GET /artworks?filter[id]=…``, chunks run concurrently.

        Results come in input order; ids not found are in ``.missing``.
        """

        async def fetch(chunk: list[str]) -> list[ArtworksResourceObject]:
            return (await self.list(filter_id=chunk, include=include, country_code=country_code)).data

        return await fetch_batched(ids, chunk_size or self._batch_client.batch_size, fetch, lambda a: a.id)
