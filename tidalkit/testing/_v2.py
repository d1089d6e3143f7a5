"""The sandbox's TIDAL API v2 (``openapi.tidal.com/v2``), mounted under ``/openapi/v2``.

The reads (`tidalkit.testing._v2_reads`) and writes (`tidalkit.testing._v2_writes`) are served through
one guard that answers their errors as JSON:API documents; writes honour ``Idempotency-Key``.
"""

from __future__ import annotations

import hashlib

from tidalkit.testing._asgi import Handler, Mount, Response, Router, SandboxRequest
from tidalkit.testing._catalog import Catalog
from tidalkit.testing._v2_documents import BadRequest, Forbidden, NotFound, V2Documents, v2_error
from tidalkit.testing._v2_drift import Drift
from tidalkit.testing._v2_reads import V2Reads
from tidalkit.testing._v2_relationships import V2Relationships
from tidalkit.testing._v2_resources import V2Resources
from tidalkit.testing._v2_writes import V2Writes
from tidalkit.testing.config import SandboxConfig

__all__ = ["V2API"]

PREFIX = "/openapi/v2"
_IDEMPOTENCY_WINDOW = 3600.0


class V2API:
    """The v2 routes of one sandbox: its resources, documents, reads, writes and replayed writes."""

    def __init__(self, config: SandboxConfig, catalog: Catalog) -> None:
        self.config = config
        resources = V2Resources(config, catalog)
        relationships = V2Relationships(config, catalog)
        documents = V2Documents(
            resources, relationships, config.v2_page_size, Drift(config.v2_drift, config.seed)
        )
        self.reads = V2Reads(config, catalog, documents)
        self.writes = V2Writes(catalog, resources)
        self._idempotency: dict[tuple[str, str, str], tuple[float, str, Response]] = {}

    def register(self, router: Router) -> None:
        routes = Mount(router, "v2", PREFIX, self._wrap)
        self.reads.register(routes)
        self.writes.register(routes)

    def _wrap(self, method: str, name: str, handler: Handler) -> Handler:
        guarded = _guard(handler)
        return guarded if method == "GET" else self._idempotent(name, guarded)

    def _idempotent(self, name: str, handler: Handler) -> Handler:
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


def _guard(handler: Handler) -> Handler:
    """``handler`` with its refusals answered as JSON:API error documents."""

    def run(req: SandboxRequest) -> Response:
        try:
            return handler(req)
        except BadRequest as exc:
            return v2_error(exc.status, exc.code, exc.detail, parameter=exc.parameter, pointer=exc.pointer)
        except Forbidden:
            return v2_error(403, "FORBIDDEN", "This endpoint needs a user token (Authorization Code PKCE)")
        except NotFound:
            return v2_error(404, "NOT_FOUND", f"Resource not found: {req.path.removeprefix(PREFIX)}")
        except ValueError as exc:
            return v2_error(400, "INVALID_REQUEST", f"Bad request: {exc}")

    return run
