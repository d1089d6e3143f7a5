"""v1 pages the sandbox's private API serves: rows of modules shaped like the recorded ones.

Each module type carries the keys TIDAL sends for it (presentation hints such as ``scroll``,
``listFormat``, ``supportsPaging``, ``showTableHeaders``); artist pages open with an ARTIST_HEADER
(bio, artist mix, playback controls). One module has a type no client knows yet.
"""

from __future__ import annotations

import zlib
from typing import Any

from tidalkit.testing._private_payloads import PrivatePayloads

__all__ = ["UNKNOWN_MODULE_TYPE", "page"]

JSONDict = dict[str, Any]
UNKNOWN_MODULE_TYPE = "SANDBOX_FUTURE_MODULE"

# per module type, the extra keys recorded pages carry (beside id, type, width, title, …)
_HINTS: dict[str, JSONDict] = {
    "TRACK_LIST": {
        "listFormat": "NUMBERS",
        "showTableHeaders": True,
        "scroll": None,
        "supportsPaging": False,
    },
    "ALBUM_LIST": {"header": None, "listFormat": None, "scroll": "HORIZONTAL", "supportsPaging": True},
    "ARTIST_LIST": {"header": None, "scroll": "HORIZONTAL", "supportsPaging": True},
    "PLAYLIST_LIST": {"playlistStyle": None, "scroll": "HORIZONTAL", "supportsPaging": False},
}


def _module(page_name: str, index: int, kind: str, title: str, items: list[Any]) -> JSONDict:
    path = f"pages/data/{page_name}-{index}"
    return {
        "id": f"{page_name}-{index}",
        "type": kind,
        "width": 100,
        "title": title,
        "description": "",
        "preTitle": None,
        "layout": None,
        "quickPlay": False,
        **_HINTS[kind],
        "showMore": {"title": "View all", "apiPath": path},
        "pagedList": {
            "limit": len(items),
            "offset": 0,
            "totalNumberOfItems": len(items),
            "dataApiPath": path,
            "items": items,
        },
    }


def _artist_header(payloads: PrivatePayloads, artist: int) -> JSONDict:
    body = payloads.artist(artist)
    module_id = f"artist-{artist}-header"
    controls = [
        {
            "shuffle": shuffle,
            "playbackMode": mode,
            "title": mode.title(),
            "icon": icon,
            "targetModuleId": f"artist-{artist}-1",
        }
        for shuffle, mode, icon in ((True, "SHUFFLE", "shuffle_tracks"), (False, "PLAY", "play"))
    ]
    return {
        "id": module_id,
        "type": "ARTIST_HEADER",
        "width": 100,
        "title": "",
        "description": "",
        "preTitle": "",
        "artist": {key: body[key] for key in ("id", "name", "url", "picture", "artistTypes", "mixes")},
        "bio": {"text": f"{body['name']} makes sandbox music.", "source": "TIDAL"},
        "store": None,
        "artistMix": {"id": body["mixes"]["ARTIST_MIX"]},
        "roleCategories": None,
        "playbackControls": controls,
        "mixes": body["mixes"],
    }


def page(payloads: PrivatePayloads, name: str, artist: int | None = None) -> JSONDict:
    """GET v1/pages/{name}: genre links, track/album/playlist/artist lists and an unknown module."""
    c = payloads.catalog
    base = zlib.crc32(f"{name}:{artist}".encode())
    tracks = c.similar(1, base % c.num_tracks + 1, c.num_tracks, 10)
    albums = c.similar(2, base % c.num_albums + 1, c.num_albums, 10)
    artists = c.similar(3, base % c.num_artists + 1, c.num_artists, 8)
    playlists = list(c.playlists)[:10]
    links = [
        {
            "title": word.capitalize(),
            "icon": None,
            "apiPath": f"pages/genre_{word}",
            "imageId": c.image(90, i),
        }
        for i, word in enumerate(("pop", "rock", "jazz", "hiphop"))
    ]
    rows: list[JSONDict] = [
        {
            "modules": [
                {
                    "id": f"{name}-links",
                    "type": "PAGE_LINKS_CLOUD",
                    "title": "Genres",
                    "width": 100,
                    "pagedList": {"limit": 4, "offset": 0, "totalNumberOfItems": 4, "items": links},
                }
            ]
        },
        {"modules": [_module(name, 1, "TRACK_LIST", "Popular tracks", [payloads.track(t) for t in tracks])]},
        {"modules": [_module(name, 2, "ALBUM_LIST", "New albums", [payloads.album(a) for a in albums])]},
        {
            "modules": [
                _module(
                    name, 3, "PLAYLIST_LIST", "Playlists for you", [payloads.playlist(p) for p in playlists]
                )
            ]
        },
        {"modules": [_module(name, 4, "ARTIST_LIST", "Artists", [payloads.artist(a) for a in artists])]},
        # A module type no client knows yet: TIDAL adds new ones without notice.
        {
            "modules": [
                {
                    "id": f"{name}-future",
                    "type": UNKNOWN_MODULE_TYPE,
                    "width": 100,
                    "title": "Something new",
                    "payload": {"kind": "hologram", "items": [1, 2, 3]},
                }
            ]
        },
    ]
    title = name.replace("_", " ").capitalize()
    if artist is not None:
        rows.insert(0, {"modules": [_artist_header(payloads, artist)]})
        title = c.artist_name(artist)
    return {"selfLink": None, "id": name, "title": title, "rows": rows}
