"""The JSON the sandbox's private API serves, shaped like payloads recorded from TIDAL.

Every representation follows a recorded template (``tests/fixtures/real/private``): v1 tracks with
their ~35 fields, playlist entries whose placement (``dateAdded``, ``index``, ``itemUuid``) sits
inside ``item``, mixes with ``graphic`` and colours, playback info with a DASH or BTS manifest.
With ``SandboxConfig.private_drift`` above 0, that share of payloads (chosen per id, stable) is served
with the drift real answers show: optional fields missing, nulls, and legacy shapes (placement
beside ``item``, ``lastUpdatedAt`` for ``lastModifiedAt``, a video album without an id).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from tidalkit.testing._catalog import Catalog, PlaylistItem, mix
from tidalkit.testing._private_playback import token
from tidalkit.testing.config import SandboxConfig

__all__ = ["PrivatePayloads", "private_date"]

JSONDict = dict[str, Any]

# fields that older or sparser answers leave out (album track lists recorded in 2023 lack them)
_TRACK_OPTIONAL = (
    "payToStream",
    "adSupportedStreamReady",
    "djReady",
    "stemReady",
    "bpm",
    "key",
    "keyScale",
    "upload",
    "accessType",
    "spotlighted",
    "mediaMetadata",
)
_ALBUM_OPTIONAL = ("payToStream", "adSupportedStreamReady", "djReady", "stemReady", "mediaMetadata", "upload")
_PLACEMENT = ("dateAdded", "index", "itemUuid")


def private_date(ms: int) -> str:
    """The private API's timestamp format: ``2023-11-14T22:13:20.000+0000``."""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def _availability(released: str) -> JSONDict:
    """The streaming flags tracks and albums share, in TIDAL's order."""
    return {
        "allowStreaming": True,
        "streamReady": True,
        "payToStream": False,
        "adSupportedStreamReady": True,
        "djReady": True,
        "stemReady": False,
        "streamStartDate": f"{released}T00:00:00.000+0000",
        "premiumStreamingOnly": False,
    }


