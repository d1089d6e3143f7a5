"""Realistic private-API payloads (shapes as TIDAL's apps receive them; values made up)."""

from __future__ import annotations

import base64
import json
from typing import Any

COVER = "0d1ab3d8-0b1e-4b27-9a4c-3f1c6e9b1d2a"
PLAYLIST_UUID = "36ea71a8-445e-41a4-82ab-6628c581535d"
MIX_ID = "0011a4bd9e2c4ac5d70a6c1e6a3b3f"
FOLDER_ID = "b2c4a1e0-7f3d-4a9e-9c55-1d0f7e6a8b90"


def artist(artist_id: int = 3346, name: str = "Daft Punk", **extra: Any) -> dict[str, Any]:
    return {
        "id": artist_id,
        "name": name,
        "artistTypes": ["ARTIST", "CONTRIBUTOR"],
        "url": f"http://www.tidal.com/artist/{artist_id}",
        "picture": COVER,
        "selectedAlbumCoverFallback": None,
        "popularity": 87,
        "artistRoles": [{"categoryId": -1, "category": "Artist"}, {"categoryId": 11, "category": "Producer"}],
        "mixes": {"ARTIST_MIX": MIX_ID},
        "handle": None,
        "userId": None,
        "spotlighted": False,
        **extra,
    }


def album(album_id: int = 251380836, **extra: Any) -> dict[str, Any]:
    return {
        "id": album_id,
        "title": "Random Access Memories",
        "duration": 4478,
        "streamReady": True,
        "payToStream": False,
        "adSupportedStreamReady": True,
        "djReady": True,
        "stemReady": False,
        "streamStartDate": "2013-05-17T00:00:00.000+0000",
        "allowStreaming": True,
        "premiumStreamingOnly": False,
        "numberOfTracks": 13,
        "numberOfVideos": 0,
        "numberOfVolumes": 1,
        "releaseDate": "2013-05-17",
        "copyright": "(P) 2013 Daft Life Limited",
        "type": "ALBUM",
        "version": None,
        "url": f"http://www.tidal.com/album/{album_id}",
        "cover": COVER,
        "vibrantColor": "#e2c77f",
        "videoCover": None,
        "explicit": False,
        "upc": "886443927087",
        "popularity": 80,
        "audioQuality": "LOSSLESS",
        "audioModes": ["STEREO"],
        "mediaMetadata": {"tags": ["LOSSLESS", "HIRES_LOSSLESS"]},
        "upload": False,
        "artist": {"id": 3346, "name": "Daft Punk", "handle": None, "type": "MAIN", "picture": COVER},
        "artists": [{"id": 3346, "name": "Daft Punk", "handle": None, "type": "MAIN", "picture": COVER}],
        **extra,
    }


def track(track_id: int = 77646170, **extra: Any) -> dict[str, Any]:
    return {
        "id": track_id,
        "title": "Get Lucky",
        "duration": 369,
        "replayGain": -9.67,
        "peak": 0.988312,
        "allowStreaming": True,
        "streamReady": True,
        "payToStream": False,
        "adSupportedStreamReady": True,
        "djReady": True,
        "stemReady": False,
        "streamStartDate": "2013-05-17T00:00:00.000+0000",
        "premiumStreamingOnly": False,
        "trackNumber": 8,
        "volumeNumber": 1,
        "version": "feat. Pharrell Williams",
        "popularity": 91,
        "copyright": "(P) 2013 Daft Life Limited",
        "bpm": 116,
        "key": "FSharp",
        "keyScale": "MINOR",
        "url": f"http://www.tidal.com/track/{track_id}",
        "isrc": "USQX91300108",
        "editable": False,
        "explicit": False,
        "audioQuality": "LOSSLESS",
        "audioModes": ["STEREO"],
        "mediaMetadata": {"tags": ["LOSSLESS"]},
        "upload": False,
        "accessType": "PUBLIC",
        "spotlighted": False,
        "artist": {"id": 3346, "name": "Daft Punk", "handle": None, "type": "MAIN", "picture": COVER},
        "artists": [
            {"id": 3346, "name": "Daft Punk", "handle": None, "type": "MAIN", "picture": COVER},
            {"id": 3581, "name": "Pharrell Williams", "handle": None, "type": "FEATURED", "picture": None},
        ],
        "album": {
            "id": 251380836,
            "title": "Random Access Memories",
            "cover": COVER,
            "vibrantColor": "#e2c77f",
            "videoCover": None,
        },
        "mixes": {"TRACK_MIX": MIX_ID},
        **extra,
    }


