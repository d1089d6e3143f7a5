"""Tracks: GET v1/tracks/{id}, credits, lyrics, mixes, recommendations and playback info."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from tidalkit._core.batch import BatchResult
from tidalkit._http.cache import TTL
from tidalkit._http.request import path_id
from tidalkit.private._resource import EndpointGroup, PlaybackOptions, StreamOptions
from tidalkit.private.artists import mix_id_from
from tidalkit.private.models.catalog import AudioQuality, Contributor, Credit, Lyrics, Recommendation, Track
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.pagination import OffsetPaginator

if TYPE_CHECKING:
    from tidalkit.private.models.playback import PlaybackInfo, StreamUrl

__all__ = ["Tracks"]


class Tracks(EndpointGroup):
    """``client.tracks``."""

    async def get(self, track_id: int | str) -> Track:
        """GET v1/tracks/{id}."""
        return await self._get(f"v1/tracks/{path_id(track_id)}", Track, operation="tracks.get")

    async def get_many(self, track_ids: Sequence[int | str]) -> BatchResult[Track]:
        """GET v1/tracks/{id} for every id, concurrently, in order; 404s are in ``.missing``."""
        return await self._get_many(track_ids, self.get)

    def contributors(
        self, track_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Contributor]:
        """GET v1/tracks/{id}/contributors: every contributor and role."""
        return self._offset(
            f"v1/tracks/{path_id(track_id)}/contributors",
            OffsetPage[Contributor],
            operation="tracks.contributors",
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.LONG,
        )

    async def credits(self, track_id: int | str) -> list[Credit]:
        """GET v1/tracks/{id}/credits: contributors grouped by role."""
        return await self._get_list(
            f"v1/tracks/{path_id(track_id)}/credits", Credit, operation="tracks.credits", ttl=TTL.LONG
        )

    async def lyrics(self, track_id: int | str) -> Lyrics:
        """GET v1/tracks/{id}/lyrics (needs a subscription; 404 when the track has none)."""
        return await self._get(
            f"v1/tracks/{path_id(track_id)}/lyrics", Lyrics, operation="tracks.lyrics", ttl=TTL.LONG
        )

    async def mix_id(self, track_id: int | str) -> str:
        """GET v1/tracks/{id}/mix: the id of the track's mix."""
        path = f"v1/tracks/{path_id(track_id)}/mix"
        return mix_id_from(await self._get_json(path, operation="tracks.mix_id", ttl=TTL.LONG), path)

    def radio(
        self, track_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Track]:
        """GET v1/tracks/{id}/radio: tracks of the track's radio."""
        return self._offset(
            f"v1/tracks/{path_id(track_id)}/radio",
            OffsetPage[Track],
            operation="tracks.radio",
            page_size=page_size,
            max_items=max_items,
        )

    def recommendations(
        self, track_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Recommendation]:
        """GET v1/tracks/{id}/recommendations (needs a user token)."""
        return self._offset(
            f"v1/tracks/{path_id(track_id)}/recommendations",
            OffsetPage[Recommendation],
            operation="tracks.recommendations",
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )

    async def playback_info(
        self,
        track_id: int | str,
        *,
        quality: AudioQuality = "HI_RES_LOSSLESS",
        **options: Unpack[PlaybackOptions],
    ) -> PlaybackInfo:
        """GET v1/tracks/{id}/playbackinfopostpaywall (or .../playbackinfo); never cached.

        ``quality`` is the highest wanted; TIDAL answers with what the account and track allow.
        """
        return await self._playback("tracks", track_id, quality, options)

    async def stream_url(
        self, track_id: int | str, *, quality: AudioQuality = "LOSSLESS", **options: Unpack[StreamOptions]
    ) -> StreamUrl:
        """GET v1/tracks/{id}/urlpostpaywall: direct URLs (device-flow tokens only); never cached."""
        return await self._stream_url("tracks", track_id, quality, options)
