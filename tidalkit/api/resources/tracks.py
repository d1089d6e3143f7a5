"""``client.tracks``: the THIRD_PARTY track operations plus batch reads by id and by ISRC."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tidalkit.api._generated.tracks import TracksInclude, TracksPublicOperations, TracksResourceObject
from tidalkit.api.batching import BatchResult, fetch_batched
from tidalkit.api.resources._base import NamespaceClient

__all__ = ["Tracks"]


class Tracks(TracksPublicOperations):
    """Tracks: ``get``, ``list``, relationships, and ``get_many`` / ``get_many_by_isrc``."""

    def __init__(self, client: NamespaceClient) -> None:
        super().__init__(client)
        self._batch_client = client

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[TracksInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[TracksResourceObject]:
        """Tracks by id: ``GET /tracks?filter[id]=…``, chunks run concurrently.

        Results come in input order; ids not found are in ``.missing``.
        """

        async def fetch(chunk: list[str]) -> list[TracksResourceObject]:
            return await self.list(filter_id=chunk, include=include, country_code=country_code).collect()

        return await fetch_batched(ids, chunk_size or self._batch_client.batch_size, fetch, lambda t: t.id)

    async def get_many_by_isrc(
        self,
        isrcs: Iterable[str],
        *,
        include: Sequence[TracksInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[TracksResourceObject]:
        """Tracks by ISRC: ``GET /tracks?filter[isrc]=…`` in concurrent chunks (first match per ISRC)."""

        async def fetch(chunk: list[str]) -> list[TracksResourceObject]:
            return await self.list(filter_isrc=chunk, include=include, country_code=country_code).collect()

        return await fetch_batched(
            isrcs,
            chunk_size or self._batch_client.batch_size,
            fetch,
            lambda t: t.attributes.isrc if t.attributes is not None else None,
            normalize=str.upper,
        )
