"""``client.playlists``: playlist reads, create/update/delete, and chunked item add/remove/reorder."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from tidalkit._core.batch import write_chunks
from tidalkit.api._generated._registry import MAX_ITEMS
from tidalkit.api._generated.playlists import (
    PlaylistsCreateSingleResourceDataDocument,
    PlaylistsInclude,
    PlaylistsItemsAddMultiRelationshipDataDocument,
    PlaylistsMultiResourceDataDocument,
    PlaylistsPublicOperations,
    PlaylistsResourceObject,
    PlaylistsUpdateSingleResourceDataDocument,
)
from tidalkit.api.model import Identifier
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCreateOperationPayload,
        PlaylistsUpdateOperationPayload,
    )

__all__ = ["ItemRef", "PlaylistEntry", "Playlists"]

ItemType = Literal["tracks", "videos"]
ItemRef = str | tuple[ItemType, str]
"""An item to add: a track id, or ``("tracks" | "videos", id)``."""
PlaylistEntry = Identifier | tuple[ItemType, str, str]
"""An entry already in a playlist: an item identifier from ``items()`` (its ``meta.item_id``
names the entry), or ``(type, id, item_id)``."""

AccessType = Literal["PUBLIC", "UNLISTED"]


def _ref(item: ItemRef) -> dict[str, str]:
    if isinstance(item, str):
        return {"id": item, "type": "tracks"}
    return {"id": item[1], "type": item[0]}


def _entry(entry: PlaylistEntry) -> dict[str, Any]:
    if isinstance(entry, tuple):
        type_, id_, item_id = entry
        return {"id": id_, "type": type_, "meta": {"itemId": item_id}}
    meta: Any = getattr(entry, "meta", None)
    item_id: Any = getattr(meta, "item_id", None) if meta is not None else None
    if not isinstance(item_id, str):
        raise ValueError(f"{entry.type} {entry.id} has no meta.itemId; pass entries from playlists.items()")
    return {"id": entry.id, "type": entry.type, "meta": {"itemId": item_id}}


def _attributes(name: str | None, description: str | None, access_type: AccessType | None) -> dict[str, str]:
    values = {"name": name, "description": description, "accessType": access_type}
    return {k: v for k, v in values.items() if v is not None}


class Playlists(PlaylistsPublicOperations):
    """Playlists: reads and ``get_many``, create/update/delete, ``add``/``remove``/``reorder`` of items."""

    async def create(
        self,
        *,
        payload: PlaylistsCreateOperationPayload | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        access_type: AccessType | None = None,
    ) -> PlaylistsCreateSingleResourceDataDocument:
        """Create a playlist: ``POST /playlists`` (scope ``playlists.write``); ``name=`` or a ``payload``."""
        if payload is None:
            if name is None:
                raise ValueError("a playlist needs a name")
            attributes = _attributes(name, description, access_type)
            payload = {"data": {"type": "playlists", "attributes": attributes}}
        return await super().create(payload=payload)

    async def update(
        self,
        id: str,
        *,
        payload: PlaylistsUpdateOperationPayload | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        access_type: AccessType | None = None,
    ) -> PlaylistsUpdateSingleResourceDataDocument:
        """Rename / describe / change visibility: ``PATCH /playlists/{id}`` (omitted fields stay)."""
        if payload is None:
            attributes = _attributes(name, description, access_type)
            payload = {"data": {"id": id, "type": "playlists", "attributes": attributes}}
        return await super().update(id, payload=payload)

    async def add(
        self, id: str, items: Sequence[ItemRef], *, position_before: str | None = None
    ) -> list[PlaylistsItemsAddMultiRelationshipDataDocument]:
        """Add tracks/videos in order: ``POST /playlists/{id}/relationships/items``, chunked to the spec's
        limit (50) and sent one chunk after another. ``position_before`` is an entry's ``itemId``."""
        meta = {"positionBefore": position_before} if position_before is not None else None

        async def write(chunk: list[ItemRef]) -> PlaylistsItemsAddMultiRelationshipDataDocument:
            body: dict[str, Any] = {"data": [_ref(item) for item in chunk]}
            if meta is not None:
                body["meta"] = meta
            return await self.add_items(id, payload=body)

        return await write_chunks(items, MAX_ITEMS["playlists.add_items"], write)

    async def remove(self, id: str, entries: Sequence[PlaylistEntry]) -> int:
        """Remove entries: ``DELETE /playlists/{id}/relationships/items``, chunked (50); returns the count.

        Every entry is checked before the first request, so a bad entry never leaves a half-done edit.
        """
        data = [_entry(entry) for entry in entries]

        async def write(chunk: list[dict[str, Any]]) -> int:
            await self.remove_items(id, payload={"data": chunk})
            return len(chunk)

        return sum(await write_chunks(data, MAX_ITEMS["playlists.remove_items"], write))

    async def reorder(self, id: str, entries: Sequence[PlaylistEntry], *, position_before: str) -> int:
        """Move entries, keeping their order, before entry ``position_before`` (an ``itemId``):
        ``PATCH /playlists/{id}/relationships/items``, chunked (20); returns the count."""
        data = [_entry(entry) for entry in entries]

        async def write(chunk: list[dict[str, Any]]) -> int:
            await self.update_items(id, payload={"data": chunk, "meta": {"positionBefore": position_before}})
            return len(chunk)

        return sum(await write_chunks(data, MAX_ITEMS["playlists.update_items"], write))

    def mine(
        self, *, include: Sequence[PlaylistsInclude] | None = None, max_items: int | None = None
    ) -> Paginator[PlaylistsMultiResourceDataDocument, PlaylistsResourceObject]:
        """The signed-in user's playlists: ``GET /playlists?filter[owners.id]=me`` (a paginator)."""
        return self.list(filter_owners_id=["me"], include=include, max_items=max_items)
