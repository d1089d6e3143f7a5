"""Playlists: reads (v1/playlists/{uuid}…), creation and visibility (v2) and item edits (v1).

Item edits carry the ETag precondition TIDAL requires (``If-None-Match: <etag>``, read from the
playlist's GET). On a 412 (the playlist changed meanwhile) the ETag is read again and the edit is
retried once. Indices count every item, tracks and videos alike, as the index endpoints do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from tidalkit._http.cache import TTL
from tidalkit._http.errors import PreconditionFailedError
from tidalkit._http.parsing import decode_json, parse_model
from tidalkit._http.request import ParamValue, Request, path_id
from tidalkit.private._resource import EndpointGroup, join_ids
from tidalkit.private.models.catalog import MediaItem, Track
from tidalkit.private.models.collection import CollectionItem, Playlist, PlaylistUpdate, UserPlaylist
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.pagination import OffsetPaginator

if TYPE_CHECKING:
    import httpx

__all__ = ["INDEX_CHUNK", "OnDuplicates", "OnMissing", "Order", "OrderDirection", "Playlists"]

OnDuplicates = Literal["ADD", "SKIP", "FAIL"]
OnMissing = Literal["SKIP", "FAIL"]
Order = Literal["INDEX", "DATE", "NAME", "ARTIST", "ALBUM", "LENGTH"]
OrderDirection = Literal["ASC", "DESC"]

INDEX_CHUNK = 50
"""Indices per move/remove request (longer lists are split, highest indices first)."""

_WRITES = (
    "playlists",
    "folders",
    "favorites.playlists",
    "users.playlists",
    "users.playlists_and_favorites",
    "users.public_playlists",
)


def _chunks(indices: Iterable[int]) -> list[list[int]]:
    """Distinct indices in chunks, highest chunk first, so an edit never shifts a later chunk."""
    ordered = sorted(set(indices), reverse=True)
    return [sorted(ordered[at : at + INDEX_CHUNK]) for at in range(0, len(ordered), INDEX_CHUNK)]


class Playlists(EndpointGroup):
    """``client.playlists``."""

    # ---- reads ---------------------------------------------------------------------------------

    async def _read(self, uuid: str, *, ttl: float | None, operation: str) -> Playlist:
        params = await self._params(None, country=True)
        request = Request(
            "GET", f"v1/playlists/{path_id(uuid)}", params=params, operation=operation, cache_ttl=ttl
        )

        def parse(response: httpx.Response) -> Playlist:
            playlist = parse_model(decode_json(response), Playlist)
            playlist.etag = response.headers.get("ETag")
            return playlist

        return await self._request_parsed(request, parse)

    async def get(self, uuid: str) -> Playlist:
        """GET v1/playlists/{uuid} (``etag`` holds the response's ETag)."""
        return await self._read(uuid, ttl=TTL.MEDIUM, operation="playlists.get")

    async def get_user_playlist(self, uuid: str) -> UserPlaylist:
        """GET v2/user-playlists/{uuid}: a user's playlist with the owner's profile."""
        return await self._get(
            f"v2/user-playlists/{path_id(uuid)}",
            UserPlaylist,
            operation="playlists.get_user_playlist",
            ttl=TTL.SHORT,
        )

    def items(
        self, uuid: str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[MediaItem]:
        """GET v1/playlists/{uuid}/items: tracks and videos, in playlist order."""
        return self._offset(
            f"v1/playlists/{path_id(uuid)}/items",
            OffsetPage[MediaItem],
            operation="playlists.items",
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )

    def tracks(
        self,
        uuid: str,
        *,
        order: Order | None = None,
        order_direction: OrderDirection | None = None,
        page_size: int = 100,
        max_items: int | None = None,
    ) -> OffsetPaginator[Track]:
        """GET v1/playlists/{uuid}/tracks (tracks only), optionally ordered."""
        return self._offset(
            f"v1/playlists/{path_id(uuid)}/tracks",
            OffsetPage[Track],
            operation="playlists.tracks",
            params={"order": order, "orderDirection": order_direction},
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )

    def recommendations(
        self, uuid: str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[MediaItem]:
        """GET v1/playlists/{uuid}/recommendations/items (needs a user token)."""
        return self._offset(
            f"v1/playlists/{path_id(uuid)}/recommendations/items",
            OffsetPage[MediaItem],
            operation="playlists.recommendations",
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )

    # ---- create, edit, delete, visibility ------------------------------------------------------

    async def create(
        self, name: str, description: str = "", *, public: bool = False, folder_id: str = "root"
    ) -> CollectionItem:
        """PUT v2/my-collection/playlists/folders/create-playlist: a new playlist in ``folder_id``."""
        data = await self._send(
            "PUT",
            "v2/my-collection/playlists/folders/create-playlist",
            operation="playlists.create",
            params={"name": name, "description": description, "folderId": folder_id, "isPublic": public},
            invalidates=_WRITES,
        )
        return parse_model(data or {}, CollectionItem)

    async def edit(self, uuid: str, *, title: str | None = None, description: str | None = None) -> None:
        """POST v1/playlists/{uuid}: change the title and/or description."""
        form = {
            key: value for key, value in (("title", title), ("description", description)) if value is not None
        }
        if not form:
            raise ValueError("edit() needs a title or a description")
        await self._send(
            "POST",
            f"v1/playlists/{path_id(uuid)}",
            operation="playlists.edit",
            data=form,
            invalidates=_WRITES,
        )

    async def delete(self, uuid: str) -> None:
        """DELETE v1/playlists/{uuid}."""
        await self._send(
            "DELETE", f"v1/playlists/{path_id(uuid)}", operation="playlists.delete", invalidates=_WRITES
        )

    async def set_public(self, uuid: str) -> None:
        """PUT v2/playlists/{uuid}/set-public."""
        await self._send(
            "PUT",
            f"v2/playlists/{path_id(uuid)}/set-public",
            operation="playlists.set_public",
            invalidates=_WRITES,
        )

    async def set_private(self, uuid: str) -> None:
        """PUT v2/playlists/{uuid}/set-private."""
        await self._send(
            "PUT",
            f"v2/playlists/{path_id(uuid)}/set-private",
            operation="playlists.set_private",
            invalidates=_WRITES,
        )

    # ---- item edits (ETag precondition) --------------------------------------------------------

    async def etag(self, uuid: str) -> str | None:
        """The playlist's current ETag (an uncached GET v1/playlists/{uuid})."""
        return (await self._read(uuid, ttl=None, operation="playlists.etag")).etag

    async def _edit(
        self,
        method: str,
        uuid: str,
        suffix: str,
        *,
        operation: str,
        params: dict[str, ParamValue] | None = None,
        data: dict[str, str] | None = None,
        etag: str | None = None,
    ) -> PlaylistUpdate:
        """Send one edit with ``If-None-Match``; on 412 re-read the ETag and retry once."""
        if etag is None:
            etag = await self.etag(uuid)
        query = await self._params(params, country=True)
        for attempt in range(2):
            request = Request(
                method,
                f"v1/playlists/{path_id(uuid)}{suffix}",
                params=query,
                data=data,
                headers={"If-None-Match": etag} if etag else None,
                operation=operation,
                invalidates=_WRITES,
            )
            try:
                response = await self._request(request)
            except PreconditionFailedError:
                if attempt:
                    raise
                etag = await self.etag(uuid)
                continue
            body = decode_json(response)
            update = parse_model(body if isinstance(body, dict) else {}, PlaylistUpdate)
            update.etag = response.headers.get("ETag")
            return update
        raise AssertionError("unreachable")  # pragma: no cover

    async def add(
        self,
        uuid: str,
        item_ids: int | str | Sequence[int | str],
        *,
        position: int | None = None,
        on_duplicates: OnDuplicates = "SKIP",
        on_missing: OnMissing = "SKIP",
    ) -> PlaylistUpdate:
        """POST v1/playlists/{uuid}/items: add tracks/videos at ``position`` (None: the end).

        Ids already in the playlist are skipped unless ``on_duplicates="ADD"``. ``toIndex`` is always
        sent (the end is the current item count), as tidalapi 0.8.11 does against live TIDAL
        (tidalapi/playlist.py, ``UserPlaylist.add``).
        """
        etag: str | None = None
        if position is None:
            playlist = await self._read(uuid, ttl=None, operation="playlists.etag")
            etag, position = playlist.etag, playlist.number_of_items
        form = {
            "trackIds": join_ids(item_ids),
            "toIndex": str(position),
            "onDupes": on_duplicates,
            "onArtifactNotFound": on_missing,
        }
        return await self._edit("POST", uuid, "/items", operation="playlists.add", data=form, etag=etag)

    async def add_album(
        self,
        uuid: str,
        album_id: int | str,
        *,
        on_duplicates: OnDuplicates = "SKIP",
        on_missing: OnMissing = "SKIP",
    ) -> PlaylistUpdate:
        """POST v1/playlists/{uuid}/items with ``fromAlbumId``: append a whole album."""
        form = {"fromAlbumId": str(album_id), "onDupes": on_duplicates, "onArtifactNotFound": on_missing}
        return await self._edit("POST", uuid, "/items", operation="playlists.add_album", data=form)

    async def merge(
        self,
        uuid: str,
        from_playlist: str,
        *,
        on_duplicates: OnDuplicates = "SKIP",
        on_missing: OnMissing = "SKIP",
    ) -> PlaylistUpdate:
        """POST v1/playlists/{uuid}/items with ``fromPlaylistUuid``: append another playlist."""
        form = {"fromPlaylistUuid": from_playlist, "onDupes": on_duplicates, "onArtifactNotFound": on_missing}
        return await self._edit("POST", uuid, "/items", operation="playlists.merge", data=form)

    async def move(self, uuid: str, indices: int | Iterable[int], to_index: int) -> PlaylistUpdate:
        """POST v1/playlists/{uuid}/items/{i,j,…} (form ``toIndex``): move items (indices over all items).

        ``toIndex`` goes in the form body, as tidalapi 0.8.11 sends it to live TIDAL
        (tidalapi/playlist.py, ``UserPlaylist.move_by_indices``).
        """
        wanted = sorted({indices} if isinstance(indices, int) else set(indices))
        if not wanted:
            raise ValueError("move() needs at least one index")
        path = "/items/" + ",".join(map(str, wanted))
        form = {"toIndex": str(to_index)}
        return await self._edit("POST", uuid, path, operation="playlists.move", data=form)

    async def replace(self, uuid: str, index: int, item_id: int | str) -> PlaylistUpdate:
        """POST v1/playlists/{uuid}/items/{index}/replace: put another item at ``index``."""
        return await self._edit(
            "POST",
            uuid,
            f"/items/{path_id(index)}/replace",
            operation="playlists.replace",
            data={"itemId": str(item_id)},
        )

    async def remove(self, uuid: str, indices: int | Iterable[int]) -> PlaylistUpdate | None:
        """DELETE v1/playlists/{uuid}/items/{i,j,…}: remove items by index (tracks and videos count).

        Long lists go in chunks of `INDEX_CHUNK`, highest indices first.
        """
        chunks = _chunks([indices] if isinstance(indices, int) else indices)
        update: PlaylistUpdate | None = None
        for chunk in chunks:
            update = await self._edit(
                "DELETE",
                uuid,
                "/items/" + ",".join(map(str, chunk)),
                operation="playlists.remove",
                etag=update.etag if update is not None else None,
            )
        return update

    async def item_indices(self, uuid: str, item_ids: int | str | Sequence[int | str]) -> list[int]:
        """Indices over all items (fresh GET v1/playlists/{uuid}/items) of every occurrence of ``item_ids``.

        Raises ``LookupError`` naming ids that are not in the playlist.
        """
        wanted = set(join_ids(item_ids).split(",")) - {""}
        found: set[str] = set()
        indices: list[int] = []
        items = self._offset(
            f"v1/playlists/{path_id(uuid)}/items",
            OffsetPage[MediaItem],
            operation="playlists.items",
            ttl=None,
        )
        index = 0
        async for entry in items:
            if entry.item is not None and str(entry.item.id) in wanted:
                indices.append(index)
                found.add(str(entry.item.id))
            index += 1
        missing = wanted - found
        if missing:
            raise LookupError(f"not in playlist {uuid}: {', '.join(sorted(missing))}")
        return indices

    async def remove_items(
        self, uuid: str, item_ids: int | str | Sequence[int | str]
    ) -> PlaylistUpdate | None:
        """DELETE v1/playlists/{uuid}/items/{indices}: remove every occurrence of the ids."""
        return await self.remove(uuid, await self.item_indices(uuid, item_ids))

    async def move_items(
        self, uuid: str, item_ids: int | str | Sequence[int | str], to_index: int
    ) -> PlaylistUpdate:
        """POST v1/playlists/{uuid}/items/{indices} (form ``toIndex``): move tracks/videos by id."""
        return await self.move(uuid, await self.item_indices(uuid, item_ids), to_index)

    async def clear(self, uuid: str) -> PlaylistUpdate | None:
        """Remove every item (DELETE v1/playlists/{uuid}/items/… in chunks, highest first)."""
        playlist = await self._read(uuid, ttl=None, operation="playlists.etag")
        count = playlist.number_of_items
        if count == 0:
            return None
        chunks = _chunks(range(count))
        update: PlaylistUpdate | None = None
        etag = playlist.etag
        for chunk in chunks:
            update = await self._edit(
                "DELETE", uuid, "/items/" + ",".join(map(str, chunk)), operation="playlists.clear", etag=etag
            )
            etag = update.etag
        return update
