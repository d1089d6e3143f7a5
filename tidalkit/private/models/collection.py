"""Playlists, folders and favourites."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any, Literal

from pydantic import Field

from tidalkit.private.models._base import (
    MendedModel,
    NullFreeList,
    TidalModel,
    UtcDatetime,
    as_dict,
    new_list,
    typed_by_kind,
)
from tidalkit.private.models.catalog import Artist

__all__ = [
    "CollectionItem",
    "FavoriteIds",
    "Folder",
    "Playlist",
    "PlaylistCreator",
    "PlaylistType",
    "PlaylistUpdate",
    "UserPlaylist",
]

PlaylistType = Literal["USER", "EDITORIAL", "ARTIST", "PRIVATE", "PUBLIC"] | str


class PlaylistCreator(TidalModel):
    """Who made a playlist (``id`` 0 means TIDAL itself)."""

    id: int | None = None
    name: str | None = None
    type: str | None = None
    picture: str | None = None


class Playlist(TidalModel):
    """GET v1/playlists/{uuid}. ``etag`` is the response's ETag, needed for edits."""

    uuid: str
    title: str | None = None
    description: str | None = None
    number_of_tracks: int | None = None
    number_of_videos: int | None = None
    creator: PlaylistCreator | None = None
    creators: Annotated[list[PlaylistCreator], NullFreeList] = Field(default_factory=new_list)
    duration: timedelta | None = None
    last_updated: UtcDatetime | None = None
    created: UtcDatetime | None = None
    last_item_added_at: UtcDatetime | None = None
    type: PlaylistType | None = None
    public_playlist: bool | None = None
    url: str | None = None
    image: str | None = None
    square_image: str | None = None
    custom_image_url: str | None = None
    popularity: int | None = None
    promoted_artists: Annotated[list[Artist], NullFreeList] = Field(default_factory=new_list)
    trn: str | None = None
    etag: str | None = Field(default=None, exclude=True)

    @property
    def number_of_items(self) -> int:
        """Tracks plus videos."""
        return (self.number_of_tracks or 0) + (self.number_of_videos or 0)


class UserPlaylist(TidalModel):
    """GET v2/user-playlists/{uuid}: a playlist with its owner's profile and follow info."""

    playlist: Playlist | None = None
    profile: dict[str, Any] | None = None
    follow_info: dict[str, Any] | None = None


class Folder(TidalModel):
    """A playlist folder in the user's collection."""

    id: str | None = None
    name: str | None = None
    trn: str | None = None
    parent: dict[str, Any] | None = None
    created_at: UtcDatetime | None = None
    last_modified_at: UtcDatetime | None = None
    total_number_of_items: int | None = None


class CollectionItem(MendedModel):
    """An entry of v2/my-collection/playlists/folders: a folder or a playlist, in ``data``."""

    trn: str | None = None
    item_type: Literal["FOLDER", "PLAYLIST"] | str | None = None
    name: str | None = None
    added_at: UtcDatetime | None = None
    last_modified_at: UtcDatetime | None = None
    parent: dict[str, Any] | None = None
    data: Folder | Playlist | None = None

    @property
    def id(self) -> str | None:
        """The folder id or playlist UUID (the last part of the ``trn``)."""
        return self.trn.rsplit(":", 1)[-1] if self.trn else None


def _typed_data(data: Any) -> Any:
    # an item type spelled otherwise (or a name-keyed payload): a folder is FOLDER, the rest playlists
    fields = as_dict(data)
    if fields is None or as_dict(fields.get("data")) is None:
        return data
    kind = str(fields.get("itemType") or fields.get("item_type") or "").upper()
    model = Folder if kind == "FOLDER" else Playlist
    fields["data"] = model.model_validate(fields["data"])
    return fields


typed_by_kind(CollectionItem, "data", {"FOLDER": Folder, "PLAYLIST": Playlist}, _typed_data, key="itemType")


class FavoriteIds(TidalModel):
    """GET v1/users/{id}/favorites/ids: every favourite id by type."""

    artist: Annotated[list[str], NullFreeList] = Field(default_factory=new_list, alias="ARTIST")
    album: Annotated[list[str], NullFreeList] = Field(default_factory=new_list, alias="ALBUM")
    track: Annotated[list[str], NullFreeList] = Field(default_factory=new_list, alias="TRACK")
    video: Annotated[list[str], NullFreeList] = Field(default_factory=new_list, alias="VIDEO")
    playlist: Annotated[list[str], NullFreeList] = Field(default_factory=new_list, alias="PLAYLIST")


class PlaylistUpdate(TidalModel):
    """The answer to a playlist edit; ``etag`` is the playlist's new ETag when TIDAL sent one."""

    last_updated: UtcDatetime | None = None
    added_item_ids: Annotated[list[int], NullFreeList] = Field(default_factory=new_list)
    etag: str | None = Field(default=None, exclude=True)
