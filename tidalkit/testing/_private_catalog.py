"""The catalogue endpoints of the sandbox's private API: items, search, pages and playback info.

GET v1/{tracks,albums,artists,videos}/{id}; v1/albums/{id}/items|tracks; v1/artists/{id}/albums|toptracks;
v1/search, v1/search/{type}; v1/pages/{page}; v1/{tracks,videos}/{id}/playbackinfo(postpaywall).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tidalkit.testing._asgi import Mount, Response, SandboxRequest, json_response
from tidalkit.testing._private_pages import page
from tidalkit.testing._private_playback import track_playback, video_playback
from tidalkit.testing._private_requests import Fail, JSONDict, PrivateHandlers, paged

__all__ = ["PrivateCatalog"]

_SEARCH_TYPES = ("artists", "albums", "tracks", "videos", "playlists")


class PrivateCatalog(PrivateHandlers):
    """Handlers of the catalogue routes (a client id or any token may call them)."""

    def register(self, routes: Mount) -> None:
        add = routes.add
        for kind in ("tracks", "albums", "artists", "videos"):
            add("GET", f"/v1/{kind}/{{id}}", f"{kind}.get", self._get(kind))
        add("GET", "/v1/albums/{id}/items", "albums.items", self._album_items(wrap=True))
        add("GET", "/v1/albums/{id}/tracks", "albums.tracks", self._album_items(wrap=False))
        add("GET", "/v1/artists/{id}/albums", "artists.albums", self._artist_albums)
        add("GET", "/v1/artists/{id}/toptracks", "artists.toptracks", self._artist_top_tracks)
        add("GET", "/v1/search", "search", self._search_all)
        for kind in _SEARCH_TYPES:
            add("GET", f"/v1/search/{kind}", f"search.{kind}", self._search_one(kind))
        for kind in ("tracks", "videos"):
            for endpoint in ("playbackinfo", "playbackinfopostpaywall"):
                add("GET", f"/v1/{kind}/{{id}}/{endpoint}", f"{kind}.{endpoint}", self._playback(kind))
        add("GET", "/v1/pages/{page}", "pages", self._page)

    def _get(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            return json_response(200, self.payloads.render(kind, self._id(kind, req.params["id"])))

        return handle

    def _album_items(self, *, wrap: bool) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            album = self._id("albums", req.params["id"])
            limit, offset = self._page_args(req)
            tracks = self.catalog.album_tracks(album)
            items: list[Any] = [
                {"item": self.payloads.track(t), "type": "track"} if wrap else self.payloads.track(t)
                for t in tracks[offset : offset + limit]
            ]
            return json_response(200, paged(limit, offset, len(tracks), items))

        return handle

    def _artist_albums(self, req: SandboxRequest) -> Response:
        artist = self._id("artists", req.params["id"])
        limit, offset = self._page_args(req)
        albums = self.catalog.artist_albums(artist)
        items = [self.payloads.album(a) for a in albums[offset : offset + limit]]
        return json_response(200, paged(limit, offset, len(albums), items))

    def _artist_top_tracks(self, req: SandboxRequest) -> Response:
        artist = self._id("artists", req.params["id"])
        limit, offset = self._page_args(req)
        tracks = [t for a in self.catalog.artist_albums(artist) for t in self.catalog.album_tracks(a)]
        items = [self.payloads.track(t) for t in tracks[offset : offset + limit]]
        return json_response(200, paged(limit, offset, len(tracks), items))

    # ---- search ------------------------------------------------------------------------------
    def _search_block(self, kind: str, query: str, limit: int, offset: int) -> JSONDict:
        hits = self.catalog.search(kind, query)
        items = [self.payloads.render(kind, k) for k in hits[offset : offset + limit]]
        return paged(limit, offset, len(hits), items)

    def _search_all(self, req: SandboxRequest) -> Response:
        query = req.arg("query") or ""
        if not query.strip():
            raise Fail(400, 1002, "query is required")
        limit, offset = self._page_args(req)
        types = [t.lower() for t in req.args("types")] or list(_SEARCH_TYPES)
        payload: JSONDict = {}
        for kind in _SEARCH_TYPES:
            if kind in types:
                payload[kind] = self._search_block(kind, query, limit, offset)
            else:
                payload[kind] = paged(limit, offset, 0, [])
        top = self.catalog.search("tracks", query)
        payload["topHit"] = {"type": "TRACKS", "value": self.payloads.track(int(top[0]))} if top else None
        return json_response(200, payload)

    def _search_one(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            query = req.arg("query") or ""
            if not query.strip():
                raise Fail(400, 1002, "query is required")
            limit, offset = self._page_args(req)
            return json_response(200, self._search_block(kind, query, limit, offset))

        return handle

    # ---- playback and pages --------------------------------------------------------------------
    def _playback(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            """playbackinfo(postpaywall): needs ``countryCode`` as live TIDAL's clients send it."""
            item_id = self._id(kind, req.params["id"])
            if not req.arg("countryCode"):
                raise Fail(400, 1002, "countryCode is required")
            if kind == "tracks":
                quality = req.arg("audioquality") or "LOSSLESS"
                return json_response(200, track_playback(self.catalog, item_id, quality))
            quality = req.arg("videoquality") or "HIGH"
            protected = self.payloads.drifts(5, item_id)  # drifted videos name a DRM licence URL
            return json_response(200, video_playback(self.catalog, item_id, quality, protected=protected))

        return handle

    def _page(self, req: SandboxRequest) -> Response:
        artist = req.arg("artistId")
        artist_id = (
            int(artist) if artist and artist.isdigit() and self.catalog.has("artists", int(artist)) else None
        )
        return json_response(200, page(self.payloads, req.params["page"], artist_id))
