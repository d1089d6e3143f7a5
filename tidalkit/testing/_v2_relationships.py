"""The relationships of the sandbox's v2 resources: which exist, and the identifiers each one holds.

``RELATIONSHIPS`` is what ``include`` paths are checked against (TIDAL answers an unknown one with 400);
a relationship's view is its item count and a function giving the identifiers of any slice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tidalkit.testing._catalog import Catalog, PlaylistItem, iso_ms
from tidalkit.testing._v2_resources import COLLECTION_KINDS
from tidalkit.testing.config import SandboxConfig

__all__ = ["RELATIONSHIPS", "Identifier", "V2Relationships", "View"]

Identifier = dict[str, Any]
View = tuple[int, Callable[[int, int], list[Identifier]]]

# type → relationship → possible target types (validates ``include`` paths, as TIDAL does with 400)
RELATIONSHIPS: dict[str, dict[str, tuple[str, ...]]] = {
    "tracks": {
        "albums": ("albums",),
        "artists": ("artists",),
        "similarTracks": ("tracks",),
        "providers": ("providers",),
        "radio": ("playlists",),
    },
    "albums": {
        "artists": ("artists",),
        "items": ("tracks", "videos"),
        "similarAlbums": ("albums",),
        "coverArt": ("artworks",),
        "providers": ("providers",),
    },
    "artists": {
        "albums": ("albums",),
        "tracks": ("tracks",),
        "videos": ("videos",),
        "similarArtists": ("artists",),
        "profileArt": ("artworks",),
        "radio": ("playlists",),
    },
    "videos": {
        "artists": ("artists",),
        "albums": ("albums",),
        "thumbnailArt": ("artworks",),
        "providers": ("providers",),
    },
    "playlists": {"items": ("tracks", "videos"), "owners": ("users",), "coverArt": ("artworks",)},
    "searchResults": {
        "tracks": ("tracks",),
        "albums": ("albums",),
        "artists": ("artists",),
        "videos": ("videos",),
        "playlists": ("playlists",),
        "topHits": ("tracks", "albums", "artists", "playlists", "videos"),
    },
    "searchSuggestions": {"directHits": ("tracks", "albums", "artists")},
    "users": {},
    "providers": {},
    "artworks": {},
    **{kind: {"items": (target,), "owners": ("users",)} for kind, target in COLLECTION_KINDS.items()},
}


def _ids(target: str, values: list[int] | range) -> View:
    return len(values), lambda a, b: [{"id": str(v), "type": target} for v in values[a:b]]


def _one(resource_id: str, target: str) -> View:
    return 1, lambda a, b: [{"id": resource_id, "type": target}][a:b]


def _playlist_identifier(item: PlaylistItem) -> Identifier:
    return {
        "id": str(item.id),
        "type": item.kind,
        "meta": {"itemId": item.item_id, "addedAt": iso_ms(item.added_ms)},
    }


class V2Relationships:
    """The views of every resource's relationships (``/{type}/{id}/relationships/{rel}``)."""

    def __init__(self, config: SandboxConfig, catalog: Catalog) -> None:
        self.config = config
        self.catalog = catalog

    def view(self, kind: str, raw_id: str, rel: str) -> View | None:
        """(count, page function) of a relationship, or None when unknown for this type."""
        if rel not in RELATIONSHIPS.get(kind, {}):
            return None
        c = self.catalog
        if kind in ("searchResults", "searchSuggestions"):
            if kind == "searchSuggestions" or rel == "topHits":
                hits: list[Identifier] = []
                for target in ("tracks", "albums", "artists"):
                    hits.extend({"id": str(v), "type": target} for v in c.search(target, raw_id)[:2])
                return len(hits), lambda a, b: hits[a:b]
            found = c.search(rel, raw_id)
            return len(found), lambda a, b: [{"id": str(v), "type": rel} for v in found[a:b]]
        if rel == "owners":  # of a playlist or a collection: the sandbox user owns them all
            return _one(str(self.config.user_id), "users")
        if kind in COLLECTION_KINDS:
            target = COLLECTION_KINDS[kind]
            entries = sorted(c.favorites[target].items(), key=lambda kv: kv[1], reverse=True)
            return len(entries), lambda a, b: [
                {"id": str(k), "type": target, "meta": {"addedAt": iso_ms(ms)}} for k, ms in entries[a:b]
            ]
        if kind == "playlists":
            state = c.playlists[raw_id]
            if rel == "coverArt":
                return _one(f"playlist-{raw_id}", "artworks")
            return len(state), lambda a, b: [_playlist_identifier(item) for item in state.items(a, b)]
        if rel == "radio":  # a track's or an artist's radio: the sandbox's first playlist
            radio: list[Identifier] = [{"id": pid, "type": "playlists"} for pid in list(c.playlists)[:1]]
            return len(radio), lambda a, b: radio[a:b]
        item = int(raw_id)
        if rel == "providers":
            return _ids("providers", [1])
        if kind == "tracks":
            if rel == "albums":
                return _ids("albums", [c.track_album(item)[0]])
            if rel == "artists":
                return _ids("artists", [a for a, _ in c.track_artists(item)])
            return _ids("tracks", c.similar(1, item, c.num_tracks))
        if kind == "albums":
            if rel == "artists":
                return _ids("artists", [c.album_artist(item)])
            if rel == "items":
                tracks = c.album_tracks(item)
                return len(tracks), lambda a, b: [
                    {
                        "id": str(t),
                        "type": "tracks",
                        "meta": {"trackNumber": c.track_album(t)[1], "volumeNumber": 1},
                    }
                    for t in tracks[a:b]
                ]
            if rel == "coverArt":
                return _one(f"album-{item}", "artworks")
            return _ids("albums", c.similar(2, item, c.num_albums))
        if kind == "artists":
            if rel == "albums":
                return _ids("albums", c.artist_albums(item))
            if rel == "tracks":
                return _ids("tracks", [t for a in c.artist_albums(item) for t in c.album_tracks(a)])
            if rel == "videos":
                return _ids("videos", c.artist_videos(item))
            if rel == "profileArt":
                return _one(f"artist-{item}", "artworks")
            return _ids("artists", c.similar(3, item, c.num_artists))
        # videos
        if rel == "artists":
            return _ids("artists", [c.video_artist(item)])
        if rel == "thumbnailArt":
            return _one(f"video-{item}", "artworks")
        return _ids("albums", [])
