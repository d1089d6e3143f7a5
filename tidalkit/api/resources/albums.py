"""``client.albums``: the THIRD_PARTY album operations plus batch reads by id and by barcode."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tidalkit.api._generated.albums import AlbumsInclude, AlbumsPublicOperations, AlbumsResourceObject
from tidalkit.api.batching import BatchResult, fetch_batched
from tidalkit.api.resources._base import NamespaceClient

__all__ = ["Albums"]


class Albums(AlbumsPublicOperations):
    """Albums: ``get``, ``list``, relationships, and ``get_many`` / ``get_many_by_barcode``."""

    def __init__(self, client: NamespaceClient) -> None:
        super().__init__(client)
        self._batch_client = client

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[AlbumsInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[AlbumsResourceObject]:
        """Albums by id: ``GET /albums?filter[id]=…``, chunks run concurrently.

        Results come in input order; ids not found are in ``.missing``.
        """

        async def fetch(chunk: list[str]) -> list[AlbumsResourceObject]:
            return await self.list(filter_id=chunk, include=include, country_code=country_code).collect()

        return await fetch_batched(ids, chunk_size or self._batch_client.batch_size, fetch, lambda a: a.id)

    async def get_many_by_barcode(
        self,
        barcodes: Iterable[str],
        *,
        include: Sequence[AlbumsInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[AlbumsResourceObject]:
        """Albums by EAN/UPC: ``GET /albums?filter[barcodeId]=…`` in concurrent chunks."""

        async def fetch(chunk: list[str]) -> list[AlbumsResourceObject]:
            paginator = self.list(filter_barcode_id=chunk, include=include, country_code=country_code)
            return await paginator.collect()

        return await fetch_batched(
            barcodes,
            chunk_size or self._batch_client.batch_size,
            fetch,
            lambda a: a.attributes.barcode_id if a.attributes is not None else None,
        )
