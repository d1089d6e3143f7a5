"""Videos: GET v1/videos/{id}, contributors and playback info."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from tidalkit._core.batch import BatchResult
from tidalkit._http.cache import TTL
from tidalkit._http.request import path_id
from tidalkit.private._resource import EndpointGroup, PlaybackOptions, StreamOptions
from tidalkit.private.models.catalog import Contributor, Video, VideoQuality
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.pagination import OffsetPaginator

if TYPE_CHECKING:
    from tidalkit.private.models.playback import PlaybackInfo, StreamUrl

__all__ = ["Videos"]


class Videos(EndpointGroup):
    """``client.videos``."""

    async def get(self, video_id: int | str) -> Video:
        """GET v1/videos/{id}."""
        return await self._get(f"v1/videos/{path_id(video_id)}", Video, operation="videos.get")

    async def get_many(self, video_ids: Sequence[int | str]) -> BatchResult[Video]:
        """GET v1/videos/{id} for every id, concurrently, in order; 404s are in ``.missing``."""
        return await self._get_many(video_ids, self.get)

    def contributors(
        self, video_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Contributor]:
        """GET v1/videos/{id}/contributors."""
        return self._offset(
            f"v1/videos/{path_id(video_id)}/contributors",
            OffsetPage[Contributor],
            operation="videos.contributors",
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.LONG,
        )

    async def playback_info(
        self, video_id: int | str, *, quality: VideoQuality = "HIGH", **options: Unpack[PlaybackOptions]
    ) -> PlaybackInfo:
        """GET v1/videos/{id}/playbackinfopostpaywall (or .../playbackinfo); never cached."""
        return await self._playback("videos", video_id, quality, options)

    async def stream_url(
        self, video_id: int | str, *, quality: VideoQuality = "HIGH", **options: Unpack[StreamOptions]
    ) -> StreamUrl:
        """GET v1/videos/{id}/urlpostpaywall: the HLS playlist URL; never cached."""
        return await self._stream_url("videos", video_id, quality, options)
