"""``client.artists``: the THIRD_PARTY artist operations plus batch reads by id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tidalkit.api._generated.artists import ArtistsInclude, ArtistsPublicOperations, ArtistsResourceObject
from tidalkit.api.batching import BatchResult, fetch_batched
from tidalkit.api.resources._base import NamespaceClient

__all__ = ["Artists"]


class Artists(ArtistsPublicOperations):
    """Artists: ``get``, ``list``, relationships, and ``get_many``."""

    def __init__(self, client: NamespaceClient) -> None:
        super().__init__(client)
        self._batch_client = client

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[ArtistsInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[ArtistsResourceObject]:
        """Artists by id: ``GET /artists?filter[id]=…``, chunks run concurrently.

        Results come in input order; ids not found are in ``.missing``.
        """

        async def fetch(chunk: list[str]) -> list[ArtistsResourceObject]:
            return (await self.list(filter_id=chunk, include=include, country_code=country_code)).data

        return await fetch_batched(ids, chunk_size or self._batch_client.batch_size, fetch, lambda a: a.id)
