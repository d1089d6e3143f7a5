"""The sandbox's private API (``api.tidal.com/v1`` and ``/v2``): plain JSON, limit/offset pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tidalkit.testing._asgi import Response, Router, SandboxRequest, json_response
from tidalkit.testing._catalog import Catalog, PlaylistItem, PlaylistState, now_ms
from tidalkit.testing._private_pages import UNKNOWN_MODULE_TYPE, page
from tidalkit.testing._private_payloads import PrivatePayloads, private_date
from tidalkit.testing._private_playback import track_playback, video_playback
from tidalkit.testing.config import SandboxConfig

__all__ = ["UNKNOWN_MODULE_TYPE", "SandboxPrivateAPI", "private_error"]

JSONDict = dict[str, Any]
# the form fields live TIDAL takes (tidalapi 0.8.11, tidalapi/user.py); the plural names of older
# documentation are refused with 400
_FAVORITE_FORM = {"tracks": "trackId", "albums": "albumId", "artists": "artistId", "videos": "videoIds"}
_SEARCH_TYPES = ("artists", "albums", "tracks", "videos", "playlists")


def private_error(status: int, sub_status: int, message: str) -> Response:
    """The private API's error body: ``{status, subStatus, userMessage}``."""
    return json_response(status, {"status": status, "subStatus": sub_status, "userMessage": message})


class _Fail(Exception):
    def __init__(self, status: int, sub_status: int, message: str) -> None:
        super().__init__(message)
        self.response = private_error(status, sub_status, message)


def _not_found(what: str) -> _Fail:
    return _Fail(404, 2001, f"{what} not found")


