"""Search: GET v1/search and GET v1/search/{type}."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeVar

from tidalkit._http.cache import TTL
from tidalkit.private._resource import EndpointGroup
from tidalkit.private.models.catalog import Album, Artist, Track, Video
from tidalkit.private.models.collection import Playlist
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.models.search import SearchResults
from tidalkit.private.pagination import OffsetPaginator

__all__ = ["Search", "SearchType"]

T = TypeVar("T")

SearchType = Literal["ARTISTS", "ALBUMS", "TRACKS", "VIDEOS", "PLAYLISTS"]


class Search(EndpointGroup):
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
        return self._of_type("albums", OffsetPage[Album], query, page_size, max_items)

    def artists(
        self, query: str, *, page_size: int = 100, max_items: int | None = 300
    ) -> OffsetPaginator[Artist]:
        """GET v1/search/artists."""
        return self._of_type("artists", OffsetPage[Artist], query, page_size, max_items)

    def tracks(
        self, query: str, *, page_size: int = 100, max_items: int | None = 300
    ) -> OffsetPaginator[Track]:
        """GET v1/search/tracks."""
        return self._of_type("tracks", OffsetPage[Track], query, page_size, max_items)

    def videos(
        self, query: str, *, page_size: int = 100, max_items: int | None = 300
    ) -> OffsetPaginator[Video]:
        """GET v1/search/videos."""
        return self._of_type("videos", OffsetPage[Video], query, page_size, max_items)

    def playlists(
        self, query: str, *, page_size: int = 100, max_items: int | None = 300
    ) -> OffsetPaginator[Playlist]:
        """GET v1/search/playlists."""
        return self._of_type("playlists", OffsetPage[Playlist], query, page_size, max_items)

    def _of_type(
        self, kind: str, page: type[OffsetPage[T]], query: str, page_size: int, max_items: int | None
    ) -> OffsetPaginator[T]:
        return self._offset(
            f"v1/search/{kind}",
            page,
            operation=f"search.{kind}",
            params={"query": query},
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )
