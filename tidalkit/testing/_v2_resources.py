"""The resource objects the sandbox's v2 API serves, with the fields TIDAL served in 2026.

Catalogue resources (tracks, albums, artists, videos) are cached per id; playlists, the user, the user's
collections, providers, artworks and search resources are built per request (they change with edits).
"""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Callable
from typing import Any

from tidalkit.testing._catalog import Catalog, iso_ms
from tidalkit.testing.config import SandboxConfig

__all__ = ["CATALOGUE_KINDS", "COLLECTION_KINDS", "Resource", "V2Resources", "resource_object"]

Resource = dict[str, Any]
Attributes = dict[str, Any]

CATALOGUE_KINDS = ("tracks", "albums", "artists", "videos")
COLLECTION_KINDS = {
    "userCollectionTracks": "tracks",
    "userCollectionAlbums": "albums",
    "userCollectionArtists": "artists",
    "userCollectionVideos": "videos",
    "userCollectionPlaylists": "playlists",
}
_CACHE_LIMIT = 100_000
# artwork id prefix → (catalogue image code, resource type, largest edge in pixels)
_ARTWORKS = {
    "album": (2, "albums", 1280),
    "artist": (3, "artists", 750),
    "video": (4, "videos", 1280),
    "playlist": (5, "playlists", 1080),
}


def resource_object(kind: str, resource_id: int | str, attributes: Attributes) -> Resource:
    """A JSON:API resource object of type ``kind``."""
    return {"id": str(resource_id), "type": kind, "attributes": attributes}


