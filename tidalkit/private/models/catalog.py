"""Catalogue models: artists, albums, tracks, videos, mixes, credits, lyrics, genres."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any, Literal, Self

from pydantic import Field, model_validator

from tidalkit._core.model import Mended
from tidalkit.private.models._base import (
    EmptyIfNull,
    NullFreeList,
    TidalModel,
    UtcDatetime,
    as_dict,
    as_list,
    new_dict,
    new_list,
)

__all__ = [
    "Album",
    "AlbumReview",
    "Artist",
    "ArtistBio",
    "ArtistLink",
    "ArtistRole",
    "AudioMode",
    "AudioQuality",
    "Contributor",
    "Credit",
    "Genre",
    "ItemCredits",
    "Lyrics",
    "MediaItem",
    "MediaMetadata",
    "Mix",
    "MixGraphic",
    "MixGraphicImage",
    "MixImage",
    "Recommendation",
    "Track",
    "Video",
    "VideoQuality",
]

# Open enums: the listed values are the known ones, any other string TIDAL adds is kept as is.
AudioQuality = Literal["LOW", "HIGH", "LOSSLESS", "HI_RES", "HI_RES_LOSSLESS"] | str
AudioMode = Literal["STEREO", "DOLBY_ATMOS", "SONY_360RA"] | str
VideoQuality = Literal["AUDIO_ONLY", "LOW", "MEDIUM", "HIGH"] | str
AlbumType = Literal["ALBUM", "EP", "SINGLE", "COMPILATION"] | str
ArtistType = Literal["MAIN", "FEATURED", "CONTRIBUTOR", "ARTIST"] | str


class MediaMetadata(TidalModel):
    """Quality tags (``LOSSLESS``, ``HIRES_LOSSLESS``, ``DOLBY_ATMOS`` …)."""

    tags: Annotated[list[str], NullFreeList] = Field(default_factory=new_list)


class ArtistRole(TidalModel):
    """One role an artist plays (``category`` e.g. "Artist", "Songwriter")."""

    category_id: int | None = None
    category: str | None = None


class Artist(TidalModel):
    """GET v1/artists/{id}; also the sparse artist embedded in tracks and albums."""

    id: int
    name: str | None = None
    type: ArtistType | None = None
    artist_types: Annotated[list[str], NullFreeList] = Field(default_factory=new_list)
    url: str | None = None
    picture: str | None = None
    selected_album_cover_fallback: str | None = None
    popularity: int | None = None
    artist_roles: Annotated[list[ArtistRole], NullFreeList] = Field(default_factory=new_list)
    mixes: Annotated[dict[str, str], EmptyIfNull] = Field(default_factory=new_dict)
    handle: str | None = None
    user_id: int | None = None
    spotlighted: bool | None = None
    contribution_link_url: str | None = None
    date_added: UtcDatetime | None = None


class AlbumRef(TidalModel):
    """The sparse album embedded in a track or video (a video's may carry no id at all)."""

    id: int | None = None
    title: str | None = None
    url: str | None = None
    cover: str | None = None
    vibrant_color: str | None = None
    video_cover: str | None = None
    release_date: date | None = None


class _Playable(TidalModel):
    """Fields tracks, videos and albums share."""

    duration: timedelta | None = None
    allow_streaming: bool | None = None
    stream_ready: bool | None = None
    pay_to_stream: bool | None = None
    ad_supported_stream_ready: bool | None = None
    dj_ready: bool | None = None
    stem_ready: bool | None = None
    stream_start_date: UtcDatetime | None = None
    premium_streaming_only: bool | None = None
    explicit: bool | None = None
    popularity: int | None = None
    double_popularity: float | None = None
    url: str | None = None
    artist: Artist | None = None
    artists: Annotated[list[Artist], NullFreeList] = Field(default_factory=new_list)


class Album(_Playable):
    """GET v1/albums/{id}."""

    id: int
    title: str | None = None
    type: AlbumType | None = None
    version: str | None = None
    number_of_tracks: int | None = None
    number_of_videos: int | None = None
    number_of_volumes: int | None = None
    release_date: date | None = None
    copyright: str | None = None
    cover: str | None = None
    vibrant_color: str | None = None
    video_cover: str | None = None
    upc: str | None = None
    audio_quality: AudioQuality | None = None
    audio_modes: Annotated[list[AudioMode], NullFreeList] = Field(default_factory=new_list)
    media_metadata: MediaMetadata | None = None
    upload: bool | None = None
    date_added: UtcDatetime | None = None


class Track(_Playable):
    """GET v1/tracks/{id}."""

    id: int
    title: str | None = None
    version: str | None = None
    replay_gain: float | None = None
    peak: float | None = None
    track_number: int | None = None
    volume_number: int | None = None
    copyright: str | None = None
    isrc: str | None = None
    bpm: int | None = None
    key: str | None = None
    key_scale: str | None = None
    editable: bool | None = None
    audio_quality: AudioQuality | None = None
    audio_modes: Annotated[list[AudioMode], NullFreeList] = Field(default_factory=new_list)
    media_metadata: MediaMetadata | None = None
    upload: bool | None = None
    access_type: str | None = None
    spotlighted: bool | None = None
    album: AlbumRef | None = None
    mixes: Annotated[dict[str, str], EmptyIfNull] = Field(default_factory=new_dict)
    date_added: UtcDatetime | None = None
    index: int | None = None
    item_uuid: str | None = None
    description: str | None = None

    @property
    def full_title(self) -> str | None:
        """Title with the version in parentheses, as TIDAL's apps show it."""
        if self.title is None or not self.version:
            return self.title
        return f"{self.title} ({self.version})"


class Video(_Playable):
    """GET v1/videos/{id}."""

    id: int
    title: str | None = None
    volume_number: int | None = None
    track_number: int | None = None
    release_date: UtcDatetime | None = None
    image_path: str | None = None
    image_id: str | None = None
    vibrant_color: str | None = None
    quality: VideoQuality | None = None
    type: str | None = None
    ads_url: str | None = None
    ads_pre_paywall_only: bool | None = None
    album: AlbumRef | None = None
    date_added: UtcDatetime | None = None
    index: int | None = None
    item_uuid: str | None = None


_PLACEMENT = ("date_added", "index", "item_uuid")
"""A playlist entry's placement: TIDAL sends it inside ``item``; older answers put it beside it."""


def _as_video(track: Track) -> Video:
    """The Video an entry's ``item`` is when its type says so (pydantic-core read it as a Track).

    Built from what the Track holds: its validated fields as they are (their models are reused)
    and the video's own keys, which the Track kept as extras; what the JSON left out stays unset.
    """
    values, fields = track.__dict__, Track.model_fields
    data = dict(track.__pydantic_extra__ or {})
    # by alias: a key Video does not declare lands in its extras as TIDAL spelled it
    data.update(
        {fields[name].alias or name: values[name] for name in track.__pydantic_fields_set__ if name in values}
    )
    return Video.model_validate(data)


class MediaItem(TidalModel):
    """One entry of an album, playlist or mix item list: a track or a video.

    ``date_added``, ``index`` and ``item_uuid`` (a playlist entry's placement) are read from the
    entry or, where TIDAL puts them today, from inside ``item``; both levels end up filled.
    """

    type: str | None = None
    # read as a Track by pydantic-core (a union tried left to right, no Python per entry); an
    # entry whose type says video is turned into a Video after validation
    item: Annotated[Track | Video | None, Field(union_mode="left_to_right")] = None
    cut: Any = None
    date_added: UtcDatetime | None = None
    index: int | None = None
    item_uuid: str | None = None

    @model_validator(mode="after")
    def _placed(self) -> Self:
        # one pass in Python per entry, after pydantic-core validated both levels from the JSON
        item = self.item
        if item is None:
            return self
        kind = self.type
        if kind is not None and kind != "track" and kind.lower() == "video" and isinstance(item, Track):
            item = self.item = _as_video(item)
        # read and set in __dict__ directly: pydantic's __setattr__ costs more than the whole copy
        outer, inner = vars(self), vars(item)
        for name in _PLACEMENT:
            mine, theirs = outer[name], inner[name]
            if mine is None:
                if theirs is not None:
                    outer[name] = theirs
                    self.__pydantic_fields_set__.add(name)
            elif theirs is None:
                inner[name] = mine
                item.__pydantic_fields_set__.add(name)
        return self


class Contributor(TidalModel):
    """A contributor (GET v1/tracks/{id}/contributors) or a name inside a credit."""

    name: str | None = None
    role: str | None = None
    id: int | None = None


class Credit(TidalModel):
    """A credit group: a role (``type``) and its contributors (GET v1/tracks/{id}/credits)."""

    type: str | None = None
    contributors: Annotated[list[Contributor], NullFreeList] = Field(default_factory=new_list)


class ItemCredits(MediaItem):
    """An album item with its credits (GET v1/albums/{id}/items/credits)."""

    credits: Annotated[list[Credit], NullFreeList] = Field(default_factory=new_list)


class AlbumReview(TidalModel):
    """GET v1/albums/{id}/review."""

    text: str | None = None
    summary: str | None = None
    source: str | None = None
    last_updated: UtcDatetime | None = None


class ArtistBio(AlbumReview):
    """GET v1/artists/{id}/bio (``text`` contains TIDAL's ``[wimpLink]`` markup)."""


class ArtistLink(TidalModel):
    """GET v1/artists/{id}/links: an external site of the artist."""

    url: str | None = None
    site_name: str | None = None


class Lyrics(TidalModel):
    """GET v1/tracks/{id}/lyrics; ``subtitles`` holds LRC-style timed lines when available."""

    track_id: int | None = None
    lyrics_provider: str | None = None
    provider_commontrack_id: str | None = None
    provider_lyrics_id: str | None = None
    lyrics: str | None = None
    subtitles: str | None = None
    is_right_to_left: bool | None = None


class Genre(TidalModel):
    """GET v1/genres: one genre and which item types it lists."""

    name: str | None = None
    path: str | None = None
    has_playlists: bool | None = None
    has_artists: bool | None = None
    has_albums: bool | None = None
    has_tracks: bool | None = None
    has_videos: bool | None = None
    image: str | None = None


class MixImage(TidalModel):
    """One size of a mix picture."""

    width: int | None = None
    height: int | None = None
    url: str | None = None


class MixGraphicImage(TidalModel):
    """One picture of a mix graphic (an artist or album the mix is built from)."""

    id: str | None = None
    vibrant_color: str | None = None
    type: str | None = None


class MixGraphic(TidalModel):
    """How TIDAL's apps draw a mix tile: a layout ``type`` (``SQUARES_GRID`` …), text and pictures."""

    type: str | None = None
    text: str | None = None
    images: Annotated[list[MixGraphicImage], NullFreeList] = Field(default_factory=new_list)


def _images_by_size(value: Any) -> Any:
    # v2 shapes send a list of {size, url, width, height}; a null is no images
    if value is None:
        return {}
    entries = as_list(value)
    if entries is None:
        return value
    images: dict[str, Any] = {}
    for position, entry in enumerate(entries):
        image = as_dict(entry)
        if image is not None:
            images[str(image.get("size", position))] = image
    return images


ImagesBySize = Mended(_images_by_size)
"""A mix's images by size: the mapping as sent, or TIDAL's list of sized images keyed by ``size``."""


class Mix(TidalModel):
    """A mix as favourites (v2/favorites/mixes), pages and the home feed return it."""

    id: str
    title: str | None = None
    sub_title: str | None = None
    short_subtitle: str | None = None
    description: str | None = None
    mix_type: str | None = None
    mix_number: str | None = None
    type: str | None = None
    content_behavior: str | None = None
    graphic: MixGraphic | None = None
    images: Annotated[dict[str, MixImage], ImagesBySize] = Field(default_factory=new_dict)
    detail_images: Annotated[dict[str, MixImage], ImagesBySize] = Field(default_factory=new_dict)
    sharing_images: Annotated[dict[str, MixImage], ImagesBySize] = Field(default_factory=new_dict)
    title_color: str | None = None
    sub_title_color: str | None = None
    description_color: str | None = None
    master: bool | None = None
    date_added: UtcDatetime | None = None
    updated: UtcDatetime | None = None


class Recommendation(TidalModel):
    """GET v1/tracks/{id}/recommendations: a recommended track and why."""

    track: Track | None = None
    sources: Annotated[list[str], NullFreeList] = Field(default_factory=new_list)
