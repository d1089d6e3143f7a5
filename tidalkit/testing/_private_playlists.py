"""The playlist endpoints of the sandbox's private API, with the ETag checks live TIDAL makes.

GET v1/playlists/{uuid} (ETag), /items, /tracks; POST v1/playlists/{uuid} (title, description),
DELETE v1/playlists/{uuid}; POST v1/playlists/{uuid}/items, DELETE|POST v1/playlists/{uuid}/items/{indices}
(remove, move; each needs ``If-None-Match``); GET v1/users/{uid}/playlists;
PUT v2/my-collection/playlists/folders/create-playlist; GET v2/my-collection/playlists/folders.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tidalkit.testing._asgi import Mount, Response, SandboxRequest, json_response
from tidalkit.testing._catalog import PlaylistItem, PlaylistState
from tidalkit.testing._private_payloads import private_date
from tidalkit.testing._private_requests import Fail, JSONDict, PrivateHandlers, cursor_args, not_found, paged

__all__ = ["PrivatePlaylists"]


def _indices(raw: str, size: int) -> list[int]:
    try:
        indices = sorted({int(p) for p in raw.split(",") if p})
    except ValueError:
        raise Fail(400, 1002, "Indices must be comma-separated integers") from None
    if not indices or indices[0] < 0 or indices[-1] >= size:
        raise Fail(400, 1002, f"Index out of range (playlist has {size} items)")
    return indices


def _edited(state: PlaylistState, payload: JSONDict) -> Response:
    state.touch()
    payload.setdefault("lastUpdated", state.updated_ms)
    return json_response(200, payload, headers=[(b"etag", state.etag.encode())])


class PrivatePlaylists(PrivateHandlers):
    """Handlers of the playlist routes; edits need a user session."""

    def register(self, routes: Mount) -> None:
        add = routes.add
        add("GET", "/v1/playlists/{id}", "playlists.get", self._playlist_get)
        add("POST", "/v1/playlists/{id}", "playlists.update", self._playlist_update)
        add("DELETE", "/v1/playlists/{id}", "playlists.delete", self._playlist_delete)
        add("GET", "/v1/playlists/{id}/items", "playlists.items", self._playlist_items(tracks_only=False))
        add("GET", "/v1/playlists/{id}/tracks", "playlists.tracks", self._playlist_items(tracks_only=True))
        add("POST", "/v1/playlists/{id}/items", "playlists.items.add", self._playlist_add)
        add("DELETE", "/v1/playlists/{id}/items/{indices}", "playlists.items.remove", self._playlist_remove)
        add("POST", "/v1/playlists/{id}/items/{indices}", "playlists.items.move", self._playlist_move)
        add("GET", "/v1/users/{uid}/playlists", "users.playlists", self._user_playlists)
        folders = "/v2/my-collection/playlists/folders"
        add("PUT", f"{folders}/create-playlist", "playlists.create", self._playlist_create)
        add("GET", folders, "folders.get", self._folders)

    def _playlist_state(self, req: SandboxRequest) -> PlaylistState:
        state = self.catalog.playlists.get(req.params["id"])
        if state is None:
            raise not_found("Playlist")
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
                200, paged(limit, offset, total, items), headers=[(b"etag", state.etag.encode())]
            )

        return handle

    def _user_playlists(self, req: SandboxRequest) -> Response:
        self._user_only(req, req.params["uid"])
        limit, offset = self._page_args(req)
        ids = list(self.catalog.playlists)
        items = [self.payloads.playlist(p) for p in ids[offset : offset + limit]]
        return json_response(200, paged(limit, offset, len(ids), items))

    # ---- edits ---------------------------------------------------------------------------------
    def _check_etag(self, req: SandboxRequest) -> PlaylistState:
        self._user_only(req)
        state = self._playlist_state(req)
        sent = req.headers.get("if-none-match")
        if sent is None:
            raise Fail(412, 1004, "If-None-Match header with the playlist ETag is required")
        if sent.strip().strip('"') != state.etag.strip('"'):
            raise Fail(412, 1004, "The playlist has been modified; fetch it again for a fresh ETag")
        return state

    def _playlist_add(self, req: SandboxRequest) -> Response:
        state = self._check_etag(req)
        form = req.form()
        entries = state.materialize()
        new: list[PlaylistItem] = []
        raw_ids = form.get("trackIds") or ""
        on_dupes = form.get("onDupes", "FAIL").upper()
        if raw_ids and "toIndex" not in form:
            raise Fail(400, 1002, "toIndex is required")
        present = {e.id for e in entries if e.kind == "tracks"}
        for raw in [p for p in raw_ids.split(",") if p]:
            if not raw.isdigit() or not self.catalog.has("tracks", int(raw)):
                if form.get("onArtifactNotFound", "FAIL").upper() == "SKIP":
                    continue
                raise Fail(404, 2001, f"Track {raw} not found")
            if int(raw) in present and on_dupes != "ADD":
                if on_dupes == "SKIP":
                    continue
                raise Fail(409, 1006, f"Track {raw} is already in the playlist")
            new.append(self.catalog.new_item("tracks", int(raw)))
        to_index = int(form.get("toIndex", len(entries)))
        to_index = len(entries) if to_index < 0 else min(to_index, len(entries))
        entries[to_index:to_index] = new
        return _edited(state, {"addedItemIds": [e.id for e in new]})

    def _playlist_remove(self, req: SandboxRequest) -> Response:
        state = self._check_etag(req)
        entries = state.materialize()
        drop = set(_indices(req.params["indices"], len(entries)))
        entries[:] = [e for i, e in enumerate(entries) if i not in drop]
        return _edited(state, {})

    def _playlist_move(self, req: SandboxRequest) -> Response:
        state = self._check_etag(req)
        entries = state.materialize()
        indices = _indices(req.params["indices"], len(entries))
        if "toIndex" in req.query:
            raise Fail(400, 1002, "toIndex belongs in the form body")
        to_index = int(req.form().get("toIndex", "-1"))
        if not 0 <= to_index <= len(entries):
            raise Fail(400, 1002, "toIndex is required in the form body and must be within the playlist")
        moving = [entries[i] for i in indices]
        before = sum(1 for i in indices if i < to_index)
        rest = [e for i, e in enumerate(entries) if i not in set(indices)]
        rest[to_index - before : to_index - before] = moving
        entries[:] = rest
        return _edited(state, {})

    def _playlist_update(self, req: SandboxRequest) -> Response:
        state = self._check_etag(req) if "if-none-match" in req.headers else self._playlist_state(req)
        self._user_only(req)
        form = req.form()
        if "title" in form:
            state.title = form["title"]
        if "description" in form:
            state.description = form["description"]
        return _edited(state, self.payloads.playlist(state.uuid))

    def _playlist_delete(self, req: SandboxRequest) -> Response:
        self._user_only(req)
        state = self._playlist_state(req)
        del self.catalog.playlists[state.uuid]
        self.catalog.favorites["playlists"].pop(state.uuid, None)
        return Response(204)

    # ---- v2/my-collection folders --------------------------------------------------------------
    def _playlist_create(self, req: SandboxRequest) -> Response:
        self._user_only(req)
        name = req.arg("name")
        if not name:
            raise Fail(400, 1002, "name is required")
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
        limit, start = cursor_args(req)
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
