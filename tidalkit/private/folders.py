"""Playlist folders of the user's collection (PUT/GET v2/my-collection/playlists/folders/…)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict, Unpack

from tidalkit._http.request import ParamValue
from tidalkit.private._resource import EndpointGroup, join_ids
from tidalkit.private.models.collection import CollectionItem
from tidalkit.private.models.paging import CursorPage
from tidalkit.private.pagination import CursorPaginator

__all__ = ["CollectionOrder", "Folders", "IncludeOnly", "Listing", "trns"]

IncludeOnly = Literal["FOLDER", "PLAYLIST", "FAVORITE_PLAYLIST", "USER_PLAYLIST"]
CollectionOrder = Literal["DATE", "NAME", "DATE_UPDATED"]


class Listing(TypedDict, total=False):
    """The keywords of the folder listings: what to list, in which order, and how many."""

    include_only: IncludeOnly | None
    """One kind of entry only (default: every kind)."""
    order: CollectionOrder
    """Sort key (default ``"DATE"``)."""
    order_direction: Literal["ASC", "DESC"]
    """Default ``"DESC"``."""
    page_size: int
    """Entries per request (default 50)."""
    max_items: int | None
    """Entries at most (default: all)."""


_BASE = "v2/my-collection/playlists/folders"
_WRITES = ("folders", "playlists", "favorites.playlists", "users.playlists_and_favorites")


def trns(ids: str | Sequence[str], kind: Literal["playlist", "folder"]) -> str:
    """Comma-joined ``trn:{kind}:{id}`` (ids that already are TRNs are kept as they are)."""
    values = ids.split(",") if isinstance(ids, str) else list(ids)
    return ",".join(
        value if value.startswith("trn:") else f"trn:{kind}:{value}"
        for value in (v.strip() for v in values)
        if value
    )


class Folders(EndpointGroup):
    """``client.folders``: create, rename, move, delete and list folders (and playlists in them)."""

    async def create(self, name: str, *, parent_id: str = "root") -> CollectionItem:
        """PUT v2/my-collection/playlists/folders/create-folder."""
        data = await self._send(
            "PUT",
            f"{_BASE}/create-folder",
            operation="folders.create",
            params={"name": name, "folderId": parent_id},
            invalidates=_WRITES,
        )
        return CollectionItem.model_validate(data or {})

    async def rename(self, folder_id: str, name: str) -> None:
        """PUT v2/my-collection/playlists/folders/rename."""
        await self._send(
            "PUT",
            f"{_BASE}/rename",
            operation="folders.rename",
            params={"trn": trns(folder_id, "folder"), "name": name},
            invalidates=_WRITES,
        )

    async def move(
        self,
        ids: str | Sequence[str],
        folder_id: str = "root",
        *,
        kind: Literal["playlist", "folder"] = "playlist",
    ) -> None:
        """PUT v2/my-collection/playlists/folders/move: move playlists (or folders) into ``folder_id``."""
        await self._send(
            "PUT",
            f"{_BASE}/move",
            operation="folders.move",
            params={"trns": trns(ids, kind), "folderId": folder_id},
            invalidates=_WRITES,
        )

    async def delete(self, folder_ids: str | Sequence[str]) -> None:
        """PUT v2/my-collection/playlists/folders/remove with ``trn:folder:…`` (folders and their content)."""
        await self.remove(trns(folder_ids, "folder"))

    async def remove(self, trn_list: str | Sequence[str]) -> None:
        """PUT v2/my-collection/playlists/folders/remove: remove folders/playlists given as TRNs."""
        await self._send(
            "PUT",
            f"{_BASE}/remove",
            operation="folders.remove",
            params={"trns": join_ids(trn_list)},
            invalidates=_WRITES,
        )

    def list(self, folder_id: str = "root", **listing: Unpack[Listing]) -> CursorPaginator[CollectionItem]:
        """GET v2/my-collection/playlists/folders: the folders and playlists in ``folder_id`` (by cursor)."""
        return self._items(_BASE, "folders.list", listing, folderId=folder_id)

    def flattened(self, **listing: Unpack[Listing]) -> CursorPaginator[CollectionItem]:
        """GET v2/my-collection/playlists/folders/flattened: every folder and playlist, at any depth."""
        return self._items(f"{_BASE}/flattened", "folders.flattened", listing)

    def playlists(self, **listing: Unpack[Listing]) -> CursorPaginator[CollectionItem]:
        """GET v2/my-collection/playlists: the user's own and favourite playlists (by cursor)."""
        return self._items("v2/my-collection/playlists", "folders.playlists", listing)

    def _items(
        self, path: str, operation: str, listing: Listing, **params: ParamValue
    ) -> CursorPaginator[CollectionItem]:
        """The ``CollectionItem`` pages of ``path``, by cursor, sorted as ``listing`` says."""
        return self._cursor(
            path,
            CursorPage[CollectionItem],
            operation=operation,
            params={
                **params,
                "includeOnly": listing.get("include_only"),
                "order": listing.get("order", "DATE"),
                "orderDirection": listing.get("order_direction", "DESC"),
            },
            page_size=listing.get("page_size", 50),
            max_items=listing.get("max_items"),
        )