def video(video_id: int = 25734133, **extra: Any) -> dict[str, Any]:
    return {
        "id": video_id,
        "title": "Instant Crush",
        "volumeNumber": 1,
        "trackNumber": 1,
        "releaseDate": "2013-11-22T00:00:00.000+0000",
        "imagePath": None,
        "imageId": COVER,
        "vibrantColor": "#ffffff",
        "duration": 337,
        "quality": "MP4_1080P",
        "streamReady": True,
        "adSupportedStreamReady": True,
        "djReady": True,
        "stemReady": False,
        "streamStartDate": "2013-11-22T00:00:00.000+0000",
        "allowStreaming": True,
        "explicit": False,
        "popularity": 40,
        "type": "Music Video",
        "adsUrl": None,
        "adsPrePaywallOnly": True,
        "artist": {"id": 3346, "name": "Daft Punk", "type": "MAIN", "picture": COVER},
        "artists": [{"id": 3346, "name": "Daft Punk", "type": "MAIN", "picture": COVER}],
        "album": None,
        **extra,
    }


def playlist(uuid: str = PLAYLIST_UUID, **extra: Any) -> dict[str, Any]:
    return {
        "uuid": uuid,
        "title": "Road trip",
        "numberOfTracks": 2,
        "numberOfVideos": 1,
        "creator": {"id": 1},
        "description": "songs for the car",
        "duration": 1075,
        "lastUpdated": "2024-02-11T19:12:02.405+0000",
        "created": "2023-07-01T10:00:00.000+0000",
        "type": "USER",
        "publicPlaylist": False,
        "url": f"http://www.tidal.com/playlist/{uuid}",
        "image": COVER,
        "popularity": 0,
        "squareImage": COVER,
        "customImageUrl": None,
        "promotedArtists": [],
        "lastItemAddedAt": "2024-02-11T19:12:02.405+0000",
        **extra,
    }


def mix(mix_id: str = MIX_ID, **extra: Any) -> dict[str, Any]:
    return {
        "id": mix_id,
        "title": "My Daily Discovery",
        "subTitle": "Fresh picks for you",
        "mixType": "DISCOVERY_MIX",
        "images": {
            "SMALL": {"width": 320, "height": 320, "url": "https://images.tidal.com/320.jpg"},
            "LARGE": {"width": 1500, "height": 1500, "url": "https://images.tidal.com/1500.jpg"},
        },
        "dateAdded": "2024-05-01T08:00:00.000+0000",
        **extra,
    }


def offset_page(
    items: list[Any], *, total: int | None = None, offset: int = 0, limit: int = 100
) -> dict[str, Any]:
    return {
        "limit": limit,
        "offset": offset,
        "totalNumberOfItems": len(items) if total is None else total,
        "items": items,
    }


