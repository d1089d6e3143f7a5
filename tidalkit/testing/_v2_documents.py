"""JSON:API documents of the sandbox's v2 API: errors, opaque page cursors and ``include`` resolution.

Every resource, primary or included, names each of its relationships, as TIDAL does: a link-only
object (``{"links": {"self": ...}}``) unless an ``include`` path runs through it, when it also holds
``data`` and the related resources go into ``included``. Relationships page with opaque cursors
(``links.next``, ``links.meta.nextCursor``).
"""

from __future__ import annotations

import base64
import binascii
import uuid
from typing import Any
from urllib.parse import quote

from tidalkit.testing._asgi import JSON_API, Response, SandboxRequest, json_response
from tidalkit.testing._v2_drift import Drift
from tidalkit.testing._v2_relationships import RELATIONSHIPS, V2Relationships, View
from tidalkit.testing._v2_resources import Resource, V2Resources

__all__ = [
    "BadRequest",
    "Forbidden",
    "NotFound",
    "V2Documents",
    "add_next_link",
    "jsonapi_response",
    "need_user",
    "page_offset",
    "v2_error",
]

_MAX_INCLUDE_DEPTH = 3


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


class BadRequest(Exception):
    """Answered as a JSON:API error (400 ``INVALID_REQUEST`` unless told otherwise)."""

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


class NotFound(Exception):
    """Answered as 404 ``NOT_FOUND``."""


class Forbidden(Exception):
    """Answered as 403 ``FORBIDDEN``: the endpoint needs a user token."""


def need_user(req: SandboxRequest) -> None:
    """Refuse a request whose token has no user (client credentials)."""
    if req.user_id is None:
        raise Forbidden


def jsonapi_response(payload: dict[str, Any], status: int = 200) -> Response:
    return json_response(status, payload, content_type=JSON_API)


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"sbx:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raw = ""
    if not raw.startswith("sbx:") or not raw[4:].isdigit():
        raise BadRequest("Invalid page cursor", parameter="page[cursor]")
    return int(raw[4:])


def page_offset(req: SandboxRequest) -> int:
    """The offset ``page[cursor]`` stands for (0 without one)."""
    return decode_cursor(req.arg("page[cursor]") or encode_cursor(0))


def add_next_link(links: dict[str, Any], base: str, offset: int, page_size: int, count: int) -> None:
    """Add ``next`` (``base`` + ``page[cursor]=...``) and ``meta.nextCursor`` when items follow."""
    if offset + page_size < count:
        cursor = encode_cursor(offset + page_size)
        links["next"] = f"{base}page[cursor]={cursor}"
        links["meta"] = {"nextCursor": cursor}


class V2Documents:
    """Builds documents: primary data, relationships along ``include`` paths, and ``included``."""

    def __init__(
        self, resources: V2Resources, relationships: V2Relationships, page_size: int, drift: Drift
    ) -> None:
        self.resources = resources
        self.relationships = relationships
        self.page_size = page_size
        self.drift = drift

    def include_paths(self, req: SandboxRequest, kind: str) -> list[list[str]]:
        """The ``include`` paths of a request on ``kind``, each checked against ``RELATIONSHIPS``."""
        paths: list[list[str]] = []
        for raw in req.args("include"):
            path = raw.split(".")
            if len(path) > _MAX_INCLUDE_DEPTH:
                raise BadRequest(
                    f"Include path {raw!r} is deeper than {_MAX_INCLUDE_DEPTH}", parameter="include"
                )
            types = {kind}
            for segment in path:
                targets = [RELATIONSHIPS[t][segment] for t in types if segment in RELATIONSHIPS.get(t, {})]
                if not targets:
                    raise BadRequest(f"Unknown include path {raw!r} for {kind}", parameter="include")
                types = {t for group in targets for t in group}
            paths.append(path)
        return paths

    def _relationship_object(self, kind: str, raw_id: str, rel: str, view: View) -> dict[str, Any]:
        count, page = view
        links: dict[str, Any] = {"self": f"/{kind}/{quote(raw_id)}/relationships/{rel}"}
        add_next_link(links, f"{links['self']}?", 0, self.page_size, count)
        return {"data": page(0, self.page_size), "links": links}

    def resolve(
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
                        view = self.relationships.view(res["type"], res["id"], segment)
                        if view is None:
                            continue
                        rel_obj = rels[segment] = self._relationship_object(
                            res["type"], res["id"], segment, view
                        )
                    for ident in rel_obj["data"]:
                        key = (ident["type"], ident["id"])
                        target = known.get(key) or included.get(key)
                        if target is None:
                            found = self.resources.get(ident["type"], ident["id"], user_id)
                            if found is None:
                                continue
                            target = included[key] = dict(found)
                        following.append(target)
                level = following
        return list(included.values())

    def linked(self, resources: list[Resource], req: SandboxRequest) -> list[Resource]:
        """``resources`` naming every relationship they have: a link-only object for each one that
        no ``include`` path filled (recorded: tests/fixtures/real/v2/albums_filter_include__harmony_*)."""
        country = req.arg("countryCode")
        query = f"?countryCode={quote(country)}" if country else ""
        for res in resources:
            names = RELATIONSHIPS.get(res["type"])
            if not names:
                continue
            filled: dict[str, Any] = res.get("relationships") or {}
            base = f"/{res['type']}/{quote(res['id'])}/relationships/"
            res["relationships"] = {
                name: filled.get(name) or {"links": {"self": f"{base}{name}{query}"}} for name in names
            }
        return resources

    def document(
        self, data: Resource | list[Resource], req: SandboxRequest, kind: str, self_link: str
    ) -> Response:
        """The document of one resource or a list of them, with what the request's ``include`` names."""
        primaries = [dict(data)] if isinstance(data, dict) else [dict(r) for r in data]
        paths = self.include_paths(req, kind)
        included = self.resolve(primaries, paths, req.user_id) if paths else None
        primaries = self.linked([self.drift.resource(r) for r in primaries], req)
        payload: dict[str, Any] = {"data": primaries[0] if isinstance(data, dict) else primaries}
        if included is not None:
            payload["included"] = self.linked(self.drift.included(included), req)
        payload["links"] = {"self": self_link}
        return jsonapi_response(payload)
