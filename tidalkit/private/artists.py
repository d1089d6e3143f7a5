"""Artists: GET v1/artists/{id} and its sub-resources."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from tidalkit._core.batch import BatchResult
from tidalkit._http.cache import TTL
from tidalkit._http.errors import ResponseValidationError
from tidalkit._http.request import path_id
from tidalkit.private._resource import EndpointGroup
from tidalkit.private.models._base import as_dict
from tidalkit.private.models.catalog import Album, Artist, ArtistBio, ArtistLink, Track, Video
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.pagination import OffsetPaginator

__all__ = ["AlbumFilter", "Artists", "mix_id_from"]

AlbumFilter = Literal["ALBUMS", "EPSANDSINGLES", "COMPILATIONS"]


def mix_id_from(data: object, path: str) -> str:
    """The ``id`` of a v1 ``.../mix`` response."""
    fields = as_dict(data)
    mix_id = fields.get("id") if fields is not None else None
    if not mix_id:
        raise ResponseValidationError(f"GET {path} returned no mix id", model="mix", path="id")
    return str(mix_id)


class Artists(EndpointGroup):
    """``client.artists``."""

    async def get(self, artist_id: int | str) -> Artist:
        """GET v1/artists/{id}."""
        return await self._get(f"v1/artists/{path_id(artist_id)}", Artist, operation="artists.get")

    async def get_many(self, artist_ids: Sequence[int | str]) -> BatchResult[Artist]:
        """GET v1/artists/{id} for every id, concurrently, in order; 404s are in ``.missing``."""
        return await self._get_many(artist_ids, self.get)

    def albums(
        self,
        artist_id: int | str,
        *,
        filter: AlbumFilter | None = None,
        page_size: int = 100,
        max_items: int | None = None,
    ) -> OffsetPaginator[Album]:
        """GET v1/artists/{id}/albums (``filter``: EPSANDSINGLES, COMPILATIONS; None: albums)."""
        return self._offset(
            f"v1/artists/{path_id(artist_id)}/albums",
            OffsetPage[Album],
            operation="artists.albums",
            params={"filter": None if filter == "ALBUMS" else filter},
            page_size=page_size,
            max_items=max_items,
        )

    async def bio(self, artist_id: int | str) -> ArtistBio:
        """GET v1/artists/{id}/bio."""
        return await self._get(
            f"v1/artists/{path_id(artist_id)}/bio", ArtistBio, operation="artists.bio", ttl=TTL.LONG
        )

    def links(
        self, artist_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[ArtistLink]:
        """GET v1/artists/{id}/links: the artist's sites and social profiles."""
        return self._offset(
            f"v1/artists/{path_id(artist_id)}/links",
            OffsetPage[ArtistLink],
            operation="artists.links",
            page_size=page_size,
            max_items=max_items,
        )

    async def mix_id(self, artist_id: int | str) -> str:
        """GET v1/artists/{id}/mix: the id of the artist's mix."""
        path = f"v1/artists/{path_id(artist_id)}/mix"
        return mix_id_from(await self._get_json(path, operation="artists.mix_id", ttl=TTL.LONG), path)

    def radio(
        self, artist_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Track]:
        """GET v1/artists/{id}/radio: tracks of the artist's radio."""
        return self._offset(
            f"v1/artists/{path_id(artist_id)}/radio",
            OffsetPage[Track],
            operation="artists.radio",
            page_size=page_size,
            max_items=max_items,
        )

    def top_tracks(
        self, artist_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Track]:
        """GET v1/artists/{id}/toptracks."""
        return self._offset(
            f"v1/artists/{path_id(artist_id)}/toptracks",
            OffsetPage[Track],
            operation="artists.top_tracks",
            page_size=page_size,
            max_items=max_items,
        )

    def videos(
        self, artist_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Video]:
        """GET v1/artists/{id}/videos."""
        return self._offset(
            f"v1/artists/{path_id(artist_id)}/videos",
            OffsetPage[Video],
            operation="artists.videos",
            page_size=page_size,
            max_items=max_items,
        )

    def similar(
        self, artist_id: int | str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Artist]:
        """GET v1/artists/{id}/similar."""
        return self._offset(
            f"v1/artists/{path_id(artist_id)}/similar",
            OffsetPage[Artist],
            operation="artists.similar",
            page_size=page_size,
            max_items=max_items,
        )