class PrivatePayloads:
    """Builds (and caches, per id) the sandbox's private-API JSON from the synthetic catalogue."""

    def __init__(self, config: SandboxConfig, catalog: Catalog) -> None:
        self.config = config
        self.catalog = catalog
        self._cache: dict[tuple[str, int], JSONDict] = {}

    def drifts(self, kind: int, item_id: int) -> bool:
        """Whether this item is served in a drifted shape (a stable choice per kind and id)."""
        share = self.config.private_drift
        return share > 0 and mix(self.catalog.seed, 77, kind, item_id) % 10_000 < share * 10_000

    def _cached(self, kind: str, item_id: int, build: Callable[[int], JSONDict]) -> JSONDict:
        key = (kind, item_id)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 100_000:
                self._cache.clear()
            found = self._cache[key] = build(item_id)
        return found

    # ---- catalogue ---------------------------------------------------------------------------
    def artist_ref(self, artist: int, role: str = "MAIN") -> JSONDict:
        c = self.catalog
        return {
            "id": artist,
            "name": c.artist_name(artist),
            "handle": None,
            "type": role,
            "picture": c.image(3, artist),
        }

    def track(self, track: int) -> JSONDict:
        return self._cached("tracks", track, self._track)

    def _track(self, track: int) -> JSONDict:
        c = self.catalog
        album, number = c.track_album(track)
        artists = [self.artist_ref(a, role) for a, role in c.track_artists(track)]
        key, scale = c.key(track)
        released = c.release_date(album).isoformat()
        payload: JSONDict = {
            "id": track,
            "title": c.track_title(track),
            "duration": c.duration(1, track),
            "replayGain": -round((mix(c.seed, 14, track) % 120) / 10, 2),
            "peak": round(0.9 + (mix(c.seed, 15, track) % 100_000) / 1_000_000, 6),
            **_availability(released),
            "trackNumber": number,
            "volumeNumber": 1,
            "version": "Live" if track % 23 == 0 else None,
            "popularity": int(c.popularity(1, track) * 100),
            "copyright": f"(P) {released[:4]} Sandbox Records",
            "bpm": int(c.bpm(track)),
            "key": key,
            "keyScale": scale,
            "url": f"http://www.tidal.com/track/{track}",
            "isrc": c.isrc(track),
            "editable": False,
            "explicit": c.explicit(track),
            "audioQuality": "LOSSLESS",
            "audioModes": ["STEREO"],
            "mediaMetadata": {"tags": ["LOSSLESS", "HIRES_LOSSLESS"] if c.hires(album) else ["LOSSLESS"]},
            "upload": False,
            "accessType": "PUBLIC",
            "spotlighted": False,
            "artist": artists[0],
            "artists": artists,
            "album": {
                "id": album,
                "title": c.album_title(album),
                "cover": c.image(2, album),
                "vibrantColor": c.color(2, album),
                "videoCover": None,
            },
            "mixes": {"TRACK_MIX": f"001{track:027x}"[:30]},
        }
        if self.drifts(1, track):
            for name in _TRACK_OPTIONAL:
                payload.pop(name, None)
            payload["mixes"] = {"MASTER_TRACK_MIX": f"014{track:027x}"[:30], **payload["mixes"]}
            payload["artist"] = {**artists[0], "picture": None}
        return payload

    def album(self, album: int) -> JSONDict:
        return self._cached("albums", album, self._album)

    def _album(self, album: int) -> JSONDict:
        c = self.catalog
        tracks = c.album_tracks(album)
        artist = self.artist_ref(c.album_artist(album))
        released = c.release_date(album).isoformat()
        payload: JSONDict = {
            "id": album,
            "title": c.album_title(album),
            "duration": sum(c.duration(1, t) for t in tracks),
            **_availability(released),
            "numberOfTracks": len(tracks),
            "numberOfVideos": 0,
            "numberOfVolumes": 1,
            "releaseDate": released,
            "copyright": f"(P) {released[:4]} Sandbox Records",
            "type": "ALBUM" if len(tracks) > 6 else "EP" if len(tracks) > 2 else "SINGLE",
            "version": None,
            "url": f"http://www.tidal.com/album/{album}",
            "cover": c.image(2, album),
            "vibrantColor": c.color(2, album),
            "videoCover": None,
            "explicit": any(c.explicit(t) for t in tracks),
            "upc": c.barcode(album),
            "popularity": int(c.popularity(2, album) * 100),
            "audioQuality": "HI_RES" if c.hires(album) else "LOSSLESS",
            "audioModes": ["STEREO"],
            "mediaMetadata": {"tags": ["LOSSLESS", "HIRES_LOSSLESS"] if c.hires(album) else ["LOSSLESS"]},
            "upload": False,
            "artist": artist,
            "artists": [artist],
        }
        if self.drifts(2, album):
            for name in _ALBUM_OPTIONAL:
                payload.pop(name, None)
        return payload

    def artist(self, artist: int) -> JSONDict:
        return self._cached("artists", artist, self._artist)

    def _artist(self, artist: int) -> JSONDict:
        c = self.catalog
        payload: JSONDict = {
            "id": artist,
            "name": c.artist_name(artist),
            "artistTypes": ["ARTIST", "CONTRIBUTOR"],
            "url": f"http://www.tidal.com/artist/{artist}",
            "picture": c.image(3, artist),
            "selectedAlbumCoverFallback": None,
            "popularity": int(c.popularity(3, artist) * 100),
            "artistRoles": [
                {"categoryId": -1, "category": "Artist"},
                {"categoryId": 11, "category": "Producer"},
            ],
            "mixes": {"ARTIST_MIX": f"000{artist:027x}"[:30]},
            "handle": None,
            "userId": None,
            "spotlighted": False,
        }
        if self.drifts(3, artist):
            payload["picture"] = None
            for name in ("handle", "userId", "spotlighted", "selectedAlbumCoverFallback"):
                payload.pop(name)
        return payload

    def video(self, video: int) -> JSONDict:
        return self._cached("videos", video, self._video)

    def _video(self, video: int) -> JSONDict:
        c = self.catalog
        artist = self.artist_ref(c.video_artist(video))
        released = c.release_date(video).isoformat()
        return {
            "id": video,
            "title": c.video_title(video),
            "volumeNumber": 1,
            "trackNumber": 1,
            "releaseDate": f"{released}T00:00:00.000+0000",
            "imagePath": None,
            "imageId": c.image(4, video),
            "vibrantColor": c.color(4, video),
            "duration": c.duration(4, video),
            "quality": "MP4_1080P",
            "streamReady": True,
            "adSupportedStreamReady": True,
            "djReady": True,
            "stemReady": False,
            "streamStartDate": f"{released}T00:00:00.000+0000",
            "allowStreaming": True,
            "explicit": c.explicit(video + 7),
            "popularity": int(c.popularity(4, video) * 100),
            "type": "Music Video",
            "adsUrl": None,
            "adsPrePaywallOnly": True,
            "artist": artist,
            "artists": [artist],
            # other clients' recordings show a video album with nothing but a null colour
            "album": {"vibrantColor": None} if self.drifts(4, video) else None,
        }

    # ---- playlists ---------------------------------------------------------------------------
    def playlist(self, playlist_id: str) -> JSONDict:
        c = self.catalog
        state = c.playlists[playlist_id]
        size = len(state)
        videos = state.count("videos")
        image = c.image(5, zlib.crc32(playlist_id.encode()))
        promoted = [
            self.artist_ref(c.album_artist(entry.id % c.num_albums + 1)) for entry in state.items(0, 4)
        ]
        return {
            "uuid": playlist_id,
            "title": state.title,
            "numberOfTracks": size - videos,
            "numberOfVideos": videos,
            "creator": {"id": self.config.user_id},
            "description": state.description,
            "duration": size * 210,
            "lastUpdated": private_date(state.updated_ms),
            "created": private_date(state.created_ms),
            "type": "USER",
            "publicPlaylist": state.public,
            "url": f"http://www.tidal.com/playlist/{playlist_id}",
            "image": image,
            "popularity": 0,
            "squareImage": image,
            "customImageUrl": None,
            "promotedArtists": promoted,
            "lastItemAddedAt": private_date(state.updated_ms),
        }

    def item(self, entry: PlaylistItem, position: int | None = None) -> JSONDict:
        """An item-list entry; playlist entries (``position`` given) carry their placement in ``item``."""
        media = self.video(entry.id) if entry.kind == "videos" else self.track(entry.id)
        wrapper: JSONDict = {
            "item": media,
            "type": "video" if entry.kind == "videos" else "track",
            "cut": None,
        }
        if position is None:
            return wrapper
        placement = {
            "dateAdded": private_date(entry.added_ms),
            "index": position * 1000,
            "itemUuid": self.catalog.uuid(32, int(entry.item_id, 16)),
        }
        if self.drifts(6, int(entry.item_id, 16)):
            wrapper.update(placement)  # the older shape: placement beside the item
        else:
            wrapper["item"] = {**media, "description": None, **placement}
        return wrapper

    def render(self, kind: str, key: int | str) -> JSONDict:
        if kind == "playlists":
            return self.playlist(str(key))
        assert isinstance(key, int)
        builders = {"tracks": self.track, "albums": self.album, "artists": self.artist, "videos": self.video}
        return builders[kind](key)

    # ---- mixes -------------------------------------------------------------------------------
    def mix(self, mix_id: str, added_ms: int) -> JSONDict:
        """A mix like the recorded v1 mix object (graphic, colours, image sizes)."""
        c = self.catalog
        h = zlib.crc32(mix_id.encode())
        artist = h % c.num_artists + 1
        images = {
            size: {
                "width": px,
                "height": px,
                "url": f"https://images.sandbox.invalid/{px}/{token(mix_id, px)}",
            }
            for size, px in (("SMALL", 320), ("MEDIUM", 640), ("LARGE", 1500))
        }
        color = c.color(7, h)
        return {
            "id": mix_id,
            "title": c.track_title(h % c.num_tracks + 1),
            "subTitle": c.artist_name(artist),
            "description": None,
            "graphic": {
                "type": "SQUARES_GRID",
                "text": c.artist_name(artist),
                "images": [{"id": c.image(3, artist), "vibrantColor": color, "type": "ARTIST"}],
            },
            "images": images,
            "sharingImages": None,
            "mixType": "TRACK_MIX" if h % 2 else "ARTIST_MIX",
            "mixNumber": None,
            "contentBehavior": "UNRESTRICTED",
            "master": False,
            "titleColor": color,
            "subTitleColor": color,
            "descriptionColor": None,
            "detailImages": images,
            "shortSubtitle": "Created by TIDAL",
            "dateAdded": private_date(added_ms),
        }

    def mix_page(self, items: list[JSONDict], *, cursor: str | None, modified_ms: int) -> JSONDict:
        """A v2/favorites/mixes page; drifted, it names its timestamp ``lastUpdatedAt`` as it used to."""
        stamp = "lastUpdatedAt" if self.drifts(8, modified_ms) else "lastModifiedAt"
        return {stamp: private_date(modified_ms), "items": items, "cursor": cursor}
