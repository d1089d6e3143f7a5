"""Bulk reads for the CLI: tracks by id, playlists and favourites, concurrently, reporting progress.

v2: item ids come from the cursor-paginated relationship, then tracks and videos are fetched with
``get_many`` (``filter[id]`` batches) in concurrent groups. Private API: the offset paginator
fetches pages concurrently itself. ``progress`` is told the total and each step.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Sequence
from typing import Protocol

import anyio
from pydantic import BaseModel

from tidalkit.api.client import TidalAPI
from tidalkit.api.model import Identifier, Resource
from tidalkit.cli.records import TrackRecord, from_private_item, from_v2_item
from tidalkit.private.client import PrivateAPI
from tidalkit.private.models import Favorite, MediaItem, Track, Video

__all__ = [
    "GROUP_SIZE",
    "NullProgress",
    "ProgressSink",
    "private_favorites",
    "private_one",
    "private_playlist",
    "v2_favorites",
    "v2_items",
    "v2_one",
    "v2_playlist",
]

GROUP_SIZE = 100
"""Ids per ``get_many`` call in a bulk read (each call is 5 concurrent ``filter[id]`` requests)."""


class ProgressSink(Protocol):
    """Where bulk reads report progress."""

    def start(self, total: int | None, description: str) -> None:
        """A new step of ``total`` units (None when unknown) begins."""
        ...

    def advance(self, amount: int = 1) -> None:
        """``amount`` units of the current step are done."""
        ...


class NullProgress:
    """A progress sink that shows nothing."""

    def start(self, total: int | None, description: str) -> None:
        """Ignore the new task."""
        del total, description

    def advance(self, amount: int = 1) -> None:
        """Ignore the step."""
        del amount


async def v2_one(api: TidalAPI, kind: str, id: str) -> BaseModel:
    """One ``track``, ``album``, ``artist``, ``playlist`` or ``video``: ``GET /{kind}s/{id}``."""
    match kind:
        case "track":
            return await api.tracks.get(id, include=["artists", "albums"])
        case "album":
            return await api.albums.get(id, include=["artists"])
        case "artist":
            return await api.artists.get(id)
        case "playlist":
            return await api.playlists.get(id)
        case "video":
            return await api.videos.get(id, include=["artists"])
        case _:
            raise ValueError(f"unknown kind {kind!r}")


async def private_one(api: PrivateAPI, kind: str, id: str) -> BaseModel:
    """One ``track``, ``album``, ``artist``, ``playlist`` or ``video``: ``GET v1/{kind}s/{id}``."""
    match kind:
        case "track":
            return await api.tracks.get(id)
        case "album":
            return await api.albums.get(id)
        case "artist":
            return await api.artists.get(id)
        case "playlist":
            return await api.playlists.get(id)
        case "video":
            return await api.videos.get(id)
        case _:
            raise ValueError(f"unknown kind {kind!r}")


async def v2_items(
    api: TidalAPI, refs: Sequence[tuple[str, str]], progress: ProgressSink, *, description: str = "Fetching"
) -> list[TrackRecord]:
    """Tracks and videos by ``(type, id)``, in input order: ``GET /tracks?filter[id]=…`` (and
    ``/videos``) in groups of `GROUP_SIZE` ids run concurrently; missing ids are skipped."""
    progress.start(len(refs), description)
    found: dict[tuple[str, str], Resource] = {}

    async def group(kind: str, ids: list[str]) -> None:
        resources: list[Resource] = list(
            await api.videos.get_many(ids, include=["artists", "albums"])
            if kind == "videos"
            else await api.tracks.get_many(ids, include=["artists", "albums"])
        )
        for resource in resources:
            found[(kind, resource.id)] = resource
        progress.advance(len(ids))

    by_kind: dict[str, list[str]] = {}
    for kind, id_ in refs:
        by_kind.setdefault(kind, []).append(id_)
    async with anyio.create_task_group() as tg:
        for kind, ids in by_kind.items():
            if kind not in ("tracks", "videos"):
                progress.advance(len(ids))
                continue
            for start in range(0, len(ids), GROUP_SIZE):
                tg.start_soon(group, kind, ids[start : start + GROUP_SIZE])
    return [from_v2_item(found[ref]) for ref in refs if ref in found]


async def _list_refs(
    paginator: AsyncIterable[Identifier], total: int | None, progress: ProgressSink, description: str
) -> list[tuple[str, str]]:
    progress.start(total, description)
    refs: list[tuple[str, str]] = []
    async for ident in paginator:
        refs.append((ident.type, ident.id))
        progress.advance(1)
    return refs


async def v2_playlist(api: TidalAPI, playlist_id: str, progress: ProgressSink) -> list[TrackRecord]:
    """Every track/video of a playlist: ``GET /playlists/{id}/relationships/items`` (cursor pages),
    then the items themselves."""
    total = (await api.playlists.get(playlist_id)).number_of_items
    refs = await _list_refs(api.playlists.items(playlist_id), total, progress, "Listing playlist items")
    return await v2_items(api, refs, progress, description="Fetching playlist items")


async def v2_favorites(api: TidalAPI, progress: ProgressSink) -> list[TrackRecord]:
    """The user's collected tracks: ``GET /userCollectionTracks/me/relationships/items``, then the tracks."""
    refs = await _list_refs(
        api.user_collection_tracks.items("me"), None, progress, "Listing favourite tracks"
    )
    return await v2_items(api, refs, progress, description="Fetching favourite tracks")


async def _collect(
    entries: AsyncIterable[MediaItem | Favorite[Track]],
    total: int | None,
    progress: ProgressSink,
    description: str,
) -> list[TrackRecord]:
    progress.start(total, description)
    records: list[TrackRecord] = []
    async for entry in entries:
        item = entry.item
        if item is not None:
            records.append(from_private_item(item, "video" if isinstance(item, Video) else "track"))
        progress.advance(1)
    return records


async def private_playlist(api: PrivateAPI, playlist_id: str, progress: ProgressSink) -> list[TrackRecord]:
    """Every item of a playlist: ``GET v1/playlists/{uuid}`` for the count, then
    ``GET v1/playlists/{uuid}/items`` pages fetched concurrently."""
    playlist = await api.playlists.get(playlist_id)
    total = (playlist.number_of_tracks or 0) + (playlist.number_of_videos or 0)
    return await _collect(api.playlists.items(playlist_id), total or None, progress, "Exporting playlist")


async def private_favorites(api: PrivateAPI, progress: ProgressSink) -> list[TrackRecord]:
    """The user's favourite tracks: ``GET v1/users/{id}/favorites/ids`` for the count, then
    ``GET v1/users/{id}/favorites/tracks`` pages fetched concurrently."""
    ids = await api.favorites.ids()
    return await _collect(
        api.favorites.tracks(), len(ids.track) or None, progress, "Exporting favourite tracks"
    )
