"""The sandbox's v2 writes: playlists and the user's collections (user tokens only).

POST /playlists, PATCH/DELETE /playlists/{id}, POST/DELETE /playlists/{id}/relationships/items,
POST/DELETE /userCollection{Tracks,Albums,Artists,Videos,Playlists}/{id}/relationships/items.
Bodies are JSON:API documents; at most 50 resource identifiers per write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tidalkit.testing._asgi import Mount, Response, SandboxRequest
from tidalkit.testing._catalog import Catalog, PlaylistItem, iso_ms, now_ms
from tidalkit.testing._v2_documents import BadRequest, NotFound, jsonapi_response, need_user
from tidalkit.testing._v2_relationships import Identifier
from tidalkit.testing._v2_resources import COLLECTION_KINDS, V2Resources

__all__ = ["V2Writes"]

_MAX_WRITE_ITEMS = 50


def _body(req: SandboxRequest) -> dict[str, Any]:
    content_type = req.headers.get("content-type", "application/vnd.api+json")
    if "json" not in content_type:
        raise BadRequest(
            "Unsupported media type; send application/vnd.api+json",
            code="UNSUPPORTED_MEDIA_TYPE",
            status=415,
        )
    try:
        body = req.json()
    except ValueError:
        raise BadRequest("Request body is not valid JSON", pointer="/") from None
    if not isinstance(body, dict):
        raise BadRequest("Request body must be a JSON:API document", pointer="/")
    return body  # pyright: ignore[reportUnknownVariableType]


def _attributes(body: dict[str, Any]) -> dict[str, Any]:
    data: Any = body.get("data")
    attributes: Any = None
    if isinstance(data, dict):
        attributes = data.get("attributes", {})  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    if not isinstance(attributes, dict):
        raise BadRequest("data.attributes must be an object", pointer="/data/attributes")
    return attributes  # pyright: ignore[reportUnknownVariableType]


def _write_items(body: dict[str, Any], allowed: tuple[str, ...]) -> list[dict[str, Any]]:
    data = body.get("data")
    if not isinstance(data, list) or not data:
        raise BadRequest("data must be a non-empty array", pointer="/data")
    items: list[dict[str, Any]] = [d for d in data if isinstance(d, dict)]  # pyright: ignore[reportUnknownVariableType]
    if len(items) != len(data) or len(items) > _MAX_WRITE_ITEMS:  # pyright: ignore[reportUnknownArgumentType]
        raise BadRequest(f"data must hold 1 to {_MAX_WRITE_ITEMS} resource identifiers", pointer="/data")
    for index, item in enumerate(items):
        if item.get("type") not in allowed or not isinstance(item.get("id"), str):
            raise BadRequest(
                f"Identifier must have a string id and type in {allowed}", pointer=f"/data/{index}"
            )
    return items


class V2Writes:
    """Handlers of the v2 write routes."""

    def __init__(self, catalog: Catalog, resources: V2Resources) -> None:
        self.catalog = catalog
        self.resources = resources

    def register(self, routes: Mount) -> None:
        add = routes.add
        add("POST", "/playlists", "playlists.create", self._playlists_create)
        add("PATCH", "/playlists/{id}", "playlists.update", self._playlists_update)
        add("DELETE", "/playlists/{id}", "playlists.delete", self._playlists_delete)
        add("POST", "/playlists/{id}/relationships/items", "playlists.items.add", self._playlist_items_add)
        add(
            "DELETE",
            "/playlists/{id}/relationships/items",
            "playlists.items.remove",
            self._playlist_items_remove,
        )
        for kind in COLLECTION_KINDS:
            path = f"/{kind}/{{id}}/relationships/items"
            add("POST", path, f"{kind}.items.add", self._collection_add(kind))
            add("DELETE", path, f"{kind}.items.remove", self._collection_remove(kind))

    # ---- playlists -----------------------------------------------------------------------------
    def _owned_playlist(self, req: SandboxRequest) -> str:
        need_user(req)
        playlist_id = req.params["id"]
        if playlist_id not in self.catalog.playlists:
            raise NotFound
        return playlist_id

    def _playlist_document(self, playlist_id: str, status: int = 200) -> Response:
        payload = {
            "data": self.resources.playlist(playlist_id),
            "links": {"self": f"/playlists/{playlist_id}"},
        }
        return jsonapi_response(payload, status)

    def _playlists_create(self, req: SandboxRequest) -> Response:
        need_user(req)
        attrs = _attributes(_body(req))
        if not isinstance(attrs.get("name"), str):
            raise BadRequest("data.attributes.name is required", pointer="/data/attributes/name")
        state = self.catalog.create_playlist(
            attrs["name"], str(attrs.get("description") or ""), public=attrs.get("accessType") == "PUBLIC"
        )
        return self._playlist_document(state.uuid, 201)

    def _playlists_update(self, req: SandboxRequest) -> Response:
        playlist_id = self._owned_playlist(req)
        attrs = _attributes(_body(req))
        state = self.catalog.playlists[playlist_id]
        if "name" in attrs:
            state.title = str(attrs["name"])
        if "description" in attrs:
            state.description = str(attrs["description"] or "")
        if "accessType" in attrs:
            state.public = attrs["accessType"] == "PUBLIC"
        state.touch()
        return self._playlist_document(playlist_id)

    def _playlists_delete(self, req: SandboxRequest) -> Response:
        playlist_id = self._owned_playlist(req)
        del self.catalog.playlists[playlist_id]
        self.catalog.favorites["playlists"].pop(playlist_id, None)
        return jsonapi_response({"links": {"self": f"/playlists/{playlist_id}"}, "meta": {}})

    def _playlist_items_add(self, req: SandboxRequest) -> Response:
        playlist_id = self._owned_playlist(req)
        body = _body(req)
        items = _write_items(body, ("tracks", "videos"))
        state = self.catalog.playlists[playlist_id]
        entries = state.materialize()
        meta: Any = body.get("meta")
        position = len(entries)
        if isinstance(meta, dict) and meta.get("positionBefore"):  # pyright: ignore[reportUnknownMemberType]
            before = str(meta["positionBefore"])  # pyright: ignore[reportUnknownArgumentType]
            position = next((i for i, e in enumerate(entries) if e.item_id == before), -1)
            if position < 0:
                raise BadRequest(
                    "meta.positionBefore names no item of this playlist", pointer="/meta/positionBefore"
                )
        added: list[Identifier] = []
        skipped: list[dict[str, Any]] = []
        new: list[PlaylistItem] = []
        for item in items:
            number = self.resources.int_id(item["type"], item["id"])
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
        links = {"self": f"/playlists/{playlist_id}/relationships/items"}
        return jsonapi_response({"data": added, "links": links, "meta": {"skipped": skipped}})

    def _playlist_items_remove(self, req: SandboxRequest) -> Response:
        playlist_id = self._owned_playlist(req)
        items = _write_items(_body(req), ("tracks", "videos"))
        remove: set[str] = set()
        for index, item in enumerate(items):
            meta: Any = item.get("meta")
            if not isinstance(meta, dict) or not isinstance(meta.get("itemId"), str):  # pyright: ignore[reportUnknownMemberType]
                raise BadRequest("Each item needs meta.itemId", pointer=f"/data/{index}/meta/itemId")
            remove.add(meta["itemId"])  # pyright: ignore[reportUnknownArgumentType]
        state = self.catalog.playlists[playlist_id]
        entries = state.materialize()
        entries[:] = [e for e in entries if e.item_id not in remove]
        state.touch()
        return jsonapi_response(
            {"links": {"self": f"/playlists/{playlist_id}/relationships/items"}, "meta": {}}
        )

    # ---- the user's collections ----------------------------------------------------------------
    def _collection_write(
        self, req: SandboxRequest, target: str
    ) -> tuple[list[dict[str, Any]], dict[int | str, int]]:
        """The items of a write to the signed-in user's ``target`` collection, and that collection."""
        need_user(req)
        if not self.resources.is_me(req.params["id"], req.user_id):
            raise NotFound
        return _write_items(_body(req), (target,)), self.catalog.favorites[target]

    def _collection_add(self, kind: str) -> Callable[[SandboxRequest], Response]:
        target = COLLECTION_KINDS[kind]

        def handle(req: SandboxRequest) -> Response:
            items, favorites = self._collection_write(req, target)
            added: list[Identifier] = []
            skipped: list[dict[str, Any]] = []
            for item in items:
                key: int | str | None = (
                    item["id"] if target == "playlists" else self.resources.int_id(target, item["id"])
                )
                if key is None or not self.catalog.has(target, key):
                    skipped.append({"id": item["id"], "type": target, "reason": "NOT_FOUND"})
                    continue
                favorites.pop(key, None)
                favorites[key] = now_ms()
                added.append({"id": item["id"], "type": target, "meta": {"addedAt": iso_ms(favorites[key])}})
            links = {"self": f"/{kind}/{req.params['id']}/relationships/items"}
            return jsonapi_response({"data": added, "links": links, "meta": {"skipped": skipped}})

        return handle

    def _collection_remove(self, kind: str) -> Callable[[SandboxRequest], Response]:
        target = COLLECTION_KINDS[kind]

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
            links = {"self": f"/{kind}/{req.params['id']}/relationships/items"}
            return jsonapi_response({"links": links, "meta": {}})

        return handle
