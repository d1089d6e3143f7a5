"""Search results (GET v1/search)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, model_validator

from tidalkit.private.models._base import EmptyIfNull, OrNone, TidalModel, as_dict
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

    artists: Annotated[OffsetPage[Artist], EmptyIfNull] = Field(default_factory=OffsetPage[Artist])
    albums: Annotated[OffsetPage[Album], EmptyIfNull] = Field(default_factory=OffsetPage[Album])
    tracks: Annotated[OffsetPage[Track], EmptyIfNull] = Field(default_factory=OffsetPage[Track])
    videos: Annotated[OffsetPage[Video], EmptyIfNull] = Field(default_factory=OffsetPage[Video])
    playlists: Annotated[OffsetPage[Playlist], EmptyIfNull] = Field(default_factory=OffsetPage[Playlist])
    top_hit: Annotated[TopHit | None, OrNone] = None
