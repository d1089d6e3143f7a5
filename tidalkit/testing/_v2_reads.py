"""The sandbox's v2 reads: ``GET`` of resources, filtered lists, relationships and search.

GET /{tracks,albums,artists,videos} (``filter[id]``, ``filter[isrc]``, ``filter[barcodeId]``),
/playlists (``filter[id]``, ``filter[owners.id]``), /{type}/{id}, /{type}/{id}/relationships/{rel}
(cursor pages), /searchResults and /searchSuggestions (``filter[query]``), /users/{id},
/userCollection{Tracks,...}/{id}.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from tidalkit.testing._asgi import Mount, Response, SandboxRequest
from tidalkit.testing._catalog import Catalog
from tidalkit.testing._v2_documents import (
    BadRequest,
    NotFound,
    V2Documents,
    add_next_link,
    jsonapi_response,
    need_user,
    page_offset,
)
from tidalkit.testing._v2_resources import CATALOGUE_KINDS, COLLECTION_KINDS, Resource
from tidalkit.testing.config import SandboxConfig

__all__ = ["V2Reads"]

_SEARCH_KINDS = ("searchResults", "searchSuggestions")


class V2Reads:
    """Handlers of the v2 ``GET`` routes."""

    def __init__(self, config: SandboxConfig, catalog: Catalog, documents: V2Documents) -> None:
        self.config = config
        self.catalog = catalog
        self.documents = documents
        self.resources = documents.resources
        self.page_size = documents.page_size

    def register(self, routes: Mount) -> None:
        add = routes.add
        for kind in CATALOGUE_KINDS:
            add("GET", f"/{kind}", f"{kind}.list", self._filtered(kind))
        add("GET", "/playlists", "playlists.list", self._playlists_list)
        for kind in _SEARCH_KINDS:
            add("GET", f"/{kind}", f"{kind}.get", self._search(kind))
        for kind in (*CATALOGUE_KINDS, "playlists", "users", *COLLECTION_KINDS):
            add("GET", f"/{kind}/{{id}}", f"{kind}.get", self._single(kind))
        for kind in (*CATALOGUE_KINDS, "playlists", *_SEARCH_KINDS, *COLLECTION_KINDS):
            add(
                "GET",
                f"/{kind}/{{id}}/relationships/{{rel}}",
                f"{kind}.relationship",
                self._relationship(kind),
            )

    def _single(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            raw_id = req.params["id"]
            if kind in COLLECTION_KINDS or kind == "users":
                need_user(req)
            found = self.resources.get(kind, raw_id, req.user_id)
            if found is None:
                raise NotFound
            return self.documents.document(found, req, kind, f"/{kind}/{quote(raw_id)}")

        return handle

    def _filtered(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            c = self.catalog
            wanted: list[str] = list(dict.fromkeys(req.args("filter[id]")))
            cap = self.config.v2_max_filter_ids
            if cap is not None and len(wanted) > cap:
                raise BadRequest(f"filter[id] takes at most {cap} ids", parameter="filter[id]")
            codes = req.args("filter[isrc]") if kind in ("tracks", "videos") else []
            codes += req.args("filter[barcodeId]") if kind == "albums" else []
            if not wanted and not codes:
                raise BadRequest(
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
            return self._listed(req, kind, wanted)

        return handle

    def _listed(self, req: SandboxRequest, kind: str, wanted: list[str]) -> Response:
        resources = [r for r in (self.resources.get(kind, i, req.user_id) for i in wanted) if r is not None]
        return self.documents.document(resources, req, kind, f"/{kind}?{req.query_string}")

    def _playlists_list(self, req: SandboxRequest) -> Response:
        wanted = list(dict.fromkeys(req.args("filter[id]")))
        owners = req.args("filter[owners.id]")
        if not wanted and not owners:
            raise BadRequest("A filter is required on /playlists", parameter="filter[id]")
        if not owners:
            return self._listed(req, "playlists", wanted)
        if not any(self.resources.is_me(o, req.user_id) for o in owners):
            return self._listed(req, "playlists", [])
        ids = list(self.catalog.playlists)[::-1]
        offset = page_offset(req)
        primaries = [self.resources.playlist(p) for p in ids[offset : offset + self.page_size]]
        payload: dict[str, Any] = {"data": primaries}
        paths = self.documents.include_paths(req, "playlists")
        if paths:
            included = self.documents.resolve(primaries, paths, req.user_id)
            payload["included"] = self.documents.linked(included, req)
        self.documents.linked(primaries, req)
        links: dict[str, Any] = {"self": f"/playlists?{req.query_string}"}
        add_next_link(links, f"/playlists?filter[owners.id]={owners[0]}&", offset, self.page_size, len(ids))
        payload["links"] = links
        return jsonapi_response(payload)

    def _relationship(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            raw_id, rel = req.params["id"], req.params["rel"]
            if kind in COLLECTION_KINDS:
                need_user(req)
            if kind in _SEARCH_KINDS:
                if not raw_id.strip():
                    raise NotFound
            elif self.resources.get(kind, raw_id, req.user_id) is None:
                raise NotFound
            view = self.documents.relationships.view(kind, raw_id, rel)
            if view is None:
                raise NotFound
            count, page = view
            offset = page_offset(req)
            data = page(offset, offset + self.page_size)
            self_link = f"/{kind}/{quote(raw_id)}/relationships/{rel}"
            links: dict[str, Any] = {
                "self": self_link + (f"?page[cursor]={req.arg('page[cursor]')}" if offset else "")
            }
            add_next_link(links, f"{self_link}?", offset, self.page_size, count)
            payload: dict[str, Any] = {"data": data, "links": links}
            paths = self.documents.include_paths(req, kind)
            if paths:
                # Paths are relative to the root resource; on a relationship endpoint the first segment
                # must be the relationship itself.
                if any(p[0] != rel for p in paths):
                    raise BadRequest(f"Include paths here must start with {rel!r}", parameter="include")
                root: Resource = {"type": kind, "id": raw_id, "relationships": {rel: {"data": data}}}
                included = self.documents.resolve([root], paths, req.user_id)
                payload["included"] = self.documents.linked(self.documents.drift.included(included), req)
            return jsonapi_response(payload)

        return handle

    def _search(self, kind: str) -> Callable[[SandboxRequest], Response]:
        def handle(req: SandboxRequest) -> Response:
            query = req.arg("filter[query]") or ""
            if not query.strip():
                raise BadRequest("filter[query] is required", parameter="filter[query]")
            if len(query) > 256:
                raise BadRequest("filter[query] is longer than 256 characters", parameter="filter[query]")
            return self.documents.document(
                [self.resources.search(kind, query)], req, kind, f"/{kind}?{req.query_string}"
            )

        return handle
