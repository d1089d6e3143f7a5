"""Search results (GET v1/search)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, model_validator

from tidalkit.private.models._base import OrNone, TidalModel, as_dict
from tidalkit.private.models.catalog import Album, Artist, Track, Video
from tidalkit.private.models.collection import Playlist
from tidalkit.private.models.page import TypedItem, typed_item
from tidalkit.private.models.paging import OffsetPage

__all__ = ["SearchResults", "TopHit"]


class TopHit(TidalModel):
    """The best match: ``type`` (ARTISTS, ALBUMS, TRACKS …) and the typed ``value``."""

    type: str | None = None
    value: TypedItem | None = Field(default=None, union_mode="left_to_right")

    @model_validator(mode="before")
    @classmethod
    def _typed(cls, data: Any) -> Any:
        fields = as_dict(data)
        if fields is None:
            return data
        fields["value"] = typed_item(fields.get("type"), fields.get("value"))
        return fields


class SearchResults(TidalModel):
    """One page per type, and the top hit."""

    artists: OffsetPage[Artist] = Field(default_factory=OffsetPage[Artist])
    albums: OffsetPage[Album] = Field(default_factory=OffsetPage[Album])
    tracks: OffsetPage[Track] = Field(default_factory=OffsetPage[Track])
    videos: OffsetPage[Video] = Field(default_factory=OffsetPage[Video])
    playlists: OffsetPage[Playlist] = Field(default_factory=OffsetPage[Playlist])
    top_hit: Annotated[TopHit | None, OrNone] = None
