"""The sandbox's private API (``api.tidal.com/v1`` and ``/v2``), mounted under ``/api``: plain JSON.

Its routes are the catalogue's (`tidalkit.testing._private_catalog`), the playlists'
(`tidalkit.testing._private_playlists`) and the user's (`tidalkit.testing._private_users`), served
through one guard that answers their refusals with the private API's error body.
"""

from __future__ import annotations

from tidalkit.testing._asgi import Handler, Mount, Response, Router, SandboxRequest
from tidalkit.testing._catalog import Catalog
from tidalkit.testing._private_catalog import PrivateCatalog
from tidalkit.testing._private_payloads import PrivatePayloads
from tidalkit.testing._private_playlists import PrivatePlaylists
from tidalkit.testing._private_requests import Fail, private_error
from tidalkit.testing._private_users import PrivateUsers
from tidalkit.testing.config import SandboxConfig

__all__ = ["SandboxPrivateAPI"]


class SandboxPrivateAPI:
    """The private routes of one sandbox; every group renders with the same payloads."""

    def __init__(self, config: SandboxConfig, catalog: Catalog) -> None:
        payloads = PrivatePayloads(config, catalog)
        self.groups = (
            PrivateCatalog(config, catalog, payloads),
            PrivatePlaylists(config, catalog, payloads),
            PrivateUsers(config, catalog, payloads),
        )

    def register(self, router: Router) -> None:
        routes = Mount(router, "private", "/api", _guard)
        for group in self.groups:
            group.register(routes)


def _guard(method: str, name: str, handler: Handler) -> Handler:
    """``handler`` with its refusals (and malformed numbers) answered with the private error body."""

    def run(req: SandboxRequest) -> Response:
        try:
            return handler(req)
        except Fail as exc:
            return exc.response
        except ValueError as exc:
            return private_error(400, 1002, f"Bad request: {exc}")

    return run
