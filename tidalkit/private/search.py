"""Search: GET v1/search and GET v1/search/{type}."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from tidalkit._http.cache import TTL
from tidalkit.private._resource import Resource
from tidalkit.private.models.catalog import Album, Artist, Track, Video
from tidalkit.private.models.collection import Playlist
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.models.search import SearchResults
from tidalkit.private.pagination import OffsetPaginator

__all__ = ["Search", "SearchType"]

SearchType = Literal["ARTISTS", "ALBUMS", "TRACKS", "VIDEOS", "PLAYLISTS"]


class Search(Resource):
    """``client.search``: ``await client.search("query")`` or the per-type iterators."""

    async def __call__(
        self,
        query: str,
        *,
        types: Iterable[SearchType] | None = None,
        limit: int = 50,
        offset: int = 0,
        include_contributors: bool | None = None,
    ) -> SearchResults:
        """GET v1/search: one page per type and the top hit."""
        return await self.all(
            query, types=types, limit=limit, offset=offset, include_contributors=include_contributors
        )

    async def all(
        self,
        query: str,
        *,
        types: Iterable[SearchType] | None = None,
        limit: int = 50,
        offset: int = 0,
        include_contributors: bool | None = None,
    ) -> SearchResults:
        """GET v1/search: one page per type (``types`` narrows them) and the top hit."""
        return await self._get(
            "v1/search",
            SearchResults,
            operation="search.all",
            params={
                "query": query,
                "types": ",".join(types) if types is not None else None,
                "limit": limit,
                "offset": offset,
                "includeContributors": include_contributors,
            },
            ttl=TTL.SHORT,
        )

    def albums(
        self, query: str, *, page_size: int = 100, max_items: int | None = 300
    ) -> OffsetPaginator[Album]:
        """GET v1/search/albums (TIDAL stops at about 300 results per type)."""
        return self._offset(
            "v1/search/albums",
            OffsetPage[Album],
            operation="search.albums",
            params={"query": query},
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )

    def artists(
        self, query: str, *, page_size: int = 100, max_items: int | None = 300
    ) -> OffsetPaginator[Artist]:
        """GET v1/search/artists."""
        return self._offset(
            "v1/search/artists",
            OffsetPage[Artist],
            operation="search.artists",
            params={"query": query},
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )

    def tracks(
        self, query: str, *, page_size: int = 100, max_items: int | None = 300
    ) -> OffsetPaginator[Track]:
        """GET v1/search/tracks."""
        return self._offset(
            "v1/search/tracks",
            OffsetPage[Track],
            operation="search.tracks",
            params={"query": query},
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )

    def videos(
        self, query: str, *, page_size: int = 100, max_items: int | None = 300
    ) -> OffsetPaginator[Video]:
        """GET v1/search/videos."""
        return self._offset(
            "v1/search/videos",
            OffsetPage[Video],
            operation="search.videos",
            params={"query": query},
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )

    def playlists(
        self, query: str, *, page_size: int = 100, max_items: int | None = 300
    ) -> OffsetPaginator[Playlist]:
        """GET v1/search/playlists."""
        return self._offset(
            "v1/search/playlists",
            OffsetPage[Playlist],
            operation="search.playlists",
            params={"query": query},
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )
