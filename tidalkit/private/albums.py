"""Albums: GET v1/albums/{id} and its sub-resources."""

from __future__ import annotations

from collections.abc import Sequence

from tidalkit._core.batch import BatchResult
from tidalkit._http.cache import TTL
from tidalkit._http.request import path_id
from tidalkit.private._resource import EndpointGroup
from tidalkit.private.models.catalog import Album, AlbumReview, Credit, ItemCredits, MediaItem, Track
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.pagination import OffsetPaginator

__all__ = ["Albums"]


class Albums(EndpointGroup):
    """``client.albums``."""

    async def get(self, album_id: int | str) -> Album:
        """GET v1/albums/{id}."""
        return await self._get(f"v1/albums/{path_id(album_id)}", Album, operation="albums.get")

    async def get_many(self, album_ids: Sequence[int | str]) -> BatchResult[Album]:
        """GET v1/albums/{id} for every id, concurrently, in order; 404s are in ``.missing``."""
        return await self._get_many(album_ids, self.get)

    async def credits(self, album_id: int | str) -> list[Credit]:
        """GET v1/albums/{id}/credits: the album's credits by role."""
        return await self._get_list(
            f"v1/albums/{path_id(album_id)}/credits", Credit, operation="albums.credits", ttl=TTL.LONG
        )

    def items(
        self, album_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[MediaItem]:
        """GET v1/albums/{id}/items: tracks and videos, in album order."""
        return self._offset(
            f"v1/albums/{path_id(album_id)}/items",
            OffsetPage[MediaItem],
            operation="albums.items",
            page_size=page_size,
            max_items=max_items,
        )

    def tracks(
        self, album_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Track]:
        """GET v1/albums/{id}/tracks."""
        return self._offset(
            f"v1/albums/{path_id(album_id)}/tracks",
            OffsetPage[Track],
            operation="albums.tracks",
            page_size=page_size,
            max_items=max_items,
        )

    def item_credits(
        self, album_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[ItemCredits]:
        """GET v1/albums/{id}/items/credits: every item with its credits."""
        return self._offset(
            f"v1/albums/{path_id(album_id)}/items/credits",
            OffsetPage[ItemCredits],
            operation="albums.item_credits",
            page_size=page_size,
            max_items=max_items,
        )

    async def review(self, album_id: int | str) -> AlbumReview:
        """GET v1/albums/{id}/review."""
        return await self._get(
            f"v1/albums/{path_id(album_id)}/review", AlbumReview, operation="albums.review", ttl=TTL.LONG
        )

    def similar(
        self, album_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Album]:
        """GET v1/albums/{id}/similar."""
        return self._offset(
            f"v1/albums/{path_id(album_id)}/similar",
            OffsetPage[Album],
            operation="albums.similar",
            page_size=page_size,
            max_items=max_items,
        )
