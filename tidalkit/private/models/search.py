"""Search results (GET v1/search)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from tidalkit.private.models._base import EmptyIfNull, MendedModel, OrNone, TidalModel, typed_by_kind
from tidalkit.private.models.catalog import Album, Artist, Track, Video
from tidalkit.private.models.collection import Playlist
from tidalkit.private.models.page import TypedItem, item_tags, typed_field
from tidalkit.private.models.paging import OffsetPage

__all__ = ["SearchResults", "TopHit"]


class TopHit(MendedModel):
    """The best match: ``type`` (ARTISTS, ALBUMS, TRACKS …) and the typed ``value``."""

    type: str | None = None
    value: TypedItem | None = Field(default=None, union_mode="left_to_right")


typed_by_kind(TopHit, "value", item_tags(), typed_field("value"))


class SearchResults(TidalModel):
    """One page per type, and the top hit."""

    artists: Annotated[OffsetPage[Artist], EmptyIfNull] = Field(default_factory=OffsetPage[Artist])
    albums: Annotated[OffsetPage[Album], EmptyIfNull] = Field(default_factory=OffsetPage[Album])
    tracks: Annotated[OffsetPage[Track], EmptyIfNull] = Field(default_factory=OffsetPage[Track])
    videos: Annotated[OffsetPage[Video], EmptyIfNull] = Field(default_factory=OffsetPage[Video])
    playlists: Annotated[OffsetPage[Playlist], EmptyIfNull] = Field(default_factory=OffsetPage[Playlist])
    top_hit: Annotated[TopHit | None, OrNone] = None
