"""Every private-API method: the exact request it sends, and the model it parses the answer into."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import respx

from tests.private import payloads as p
from tidalkit import Paginator
from tidalkit._http.errors import ResponseValidationError
from tidalkit.private import PrivateAPI
from tidalkit.private.models import (
    Album,
    AlbumReview,
    Artist,
    ArtistBio,
    ArtistLink,
    Client,
    CollectionItem,
    Contributor,
    Credit,
    Favorite,
    FavoriteIds,
    FeedActivities,
    Genre,
    HomeFeed,
    ItemCredits,
    Lyrics,
    MediaItem,
    Mix,
    Page,
    PlaybackInfo,
    Playlist,
    Recommendation,
    SearchResults,
    Session,
    StreamUrl,
    Subscription,
    Track,
    User,
    UserPlaylist,
    UserProfile,
    Video,
    ViewAllPage,
)

API = "api.tidal.com"
US = {"countryCode": "US"}
PAGE100 = {"countryCode": "US", "limit": "100", "offset": "0"}
UUID = p.PLAYLIST_UUID
ETAG = '"1700000000000"'


@dataclass
class Case:
    id: str
    call: Callable[[PrivateAPI], Any]
    method: str
    path: str
    params: dict[str, str] = field(default_factory=dict[str, str])
    response: Any = None
    check: Callable[[Any], bool] = lambda result: result is None
    form: dict[str, str] | None = None
    host: str = API
    headers: dict[str, str] = field(default_factory=dict[str, str])
    status: int = 200


def one(items: list[Any], model: type) -> Callable[[Any], bool]:
    return lambda result: len(result) == len(items) and all(isinstance(item, model) for item in result)


def fav(item: dict[str, Any]) -> dict[str, Any]:
    return {"created": "2024-01-01T10:00:00.000+0000", "item": item}


CASES: list[Case] = [
    # ---- albums
    Case(
        "albums.get",
        lambda a: a.albums.get(251380836),
        "GET",
        "/v1/albums/251380836",
        US,
        p.album(),
        lambda r: isinstance(r, Album) and r.number_of_tracks == 13 and r.duration == timedelta(seconds=4478),
    ),
    Case(
        "albums.credits",
        lambda a: a.albums.credits(251380836),
        "GET",
        "/v1/albums/251380836/credits",
        US,
        p.credits(),
        lambda r: isinstance(r[0], Credit) and r[1].contributors[0].name == "Nile Rodgers",
    ),
    Case(
        "albums.items",
        lambda a: a.albums.items(251380836),
        "GET",
        "/v1/albums/251380836/items",
        PAGE100,
        p.offset_page(p.media_items(p.track(), p.video())),
        lambda r: isinstance(r[0].item, Track) and isinstance(r[1].item, Video),
    ),
    Case(
        "albums.tracks",
        lambda a: a.albums.tracks(251380836),
        "GET",
        "/v1/albums/251380836/tracks",
        PAGE100,
        p.offset_page([p.track()]),
        lambda r: isinstance(r[0], Track) and r[0].isrc == "USQX91300108",
    ),
    Case(
        "albums.item_credits",
        lambda a: a.albums.item_credits(251380836),
        "GET",
        "/v1/albums/251380836/items/credits",
        PAGE100,
        p.offset_page([{"item": p.track(), "type": "track", "credits": p.credits()}]),
        lambda r: isinstance(r[0], ItemCredits) and r[0].credits[0].type == "Producer",
    ),
    Case(
        "albums.review",
        lambda a: a.albums.review(251380836),
        "GET",
        "/v1/albums/251380836/review",
        US,
        {
            "source": "TiVo",
            "lastUpdated": "2019-03-20T12:00:00.000+0000",
            "text": "A [wimpLink]x[/wimpLink]",
            "summary": "",
        },
        lambda r: isinstance(r, AlbumReview) and r.source == "TiVo" and r.last_updated.tzinfo is not None,
    ),
    Case(
        "albums.similar",
        lambda a: a.albums.similar(251380836),
        "GET",
        "/v1/albums/251380836/similar",
        PAGE100,
        p.offset_page([p.album(1), p.album(2)]),
        one([1, 2], Album),
    ),
    # ---- artists
    Case(
        "artists.get",
        lambda a: a.artists.get(3346),
        "GET",
        "/v1/artists/3346",
        US,
        p.artist(),
        lambda r: isinstance(r, Artist) and r.artist_roles[1].category == "Producer",
    ),
    Case(
        "artists.albums",
        lambda a: a.artists.albums(3346, filter="EPSANDSINGLES"),
        "GET",
        "/v1/artists/3346/albums",
        {**PAGE100, "filter": "EPSANDSINGLES"},
        p.offset_page([p.album()]),
        one([1], Album),
    ),
    Case(
        "artists.bio",
        lambda a: a.artists.bio(3346),
        "GET",
        "/v1/artists/3346/bio",
        US,
        {
            "source": "TiVo",
            "lastUpdated": "2019-03-20T12:00:00.000+0000",
            "text": "French duo.",
            "summary": None,
        },
        lambda r: isinstance(r, ArtistBio) and r.text == "French duo.",
    ),
    Case(
        "artists.links",
        lambda a: a.artists.links(3346),
        "GET",
        "/v1/artists/3346/links",
        PAGE100,
        p.offset_page([{"url": "https://daftpunk.com", "siteName": "OFFICIAL_HOMEPAGE"}]),
        lambda r: isinstance(r[0], ArtistLink) and r[0].site_name == "OFFICIAL_HOMEPAGE",
    ),
    Case(
        "artists.mix_id",
        lambda a: a.artists.mix_id(3346),
        "GET",
        "/v1/artists/3346/mix",
        US,
        {"id": p.MIX_ID},
        lambda r: r == p.MIX_ID,
    ),
    Case(
        "artists.radio",
        lambda a: a.artists.radio(3346),
        "GET",
        "/v1/artists/3346/radio",
        PAGE100,
        p.offset_page([p.track()]),
        one([1], Track),
    ),
    Case(
        "artists.top_tracks",
        lambda a: a.artists.top_tracks(3346),
        "GET",
        "/v1/artists/3346/toptracks",
        PAGE100,
        p.offset_page([p.track(1), p.track(2)]),
        one([1, 2], Track),
    ),
    Case(
        "artists.videos",
        lambda a: a.artists.videos(3346),
        "GET",
        "/v1/artists/3346/videos",
        PAGE100,
        p.offset_page([p.video()]),
        one([1], Video),
    ),
    Case(
        "artists.similar",
        lambda a: a.artists.similar(3346),
        "GET",
        "/v1/artists/3346/similar",
        PAGE100,
        p.offset_page([p.artist(1, "Justice")]),
        lambda r: isinstance(r[0], Artist) and r[0].name == "Justice",
    ),
    # ---- tracks
    Case(
        "tracks.get",
        lambda a: a.tracks.get(77646170),
        "GET",
        "/v1/tracks/77646170",
        US,
        p.track(),
        lambda r: (
            isinstance(r, Track)
            and r.full_title == "Get Lucky (feat. Pharrell Williams)"
            and r.artists[1].type == "FEATURED"
            and r.album is not None
            and r.album.id == 251380836
        ),
    ),
    Case(
        "tracks.contributors",
        lambda a: a.tracks.contributors(77646170),
        "GET",
        "/v1/tracks/77646170/contributors",
        PAGE100,
        p.offset_page([{"name": "Nile Rodgers", "role": "Composer"}]),
        lambda r: isinstance(r[0], Contributor) and r[0].role == "Composer",
    ),
    Case(
        "tracks.credits",
        lambda a: a.tracks.credits(77646170),
        "GET",
        "/v1/tracks/77646170/credits",
        US,
        p.credits(),
        lambda r: len(r) == 2 and isinstance(r[0], Credit),
    ),
    Case(
        "tracks.lyrics",
        lambda a: a.tracks.lyrics(77646170),
        "GET",
        "/v1/tracks/77646170/lyrics",
        US,
        {
            "trackId": 77646170,
            "lyricsProvider": "MUSIXMATCH",
            "providerCommontrackId": "1",
            "providerLyricsId": "2",
            "lyrics": "Like the legend of the phoenix",
            "subtitles": "[00:01.00] Like the legend of the phoenix",
            "isRightToLeft": False,
        },
        lambda r: isinstance(r, Lyrics) and r.subtitles is not None and r.is_right_to_left is False,
    ),
    Case(
        "tracks.mix_id",
        lambda a: a.tracks.mix_id(77646170),
        "GET",
        "/v1/tracks/77646170/mix",
        US,
        {"id": p.MIX_ID},
        lambda r: r == p.MIX_ID,
    ),
    Case(
        "tracks.radio",
        lambda a: a.tracks.radio(77646170),
        "GET",
        "/v1/tracks/77646170/radio",
        PAGE100,
        p.offset_page([p.track(5)]),
        one([1], Track),
    ),
    Case(
        "tracks.recommendations",
        lambda a: a.tracks.recommendations(77646170),
        "GET",
        "/v1/tracks/77646170/recommendations",
        PAGE100,
        p.offset_page([{"track": p.track(9), "sources": ["SUGGESTED_TRACKS"]}]),
        lambda r: isinstance(r[0], Recommendation) and r[0].track.id == 9,
    ),
    Case(
        "tracks.playback_info",
        lambda a: a.tracks.playback_info(77646170, quality="LOSSLESS"),
        "GET",
        "/v1/tracks/77646170/playbackinfopostpaywall",
        {**US, "audioquality": "LOSSLESS", "assetpresentation": "FULL", "playbackmode": "STREAM"},
        p.bts_playback(),
        lambda r: isinstance(r, PlaybackInfo) and r.bit_depth == 16 and r.codecs == "flac",
    ),
    Case(
        "tracks.playback_info(prepaywall)",
        lambda a: a.tracks.playback_info(1, postpaywall=False, presentation="PREVIEW", mode="OFFLINE"),
        "GET",
        "/v1/tracks/1/playbackinfo",
        {**US, "audioquality": "HI_RES_LOSSLESS", "assetpresentation": "PREVIEW", "playbackmode": "OFFLINE"},
        p.dash_playback(1),
        lambda r: isinstance(r, PlaybackInfo) and r.is_dash and r.sample_rate == 96000,
    ),
    Case(
        "tracks.stream_url",
        lambda a: a.tracks.stream_url(77646170),
        "GET",
        "/v1/tracks/77646170/urlpostpaywall",
        {**US, "audioquality": "LOSSLESS", "assetpresentation": "FULL", "urlusagemode": "STREAM"},
        {
            "urls": ["https://lgf.audio.tidal.com/x.flac"],
            "trackId": 77646170,
            "codec": "FLAC",
            "securityType": None,
            "securityToken": None,
        },
        lambda r: isinstance(r, StreamUrl) and r.urls == ["https://lgf.audio.tidal.com/x.flac"],
    ),
    # ---- videos
    Case(
        "videos.get",
        lambda a: a.videos.get(25734133),
        "GET",
        "/v1/videos/25734133",
        US,
        p.video(),
        lambda r: isinstance(r, Video) and r.quality == "MP4_1080P" and r.album is None,
    ),
    Case(
        "videos.contributors",
        lambda a: a.videos.contributors(25734133),
        "GET",
        "/v1/videos/25734133/contributors",
        PAGE100,
        p.offset_page([{"name": "Warren Fu", "role": "Director"}]),
        lambda r: r[0].role == "Director",
    ),
    Case(
        "videos.playback_info",
        lambda a: a.videos.playback_info(25734133, quality="MEDIUM"),
        "GET",
        "/v1/videos/25734133/playbackinfopostpaywall",
        {**US, "videoquality": "MEDIUM", "assetpresentation": "FULL", "playbackmode": "STREAM"},
        {
            "videoId": 25734133,
            "streamType": "ON_DEMAND",
            "assetPresentation": "FULL",
            "videoQuality": "MEDIUM",
            "manifestMimeType": "application/vnd.tidal.emu",
            "manifest": p.b64('{"mimeType":"application/vnd.apple.mpegurl","urls":["https://v/x.m3u8"]}'),
        },
        lambda r: (
            isinstance(r, PlaybackInfo) and r.is_bts and r.decode_manifest().urls == ("https://v/x.m3u8",)
        ),
    ),
    Case(
        "videos.stream_url",
        lambda a: a.videos.stream_url(25734133),
        "GET",
        "/v1/videos/25734133/urlpostpaywall",
        {**US, "videoquality": "HIGH", "assetpresentation": "FULL", "urlusagemode": "STREAM"},
        {"urls": ["https://v/x.m3u8"], "videoId": 25734133, "videoQuality": "HIGH"},
        lambda r: isinstance(r, StreamUrl) and r.video_quality == "HIGH",
    ),
    # ---- mixes
    Case(
        "mixes.items",
        lambda a: a.mixes.items(p.MIX_ID),
        "GET",
        f"/v1/mixes/{p.MIX_ID}/items",
        PAGE100,
        p.offset_page(p.media_items(p.track(), p.track(2))),
        one([1, 2], MediaItem),
    ),
    Case(
        "mixes.get",
        lambda a: a.mixes.get(p.MIX_ID),
        "GET",
        "/v1/pages/mix",
        {**US, "deviceType": "BROWSER", "mixId": p.MIX_ID},
        p.page(
            {"type": "MIX_HEADER", "mix": p.mix()},
            {"type": "TRACK_LIST", "pagedList": p.offset_page([p.track()])},
        ),
        lambda r: isinstance(r, Mix) and r.images["SMALL"].width == 320,
    ),
    # ---- search
    Case(
        "search",
        lambda a: a.search("daft punk", types=["ARTISTS", "TRACKS"], limit=10),
        "GET",
        "/v1/search",
        {**US, "query": "daft punk", "types": "ARTISTS,TRACKS", "limit": "10", "offset": "0"},
        {
            "artists": p.offset_page([p.artist()]),
            "tracks": p.offset_page([p.track()]),
            "topHit": {"type": "ARTISTS", "value": p.artist()},
        },
        lambda r: (
            isinstance(r, SearchResults)
            and isinstance(r.top_hit.value, Artist)
            and r.tracks.items[0].id == 77646170
            and r.albums.items == []
        ),
    ),
    Case(
        "search.all",
        lambda a: a.search.all("get lucky", include_contributors=True),
        "GET",
        "/v1/search",
        {**US, "query": "get lucky", "limit": "50", "offset": "0", "includeContributors": "true"},
        {"tracks": p.offset_page([p.track()]), "topHit": {"type": "TRACKS", "value": p.track()}},
        lambda r: isinstance(r.top_hit.value, Track),
    ),
    *[
        Case(
            f"search.{kind}",
            (lambda k: lambda a: getattr(a.search, k)("daft"))(kind),
            "GET",
            f"/v1/search/{kind}",
            {**PAGE100, "query": "daft"},
            p.offset_page([payload]),
            one([1], model),
        )
        for kind, payload, model in [
            ("albums", p.album(), Album),
            ("artists", p.artist(), Artist),
            ("tracks", p.track(), Track),
            ("videos", p.video(), Video),
            ("playlists", p.playlist(), Playlist),
        ]
    ],
    # ---- genres
    Case(
        "genres.list",
        lambda a: a.genres.list(),
        "GET",
        "/v1/genres",
        US,
        [
            {
                "name": "Pop",
                "path": "Pop",
                "hasPlaylists": True,
                "hasArtists": False,
                "hasAlbums": True,
                "hasTracks": True,
                "hasVideos": False,
                "image": p.COVER,
            }
        ],
        lambda r: isinstance(r[0], Genre) and r[0].path == "Pop" and r[0].has_artists is False,
    ),
    *[
        Case(
            f"genres.{kind}",
            (lambda k: lambda a: getattr(a.genres, k)("Pop"))(kind),
            "GET",
            f"/v1/genres/Pop/{kind}",
            PAGE100,
            p.offset_page([payload]),
            one([1], model),
        )
        for kind, payload, model in [
            ("albums", p.album(), Album),
            ("artists", p.artist(), Artist),
            ("tracks", p.track(), Track),
            ("videos", p.video(), Video),
            ("playlists", p.playlist(), Playlist),
        ]
    ],
    # ---- pages
    *[
        Case(
            f"pages.{method}",
            (lambda m: lambda a: getattr(a.pages, m)())(method),
            "GET",
            f"/v1/pages/{name}",
            {**US, "deviceType": "BROWSER"},
            p.page(p.album_list_module()),
            lambda r: isinstance(r, Page) and r.modules[0].paged_list.items[0].id == 251380836,
        )
        for method, name in [
            ("home", "home"),
            ("explore", "explore"),
            ("hires", "hires"),
            ("for_you", "for_you"),
            ("videos", "videos"),
            ("genres", "genre_page"),
            ("local_genres", "genre_page_local"),
            ("moods", "moods"),
            ("my_mixes", "my_collection_my_mixes"),
        ]
    ],
    Case(
        "pages.album",
        lambda a: a.pages.album(251380836),
        "GET",
        "/v1/pages/album",
        {**US, "deviceType": "BROWSER", "albumId": "251380836"},
        p.page({"type": "ALBUM_HEADER", "album": p.album(), "review": {"text": "great"}}),
        lambda r: r.modules[0].album.id == 251380836 and r.modules[0].review.text == "great",
    ),
    Case(
        "pages.artist",
        lambda a: a.pages.artist(3346),
        "GET",
        "/v1/pages/artist",
        {**US, "deviceType": "BROWSER", "artistId": "3346"},
        p.page({"type": "ARTIST_HEADER", "artist": p.artist(), "bio": {"text": "duo"}}),
        lambda r: r.modules[0].artist.name == "Daft Punk",
    ),
    Case(
        "pages.mix",
        lambda a: a.pages.mix(p.MIX_ID),
        "GET",
        "/v1/pages/mix",
        {**US, "deviceType": "BROWSER", "mixId": p.MIX_ID},
        p.page({"type": "MIX_HEADER", "mix": p.mix()}),
        lambda r: r.modules[0].mix.id == p.MIX_ID,
    ),
    Case(
        "pages.video",
        lambda a: a.pages.video(25734133),
        "GET",
        "/v1/pages/videos",
        {**US, "deviceType": "BROWSER", "videoId": "25734133"},
        p.page({"type": "VIDEO_LIST", "pagedList": p.offset_page([p.video()])}),
        lambda r: r.modules[0].paged_list.items[0].id == 25734133,
    ),
    Case(
        "pages.get",
        lambda a: a.pages.get("genre_pop", extra="1"),
        "GET",
        "/v1/pages/genre_pop",
        {**US, "deviceType": "BROWSER", "extra": "1"},
        p.page(),
        lambda r: isinstance(r, Page) and r.rows == [],
    ),
    Case(
        "pages.show_more",
        lambda a: a.pages.show_more("pages/m_new_albums"),
        "GET",
        "/v1/pages/m_new_albums",
        {**US, "deviceType": "BROWSER"},
        p.page(p.album_list_module()),
        lambda r: r.title == "Home",
    ),
    Case(
        "pages.home_feed",
        lambda a: a.pages.home_feed(),
        "GET",
        "/v2/home/feed/static",
        {**US, "deviceType": "BROWSER", "platform": "WEB"},
        {
            "uuid": "u",
            "page": {"cursor": None},
            "items": [
                {
                    "type": "HORIZONTAL_LIST",
                    "moduleId": "m1",
                    "title": "Because you liked",
                    "viewAll": "home/pages/POPULAR_PLAYLISTS/view-all?locale=en_US",
                    "items": [
                        {"type": "PLAYLIST", "data": p.playlist()},
                        {"type": "MIX", "data": p.mix()},
                        {"type": "DEEP_LINK", "data": {"url": "tidal://x"}},
                    ],
                }
            ],
        },
        lambda r: (
            isinstance(r, HomeFeed)
            and isinstance(r.items[0].items[0].data, Playlist)
            and isinstance(r.items[0].items[1].data, Mix)
            and r.items[0].items[2].data == {"url": "tidal://x"}
        ),
    ),
    Case(
        "pages.view_all",
        lambda a: a.pages.view_all("home/pages/POPULAR_PLAYLISTS/view-all"),
        "GET",
        "/v2/home/pages/POPULAR_PLAYLISTS/view-all",
        {**US, "deviceType": "BROWSER", "platform": "WEB"},
        {"title": "Popular playlists", "items": [{"type": "PLAYLIST", "data": p.playlist()}]},
        lambda r: isinstance(r, ViewAllPage) and r.items[0].data.uuid == UUID,
    ),
    # ---- feed (user 1)
    Case(
        "feed.activities",
        lambda a: a.feed.activities(),
        "GET",
        "/v2/feed/activities",
        {**US, "userId": "1"},
        {
            "activities": [
                {
                    "seen": False,
                    "occurredAt": "2024-03-01T00:00:00Z",
                    "followableActivity": {"activityType": "NEW_ALBUM_RELEASE", "album": p.album()},
                }
            ]
        },
        lambda r: isinstance(r, FeedActivities) and r.activities[0].seen is False,
    ),
    Case(
        "feed.has_unseen",
        lambda a: a.feed.has_unseen(),
        "GET",
        "/v2/feed/activities/unseen/exists",
        {**US, "userId": "1"},
        {"exists": True},
        lambda r: r is True,
    ),
    Case(
        "feed.mark_seen",
        lambda a: a.feed.mark_seen(),
        "PUT",
        "/v2/feed/activities/seen",
        {"userId": "1"},
        None,
    ),
    # ---- playlists (reads and non-ETag writes)
    Case(
        "playlists.get",
        lambda a: a.playlists.get(UUID),
        "GET",
        f"/v1/playlists/{UUID}",
        US,
        p.playlist(),
        lambda r: isinstance(r, Playlist) and r.etag == ETAG and r.number_of_items == 3,
    ),
    Case(
        "playlists.get_user_playlist",
        lambda a: a.playlists.get_user_playlist(UUID),
        "GET",
        f"/v2/user-playlists/{UUID}",
        US,
        {"playlist": p.playlist(), "profile": {"userId": 1, "name": "me"}, "followInfo": {"followers": 2}},
        lambda r: isinstance(r, UserPlaylist) and r.playlist.uuid == UUID,
    ),
    Case(
        "playlists.items",
        lambda a: a.playlists.items(UUID),
        "GET",
        f"/v1/playlists/{UUID}/items",
        PAGE100,
        p.offset_page(p.media_items(p.track(), p.video(), p.track(3))),
        lambda r: [type(e.item) for e in r] == [Track, Video, Track],
    ),
    Case(
        "playlists.tracks",
        lambda a: a.playlists.tracks(UUID, order="DATE", order_direction="DESC"),
        "GET",
        f"/v1/playlists/{UUID}/tracks",
        {**PAGE100, "order": "DATE", "orderDirection": "DESC"},
        p.offset_page([p.track()]),
        one([1], Track),
    ),
    Case(
        "playlists.recommendations",
        lambda a: a.playlists.recommendations(UUID),
        "GET",
        f"/v1/playlists/{UUID}/recommendations/items",
        PAGE100,
        p.offset_page(p.media_items(p.track())),
        one([1], MediaItem),
    ),
    Case(
        "playlists.create",
        lambda a: a.playlists.create("Road trip", "car", public=True, folder_id=p.FOLDER_ID),
        "PUT",
        "/v2/my-collection/playlists/folders/create-playlist",
        {"name": "Road trip", "description": "car", "folderId": p.FOLDER_ID, "isPublic": "true"},
        p.collection_item("PLAYLIST"),
        lambda r: isinstance(r, CollectionItem) and isinstance(r.data, Playlist) and r.id == UUID,
    ),
    Case(
        "playlists.edit",
        lambda a: a.playlists.edit(UUID, title="New", description="d"),
        "POST",
        f"/v1/playlists/{UUID}",
        {},
        None,
        form={"title": "New", "description": "d"},
    ),
    Case("playlists.delete", lambda a: a.playlists.delete(UUID), "DELETE", f"/v1/playlists/{UUID}", {}, None),
    Case(
        "playlists.set_public",
        lambda a: a.playlists.set_public(UUID),
        "PUT",
        f"/v2/playlists/{UUID}/set-public",
    ),
    Case(
        "playlists.set_private",
        lambda a: a.playlists.set_private(UUID),
        "PUT",
        f"/v2/playlists/{UUID}/set-private",
    ),
    # ---- folders
    Case(
        "folders.create",
        lambda a: a.folders.create("Workout"),
        "PUT",
        "/v2/my-collection/playlists/folders/create-folder",
        {"name": "Workout", "folderId": "root"},
        p.collection_item("FOLDER"),
        lambda r: r.item_type == "FOLDER" and r.data.name == "Workout" and r.id == p.FOLDER_ID,
    ),
    Case(
        "folders.rename",
        lambda a: a.folders.rename(p.FOLDER_ID, "Gym"),
        "PUT",
        "/v2/my-collection/playlists/folders/rename",
        {"trn": f"trn:folder:{p.FOLDER_ID}", "name": "Gym"},
    ),
    Case(
        "folders.move",
        lambda a: a.folders.move([UUID, "trn:playlist:abc"], p.FOLDER_ID),
        "PUT",
        "/v2/my-collection/playlists/folders/move",
        {"trns": f"trn:playlist:{UUID},trn:playlist:abc", "folderId": p.FOLDER_ID},
    ),
    Case(
        "folders.delete",
        lambda a: a.folders.delete((p.FOLDER_ID,)),
        "PUT",
        "/v2/my-collection/playlists/folders/remove",
        {"trns": f"trn:folder:{p.FOLDER_ID}"},
    ),
    Case(
        "folders.remove",
        lambda a: a.folders.remove([f"trn:playlist:{UUID}", f"trn:folder:{p.FOLDER_ID}"]),
        "PUT",
        "/v2/my-collection/playlists/folders/remove",
        {"trns": f"trn:playlist:{UUID},trn:folder:{p.FOLDER_ID}"},
    ),
    Case(
        "folders.list",
        lambda a: a.folders.list(include_only="FOLDER"),
        "GET",
        "/v2/my-collection/playlists/folders",
        {
            **US,
            "folderId": "root",
            "includeOnly": "FOLDER",
            "order": "DATE",
            "orderDirection": "DESC",
            "limit": "50",
        },
        {
            "lastModifiedAt": "2024-01-02T10:00:00.000Z",
            "items": [p.collection_item("FOLDER")],
            "cursor": None,
        },
        lambda r: isinstance(r[0], CollectionItem) and r[0].data.total_number_of_items == 3,
    ),
    Case(
        "folders.flattened",
        lambda a: a.folders.flattened(),
        "GET",
        "/v2/my-collection/playlists/folders/flattened",
        {**US, "order": "DATE", "orderDirection": "DESC", "limit": "50"},
        {"items": [p.collection_item("FOLDER"), p.collection_item("PLAYLIST")], "cursor": None},
        lambda r: [type(e.data).__name__ for e in r] == ["Folder", "Playlist"],
    ),
    Case(
        "folders.playlists",
        lambda a: a.folders.playlists(),
        "GET",
        "/v2/my-collection/playlists",
        {**US, "order": "DATE", "orderDirection": "DESC", "limit": "50"},
        {"items": [p.collection_item("PLAYLIST")], "cursor": None},
        one([1], CollectionItem),
    ),
    # ---- favorites (user 1)
    Case(
        "favorites.ids",
        lambda a: a.favorites.ids(),
        "GET",
        "/v1/users/1/favorites/ids",
        US,
        {"ARTIST": ["3346"], "ALBUM": ["251380836"], "VIDEO": [], "PLAYLIST": [UUID], "TRACK": ["1", "2"]},
        lambda r: isinstance(r, FavoriteIds) and r.track == ["1", "2"] and r.playlist == [UUID],
    ),
    *[
        Case(
            f"favorites.{kind}",
            (lambda k: lambda a: getattr(a.favorites, k)(order="NAME", order_direction="ASC"))(kind),
            "GET",
            f"/v1/users/1/favorites/{kind}",
            {**PAGE100, "order": "NAME", "orderDirection": "ASC"},
            p.offset_page([fav(payload)]),
            (lambda m: lambda r: isinstance(r[0], Favorite) and isinstance(r[0].item, m))(model),
        )
        for kind, payload, model in [
            ("albums", p.album(), Album),
            ("artists", p.artist(), Artist),
            ("tracks", p.track(), Track),
            ("videos", p.video(), Video),
            ("playlists", p.playlist(), Playlist),
        ]
    ],
    *[
        Case(
            f"favorites.add_{kind}",
            (lambda k: lambda a: getattr(a.favorites, f"add_{k}")([1, 2, 3]))(kind),
            "POST",
            f"/v1/users/1/favorites/{kind}",
            US,
            None,
            form={field_name: "1,2,3", "onArtifactNotFound": "FAIL"},
        )
        for kind, field_name in [
            ("albums", "albumId"),
            ("artists", "artistId"),
            ("tracks", "trackId"),
            ("videos", "videoIds"),
        ]
    ],
    *[
        Case(
            f"favorites.add({kind})",
            (lambda k: lambda a: a.favorites.add(k, "7", on_missing="SKIP"))(kind),
            "POST",
            f"/v1/users/1/favorites/{kind}",
            US,
            None,
            form={field_name: "7", "onArtifactNotFound": "SKIP"},
        )
        for kind, field_name in [("albums", "albumId"), ("videos", "videoIds")]
    ],
    Case(
        "favorites.remove",
        lambda a: a.favorites.remove("artists", [8]),
        "DELETE",
        "/v1/users/1/favorites/artists/8",
    ),
    *[
        Case(
            f"favorites.remove_{kind}",
            (lambda k: lambda a: getattr(a.favorites, f"remove_{k}")((4, 5)))(kind),
            "DELETE",
            f"/v1/users/1/favorites/{kind}/4,5",
        )
        for kind in ("albums", "artists", "tracks", "videos")
    ],
    Case(
        "favorites.add_playlists",
        lambda a: a.favorites.add_playlists([UUID]),
        "PUT",
        "/v2/my-collection/playlists/folders/add-favorites",
        {"uuids": UUID, "folderId": "root"},
    ),
    Case(
        "favorites.remove_playlists",
        lambda a: a.favorites.remove_playlists(UUID),
        "PUT",
        "/v2/my-collection/playlists/folders/remove",
        {"trns": f"trn:playlist:{UUID}"},
    ),
    Case(
        "favorites.mixes",
        lambda a: a.favorites.mixes(),
        "GET",
        "/v2/favorites/mixes",
        {**US, "order": "DATE", "orderDirection": "DESC", "limit": "50"},
        {
            "items": [
                p.mix(),
                {"id": "m2", "title": "x", "images": [{"size": "SMALL", "url": "u", "width": 320}]},
            ],
            "cursor": None,
        },
        lambda r: isinstance(r[1], Mix) and r[1].images["SMALL"].url == "u",
    ),
    Case(
        "favorites.mix_ids",
        lambda a: a.favorites.mix_ids(),
        "GET",
        "/v2/favorites/mixes/ids",
        {**US, "limit": "50"},
        {"content": [p.MIX_ID, "m2"], "cursor": None},
        lambda r: r == [p.MIX_ID, "m2"],
    ),
    Case(
        "favorites.add_mixes",
        lambda a: a.favorites.add_mixes([p.MIX_ID], on_missing="SKIP"),
        "PUT",
        "/v2/favorites/mixes/add",
        {"mixIds": p.MIX_ID, "onArtifactNotFound": "SKIP"},
        None,
    ),
    Case(
        "favorites.remove_mixes",
        lambda a: a.favorites.remove_mixes(p.MIX_ID),
        "PUT",
        "/v2/favorites/mixes/remove",
        {"mixIds": p.MIX_ID, "onArtifactNotFound": "FAIL"},
        None,
    ),
    # ---- users
    Case(
        "users.me",
        lambda a: a.users.me(),
        "GET",
        "/oauth2/me",
        {},
        {"userId": 1, "email": "a@example.com", "countryCode": "US", "fullName": "Alice", "nickname": None},
        lambda r: isinstance(r, User) and r.account_id == 1,
        host="login.tidal.com",
    ),
    Case(
        "users.get",
        lambda a: a.users.get(42),
        "GET",
        "/v1/users/42",
        US,
        {
            "id": 42,
            "username": "alice",
            "firstName": "Alice",
            "lastName": None,
            "countryCode": "US",
            "created": "2020-01-01T00:00:00.000+0000",
            "picture": None,
        },
        lambda r: isinstance(r, User) and r.id == 42 and r.created.year == 2020,
    ),
    Case(
        "users.session",
        lambda a: a.users.session(),
        "GET",
        "/v1/sessions",
        {},
        {
            "sessionId": "s",
            "userId": 1,
            "countryCode": "US",
            "channelId": 1,
            "partnerId": 1,
            "client": {"id": 7, "name": "Android", "authorizedForOffline": True},
        },
        lambda r: isinstance(r, Session) and r.client.name == "Android",
    ),
    Case(
        "users.subscription",
        lambda a: a.users.subscription(),
        "GET",
        "/v1/users/1/subscription",
        US,
        {
            "startDate": "2020-01-01T00:00:00.000+0000",
            "validUntil": "2030-01-01T00:00:00.000+0000",
            "status": "ACTIVE",
            "subscription": {"type": "HIFI", "offlineGracePeriod": 30},
            "highestSoundQuality": "HI_RES_LOSSLESS",
            "premiumAccess": True,
            "canGetTrial": False,
            "paymentType": "ADYEN_CREDIT_CARD",
        },
        lambda r: isinstance(r, Subscription) and r.subscription.type == "HIFI",
    ),
    Case(
        "users.clients",
        lambda a: a.users.clients(),
        "GET",
        "/v1/users/1/clients",
        {"limit": "100", "offset": "0", **US},
        p.offset_page([{"id": 7, "name": "Pixel", "uniqueKey": "k", "authorizedForOffline": True}]),
        one([1], Client),
    ),
    Case(
        "users.playlists",
        lambda a: a.users.playlists(42),
        "GET",
        "/v1/users/42/playlists",
        {**US, "limit": "50", "offset": "0"},
        p.offset_page([p.playlist()]),
        one([1], Playlist),
    ),
    Case(
        "users.playlists_and_favorites",
        lambda a: a.users.playlists_and_favorites(),
        "GET",
        "/v1/users/1/playlistsAndFavoritePlaylists",
        {**US, "limit": "50", "offset": "0"},
        p.offset_page([p.playlist(), p.playlist("another")]),
        one([1, 2], Playlist),
    ),
    Case(
        "users.public_playlists",
        lambda a: a.users.public_playlists(42),
        "GET",
        "/v2/user-playlists/42/public",
        {**US, "limit": "50"},
        {"items": [{"playlist": p.playlist(), "followInfo": {}}], "cursor": None},
        lambda r: isinstance(r[0], Playlist) and r[0].uuid == UUID,
    ),
    Case(
        "users.profile",
        lambda a: a.users.profile(42),
        "GET",
        "/v2/profiles/42",
        US,
        p.profile(),
        lambda r: isinstance(r, UserProfile) and r.number_of_followers == 12,
    ),
    Case(
        "users.followers",
        lambda a: a.users.followers(42),
        "GET",
        "/v2/profiles/42/followers",
        {**US, "limit": "50"},
        {"items": [p.profile(7, imFollowing=True)], "cursor": None},
        lambda r: r[0].user_id == 7 and r[0].im_following is True,
    ),
    Case(
        "users.following",
        lambda a: a.users.following(),
        "GET",
        "/v2/profiles/1/following",
        {**US, "limit": "50"},
        {"items": [p.profile(8)], "cursor": None},
        one([1], UserProfile),
    ),
    Case("users.follow", lambda a: a.users.follow(42), "PUT", "/v2/follow", {"trn": "trn:user:42"}),
    Case("users.unfollow", lambda a: a.users.unfollow(42), "DELETE", "/v2/follow", {"trn": "trn:user:42"}),
    Case(
        "users.blocked_users",
        lambda a: a.users.blocked_users(),
        "GET",
        "/v2/profiles/blocked-profiles",
        {"limit": "50", "offset": "0"},
        p.offset_page([p.profile(66)]),
        one([1], UserProfile),
    ),
    Case("users.block_user", lambda a: a.users.block_user(66), "PUT", "/v2/profiles/block/66"),
    Case("users.unblock_user", lambda a: a.users.unblock_user(66), "DELETE", "/v2/profiles/block/66"),
    *[
        Case(
            f"users.blocked_{kind}",
            (lambda k: lambda a: getattr(a.users, f"blocked_{k}")())(kind),
            "GET",
            f"/v1/users/1/blocks/{kind}",
            {**US, "limit": "50", "offset": "0"},
            p.offset_page([fav(payload)]),
            (lambda m: lambda r: isinstance(r[0].item, m))(model),
        )
        for kind, payload, model in [
            ("artists", p.artist(), Artist),
            ("tracks", p.track(), Track),
            ("videos", p.video(), Video),
        ]
    ],
    *[
        Case(
            f"users.block_{kind}",
            (lambda k: lambda a: getattr(a.users, f"block_{k}")(5))(kind),
            "POST",
            f"/v1/users/1/blocks/{kind}s",
            {},
            None,
            form={f"{kind}Id": "5"},
        )
        for kind in ("artist", "track", "video")
    ],
    *[
        Case(
            f"users.unblock_{kind}",
            (lambda k: lambda a: getattr(a.users, f"unblock_{k}")(5))(kind),
            "DELETE",
            f"/v1/users/1/blocks/{kind}s/5",
        )
        for kind in ("artist", "track", "video")
    ],
    # ---- client level
    Case(
        "get_country_code",
        lambda a: a.get_country_code(),
        "GET",
        "/v1/country",
        {},
        {"countryCode": "NO"},
        lambda r: r == "NO",
    ),
]


async def _run(result: Any) -> Any:
    if isinstance(result, Paginator):
        return await result.collect()  # pyright: ignore[reportUnknownMemberType]
    if inspect.isawaitable(result):
        return await result
    return result


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_method_sends_its_request_and_parses_the_answer(
    case: Case, api: PrivateAPI, router: respx.MockRouter
) -> None:
    headers = {"ETag": ETAG} if case.id == "playlists.get" else {}
    if case.response is None:
        response = httpx.Response(204 if case.method != "POST" else 200, headers=headers)
    else:
        response = httpx.Response(case.status, json=case.response, headers=headers)
    route = router.route(method=case.method, host=case.host, path=case.path).mock(return_value=response)

    result = await _run(case.call(api))

    assert route.call_count == 1
    request = route.calls.last.request
    assert dict(request.url.params) == case.params
    assert len(request.url.params.multi_items()) == len(case.params), "no repeated parameters"
    assert request.headers["x-tidal-client-version"] == "2025.12.18"
    assert request.headers["Authorization"] == "Bearer test"
    if case.form is not None:
        assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert dict(parse_qsl(request.content.decode())) == case.form
    else:
        assert request.content == b""
    assert case.check(result), f"unexpected result: {result!r}"


async def test_every_public_method_has_a_request_test(api: PrivateAPI) -> None:
    namespaces = [
        "albums",
        "artists",
        "favorites",
        "feed",
        "folders",
        "genres",
        "mixes",
        "pages",
        "playlists",
        "search",
        "tracks",
        "users",
        "videos",
    ]
    # edits with the ETag precondition are covered in test_playlist_edits.py
    covered_elsewhere = {
        "playlists.add",
        "playlists.add_album",
        "playlists.merge",
        "playlists.move",
        "playlists.replace",
        "playlists.remove",
        "playlists.remove_items",
        "playlists.move_items",
        "playlists.clear",
        "playlists.etag",
        "playlists.item_indices",
        # concurrent batch gets are covered in test_get_many.py
        "albums.get_many",
        "artists.get_many",
        "tracks.get_many",
        "videos.get_many",
    }
    tested = {case.id.split("(")[0] for case in CASES} | covered_elsewhere
    missing: list[str] = []
    for name in namespaces:
        for attr, value in vars(type(getattr(api, name))).items():
            if (attr.startswith("_") and attr != "__call__") or not callable(value):
                continue
            key = name if attr == "__call__" else f"{name}.{attr}"
            if key not in tested:
                missing.append(key)
    assert missing == []


@pytest.mark.parametrize(
    "body",
    [
        p.credits(),  # the array TIDAL sends, read from the bytes
        {"items": p.credits()},  # an envelope
        [None, *p.credits(), None],  # null entries are dropped
    ],
)
async def test_a_list_answer_reads_as_models_in_any_of_its_shapes(
    body: Any, api: PrivateAPI, router: respx.MockRouter
) -> None:
    router.get(f"https://{API}/v1/tracks/7/credits").mock(return_value=httpx.Response(200, json=body))
    credits = await api.tracks.credits(7)
    assert [credit.type for credit in credits] == ["Producer", "Composer"]
    assert [person.name for person in credits[1].contributors] == ["Nile Rodgers", "Pharrell Williams"]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ([*p.credits(), {"type": "Mixer", "contributors": "nobody"}], "contributors"),
        ({"items": "not a list"}, "expected a list of Credit"),
        ("a string", "expected a list of Credit"),
    ],
)
async def test_a_list_answer_that_does_not_fit_is_a_typed_error_naming_what(
    body: Any, where: str, api: PrivateAPI, router: respx.MockRouter
) -> None:
    router.get(f"https://{API}/v1/tracks/7/credits").mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError, match=where):
        await api.tracks.credits(7)
