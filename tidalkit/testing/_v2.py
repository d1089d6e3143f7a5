"""The sandbox's TIDAL API v2 (``openapi.tidal.com/v2``): JSON:API documents over the catalogue.

Resources carry ``relationships`` only for the paths named in ``include``; related resources go into
``included``. Relationship endpoints page with opaque cursors (``links.next``, ``links.meta.nextCursor``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
import zlib
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from tidalkit.testing._asgi import JSON_API, Response, Router, SandboxRequest, json_response
from tidalkit.testing._catalog import Catalog, PlaylistItem, iso_ms, now_ms
from tidalkit.testing._v2_drift import Drift
from tidalkit.testing.config import SandboxConfig

__all__ = ["V2API", "v2_error"]

Resource = dict[str, Any]
Identifier = dict[str, Any]
View = tuple[int, Callable[[int, int], list[Identifier]]]

PREFIX = "/openapi/v2"
_MAX_INCLUDE_DEPTH = 3
_MAX_WRITE_ITEMS = 50
_IDEMPOTENCY_WINDOW = 3600.0
_COLLECTION_KINDS = {
    "userCollectionTracks": "tracks",
    "userCollectionAlbums": "albums",
    "userCollectionArtists": "artists",
    "userCollectionVideos": "videos",
    "userCollectionPlaylists": "playlists",
}
_KIND_CODE = {"tracks": 1, "albums": 2, "artists": 3, "videos": 4, "playlists": 5}

# type → relationship → possible target types (validates ``include`` paths, as TIDAL does with 400)
RELATIONSHIPS: dict[str, dict[str, tuple[str, ...]]] = {
    "tracks": {
        "albums": ("albums",),
        "artists": ("artists",),
        "similarTracks": ("tracks",),
        "providers": ("providers",),
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
    **{kind: {"items": (target,), "owners": ("users",)} for kind, target in _COLLECTION_KINDS.items()},
}


def v2_error(
    status: int, code: str, detail: str, *, parameter: str | None = None, pointer: str | None = None
) -> Response:
    """A JSON:API errors document."""
    error: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "status": str(status),
        "code": code,
        "detail": detail,
    }
    if parameter:
        error["source"] = {"parameter": parameter}
    elif pointer:
        error["source"] = {"pointer": pointer}
    return json_response(status, {"errors": [error]}, content_type=JSON_API)


class _BadRequest(Exception):
    def __init__(
        self,
        detail: str,
        *,
        parameter: str | None = None,
        pointer: str | None = None,
        code: str = "INVALID_REQUEST",
        status: int = 400,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.parameter = parameter
        self.pointer = pointer
        self.code = code
        self.status = status


class _NotFound(Exception):
    pass


class _Forbidden(Exception):
    pass


def _duration(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"PT{minutes}M{secs}S" if minutes else f"PT{secs}S"


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"sbx:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raw = ""
    if not raw.startswith("sbx:") or not raw[4:].isdigit():
        raise _BadRequest("Invalid page cursor", parameter="page[cursor]")
    return int(raw[4:])


def _doc(payload: dict[str, Any], status: int = 200) -> Response:
    return json_response(status, payload, content_type=JSON_API)


class V2API:
    """Handlers of the v2 routes (``openapi.tidal.com/v2``), mounted under ``/openapi/v2``.

    GET /{tracks,albums,artists,videos,playlists} (``filter[...]``), /{type}/{id},
    /{type}/{id}/relationships/{rel} (cursor pages); POST/PATCH/DELETE /playlists[/{id}];
    POST/DELETE /playlists/{id}/relationships/items; GET /searchResults, /searchSuggestions (+ their
    relationships); GET /users/{id}; GET/POST/DELETE /userCollection{Tracks,...}/{id}/relationships/items.
    """

    def __init__(self, config: SandboxConfig, catalog: Catalog) -> None:
        self.config = config
        self.catalog = catalog
        self.page_size = config.v2_page_size
        self._cache: dict[tuple[str, int], Resource] = {}
        self._idempotency: dict[tuple[str, str, str], tuple[float, str, Response]] = {}
        self.drift = Drift(config.v2_drift, config.seed)

    # ---- routing -------------------------------------------------------------------------------
    def register(self, router: Router) -> None:
        add = self._add(router)
        for kind in ("tracks", "albums", "artists", "videos"):
            add("GET", f"/{kind}", f"v2.{kind}.list", self._collection(kind))
            add("GET", f"/{kind}/{{id}}", f"v2.{kind}.get", self._single(kind))
            add(
                "GET",
                f"/{kind}/{{id}}/relationships/{{rel}}",
                f"v2.{kind}.relationship",
                self._relationship(kind),
            )
        add("GET", "/playlists", "v2.playlists.list", self._playlists_list)
        add("POST", "/playlists", "v2.playlists.create", self._playlists_create)
        add("GET", "/playlists/{id}", "v2.playlists.get", self._single("playlists"))
        add("PATCH", "/playlists/{id}", "v2.playlists.update", self._playlists_update)
        add("DELETE", "/playlists/{id}", "v2.playlists.delete", self._playlists_delete)
        add(
            "GET",
            "/playlists/{id}/relationships/{rel}",
            "v2.playlists.relationship",
            self._relationship("playlists"),
        )
        add("POST", "/playlists/{id}/relationships/items", "v2.playlists.items.add", self._playlist_items_add)
        add(
            "DELETE",
            "/playlists/{id}/relationships/items",
            "v2.playlists.items.remove",
            self._playlist_items_remove,
        )
        add("GET", "/searchResults", "v2.searchResults.get", self._search("searchResults"))
        add(
            "GET",
            "/searchResults/{id}/relationships/{rel}",
            "v2.searchResults.relationship",
            self._relationship("searchResults"),
        )
        add("GET", "/searchSuggestions", "v2.searchSuggestions.get", self._search("searchSuggestions"))
        add(
            "GET",
            "/searchSuggestions/{id}/relationships/{rel}",
            "v2.searchSuggestions.relationship",
            self._relationship("searchSuggestions"),
        )
        add("GET", "/users/{id}", "v2.users.get", self._single("users"))
        for kind in _COLLECTION_KINDS:
            add("GET", f"/{kind}/{{id}}", f"v2.{kind}.get", self._single(kind))
            add(
                "GET",
                f"/{kind}/{{id}}/relationships/{{rel}}",
                f"v2.{kind}.relationship",
                self._relationship(kind),
            )
            add(
                "POST",
                f"/{kind}/{{id}}/relationships/items",
                f"v2.{kind}.items.add",
                self._collection_add(kind),
            )
            add(
                "DELETE",
                f"/{kind}/{{id}}/relationships/items",
                f"v2.{kind}.items.remove",
                self._collection_remove(kind),
            )

    def _add(self, router: Router) -> Callable[[str, str, str, Callable[[SandboxRequest], Response]], None]:
        def add(method: str, path: str, name: str, handler: Callable[[SandboxRequest], Response]) -> None:
            guarded = self._guard(handler)
            if method != "GET":
                guarded = self._idempotent(name, guarded)
            router.add(method, PREFIX + path, name, guarded, api="v2")

        return add

    def _idempotent(
        self, name: str, handler: Callable[[SandboxRequest], Response]
    ) -> Callable[[SandboxRequest], Response]:
        """``Idempotency-Key``: the same key and body within an hour replays the first response;
        the same key with another body is ``422 IDEMPOTENT_REQUEST_PAYLOAD_MISMATCH``."""

        def run(req: SandboxRequest) -> Response:
            key = req.headers.get("idempotency-key")
            if not key:
                return handler(req)
            if len(key) > 128:
                return v2_error(400, "INVALID_REQUEST", "Idempotency-Key is longer than 128 characters")
            now = self.config.clock()
            slot = (name, req.path, key)
            digest = hashlib.sha256(req.body).hexdigest()
            stored = self._idempotency.get(slot)
            if stored is not None and stored[0] > now:
                if stored[1] != digest:
                    return v2_error(
                        422,
                        "IDEMPOTENT_REQUEST_PAYLOAD_MISMATCH",
                        "Idempotency-Key was used with another payload",
                    )
                return stored[2]
            response = handler(req)
            if response.status < 500:
                self._idempotency[slot] = (now + _IDEMPOTENCY_WINDOW, digest, response)
            return response

        return run

    def _guard(self, handler: Callable[[SandboxRequest], Response]) -> Callable[[SandboxRequest], Response]:
        def run(req: SandboxRequest) -> Response:
            try:
                return handler(req)
            except _BadRequest as exc:
                return v2_error(
                    exc.status, exc.code, exc.detail, parameter=exc.parameter, pointer=exc.pointer
                )
            except _Forbidden:
                return v2_error(
                    403, "FORBIDDEN", "This endpoint needs a user token (Authorization Code PKCE)"
                )
            except _NotFound:
                return v2_error(404, "NOT_FOUND", f"Resource not found: {req.path.removeprefix(PREFIX)}")
            except ValueError as exc:
                return v2_error(400, "INVALID_REQUEST", f"Bad request: {exc}")

        return run

    # ---- resources ---------------------------------------------------------------------------
    def _int_id(self, kind: str, raw: str) -> int | None:
        if not raw.isdigit():
            return None
        value = int(raw)
        return value if self.catalog.has(kind, value) else None

    def resource(self, kind: str, raw_id: str, user_id: int | None) -> Resource | None:
        """The resource object (without relationships) or None. Catalogue resources are cached."""
        if kind in ("tracks", "albums", "artists", "videos"):
            item_id = self._int_id(kind, raw_id)
            if item_id is None:
                return None
            key = (kind, item_id)
            cached = self._cache.get(key)
            if cached is None:
                if len(self._cache) > 100_000:
                    self._cache.clear()
                cached = self._cache[key] = getattr(self, f"_{kind}")(item_id)
            return cached
        if kind == "playlists":
            return self._playlist(raw_id) if raw_id in self.catalog.playlists else None
        if kind == "users":
            return self._user() if self._is_me(raw_id, user_id) else None
        if kind in _COLLECTION_KINDS:
            return self._user_collection(kind) if self._is_me(raw_id, user_id) else None
        if kind == "providers":
            return self._provider() if raw_id == "1" else None
        if kind == "artworks":
            return self._artwork(raw_id)
        if kind == "searchResults":
            return self._search_resource(kind, raw_id)
        if kind == "searchSuggestions":
            return self._search_resource(kind, raw_id)
        return None

    def _is_me(self, raw_id: str, user_id: int | None) -> bool:
        if user_id is None:
            return False
        return raw_id in ("me", str(user_id))

    def _links(self, kind: str, item_id: int | str) -> list[dict[str, Any]]:
        singular = kind[:-1]
        return [{"href": f"https://tidal.com/browse/{singular}/{item_id}", "meta": {"type": "TIDAL_SHARING"}}]

    def _tracks(self, track: int) -> Resource:
        c = self.catalog
        album, _ = c.track_album(track)
        key, scale = c.key(track)
        year = c.release_date(album).year
        tags = ["LOSSLESS", "HIRES_LOSSLESS"] if c.hires(album) else ["LOSSLESS"]
        return _resource(
            "tracks",
            track,
            {  # the fields and order of tracks TIDAL served in 2026 (tests/fixtures/real/v2)
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
                "externalLinks": self._links("tracks", track),
            },
        )

    def _albums(self, album: int) -> Resource:
        c = self.catalog
        tracks = c.album_tracks(album)
        count = len(tracks)
        released = c.release_date(album)
        album_type = "SINGLE" if count <= 2 else "EP" if count <= 6 else "ALBUM"
        return _resource(
            "albums",
            album,
            {
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
                "externalLinks": self._links("albums", album),
            },
        )

    def _artists(self, artist: int) -> Resource:
        c = self.catalog
        return _resource(
            "artists",
            artist,
            {
                "name": c.artist_name(artist),
                "popularity": c.popularity(3, artist),
                "externalLinks": self._links("artists", artist),
                "spotlighted": False,
                "contributionsEnabled": False,
                "ownerType": "LABEL",
            },
        )

    def _videos(self, video: int) -> Resource:
        c = self.catalog
        return _resource(
            "videos",
            video,
            {
                "title": c.video_title(video),
                "isrc": c.video_isrc(video),
                "duration": _duration(c.duration(4, video)),
                "explicit": c.explicit(video + 7),
                "popularity": c.popularity(4, video),
                "releaseDate": c.release_date(video).isoformat(),
                "copyright": {"text": "℗ Sandbox Records"},
                "externalLinks": self._links("videos", video),
            },
        )

    def _playlist(self, playlist_id: str) -> Resource:
        state = self.catalog.playlists[playlist_id]
        size = len(state)
        return _resource(
            "playlists",
            playlist_id,
            {
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
                "externalLinks": [
                    {
                        "href": f"https://tidal.com/browse/playlist/{playlist_id}",
                        "meta": {"type": "TIDAL_SHARING"},
                    }
                ],
            },
        )

    def _user(self) -> Resource:
        c = self.config
        return _resource(
            "users",
            c.user_id,
            {
                "username": c.username,
                "country": c.country_code,
                "email": c.username,
                "emailVerified": True,
                "firstName": "Sandbox",
                "lastName": "User",
                "developerAccessTier": "THIRD_PARTY",
            },
        )

    def _user_collection(self, kind: str) -> Resource:
        items = self.catalog.favorites[_COLLECTION_KINDS[kind]]
        last = max(items.values(), default=1_700_000_000_000)
        return {
            "id": str(self.config.user_id),
            "type": kind,
            "attributes": {"numberOfItems": len(items), "lastModifiedAt": iso_ms(last)},
        }

    def _provider(self) -> Resource:
        return {"id": "1", "type": "providers", "attributes": {"name": "Sandbox Records"}}

    def _artwork(self, raw_id: str) -> Resource | None:
        prefix, _, number = raw_id.partition("-")
        kinds = {
            "album": (2, "albums", 1280),
            "artist": (3, "artists", 750),
            "video": (4, "videos", 1280),
            "playlist": (5, "playlists", 1080),
        }
        if prefix not in kinds:
            return None
        code, kind, size = kinds[prefix]
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
        return _resource("artworks", raw_id, {"mediaType": "IMAGE", "files": files, "visualMetadata": visual})

    def _search_resource(self, kind: str, query: str) -> Resource:
        attributes: dict[str, Any] = {
            "query": query,
            "trackingId": str(uuid.UUID(int=zlib.crc32(query.encode()) << 96 | 0x4000 << 64, version=4)),
        }
        if kind == "searchSuggestions":
            attributes["suggestions"] = [
                {"query": f"{query} {word}", "highlights": [{"start": 0, "length": len(query)}]}
                for word in ("live", "remix", "acoustic")
            ]
        return _resource(kind, query, attributes)

    # ---- relationships -----------------------------------------------------------------------
    def view(self, kind: str, raw_id: str, rel: str, user_id: int | None) -> View | None:
        """(count, page function) of a relationship, or None when unknown for this type."""
        if rel not in RELATIONSHIPS.get(kind, {}):
            return None
        c = self.catalog

        def ids(target: str, values: list[int] | range) -> View:
            return len(values), lambda a, b: [{"id": str(v), "type": target} for v in values[a:b]]

        if kind in ("searchResults", "searchSuggestions"):
            if kind == "searchSuggestions" or rel == "topHits":
                hits: list[Identifier] = []
                for target in ("tracks", "albums", "artists"):
                    hits.extend({"id": str(v), "type": target} for v in c.search(target, raw_id)[:2])
                return len(hits), lambda a, b: hits[a:b]
            found = c.search(rel, raw_id)
            return len(found), lambda a, b: [{"id": str(v), "type": rel} for v in found[a:b]]
        if kind in _COLLECTION_KINDS:
            if rel == "owners":
                return 1, lambda a, b: [{"id": str(self.config.user_id), "type": "users"}][a:b]
            target = _COLLECTION_KINDS[kind]
            entries = sorted(c.favorites[target].items(), key=lambda kv: kv[1], reverse=True)
            return len(entries), lambda a, b: [
                {"id": str(k), "type": target, "meta": {"addedAt": iso_ms(ms)}} for k, ms in entries[a:b]
            ]
        if kind == "playlists":
            state = c.playlists[raw_id]
            if rel == "owners":
                return 1, lambda a, b: [{"id": str(self.config.user_id), "type": "users"}][a:b]
            if rel == "coverArt":
                return 1, lambda a, b: [{"id": f"playlist-{raw_id}", "type": "artworks"}][a:b]
            return len(state), lambda a, b: [_playlist_identifier(item) for item in state.items(a, b)]
        item = int(raw_id)
        if kind == "tracks":
            if rel == "albums":
                return ids("albums", [c.track_album(item)[0]])
            if rel == "artists":
                return ids("artists", [a for a, _ in c.track_artists(item)])
            if rel == "providers":
                return ids("providers", [1])
            return ids("tracks", c.similar(1, item, c.num_tracks))
        if kind == "albums":
            if rel == "artists":
                return ids("artists", [c.album_artist(item)])
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
                return 1, lambda a, b: [{"id": f"album-{item}", "type": "artworks"}][a:b]
            if rel == "providers":
                return ids("providers", [1])
            return ids("albums", c.similar(2, item, c.num_albums))
        if kind == "artists":
            if rel == "albums":
                return ids("albums", c.artist_albums(item))
            if rel == "tracks":
                return ids("tracks", [t for a in c.artist_albums(item) for t in c.album_tracks(a)])
            if rel == "videos":
                return ids("videos", c.artist_videos(item))
            if rel == "profileArt":
                return 1, lambda a, b: [{"id": f"artist-{item}", "type": "artworks"}][a:b]
            return ids("artists", c.similar(3, item, c.num_artists))
        # videos
        if rel == "artists":
            return ids("artists", [c.video_artist(item)])
        if rel == "thumbnailArt":
            return 1, lambda a, b: [{"id": f"video-{item}", "type": "artworks"}][a:b]
        if rel == "providers":
            return ids("providers", [1])
        return ids("albums", [])

    def _include_paths(self, req: SandboxRequest, kind: str) -> list[list[str]]:
        paths: list[list[str]] = []
        for raw in req.args("include"):
            path = raw.split(".")
            if len(path) > _MAX_INCLUDE_DEPTH:
                raise _BadRequest(
                    f"Include path {raw!r} is deeper than {_MAX_INCLUDE_DEPTH}", parameter="include"
                )
            types = {kind}
            for segment in path:
                targets = [RELATIONSHIPS[t][segment] for t in types if segment in RELATIONSHIPS.get(t, {})]
                if not targets:
                    raise _BadRequest(f"Unknown include path {raw!r} for {kind}", parameter="include")
                types = {t for group in targets for t in group}
            paths.append(path)
        return paths

    def _relationship_object(self, kind: str, raw_id: str, rel: str, view: View) -> dict[str, Any]:
        count, page = view
        links: dict[str, Any] = {"self": f"/{kind}/{quote(raw_id)}/relationships/{rel}"}
        if count > self.page_size:
            cursor = encode_cursor(self.page_size)
            links["next"] = f"{links['self']}?page[cursor]={cursor}"
            links["meta"] = {"nextCursor": cursor}
        return {"data": page(0, self.page_size), "links": links}

    def _resolve(
        self, primaries: list[Resource], paths: list[list[str]], user_id: int | None
    ) -> list[Resource]:
        """Fill ``relationships`` along every include path; return the ``included`` resources."""
        known: dict[tuple[str, str], Resource] = {(r["type"], r["id"]): r for r in primaries}
        included: dict[tuple[str, str], Resource] = {}
        for path in paths:
            level = primaries
            for segment in path:
                following: list[Resource] = []
                for res in level:
                    rels = res.setdefault("relationships", {})
                    rel_obj = rels.get(segment)
                    if rel_obj is None:
                        view = self.view(res["type"], res["id"], segment, user_id)
                        if view is None:
                            continue
                        rel_obj = rels[segment] = self._relationship_object(
                            res["type"], res["id"], segment, view
                        )
                    for ident in rel_obj["data"]:
                        key = (ident["type"], ident["id"])
                        target = known.get(key) or included.get(key)
                        if target is None:
                            found = self.resource(ident["type"], ident["id"], user_id)
                            if found is None:
                                continue
                            target = included[key] = dict(found)
                        following.append(target)
                level = following
        return list(included.values())

    def _document(
        self, data: Resource | list[Resource], req: SandboxRequest, kind: str, self_link: str
    ) -> Response:
        primaries = [dict(data)] if isinstance(data, dict) else [dict(r) for r in data]
        paths = self._include_paths(req, kind)
        included = self._resolve(primaries, paths, req.user_id) if paths else None
        primaries = [self.drift.resource(r) for r in primaries]
        payload: dict[str, Any] = {"data": primaries[0] if isinstance(data, dict) else primaries}
        if included is not None:
            payload["included"] = self.drift.included(included)
        payload["links"] = {"self": self_link}
        return _doc(payload)

    # ---- GET handlers ------------------------------------------------------------------------
    def _single(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            raw_id = req.params["id"]
            if kind in _COLLECTION_KINDS or kind == "users":
                self._need_user(req)
            found = self.resource(kind, raw_id, req.user_id)
            if found is None:
                raise _NotFound
            return self._document(found, req, kind, f"/{kind}/{quote(raw_id)}")

        return handle

    def _need_user(self, req: SandboxRequest) -> None:
        if req.user_id is None:
            raise _Forbidden

    def _collection(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            c = self.catalog
            wanted: list[str] = list(dict.fromkeys(req.args("filter[id]")))
            cap = self.config.v2_max_filter_ids
            if cap is not None and len(wanted) > cap:
                raise _BadRequest(f"filter[id] takes at most {cap} ids", parameter="filter[id]")
            codes = req.args("filter[isrc]") if kind in ("tracks", "videos") else []
            codes += req.args("filter[barcodeId]") if kind == "albums" else []
            if not wanted and not codes:
                raise _BadRequest(
                    f"A filter is required on /{kind} (filter[id], filter[isrc], ...)", parameter="filter[id]"
                )
            for code in codes:
                if kind == "tracks":
                    found = c.track_by_isrc(code)
                elif kind == "videos":
                    found = c.video_by_isrc(code)
                else:
                    found = c.album_by_barcode(code)
                if found is not None and str(found) not in wanted:
                    wanted.append(str(found))
            resources = [r for r in (self.resource(kind, i, req.user_id) for i in wanted) if r is not None]
            return self._document(resources, req, kind, f"/{kind}?{req.query_string}")

        return handle

    def _playlists_list(self, req: SandboxRequest) -> Response:
        wanted = list(dict.fromkeys(req.args("filter[id]")))
        owners = req.args("filter[owners.id]")
        if not wanted and not owners:
            raise _BadRequest("A filter is required on /playlists", parameter="filter[id]")
        if owners:
            if not any(self._is_me(o, req.user_id) for o in owners):
                return self._document([], req, "playlists", f"/playlists?{req.query_string}")
            ids = list(self.catalog.playlists)[::-1]
            offset = decode_cursor(req.arg("page[cursor]") or encode_cursor(0))
            page = ids[offset : offset + self.page_size]
            response_payload: dict[str, Any] = {"data": [self._playlist(p) for p in page]}
            primaries: list[Resource] = response_payload["data"]
            paths = self._include_paths(req, "playlists")
            if paths:
                response_payload["included"] = self._resolve(primaries, paths, req.user_id)
            links: dict[str, Any] = {"self": f"/playlists?{req.query_string}"}
            if offset + self.page_size < len(ids):
                cursor = encode_cursor(offset + self.page_size)
                links["next"] = f"/playlists?filter[owners.id]={owners[0]}&page[cursor]={cursor}"
                links["meta"] = {"nextCursor": cursor}
            response_payload["links"] = links
            return _doc(response_payload)
        resources = [r for r in (self.resource("playlists", i, req.user_id) for i in wanted) if r is not None]
        return self._document(resources, req, "playlists", f"/playlists?{req.query_string}")

    def _relationship(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            raw_id, rel = req.params["id"], req.params["rel"]
            if kind in _COLLECTION_KINDS:
                self._need_user(req)
            if kind in ("searchResults", "searchSuggestions"):
                if not raw_id.strip():
                    raise _NotFound
            elif self.resource(kind, raw_id, req.user_id) is None:
                raise _NotFound
            view = self.view(kind, raw_id, rel, req.user_id)
            if view is None:
                raise _NotFound
            count, page = view
            offset = decode_cursor(req.arg("page[cursor]") or encode_cursor(0))
            data = page(offset, offset + self.page_size)
            self_link = f"/{kind}/{quote(raw_id)}/relationships/{rel}"
            links: dict[str, Any] = {
                "self": self_link + (f"?page[cursor]={req.arg('page[cursor]')}" if offset else "")
            }
            if offset + self.page_size < count:
                cursor = encode_cursor(offset + self.page_size)
                links["next"] = f"{self_link}?page[cursor]={cursor}"
                links["meta"] = {"nextCursor": cursor}
            payload: dict[str, Any] = {"data": data, "links": links}
            paths = self._include_paths(req, kind)
            if paths:
                # Paths are relative to the root resource; on a relationship endpoint the first segment
                # must be the relationship itself.
                if any(p[0] != rel for p in paths):
                    raise _BadRequest(f"Include paths here must start with {rel!r}", parameter="include")
                root: Resource = {"type": kind, "id": raw_id, "relationships": {rel: {"data": data}}}
                payload["included"] = self.drift.included(self._resolve([root], paths, req.user_id))
            return _doc(payload)

        return handle

    def _search(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            query = req.arg("filter[query]") or ""
            if not query.strip():
                raise _BadRequest("filter[query] is required", parameter="filter[query]")
            if len(query) > 256:
                raise _BadRequest("filter[query] is longer than 256 characters", parameter="filter[query]")
            resource = self._search_resource(kind, query)
            return self._document([resource], req, kind, f"/{kind}?{req.query_string}")

        return handle

    # ---- writes ------------------------------------------------------------------------------
    def _body(self, req: SandboxRequest) -> dict[str, Any]:
        content_type = req.headers.get("content-type", "application/vnd.api+json")
        if "json" not in content_type:
            raise _BadRequest(
                "Unsupported media type; send application/vnd.api+json",
                code="UNSUPPORTED_MEDIA_TYPE",
                status=415,
            )
        try:
            body = req.json()
        except ValueError:
            raise _BadRequest("Request body is not valid JSON", pointer="/") from None
        if not isinstance(body, dict):
            raise _BadRequest("Request body must be a JSON:API document", pointer="/")
        return body  # pyright: ignore[reportUnknownVariableType]

    def _write_items(self, body: dict[str, Any], allowed: tuple[str, ...]) -> list[dict[str, Any]]:
        data = body.get("data")
        if not isinstance(data, list) or not data:
            raise _BadRequest("data must be a non-empty array", pointer="/data")
        items: list[dict[str, Any]] = [d for d in data if isinstance(d, dict)]  # pyright: ignore[reportUnknownVariableType]
        if len(items) != len(data) or len(items) > _MAX_WRITE_ITEMS:  # pyright: ignore[reportUnknownArgumentType]
            raise _BadRequest(f"data must hold 1 to {_MAX_WRITE_ITEMS} resource identifiers", pointer="/data")
        for index, item in enumerate(items):
            if item.get("type") not in allowed or not isinstance(item.get("id"), str):
                raise _BadRequest(
                    f"Identifier must have a string id and type in {allowed}", pointer=f"/data/{index}"
                )
        return items

    def _owned_playlist(self, req: SandboxRequest) -> str:
        self._need_user(req)
        playlist_id = req.params["id"]
        if playlist_id not in self.catalog.playlists:
            raise _NotFound
        return playlist_id

    def _playlists_create(self, req: SandboxRequest) -> Response:
        self._need_user(req)
        attrs = _attributes(self._body(req))
        if not isinstance(attrs.get("name"), str):
            raise _BadRequest("data.attributes.name is required", pointer="/data/attributes/name")
        state = self.catalog.create_playlist(
            attrs["name"], str(attrs.get("description") or ""), public=attrs.get("accessType") == "PUBLIC"
        )
        return _doc({"data": self._playlist(state.uuid), "links": {"self": f"/playlists/{state.uuid}"}}, 201)

    def _playlists_update(self, req: SandboxRequest) -> Response:
        playlist_id = self._owned_playlist(req)
        attrs = _attributes(self._body(req))
        state = self.catalog.playlists[playlist_id]
        if "name" in attrs:
            state.title = str(attrs["name"])
        if "description" in attrs:
            state.description = str(attrs["description"] or "")
        if "accessType" in attrs:
            state.public = attrs["accessType"] == "PUBLIC"
        state.touch()
        return _doc({"data": self._playlist(playlist_id), "links": {"self": f"/playlists/{playlist_id}"}})

    def _playlists_delete(self, req: SandboxRequest) -> Response:
        playlist_id = self._owned_playlist(req)
        del self.catalog.playlists[playlist_id]
        self.catalog.favorites["playlists"].pop(playlist_id, None)
        return _doc({"links": {"self": f"/playlists/{playlist_id}"}, "meta": {}})

    def _playlist_items_add(self, req: SandboxRequest) -> Response:
        playlist_id = self._owned_playlist(req)
        body = self._body(req)
        items = self._write_items(body, ("tracks", "videos"))
        state = self.catalog.playlists[playlist_id]
        entries = state.materialize()
        meta: Any = body.get("meta")
        position = len(entries)
        if isinstance(meta, dict) and meta.get("positionBefore"):  # pyright: ignore[reportUnknownMemberType]
            before = str(meta["positionBefore"])  # pyright: ignore[reportUnknownArgumentType]
            position = next((i for i, e in enumerate(entries) if e.item_id == before), -1)
            if position < 0:
                raise _BadRequest(
                    "meta.positionBefore names no item of this playlist", pointer="/meta/positionBefore"
                )
        added: list[Identifier] = []
        skipped: list[dict[str, Any]] = []
        new: list[PlaylistItem] = []
        for item in items:
            number = self._int_id(item["type"], item["id"])
            if number is None:
                skipped.append({"id": item["id"], "type": item["type"], "reason": "NOT_FOUND"})
                continue
            entry = self.catalog.new_item(item["type"], number)
            new.append(entry)
            added.append(
                {
                    "id": item["id"],
                    "type": item["type"],
                    "meta": {"itemId": entry.item_id, "addedAt": iso_ms(entry.added_ms)},
                }
            )
        entries[position:position] = new
        state.touch()
        payload: dict[str, Any] = {
            "data": added,
            "links": {"self": f"/playlists/{playlist_id}/relationships/items"},
        }
        payload["meta"] = {"skipped": skipped}
        return _doc(payload)

    def _playlist_items_remove(self, req: SandboxRequest) -> Response:
        playlist_id = self._owned_playlist(req)
        items = self._write_items(self._body(req), ("tracks", "videos"))
        remove: set[str] = set()
        for index, item in enumerate(items):
            meta: Any = item.get("meta")
            if not isinstance(meta, dict) or not isinstance(meta.get("itemId"), str):  # pyright: ignore[reportUnknownMemberType]
                raise _BadRequest("Each item needs meta.itemId", pointer=f"/data/{index}/meta/itemId")
            remove.add(meta["itemId"])  # pyright: ignore[reportUnknownArgumentType]
        state = self.catalog.playlists[playlist_id]
        entries = state.materialize()
        entries[:] = [e for e in entries if e.item_id not in remove]
        state.touch()
        return _doc({"links": {"self": f"/playlists/{playlist_id}/relationships/items"}, "meta": {}})

    def _collection_write(
        self, req: SandboxRequest, target: str
    ) -> tuple[list[dict[str, Any]], dict[int | str, int]]:
        """The items of a write to the signed-in user's ``target`` collection, and that collection."""
        self._need_user(req)
        if not self._is_me(req.params["id"], req.user_id):
            raise _NotFound
        return self._write_items(self._body(req), (target,)), self.catalog.favorites[target]

    def _collection_add(self, kind: str) -> Callable[[SandboxRequest], Response]:
        target = _COLLECTION_KINDS[kind]

        def handle(req: SandboxRequest) -> Response:
            items, favorites = self._collection_write(req, target)
            added: list[Identifier] = []
            skipped: list[dict[str, Any]] = []
            for item in items:
                key: int | str | None = (
                    item["id"] if target == "playlists" else self._int_id(target, item["id"])
                )
                if key is None or not self.catalog.has(target, key):
                    skipped.append({"id": item["id"], "type": target, "reason": "NOT_FOUND"})
                    continue
                favorites.pop(key, None)
                favorites[key] = now_ms()
                added.append({"id": item["id"], "type": target, "meta": {"addedAt": iso_ms(favorites[key])}})
            links = {"self": f"/{kind}/{req.params['id']}/relationships/items"}
            return _doc({"data": added, "links": links, "meta": {"skipped": skipped}})

        return handle

    def _collection_remove(self, kind: str) -> Callable[[SandboxRequest], Response]:
        target = _COLLECTION_KINDS[kind]

        def handle(req: SandboxRequest) -> Response:
            items, favorites = self._collection_write(req, target)
            for item in items:
                key: int | str = (
                    item["id"]
                    if target == "playlists"
                    else int(item["id"])
                    if item["id"].isdigit()
                    else item["id"]
                )
                favorites.pop(key, None)
            return _doc({"links": {"self": f"/{kind}/{req.params['id']}/relationships/items"}, "meta": {}})

        return handle


def _resource(kind: str, resource_id: int | str, attributes: dict[str, Any]) -> Resource:
    """A JSON:API resource object of type ``kind``."""
    return {"id": str(resource_id), "type": kind, "attributes": attributes}


def _attributes(body: dict[str, Any]) -> dict[str, Any]:
    data: Any = body.get("data")
    attributes: Any = None
    if isinstance(data, dict):
        attributes = data.get("attributes", {})  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    if not isinstance(attributes, dict):
        raise _BadRequest("data.attributes must be an object", pointer="/data/attributes")
    return attributes  # pyright: ignore[reportUnknownVariableType]


def _playlist_identifier(item: PlaylistItem) -> Identifier:
    return {
        "id": str(item.id),
        "type": item.kind,
        "meta": {"itemId": item.item_id, "addedAt": iso_ms(item.added_ms)},
    }
