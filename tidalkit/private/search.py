"""Search: GET v1/search and GET v1/search/{type}."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypedDict, TypeVar, Unpack

from tidalkit._http.cache import TTL
from tidalkit.private._resource import EndpointGroup
from tidalkit.private.models.catalog import Album, Artist, Track, Video
from tidalkit.private.models.collection import Playlist
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.models.search import SearchResults
from tidalkit.private.pagination import OffsetPaginator

__all__ = ["Search", "SearchPaging", "SearchType"]

T = TypeVar("T")

SearchType = Literal["ARTISTS", "ALBUMS", "TRACKS", "VIDEOS", "PLAYLISTS"]


class SearchPaging(TypedDict, total=False):
    """The keywords of the per-type searches (``client.search.tracks(query, max_items=50)``)."""

    page_size: int
    """Items per request (default 100)."""
    max_items: int | None
    """Items at most (default 300: TIDAL stops at about 300 results per type; None for all it gives)."""


class Search(EndpointGroup):
    """``client.search``: ``await client.search("query")`` or the per-type iterators."""

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

    __call__ = all  # ``await client.search("query")``

    def albums(self, query: str, **paging: Unpack[SearchPaging]) -> OffsetPaginator[Album]:
        """GET v1/search/albums."""
        return self._of_type("albums", OffsetPage[Album], query, paging)

    def artists(self, query: str, **paging: Unpack[SearchPaging]) -> OffsetPaginator[Artist]:
        """GET v1/search/artists."""
        return self._of_type("artists", OffsetPage[Artist], query, paging)

    def tracks(self, query: str, **paging: Unpack[SearchPaging]) -> OffsetPaginator[Track]:
        """GET v1/search/tracks."""
        return self._of_type("tracks", OffsetPage[Track], query, paging)

    def videos(self, query: str, **paging: Unpack[SearchPaging]) -> OffsetPaginator[Video]:
        """GET v1/search/videos."""
        return self._of_type("videos", OffsetPage[Video], query, paging)

    def playlists(self, query: str, **paging: Unpack[SearchPaging]) -> OffsetPaginator[Playlist]:
        """GET v1/search/playlists."""
        return self._of_type("playlists", OffsetPage[Playlist], query, paging)

    def _of_type(
        self, kind: str, page: type[OffsetPage[T]], query: str, paging: SearchPaging
    ) -> OffsetPaginator[T]:
        return self._offset(
            f"v1/search/{kind}",
            page,
            operation=f"search.{kind}",
            params={"query": query},
            page_size=paging.get("page_size", 100),
            max_items=paging.get("max_items", 300),
            ttl=TTL.SHORT,
        )