def _duration(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"PT{minutes}M{secs}S" if minutes else f"PT{secs}S"


def _sharing_links(kind: str, item_id: int | str) -> list[dict[str, Any]]:
    singular = kind[:-1]
    return [{"href": f"https://tidal.com/browse/{singular}/{item_id}", "meta": {"type": "TIDAL_SHARING"}}]


class V2Resources:
    """Resource objects (without relationships) by type and id, as ``GET /{type}/{id}`` serves them."""

    def __init__(self, config: SandboxConfig, catalog: Catalog) -> None:
        self.config = config
        self.catalog = catalog
        self._cache: dict[tuple[str, int], Resource] = {}
        self._catalogue: dict[str, Callable[[int], Attributes]] = {
            "tracks": self._track,
            "albums": self._album,
            "artists": self._artist,
            "videos": self._video,
        }

    def int_id(self, kind: str, raw: str) -> int | None:
        """The catalogue id ``raw`` names, or None when it is no id of a ``kind`` resource."""
        if not raw.isdigit():
            return None
        value = int(raw)
        return value if self.catalog.has(kind, value) else None

    def is_me(self, raw_id: str, user_id: int | None) -> bool:
        """Whether ``raw_id`` (``me`` or a number) names the token's user."""
        if user_id is None:
            return False
        return raw_id in ("me", str(user_id))

    def get(self, kind: str, raw_id: str, user_id: int | None) -> Resource | None:
        """The resource object (without relationships) or None. Catalogue resources are cached."""
        build = self._catalogue.get(kind)
        if build is not None:
            item_id = self.int_id(kind, raw_id)
            if item_id is None:
                return None
            key = (kind, item_id)
            cached = self._cache.get(key)
            if cached is None:
                if len(self._cache) > _CACHE_LIMIT:
                    self._cache.clear()
                cached = self._cache[key] = resource_object(kind, item_id, build(item_id))
            return cached
        if kind == "playlists":
            return self.playlist(raw_id) if raw_id in self.catalog.playlists else None
        if kind == "users":
            return self._user() if self.is_me(raw_id, user_id) else None
        if kind in COLLECTION_KINDS:
            return self._user_collection(kind) if self.is_me(raw_id, user_id) else None
        if kind == "providers":
            return self._provider() if raw_id == "1" else None
        if kind == "artworks":
            return self._artwork(raw_id)
        if kind in ("searchResults", "searchSuggestions"):
            return self.search(kind, raw_id)
        return None

    def _track(self, track: int) -> Attributes:
        c = self.catalog
        album, _ = c.track_album(track)
        key, scale = c.key(track)
        year = c.release_date(album).year
        tags = ["LOSSLESS", "HIRES_LOSSLESS"] if c.hires(album) else ["LOSSLESS"]
        return {  # the fields and order of tracks TIDAL served in 2026 (tests/fixtures/real/v2)
            "title": c.track_title(track),
            "version": None,
            "isrc": c.isrc(track),
            "duration": _duration(c.duration(1, track)),
            "copyright": {"text": f"℗ {year} Sandbox Records"},
            "explicit": c.explicit(track),
            "ai": False,
            "key": key,
            "keyScale": scale,
            "bpm": c.bpm(track),
            "popularity": c.popularity(1, track),
            "accessType": "PUBLIC",
            "availability": ["STREAM", "DJ"],
            "mediaTags": tags,
            "toneTags": [],
            "spotlighted": False,
            "createdAt": f"{c.release_date(album).isoformat()}T00:00:00Z",
            "externalLinks": _sharing_links("tracks", track),
        }

    def _album(self, album: int) -> Attributes:
        c = self.catalog
        tracks = c.album_tracks(album)
        count = len(tracks)
        released = c.release_date(album)
        album_type = "SINGLE" if count <= 2 else "EP" if count <= 6 else "ALBUM"
        return {
            "title": c.album_title(album),
            "version": None,
            "barcodeId": c.barcode(album),
            "numberOfVolumes": 1,
            "numberOfItems": count,
            "duration": _duration(sum(c.duration(1, t) for t in tracks)),
            "explicit": any(c.explicit(t) for t in tracks),
            "releaseDate": released.isoformat(),
            "copyright": {"text": f"℗ {released.year} Sandbox Records"},
            "popularity": c.popularity(2, album),
            "accessType": "PUBLIC",
            "availability": ["STREAM", "DJ"],
            "mediaTags": ["LOSSLESS", "HIRES_LOSSLESS"] if c.hires(album) else ["LOSSLESS"],
            "type": album_type,  # deprecated twin of albumType, still served
            "albumType": album_type,
            "ai": False,
            "createdAt": f"{released.isoformat()}T00:00:00Z",
            "externalLinks": _sharing_links("albums", album),
        }

    def _artist(self, artist: int) -> Attributes:
        c = self.catalog
        return {
            "name": c.artist_name(artist),
            "popularity": c.popularity(3, artist),
            "externalLinks": _sharing_links("artists", artist),
            "spotlighted": False,
            "contributionsEnabled": False,
            "ownerType": "LABEL",
        }

    def _video(self, video: int) -> Attributes:
        c = self.catalog
        return {
            "title": c.video_title(video),
            "isrc": c.video_isrc(video),
            "duration": _duration(c.duration(4, video)),
            "explicit": c.explicit(video + 7),
            "popularity": c.popularity(4, video),
            "releaseDate": c.release_date(video).isoformat(),
            "copyright": {"text": "℗ Sandbox Records"},
            "externalLinks": _sharing_links("videos", video),
        }

    def playlist(self, playlist_id: str) -> Resource:
        """The playlist ``playlist_id`` (which must exist) as it stands now."""
        state = self.catalog.playlists[playlist_id]
        size = len(state)
        attributes: Attributes = {
            "name": state.title,
            "description": state.description,
            "bounded": True,
            "duration": _duration(size * 210),
            "numberOfItems": size,
            "numberOfFollowers": 0,
            "createdAt": iso_ms(state.created_ms),
            "lastModifiedAt": iso_ms(state.updated_ms),
            "accessType": "PUBLIC" if state.public else "UNLISTED",
            "playlistType": "USER",
            "externalLinks": _sharing_links("playlists", playlist_id),
        }
        return resource_object("playlists", playlist_id, attributes)

    def _user(self) -> Resource:
        c = self.config
        attributes: Attributes = {
            "username": c.username,
            "country": c.country_code,
            "email": c.username,
            "emailVerified": True,
            "firstName": "Sandbox",
            "lastName": "User",
            "developerAccessTier": "THIRD_PARTY",
        }
        return resource_object("users", c.user_id, attributes)

    def _user_collection(self, kind: str) -> Resource:
        items = self.catalog.favorites[COLLECTION_KINDS[kind]]
        last = max(items.values(), default=1_700_000_000_000)
        attributes: Attributes = {"numberOfItems": len(items), "lastModifiedAt": iso_ms(last)}
        return resource_object(kind, self.config.user_id, attributes)

    def _provider(self) -> Resource:
        return resource_object("providers", 1, {"name": "Sandbox Records"})

    def _artwork(self, raw_id: str) -> Resource | None:
        prefix, _, number = raw_id.partition("-")
        if prefix not in _ARTWORKS:
            return None
        code, kind, size = _ARTWORKS[prefix]
        key: int | str = int(number) if number.isdigit() else number
        if not self.catalog.has(kind, key):
            return None
        image = self.catalog.image(code, key if isinstance(key, int) else zlib.crc32(key.encode()))
        path = image.replace("-", "/")
        files = [
            {
                "href": f"https://resources.tidal.com/images/{path}/{s}x{s}.jpg",
                "meta": {"width": s, "height": s},
            }
            for s in (size, 640, 320, 160)
        ]
        visual = {
            "selectedPaletteColor": "#76756F",
            "blurHash": "UTK1:rM_.8M|~pozWBj@D%t7WBt74nV@xuRj",
            "status": "OK",
        }
        return resource_object(
            "artworks", raw_id, {"mediaType": "IMAGE", "files": files, "visualMetadata": visual}
        )

    def search(self, kind: str, query: str) -> Resource:
        """The ``searchResults`` or ``searchSuggestions`` resource of ``query`` (its id)."""
        attributes: Attributes = {
            "query": query,
            "trackingId": str(uuid.UUID(int=zlib.crc32(query.encode()) << 96 | 0x4000 << 64, version=4)),
        }
        if kind == "searchSuggestions":
            attributes["suggestions"] = [
                {"query": f"{query} {word}", "highlights": [{"start": 0, "length": len(query)}]}
                for word in ("live", "remix", "acoustic")
            ]
        return resource_object(kind, query, attributes)
