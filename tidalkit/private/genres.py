"""Genres: GET v1/genres and GET v1/genres/{path}/{type}."""

from __future__ import annotations

from tidalkit._core.pagination import OnePage, Paginator
from tidalkit._http.cache import TTL
from tidalkit._http.request import path_id
from tidalkit.private._resource import EndpointGroup
from tidalkit.private.models.catalog import Album, Artist, Genre, Track, Video
from tidalkit.private.models.collection import Playlist
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.pagination import OffsetPaginator

__all__ = ["Genres"]


class Genres(EndpointGroup):
    """``client.genres``: the genre list and the items of one genre (by its ``path``)."""

    def list(self) -> Paginator[list[Genre], Genre]:
        """GET v1/genres (served whole: ``await`` it for the list, or ``async for`` its genres)."""
        return Paginator(
            OnePage(lambda: self._get_list("v1/genres", Genre, operation="genres.list", ttl=TTL.LONG))
        )

    def albums(
        self, path: str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Album]:
        """GET v1/genres/{path}/albums."""
        return self._offset(
            f"v1/genres/{path_id(path)}/albums",
            OffsetPage[Album],
            operation="genres.albums",
            page_size=page_size,
            max_items=max_items,
        )

    def artists(
        self, path: str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Artist]:
        """GET v1/genres/{path}/artists."""
        return self._offset(
            f"v1/genres/{path_id(path)}/artists",
            OffsetPage[Artist],
            operation="genres.artists",
            page_size=page_size,
            max_items=max_items,
        )

    def tracks(
        self, path: str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Track]:
        """GET v1/genres/{path}/tracks."""
        return self._offset(
            f"v1/genres/{path_id(path)}/tracks",
            OffsetPage[Track],
            operation="genres.tracks",
            page_size=page_size,
            max_items=max_items,
        )

    def videos(
        self, path: str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Video]:
        """GET v1/genres/{path}/videos."""
        return self._offset(
            f"v1/genres/{path_id(path)}/videos",
            OffsetPage[Video],
            operation="genres.videos",
            page_size=page_size,
            max_items=max_items,
        )

    def playlists(
        self, path: str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Playlist]:
        """GET v1/genres/{path}/playlists."""
        return self._offset(
            f"v1/genres/{path_id(path)}/playlists",
            OffsetPage[Playlist],
            operation="genres.playlists",
            page_size=page_size,
            max_items=max_items,
        )
