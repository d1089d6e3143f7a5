"""``client.user_collection_{albums,artists,tracks,videos,playlists}``: read and edit "My Collection".

Each namespace has the generated THIRD_PARTY operations (``get``, ``items``, ``owners``,
``add_items``, ``remove_items``) plus ``add(ids)`` / ``remove(ids)``, chunked to the spec's
limit (50 per call), and ``all()`` (every item with its resource included).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

from tidalkit.api._generated._registry import MAX_ITEMS
from tidalkit.api._generated.user_collection_albums import (
    UserCollectionAlbumsItemsAddMultiRelationshipDataDocument,
    UserCollectionAlbumsPublicOperations,
)
from tidalkit.api._generated.user_collection_artists import (
    UserCollectionArtistsItemsAddMultiRelationshipDataDocument,
    UserCollectionArtistsPublicOperations,
)
from tidalkit.api._generated.user_collection_playlists import (
    UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument,
    UserCollectionPlaylistsPublicOperations,
)
from tidalkit.api._generated.user_collection_tracks import (
    UserCollectionTracksItemsAddMultiRelationshipDataDocument,
    UserCollectionTracksPublicOperations,
)
from tidalkit.api._generated.user_collection_videos import (
    UserCollectionVideosItemsAddMultiRelationshipDataDocument,
    UserCollectionVideosPublicOperations,
)
from tidalkit.api.batching import write_chunks

__all__ = [
    "UserCollectionAlbums",
    "UserCollectionArtists",
    "UserCollectionPlaylists",
    "UserCollectionTracks",
    "UserCollectionVideos",
]

D = TypeVar("D")


async def _add(
    write: Callable[..., Awaitable[D]], collection: str, type_: str, ids: Sequence[str], limit: int
) -> list[D]:
    async def chunk_write(chunk: list[str]) -> D:
        payload: Mapping[str, Any] = {"data": [{"id": i, "type": type_} for i in chunk]}
        return await write(collection, payload=payload)

    return await write_chunks(ids, limit, chunk_write)


async def _remove(
    write: Callable[..., Awaitable[Any]], collection: str, type_: str, ids: Sequence[str], limit: int
) -> int:
    async def chunk_write(chunk: list[str]) -> int:
        await write(collection, payload={"data": [{"id": i, "type": type_} for i in chunk]})
        return len(chunk)

    return sum(await write_chunks(ids, limit, chunk_write))


class UserCollectionTracks(UserCollectionTracksPublicOperations):
    """The user's collected tracks (scopes ``collection.read`` / ``collection.write``)."""

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionTracksItemsAddMultiRelationshipDataDocument]:
        """Add tracks: ``POST /userCollectionTracks/{id}/relationships/items`` in chunks of 50."""
        return await _add(
            self.add_items, collection, "tracks", ids, MAX_ITEMS["userCollectionTracks.add_items"]
        )

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove tracks: ``DELETE /userCollectionTracks/{id}/relationships/items`` in chunks of 50."""
        limit = MAX_ITEMS["userCollectionTracks.remove_items"]
        return await _remove(self.remove_items, collection, "tracks", ids, limit)


class UserCollectionAlbums(UserCollectionAlbumsPublicOperations):
    """The user's collected albums (scopes ``collection.read`` / ``collection.write``)."""

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionAlbumsItemsAddMultiRelationshipDataDocument]:
        """Add albums: ``POST /userCollectionAlbums/{id}/relationships/items`` in chunks of 50."""
        return await _add(
            self.add_items, collection, "albums", ids, MAX_ITEMS["userCollectionAlbums.add_items"]
        )

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove albums: ``DELETE /userCollectionAlbums/{id}/relationships/items`` in chunks of 50."""
        limit = MAX_ITEMS["userCollectionAlbums.remove_items"]
        return await _remove(self.remove_items, collection, "albums", ids, limit)


class UserCollectionArtists(UserCollectionArtistsPublicOperations):
    """The user's followed artists (scopes ``collection.read`` / ``collection.write``)."""

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionArtistsItemsAddMultiRelationshipDataDocument]:
        """Add artists: ``POST /userCollectionArtists/{id}/relationships/items`` in chunks of 50."""
        limit = MAX_ITEMS["userCollectionArtists.add_items"]
        return await _add(self.add_items, collection, "artists", ids, limit)

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove artists: ``DELETE /userCollectionArtists/{id}/relationships/items`` in chunks of 50."""
        limit = MAX_ITEMS["userCollectionArtists.remove_items"]
        return await _remove(self.remove_items, collection, "artists", ids, limit)


class UserCollectionVideos(UserCollectionVideosPublicOperations):
    """The user's collected videos (scopes ``collection.read`` / ``collection.write``)."""

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionVideosItemsAddMultiRelationshipDataDocument]:
        """Add videos: ``POST /userCollectionVideos/{id}/relationships/items`` in chunks of 50."""
        return await _add(
            self.add_items, collection, "videos", ids, MAX_ITEMS["userCollectionVideos.add_items"]
        )

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove videos: ``DELETE /userCollectionVideos/{id}/relationships/items`` in chunks of 50."""
        limit = MAX_ITEMS["userCollectionVideos.remove_items"]
        return await _remove(self.remove_items, collection, "videos", ids, limit)


class UserCollectionPlaylists(UserCollectionPlaylistsPublicOperations):
    """The user's collected playlists (scopes ``collection.read`` / ``collection.write``)."""

    async def add(
        self, ids: Sequence[str], *, collection: str = "me"
    ) -> list[UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument]:
        """Add playlists: ``POST /userCollectionPlaylists/{id}/relationships/items`` in chunks of 50."""
        limit = MAX_ITEMS["userCollectionPlaylists.add_items"]
        return await _add(self.add_items, collection, "playlists", ids, limit)

    async def remove(self, ids: Sequence[str], *, collection: str = "me") -> int:
        """Remove playlists: ``DELETE /userCollectionPlaylists/{id}/relationships/items`` in chunks of 50."""
        limit = MAX_ITEMS["userCollectionPlaylists.remove_items"]
        return await _remove(self.remove_items, collection, "playlists", ids, limit)
