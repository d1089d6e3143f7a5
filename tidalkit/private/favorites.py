"""The user's favourites: v1/users/{id}/favorites/… (albums, artists, tracks, videos, playlists)
and v2 favourite mixes and playlists. Adds and removes take any number of ids and are chunked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeVar

from tidalkit._http.cache import TTL
from tidalkit._http.request import path_id
from tidalkit.private._resource import EndpointGroup, join_ids
from tidalkit.private.folders import trns
from tidalkit.private.models.catalog import Album, Artist, Mix, Track, Video
from tidalkit.private.models.collection import FavoriteIds, Playlist
from tidalkit.private.models.paging import CursorPage, Favorite, OffsetPage
from tidalkit.private.pagination import CursorPaginator, OffsetPaginator

__all__ = ["ADD_CHUNK", "MIX_CHUNK", "REMOVE_CHUNK", "FavoriteOrder", "Favorites"]

FavoriteOrder = Literal["DATE", "NAME", "ARTIST", "RELEASE_DATE", "INDEX", "LENGTH"]
Direction = Literal["ASC", "DESC"]
Kind = Literal["albums", "artists", "tracks", "videos"]
OnMissing = Literal["FAIL", "SKIP"]
Ids = int | str | Sequence[int | str]
T = TypeVar("T")

ADD_CHUNK = 500
"""Ids per add request."""
REMOVE_CHUNK = 100
"""Ids per remove request (they go in the URL path)."""
MIX_CHUNK = 100
"""Mix ids per add/remove request."""

_FORM_FIELD: dict[str, str] = {
    "albums": "albumId",
    "artists": "artistId",
    "tracks": "trackId",
    "videos": "videoIds",
}
_WRITES = ("favorites",)
_PLAYLIST_WRITES = ("favorites", "folders", "playlists", "users.playlists_and_favorites")


def _split(ids: int | str | Sequence[int | str], size: int) -> list[str]:
    values = [value for value in join_ids(ids).split(",") if value]
    return [",".join(values[at : at + size]) for at in range(0, len(values), size)]


class Favorites(EndpointGroup):
    """``client.favorites``: list, add and remove favourites of the logged-in user."""

    async def _path(self, suffix: str) -> str:
        return f"v1/users/{path_id(await self._client.user_id())}/favorites{suffix}"

    async def ids(self) -> FavoriteIds:
        """GET v1/users/{id}/favorites/ids: every favourite id by type."""
        return await self._get(
            await self._path("/ids"), FavoriteIds, operation="favorites.ids", ttl=TTL.SHORT
        )

    def _list(
        self,
        kind: str,
        page_model: type[OffsetPage[T]],
        order: str | None,
        direction: str | None,
        page_size: int,
        max_items: int | None,
    ) -> OffsetPaginator[T]:
        return self._offset(
            lambda: self._path(f"/{kind}"),
            page_model,
            operation=f"favorites.{kind}",
            params={"order": order, "orderDirection": direction},
            ttl=TTL.SHORT,
            page_size=page_size,
            max_items=max_items,
        )

    def albums(
        self,
        *,
        order: FavoriteOrder | None = None,
        order_direction: Direction | None = None,
        page_size: int = 100,
        max_items: int | None = None,
    ) -> OffsetPaginator[Favorite[Album]]:
        """GET v1/users/{id}/favorites/albums."""
        return self._list("albums", OffsetPage[Favorite[Album]], order, order_direction, page_size, max_items)

    def artists(
        self,
        *,
        order: FavoriteOrder | None = None,
        order_direction: Direction | None = None,
        page_size: int = 100,
        max_items: int | None = None,
    ) -> OffsetPaginator[Favorite[Artist]]:
        """GET v1/users/{id}/favorites/artists."""
        return self._list(
            "artists", OffsetPage[Favorite[Artist]], order, order_direction, page_size, max_items
        )

    def tracks(
        self,
        *,
        order: FavoriteOrder | None = None,
        order_direction: Direction | None = None,
        page_size: int = 100,
        max_items: int | None = None,
    ) -> OffsetPaginator[Favorite[Track]]:
        """GET v1/users/{id}/favorites/tracks."""
        return self._list("tracks", OffsetPage[Favorite[Track]], order, order_direction, page_size, max_items)

    def videos(
        self,
        *,
        order: FavoriteOrder | None = None,
        order_direction: Direction | None = None,
        page_size: int = 100,
        max_items: int | None = None,
    ) -> OffsetPaginator[Favorite[Video]]:
        """GET v1/users/{id}/favorites/videos."""
        return self._list("videos", OffsetPage[Favorite[Video]], order, order_direction, page_size, max_items)

    def playlists(
        self,
        *,
        order: FavoriteOrder | None = None,
        order_direction: Direction | None = None,
        page_size: int = 100,
        max_items: int | None = None,
    ) -> OffsetPaginator[Favorite[Playlist]]:
        """GET v1/users/{id}/favorites/playlists."""
        return self._list(
            "playlists",
            OffsetPage[Favorite[Playlist]],
            order,
            order_direction,
            page_size,
            max_items,
        )

    async def add(self, kind: Kind, ids: Ids, *, on_missing: OnMissing = "FAIL") -> None:
        """POST v1/users/{id}/favorites/{kind}: favourite albums, artists, tracks or videos.

        The form names the ids as tidalapi 0.8.11 does against live TIDAL (tidalapi/user.py,
        ``Favorites.add_album`` …): ``albumId`` / ``artistId`` / ``trackId`` with comma-separated
        ids, and ``videoIds``. Sent in chunks of `ADD_CHUNK`.
        """
        path = await self._path(f"/{kind}")
        # tidalapi sends no onArtifactNotFound here; it is kept (TIDAL's apps send it, and FAIL is
        # TIDAL's own default) so that on_missing="SKIP" can favourite the ids that do exist
        for chunk in _split(ids, ADD_CHUNK):
            await self._send(
                "POST",
                path,
                operation=f"favorites.add_{kind}",
                data={_FORM_FIELD[kind]: chunk, "onArtifactNotFound": on_missing},
                invalidates=_WRITES,
                country=True,
            )

    async def remove(self, kind: Kind, ids: Ids) -> None:
        """DELETE v1/users/{id}/favorites/{kind}/{ids}, in chunks of `REMOVE_CHUNK`."""
        for chunk in _split(ids, REMOVE_CHUNK):
            listed = ",".join(path_id(value) for value in chunk.split(","))  # each id one path item
            await self._send(
                "DELETE",
                await self._path(f"/{kind}/{listed}"),
                operation=f"favorites.remove_{kind}",
                invalidates=_WRITES,
            )

    # the named forms of add() / remove(), one per kind
    async def add_albums(self, ids: Ids, *, on_missing: OnMissing = "FAIL") -> None:
        """POST v1/users/{id}/favorites/albums (form ``albumId``): `add` for albums."""
        await self.add("albums", ids, on_missing=on_missing)

    async def add_artists(self, ids: Ids, *, on_missing: OnMissing = "FAIL") -> None:
        """POST v1/users/{id}/favorites/artists (form ``artistId``): `add` for artists."""
        await self.add("artists", ids, on_missing=on_missing)

    async def add_tracks(self, ids: Ids, *, on_missing: OnMissing = "FAIL") -> None:
        """POST v1/users/{id}/favorites/tracks (form ``trackId``): `add` for tracks."""
        await self.add("tracks", ids, on_missing=on_missing)

    async def add_videos(self, ids: Ids, *, on_missing: OnMissing = "FAIL") -> None:
        """POST v1/users/{id}/favorites/videos (form ``videoIds``): `add` for videos."""
        await self.add("videos", ids, on_missing=on_missing)

    async def remove_albums(self, ids: Ids) -> None:
        """DELETE v1/users/{id}/favorites/albums/{ids}: `remove` for albums."""
        await self.remove("albums", ids)

    async def remove_artists(self, ids: Ids) -> None:
        """DELETE v1/users/{id}/favorites/artists/{ids}: `remove` for artists."""
        await self.remove("artists", ids)

    async def remove_tracks(self, ids: Ids) -> None:
        """DELETE v1/users/{id}/favorites/tracks/{ids}: `remove` for tracks."""
        await self.remove("tracks", ids)

    async def remove_videos(self, ids: Ids) -> None:
        """DELETE v1/users/{id}/favorites/videos/{ids}: `remove` for videos."""
        await self.remove("videos", ids)

    async def add_playlists(self, uuids: str | Sequence[str], *, folder_id: str = "root") -> None:
        """PUT v2/my-collection/playlists/folders/add-favorites: follow playlists into ``folder_id``."""
        for chunk in _split(uuids, REMOVE_CHUNK):
            await self._send(
                "PUT",
                "v2/my-collection/playlists/folders/add-favorites",
                operation="favorites.add_playlists",
                params={"uuids": chunk, "folderId": folder_id},
                invalidates=_PLAYLIST_WRITES,
            )

    async def remove_playlists(self, uuids: str | Sequence[str]) -> None:
        """PUT v2/my-collection/playlists/folders/remove with ``trn:playlist:…``: unfollow playlists."""
        for chunk in _split(uuids, REMOVE_CHUNK):
            await self._send(
                "PUT",
                "v2/my-collection/playlists/folders/remove",
                operation="favorites.remove_playlists",
                params={"trns": trns(chunk.split(","), "playlist")},
                invalidates=_PLAYLIST_WRITES,
            )

    def mixes(
        self,
        *,
        order: Literal["DATE", "NAME", "MIX_TYPE"] = "DATE",
        order_direction: Direction = "DESC",
        page_size: int = 50,
        max_items: int | None = None,
    ) -> CursorPaginator[Mix]:
        """GET v2/favorites/mixes (by cursor)."""
        return self._cursor(
            "v2/favorites/mixes",
            CursorPage[Mix],
            operation="favorites.mixes",
            params={"order": order, "orderDirection": order_direction},
            page_size=page_size,
            max_items=max_items,
        )

    def mix_ids(self, *, page_size: int = 50, max_items: int | None = None) -> CursorPaginator[str]:
        """GET v2/favorites/mixes/ids (by cursor)."""
        return self._cursor(
            "v2/favorites/mixes/ids",
            CursorPage[str],
            operation="favorites.mix_ids",
            page_size=page_size,
            max_items=max_items,
        )

    async def _edit_mixes(self, action: str, mix_ids: str | Sequence[str], on_missing: OnMissing) -> None:
        # query parameters, onArtifactNotFound on both add and remove: what tidalapi 0.8.11 sends
        # to live TIDAL (tidalapi/user.py, Favorites.add_mixes / remove_mixes)
        for chunk in _split(mix_ids, MIX_CHUNK):
            await self._send(
                "PUT",
                f"v2/favorites/mixes/{action}",
                operation=f"favorites.{action}_mixes",
                params={"mixIds": chunk, "onArtifactNotFound": on_missing},
                invalidates=_WRITES,
            )

    async def add_mixes(self, mix_ids: str | Sequence[str], *, on_missing: OnMissing = "FAIL") -> None:
        """PUT v2/favorites/mixes/add?mixIds=…&onArtifactNotFound=…, `MIX_CHUNK` ids per request."""
        await self._edit_mixes("add", mix_ids, on_missing)

    async def remove_mixes(self, mix_ids: str | Sequence[str], *, on_missing: OnMissing = "FAIL") -> None:
        """PUT v2/favorites/mixes/remove?mixIds=…&onArtifactNotFound=…."""
        await self._edit_mixes("remove", mix_ids, on_missing)
