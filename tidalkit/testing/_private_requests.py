"""What the private API handlers of the sandbox share: the error body, page arguments, id and user checks."""

from __future__ import annotations

from typing import Any

from tidalkit.testing._asgi import Response, SandboxRequest, json_response
from tidalkit.testing._catalog import Catalog
from tidalkit.testing._private_payloads import PrivatePayloads
from tidalkit.testing.config import SandboxConfig

__all__ = ["Fail", "JSONDict", "PrivateHandlers", "cursor_args", "not_found", "paged", "private_error"]

JSONDict = dict[str, Any]


def private_error(status: int, sub_status: int, message: str) -> Response:
    """The private API's error body: ``{status, subStatus, userMessage}``."""
    return json_response(status, {"status": status, "subStatus": sub_status, "userMessage": message})


class Fail(Exception):
    """A refusal, answered with the private API's error body."""

    def __init__(self, status: int, sub_status: int, message: str) -> None:
        super().__init__(message)
        self.response = private_error(status, sub_status, message)


def not_found(what: str) -> Fail:
    return Fail(404, 2001, f"{what} not found")


def paged(limit: int, offset: int, total: int, items: list[Any]) -> JSONDict:
    """A limit/offset page: ``{limit, offset, totalNumberOfItems, items}``."""
    return {"limit": limit, "offset": offset, "totalNumberOfItems": total, "items": items}


def cursor_args(req: SandboxRequest) -> tuple[int, int]:
    """(limit ≤ 50, start) of a v2 cursor page; the sandbox's cursors are start offsets."""
    cursor = req.arg("cursor") or "0"
    if not cursor.isdigit():
        raise Fail(400, 1002, "Invalid cursor")
    return min(req.int_arg("limit", 50), 50), int(cursor)


class PrivateHandlers:
    """Base of the private API's handler groups: the catalogue, its payloads and the request checks."""

    def __init__(self, config: SandboxConfig, catalog: Catalog, payloads: PrivatePayloads) -> None:
        self.config = config
        self.catalog = catalog
        self.payloads = payloads

    def _id(self, kind: str, raw: str) -> int:
        if not raw.isdigit() or not self.catalog.has(kind, int(raw)):
            raise not_found(kind[:-1].capitalize())
        return int(raw)

    def _page_args(self, req: SandboxRequest) -> tuple[int, int]:
        limit = req.int_arg("limit", self.config.private_default_limit)
        offset = req.int_arg("offset", 0)
        if limit < 0 or offset < 0:
            raise Fail(400, 1002, "limit and offset must not be negative")
        return min(limit, self.config.private_max_limit), offset

    @staticmethod
    def _user_only(req: SandboxRequest, uid: str | None = None) -> int:
        if req.user_id is None:
            raise Fail(401, 11002, "This endpoint needs a user session")
        if uid is not None and uid != str(req.user_id):
            raise Fail(403, 4005, "Not allowed to access another user's data")
        return req.user_id