class SandboxPrivateAPI:
    """Handlers of the sandbox's private routes (``api.tidal.com``), mounted under ``/api``.

    GET v1/{tracks,albums,artists,videos}/{id}; v1/albums/{id}/items|tracks; v1/artists/{id}/albums|
    toptracks; v1/playlists/{uuid} (ETag), /items, /tracks; POST/DELETE v1/playlists/{uuid}/items
    (If-None-Match); GET v1/search, v1/search/{type}; v1/users/{uid}/favorites/{type} GET/POST/DELETE
    and /ids; GET v2/favorites/mixes, PUT v2/favorites/mixes/add|remove; v1/users/{uid}, /playlists;
    v1/pages/{page}; v1/sessions; v1/country; GET v1/{tracks,videos}/{id}/playbackinfo(postpaywall);
    PUT v2/my-collection/playlists/folders/create-playlist; GET v2/my-collection/playlists/folders.

    Writes are checked against the request shapes live TIDAL takes; an older shape gets a 400.
    """

    def __init__(self, config: SandboxConfig, catalog: Catalog) -> None:
        self.config = config
        self.catalog = catalog
        self.payloads = PrivatePayloads(config, catalog)

    def register(self, router: Router) -> None:
        add = self._add(router)
        for kind in ("tracks", "albums", "artists", "videos"):
            add("GET", f"/v1/{kind}/{{id}}", f"private.{kind}.get", self._get(kind))
        add("GET", "/v1/albums/{id}/items", "private.albums.items", self._album_items(wrap=True))
        add("GET", "/v1/albums/{id}/tracks", "private.albums.tracks", self._album_items(wrap=False))
        add("GET", "/v1/artists/{id}/albums", "private.artists.albums", self._artist_albums)
        add("GET", "/v1/artists/{id}/toptracks", "private.artists.toptracks", self._artist_top_tracks)
        add("GET", "/v1/playlists/{id}", "private.playlists.get", self._playlist_get)
        add("POST", "/v1/playlists/{id}", "private.playlists.update", self._playlist_update)
        add("DELETE", "/v1/playlists/{id}", "private.playlists.delete", self._playlist_delete)
        add(
            "GET",
            "/v1/playlists/{id}/items",
            "private.playlists.items",
            self._playlist_items(tracks_only=False),
        )
        add(
            "GET",
            "/v1/playlists/{id}/tracks",
            "private.playlists.tracks",
            self._playlist_items(tracks_only=True),
        )
        add("POST", "/v1/playlists/{id}/items", "private.playlists.items.add", self._playlist_add)
        add(
            "DELETE",
            "/v1/playlists/{id}/items/{indices}",
            "private.playlists.items.remove",
            self._playlist_remove,
        )
        add("POST", "/v1/playlists/{id}/items/{indices}", "private.playlists.items.move", self._playlist_move)
        add(
            "PUT",
            "/v2/my-collection/playlists/folders/create-playlist",
            "private.playlists.create",
            self._playlist_create,
        )
        add("GET", "/v2/my-collection/playlists/folders", "private.folders.get", self._folders)
        add("GET", "/v1/search", "private.search", self._search_all)
        for kind in _SEARCH_TYPES:
            add("GET", f"/v1/search/{kind}", f"private.search.{kind}", self._search_one(kind))
        add("GET", "/v1/users/{uid}/favorites/ids", "private.favorites.ids", self._favorite_ids)
        for kind in ("tracks", "albums", "artists", "videos", "playlists"):
            add(
                "GET",
                f"/v1/users/{{uid}}/favorites/{kind}",
                f"private.favorites.{kind}",
                self._favorites(kind),
            )
            add(
                "POST",
                f"/v1/users/{{uid}}/favorites/{kind}",
                f"private.favorites.{kind}.add",
                self._favorite_add(kind),
            )
            add(
                "DELETE",
                f"/v1/users/{{uid}}/favorites/{kind}/{{ids}}",
                f"private.favorites.{kind}.remove",
                self._favorite_remove(kind),
            )
        add("GET", "/v2/favorites/mixes", "private.favorites.mixes", self._favorite_mixes)
        for action in ("add", "remove"):
            add(
                "PUT",
                f"/v2/favorites/mixes/{action}",
                f"private.favorites.mixes.{action}",
                self._mix_edit(action),
            )
        for kind in ("tracks", "videos"):
            for endpoint in ("playbackinfo", "playbackinfopostpaywall"):
                add(
                    "GET",
                    f"/v1/{kind}/{{id}}/{endpoint}",
                    f"private.{kind}.{endpoint}",
                    self._playback(kind),
                )
        add("GET", "/v1/users/{uid}", "private.users.get", self._user)
        add("GET", "/v1/users/{uid}/playlists", "private.users.playlists", self._user_playlists)
        add("GET", "/v1/users/{uid}/subscription", "private.users.subscription", self._subscription)
        add("GET", "/v1/pages/{page}", "private.pages", self._page)
        add("GET", "/v1/sessions", "private.sessions", self._session)
        add("GET", "/v1/country", "private.country", self._country)

    def _add(self, router: Router) -> Callable[[str, str, str, Callable[[SandboxRequest], Response]], None]:
        def add(method: str, path: str, name: str, handler: Callable[[SandboxRequest], Response]) -> None:
            router.add(method, "/api" + path, name, self._guard(handler), api="private")

        return add

    @staticmethod
    def _guard(handler: Callable[[SandboxRequest], Response]) -> Callable[[SandboxRequest], Response]:
        def run(req: SandboxRequest) -> Response:
            try:
                return handler(req)
            except _Fail as exc:
                return exc.response
            except ValueError as exc:
                return private_error(400, 1002, f"Bad request: {exc}")

        return run

    # ---- helpers -----------------------------------------------------------------------------
    def _id(self, kind: str, raw: str) -> int:
        if not raw.isdigit() or not self.catalog.has(kind, int(raw)):
            raise _not_found(kind[:-1].capitalize())
        return int(raw)

    def _page_args(self, req: SandboxRequest) -> tuple[int, int]:
        limit = req.int_arg("limit", self.config.private_default_limit)
        offset = req.int_arg("offset", 0)
        if limit < 0 or offset < 0:
            raise _Fail(400, 1002, "limit and offset must not be negative")
        return min(limit, self.config.private_max_limit), offset

    @staticmethod
    def _cursor_args(req: SandboxRequest) -> tuple[int, int]:
        """(limit ≤ 50, start) of a v2 cursor page; the sandbox's cursors are start offsets."""
        cursor = req.arg("cursor") or "0"
        if not cursor.isdigit():
            raise _Fail(400, 1002, "Invalid cursor")
        return min(req.int_arg("limit", 50), 50), int(cursor)

    @staticmethod
    def _paged(limit: int, offset: int, total: int, items: list[Any]) -> JSONDict:
        return {"limit": limit, "offset": offset, "totalNumberOfItems": total, "items": items}

    def _user_only(self, req: SandboxRequest, uid: str | None = None) -> int:
        if req.user_id is None:
            raise _Fail(401, 11002, "This endpoint needs a user session")
        if uid is not None and uid != str(req.user_id):
            raise _Fail(403, 4005, "Not allowed to access another user's data")
        return req.user_id

    # ---- catalogue handlers ------------------------------------------------------------------
    def _get(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            return json_response(200, self.payloads.render(kind, self._id(kind, req.params["id"])))

        return handle

    def _album_items(self, *, wrap: bool) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            album = self._id("albums", req.params["id"])
            limit, offset = self._page_args(req)
            tracks = self.catalog.album_tracks(album)
            page = tracks[offset : offset + limit]
            items: list[Any] = [
                {"item": self.payloads.track(t), "type": "track"} if wrap else self.payloads.track(t)
                for t in page
            ]
            return json_response(200, self._paged(limit, offset, len(tracks), items))

        return handle

    def _artist_albums(self, req: SandboxRequest) -> Response:
        artist = self._id("artists", req.params["id"])
        limit, offset = self._page_args(req)
        albums = self.catalog.artist_albums(artist)
        items = [self.payloads.album(a) for a in albums[offset : offset + limit]]
        return json_response(200, self._paged(limit, offset, len(albums), items))

    def _artist_top_tracks(self, req: SandboxRequest) -> Response:
        artist = self._id("artists", req.params["id"])
        limit, offset = self._page_args(req)
        tracks = [t for a in self.catalog.artist_albums(artist) for t in self.catalog.album_tracks(a)]
        items = [self.payloads.track(t) for t in tracks[offset : offset + limit]]
        return json_response(200, self._paged(limit, offset, len(tracks), items))

    # ---- playlists ---------------------------------------------------------------------------
    def _playlist_state(self, req: SandboxRequest):
        state = self.catalog.playlists.get(req.params["id"])
        if state is None:
            raise _not_found("Playlist")
        return state

    def _playlist_get(self, req: SandboxRequest) -> Response:
        state = self._playlist_state(req)
        return json_response(
            200, self.payloads.playlist(state.uuid), headers=[(b"etag", state.etag.encode())]
        )

    def _playlist_items(self, *, tracks_only: bool) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            state = self._playlist_state(req)
            limit, offset = self._page_args(req)
            if tracks_only:
                page, total = state.tracks(offset, offset + limit), state.count("tracks")
                items: list[Any] = [self.payloads.track(e.id) for e in page]
            else:
                total = len(state)
                entries = state.items(offset, offset + limit)
                items = [self.payloads.item(e, offset + i) for i, e in enumerate(entries)]
            return json_response(
                200, self._paged(limit, offset, total, items), headers=[(b"etag", state.etag.encode())]
            )

        return handle

    def _check_etag(self, req: SandboxRequest):
        self._user_only(req)
        state = self._playlist_state(req)
        sent = req.headers.get("if-none-match")
        if sent is None:
            raise _Fail(412, 1004, "If-None-Match header with the playlist ETag is required")
        if sent.strip().strip('"') != state.etag.strip('"'):
            raise _Fail(412, 1004, "The playlist has been modified; fetch it again for a fresh ETag")
        return state

    def _edited(self, state: PlaylistState, payload: JSONDict) -> Response:
        state.touch()
        payload.setdefault("lastUpdated", state.updated_ms)
        return json_response(200, payload, headers=[(b"etag", state.etag.encode())])

    def _playlist_add(self, req: SandboxRequest) -> Response:
        state = self._check_etag(req)
        form = req.form()
        entries = state.materialize()
        new: list[PlaylistItem] = []
        raw_ids = form.get("trackIds") or ""
        on_dupes = form.get("onDupes", "FAIL").upper()
        if raw_ids and "toIndex" not in form:
            raise _Fail(400, 1002, "toIndex is required")
        present = {e.id for e in entries if e.kind == "tracks"}
        for raw in [p for p in raw_ids.split(",") if p]:
            if not raw.isdigit() or not self.catalog.has("tracks", int(raw)):
                if form.get("onArtifactNotFound", "FAIL").upper() == "SKIP":
                    continue
                raise _Fail(404, 2001, f"Track {raw} not found")
            if int(raw) in present and on_dupes != "ADD":
                if on_dupes == "SKIP":
                    continue
                raise _Fail(409, 1006, f"Track {raw} is already in the playlist")
            new.append(self.catalog.new_item("tracks", int(raw)))
        to_index = int(form.get("toIndex", len(entries)))
        to_index = len(entries) if to_index < 0 else min(to_index, len(entries))
        entries[to_index:to_index] = new
        return self._edited(state, {"addedItemIds": [e.id for e in new]})

    def _indices(self, raw: str, size: int) -> list[int]:
        try:
            indices = sorted({int(p) for p in raw.split(",") if p})
        except ValueError:
            raise _Fail(400, 1002, "Indices must be comma-separated integers") from None
        if not indices or indices[0] < 0 or indices[-1] >= size:
            raise _Fail(400, 1002, f"Index out of range (playlist has {size} items)")
        return indices

    def _playlist_remove(self, req: SandboxRequest) -> Response:
        state = self._check_etag(req)
        entries = state.materialize()
        drop = set(self._indices(req.params["indices"], len(entries)))
        entries[:] = [e for i, e in enumerate(entries) if i not in drop]
        return self._edited(state, {})

    def _playlist_move(self, req: SandboxRequest) -> Response:
        state = self._check_etag(req)
        entries = state.materialize()
        indices = self._indices(req.params["indices"], len(entries))
        if "toIndex" in req.query:
            raise _Fail(400, 1002, "toIndex belongs in the form body")
        to_index = int(req.form().get("toIndex", "-1"))
        if not 0 <= to_index <= len(entries):
            raise _Fail(400, 1002, "toIndex is required in the form body and must be within the playlist")
        moving = [entries[i] for i in indices]
        before = sum(1 for i in indices if i < to_index)
        rest = [e for i, e in enumerate(entries) if i not in set(indices)]
        rest[to_index - before : to_index - before] = moving
        entries[:] = rest
        return self._edited(state, {})

    def _playlist_update(self, req: SandboxRequest) -> Response:
        state = self._check_etag(req) if "if-none-match" in req.headers else self._playlist_state(req)
        self._user_only(req)
        form = req.form()
        if "title" in form:
            state.title = form["title"]
        if "description" in form:
            state.description = form["description"]
        return self._edited(state, self.payloads.playlist(state.uuid))

    def _playlist_delete(self, req: SandboxRequest) -> Response:
        self._user_only(req)
        state = self._playlist_state(req)
        del self.catalog.playlists[state.uuid]
        self.catalog.favorites["playlists"].pop(state.uuid, None)
        return Response(204)

    def _playlist_create(self, req: SandboxRequest) -> Response:
        self._user_only(req)
        name = req.arg("name")
        if not name:
            raise _Fail(400, 1002, "name is required")
        state = self.catalog.create_playlist(
            name, req.arg("description", "") or "", public=req.arg("isPublic") == "true"
        )
        return json_response(200, self._folder_entry(state.uuid))

    def _folder_entry(self, playlist_id: str) -> JSONDict:
        state = self.catalog.playlists[playlist_id]
        return {
            "trn": f"trn:playlist:{playlist_id}",
            "itemType": "PLAYLIST",
            "addedAt": private_date(state.created_ms),
            "lastModifiedAt": private_date(state.updated_ms),
            "name": state.title,
            "parent": None,
            "data": self.payloads.playlist(playlist_id),
        }

    def _folders(self, req: SandboxRequest) -> Response:
        """GET v2/my-collection/playlists/folders: cursor pages (``cursor``, ``limit`` ≤ 50), no offset."""
        self._user_only(req)
        limit, start = self._cursor_args(req)
        ids = list(self.catalog.playlists)
        if (
            req.arg("folderId", "root") != "root"
            or (req.arg("includeOnly") or "PLAYLIST").upper() == "FOLDER"
        ):
            ids = []
        page = ids[start : start + limit]
        payload = {
            "lastModifiedAt": private_date(
                max((p.updated_ms for p in self.catalog.playlists.values()), default=0)
            ),
            "items": [self._folder_entry(p) for p in page],
            "totalNumberOfItems": len(ids),
            "cursor": str(start + limit) if start + limit < len(ids) else None,
        }
        return json_response(200, payload)

    # ---- search ------------------------------------------------------------------------------
    def _search_block(self, kind: str, query: str, limit: int, offset: int) -> JSONDict:
        hits = self.catalog.search(kind, query)
        items = [self.payloads.render(kind, k) for k in hits[offset : offset + limit]]
        return self._paged(limit, offset, len(hits), items)

    def _search_all(self, req: SandboxRequest) -> Response:
        query = req.arg("query") or ""
        if not query.strip():
            raise _Fail(400, 1002, "query is required")
        limit, offset = self._page_args(req)
        types = [t.lower() for t in req.args("types")] or list(_SEARCH_TYPES)
        payload: JSONDict = {}
        for kind in _SEARCH_TYPES:
            if kind in types:
                payload[kind] = self._search_block(kind, query, limit, offset)
            else:
                payload[kind] = self._paged(limit, offset, 0, [])
        top = self.catalog.search("tracks", query)
        payload["topHit"] = {"type": "TRACKS", "value": self.payloads.track(int(top[0]))} if top else None
        return json_response(200, payload)

    def _search_one(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            query = req.arg("query") or ""
            if not query.strip():
                raise _Fail(400, 1002, "query is required")
            limit, offset = self._page_args(req)
            return json_response(200, self._search_block(kind, query, limit, offset))

        return handle

    # ---- users and favourites ----------------------------------------------------------------
    def _favorites(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            self._user_only(req, req.params["uid"])
            limit, offset = self._page_args(req)
            descending = (req.arg("orderDirection") or "DESC").upper() == "DESC"
            entries = sorted(self.catalog.favorites[kind].items(), key=lambda kv: kv[1], reverse=descending)
            page = entries[offset : offset + limit]
            items = [
                {"created": private_date(ms), "item": self.payloads.render(kind, key)} for key, ms in page
            ]
            return json_response(200, self._paged(limit, offset, len(entries), items))

        return handle

    def _favorite_ids(self, req: SandboxRequest) -> Response:
        self._user_only(req, req.params["uid"])
        fav = self.catalog.favorites
        payload = {
            "TRACK": [str(k) for k in fav["tracks"]],
            "ALBUM": [str(k) for k in fav["albums"]],
            "ARTIST": [str(k) for k in fav["artists"]],
            "VIDEO": [str(k) for k in fav["videos"]],
            "PLAYLIST": [str(k) for k in fav["playlists"]],
        }
        return json_response(200, payload)

    def _parse_keys(self, kind: str, raw: Sequence[str], *, skip_missing: bool) -> list[int | str]:
        keys: list[int | str] = []
        for part in raw:
            key: int | str = int(part) if kind != "playlists" and part.isdigit() else part
            if not self.catalog.has(kind, key):
                if skip_missing:
                    continue
                raise _not_found(kind[:-1].capitalize())
            keys.append(key)
        return keys

    def _favorite_add(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            self._user_only(req, req.params["uid"])
            form = req.form()
            field = "uuids" if kind == "playlists" else _FAVORITE_FORM[kind]
            raw = form.get(field) or ""
            parts = [p for p in raw.split(",") if p]
            if not parts:
                raise _Fail(400, 1002, f"{field} is required (comma-separated ids)")
            if len(parts) > 1000:
                raise _Fail(400, 1002, "At most 1000 ids per request")
            skip = form.get("onArtifactNotFound", "FAIL").upper() == "SKIP"
            favorites = self.catalog.favorites[kind]
            now = now_ms()
            for key in self._parse_keys(kind, parts, skip_missing=skip):
                favorites.pop(key, None)
                favorites[key] = now
            return Response(200, b"", [(b"content-length", b"0")])

        return handle

    def _favorite_remove(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            self._user_only(req, req.params["uid"])
            favorites = self.catalog.favorites[kind]
            for part in req.params["ids"].split(","):
                key: int | str = int(part) if kind != "playlists" and part.isdigit() else part
                favorites.pop(key, None)
            return Response(200, b"", [(b"content-length", b"0")])

        return handle

    def _favorite_mixes(self, req: SandboxRequest) -> Response:
        """GET v2/favorites/mixes: cursor pages; the page's ``lastModifiedAt`` as TIDAL names it today."""
        self._user_only(req)
        limit, start = self._cursor_args(req)
        mixes = sorted(self.catalog.favorite_mixes.items(), key=lambda kv: kv[1], reverse=True)
        page = mixes[start : start + limit]
        payload = self.payloads.mix_page(
            [self.payloads.mix(mix_id, added) for mix_id, added in page],
            cursor=str(start + limit) if start + limit < len(mixes) else None,
            modified_ms=max((added for _, added in mixes), default=0),
        )
        return json_response(200, payload)

    def _mix_edit(self, action: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            """PUT v2/favorites/mixes/{add,remove}: ``mixIds`` and ``onArtifactNotFound`` in the query."""
            self._user_only(req)
            if req.body and "mixIds" in req.form():
                raise _Fail(400, 1002, "mixIds belongs in the query, not the form body")
            ids = req.args("mixIds")
            if not ids or req.arg("onArtifactNotFound") not in ("FAIL", "SKIP"):
                raise _Fail(400, 1002, "mixIds and onArtifactNotFound (FAIL or SKIP) are required")
            mixes = self.catalog.favorite_mixes
            for mix_id in ids:
                if action == "add":
                    mixes[mix_id] = now_ms()
                else:
                    mixes.pop(mix_id, None)
            key = "addedItems" if action == "add" else "deletedItems"
            return json_response(200, {key: ids})

        return handle

    def _playback(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            """playbackinfo(postpaywall): needs ``countryCode`` as live TIDAL's clients send it."""
            item_id = self._id(kind, req.params["id"])
            if not req.arg("countryCode"):
                raise _Fail(400, 1002, "countryCode is required")
            if kind == "tracks":
                quality = req.arg("audioquality") or "LOSSLESS"
                return json_response(200, track_playback(self.catalog, item_id, quality))
            quality = req.arg("videoquality") or "HIGH"
            protected = self.payloads.drifts(5, item_id)  # drifted videos name a DRM licence URL
            return json_response(200, video_playback(self.catalog, item_id, quality, protected=protected))

        return handle

    def _user(self, req: SandboxRequest) -> Response:
        self._user_only(req, req.params["uid"])
        c = self.config
        payload = {
            "id": c.user_id,
            "username": c.username,
            "firstName": "Sandbox",
            "lastName": "User",
            "email": c.username,
            "emailVerified": True,
            "countryCode": c.country_code,
            "created": private_date(1_500_000_000_000),
            "picture": None,
            "newsletter": False,
            "acceptedEULA": True,
            "gender": None,
            "dateOfBirth": None,
            "facebookUid": 0,
            "appleUid": None,
        }
        return json_response(200, payload)

    def _subscription(self, req: SandboxRequest) -> Response:
        self._user_only(req, req.params["uid"])
        payload = {
            "startDate": private_date(1_600_000_000_000),
            "validUntil": private_date(1_900_000_000_000),
            "status": "ACTIVE",
            "subscription": {"type": "HIFI_PLUS", "offlineGracePeriod": 30},
            "highestSoundQuality": "HI_RES_LOSSLESS",
            "premiumAccess": True,
            "canGetTrial": False,
            "paymentType": "CREDIT_CARD",
            "paymentOverdue": False,
        }
        return json_response(200, payload)

    def _user_playlists(self, req: SandboxRequest) -> Response:
        self._user_only(req, req.params["uid"])
        limit, offset = self._page_args(req)
        ids = list(self.catalog.playlists)
        items = [self.payloads.playlist(p) for p in ids[offset : offset + limit]]
        return json_response(200, self._paged(limit, offset, len(ids), items))

    def _session(self, req: SandboxRequest) -> Response:
        user_id = self._user_only(req)
        payload = {
            "sessionId": self.catalog.uuid(80, user_id),
            "userId": user_id,
            "countryCode": self.config.country_code,
            "channelId": 1,
            "partnerId": 1,
            "client": {
                "id": 1,
                "name": "tidalkit sandbox",
                "authorizedForOffline": False,
                "authorizedForOfflineDate": None,
            },
        }
        return json_response(200, payload)

    def _country(self, req: SandboxRequest) -> Response:
        return json_response(200, {"countryCode": self.config.country_code})

    # ---- pages -------------------------------------------------------------------------------
    def _page(self, req: SandboxRequest) -> Response:
        artist = req.arg("artistId")
        artist_id = (
            int(artist) if artist and artist.isdigit() and self.catalog.has("artists", int(artist)) else None
        )
        return json_response(200, page(self.payloads, req.params["page"], artist_id))
