"""``client.videos``: the THIRD_PARTY video operations plus batch reads by id and by ISRC."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tidalkit.api._generated.videos import VideosInclude, VideosPublicOperations, VideosResourceObject
from tidalkit.api.batching import BatchResult, fetch_batched
from tidalkit.api.resources._base import NamespaceClient

__all__ = ["Videos"]


class Videos(VideosPublicOperations):
    """Videos: ``get``, ``list``, relationships, and ``get_many`` / ``get_many_by_isrc``."""

    def __init__(self, client: NamespaceClient) -> None:
        super().__init__(client)
        self._batch_client = client

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[VideosInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[VideosResourceObject]:
        """Videos by id: ``GET /videos?filter[id]=…``, chunks run concurrently.

        Results come in input order; ids not found are in ``.missing``.
        """

        async def fetch(chunk: list[str]) -> list[VideosResourceObject]:
            return (await self.list(filter_id=chunk, include=include, country_code=country_code)).data

        return await fetch_batched(ids, chunk_size or self._batch_client.batch_size, fetch, lambda v: v.id)

    async def get_many_by_isrc(
        self,
        isrcs: Iterable[str],
        *,
        include: Sequence[VideosInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[VideosResourceObject]:
        """Videos by ISRC: ``GET /videos?filter[isrc]=…`` in concurrent chunks (first match per ISRC)."""

        async def fetch(chunk: list[str]) -> list[VideosResourceObject]:
            return (await self.list(filter_isrc=chunk, include=include, country_code=country_code)).data

        return await fetch_batched(
            isrcs,
            chunk_size or self._batch_client.batch_size,
            fetch,
            lambda v: v.attributes.isrc if v.attributes is not None else None,
            normalize=str.upper,
        )