def media_items(*entries: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for entry in entries:
        kind = "video" if entry.get("type") == "Music Video" else "track"
        out.append({"item": entry, "type": kind, "cut": None})
    return out


def collection_item(kind: str = "PLAYLIST", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any]
    if kind == "FOLDER":
        data = {
            "id": FOLDER_ID,
            "name": "Workout",
            "createdAt": "2024-01-01T10:00:00.000Z",
            "lastModifiedAt": "2024-01-02T10:00:00.000Z",
            "totalNumberOfItems": 3,
            "trn": f"trn:folder:{FOLDER_ID}",
        }
        trn = f"trn:folder:{FOLDER_ID}"
    else:
        data = playlist()
        trn = f"trn:playlist:{PLAYLIST_UUID}"
    return {
        "trn": trn,
        "itemType": kind,
        "addedAt": "2024-01-01T10:00:00.000Z",
        "lastModifiedAt": "2024-01-02T10:00:00.000Z",
        "name": data.get("name") or data.get("title"),
        "parent": None,
        "data": data,
        **extra,
    }


def profile(user_id: int = 42, **extra: Any) -> dict[str, Any]:
    return {
        "userId": user_id,
        "name": "alice",
        "color": ["#FF0000"],
        "picture": None,
        "numberOfFollowers": 12,
        "numberOfFollows": 3,
        "trn": f"trn:user:{user_id}",
        **extra,
    }


def credits() -> list[dict[str, Any]]:
    return [
        {"type": "Producer", "contributors": [{"name": "Thomas Bangalter", "id": 3637}]},
        {"type": "Composer", "contributors": [{"name": "Nile Rodgers"}, {"name": "Pharrell Williams"}]},
    ]


def page(*modules: Any) -> dict[str, Any]:
    return {
        "selfLink": None,
        "id": "eyJwIjoiaG9tZSJ9",
        "title": "Home",
        "rows": [{"modules": [module]} for module in modules],
    }


def album_list_module() -> dict[str, Any]:
    return {
        "id": "eyJwIjoiYSJ9",
        "type": "ALBUM_LIST",
        "width": 100,
        "title": "New albums",
        "description": "",
        "preTitle": None,
        "showMore": {"title": "View all", "apiPath": "pages/m_new_albums"},
        "pagedList": {**offset_page([album()], total=50), "dataApiPath": "pages/data/abc"},
    }


def dash_mpd() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" profiles="urn:mpeg:dash:profile:isoff-main:2011" '
        'type="static" minBufferTime="PT3.993S" mediaPresentationDuration="PT0H3M30.000S">'
        '<Period id="0">'
        '<AdaptationSet id="0" contentType="audio" mimeType="audio/mp4" segmentAlignment="true">'
        '<Representation id="FLAC,44100,16" codecs="flac" bandwidth="844047" audioSamplingRate="44100">'
        '<SegmentTemplate timescale="44100" '
        'initialization="https://sp-ad-cf.audio.tidal.com/mediatracks/abc/0.mp4?token=x" '
        'media="https://sp-ad-cf.audio.tidal.com/mediatracks/abc/$Number$.mp4?token=x" startNumber="1">'
        '<SegmentTimeline><S d="176128" r="51"/><S d="81920"/></SegmentTimeline>'
        "</SegmentTemplate></Representation>"
        '<Representation id="AAC,44100" codecs="mp4a.40.2" bandwidth="320000" audioSamplingRate="44100">'
        '<SegmentTemplate timescale="44100" initialization="aac/$RepresentationID$/init.mp4" '
        'media="aac/$RepresentationID$/seg-$Number%05d$-$Time$.mp4" startNumber="0">'
        '<SegmentTimeline><S t="0" d="88200" r="2"/><S d="44100"/></SegmentTimeline>'
        "</SegmentTemplate></Representation>"
        "</AdaptationSet></Period></MPD>"
    )


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def bts_playback(track_id: int = 77646170) -> dict[str, Any]:
    manifest = {
        "mimeType": "audio/flac",
        "codecs": "flac",
        "encryptionType": "NONE",
        "urls": ["https://lgf.audio.tidal.com/mediatracks/abc/0.flac?token=signed"],
    }
    return {
        "trackId": track_id,
        "assetPresentation": "FULL",
        "audioMode": "STEREO",
        "audioQuality": "LOSSLESS",
        "manifestMimeType": "application/vnd.tidal.bts",
        "manifestHash": "hash",
        "manifest": b64(json.dumps(manifest)),
        "albumReplayGain": -9.67,
        "albumPeakAmplitude": 0.999923,
        "trackReplayGain": -9.46,
        "trackPeakAmplitude": 0.988312,
        "bitDepth": 16,
        "sampleRate": 44100,
    }


def dash_playback(track_id: int = 77646170) -> dict[str, Any]:
    return {
        **bts_playback(track_id),
        "audioQuality": "HI_RES_LOSSLESS",
        "manifestMimeType": "application/dash+xml",
        "manifest": b64(dash_mpd()),
        "bitDepth": 24,
        "sampleRate": 96000,
    }
