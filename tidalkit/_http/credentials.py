"""What the request pipeline needs from an auth strategy, and the two trivial strategies."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from tidalkit._http.pool import ConnectionPool

__all__ = ["Authorization", "HeaderAuth", "RequestAuth", "SharesConnections"]


@dataclass(frozen=True, slots=True)
class Authorization:
    """Headers to put on one request, and the non-secret identity of whose request it is.

    ``identity`` keys the response cache (``"user:123"``, ``"client:abc"``); it must never contain a
    token. ``token_id`` lets the auth layer tell, on a 401, whether the failing token is still the
    current one (it is an opaque fingerprint, not the token).
    """

    headers: Mapping[str, str] = field(repr=False)
    identity: str = "anonymous"
    token_id: str = ""


@runtime_checkable
class RequestAuth(Protocol):
    """An auth strategy as the pipeline sees it.

    ``authorize`` returns the headers for the next request (refreshing first when the token is
    near expiry: single-flight, never an interactive prompt). After a 401, the pipeline calls
    ``unauthorized`` with the authorization that failed; True means "renewed, replay the request
    once", False means "nothing to do", and the 401 is raised as
    `UnauthorizedError`. Either method may raise
    `AuthenticationError` saying what the user must do.
    """

    async def authorize(self) -> Authorization: ...

    async def unauthorized(self, failed: Authorization) -> bool: ...


@runtime_checkable
class SharesConnections(Protocol):
    """An auth that makes HTTP requests of its own (token requests) and can make them on a client's pool.

    A client calls ``use_connections`` with its `ConnectionPool` when it is given this auth, so one
    client tree keeps one connection pool. The pool's ``http_client`` is made at its first use:
    read it when a token request is sent, not before.
    """

    def use_connections(self, pool: ConnectionPool) -> None: ...


class HeaderAuth:
    """Fixed headers, e.g. the private API's ``x-tidal-token: <client id>`` for catalogue calls."""

    def __init__(self, headers: Mapping[str, str], identity: str = "anonymous") -> None:
        self._authorization = Authorization(dict(headers), identity)

    def __repr__(self) -> str:
        return f"HeaderAuth(identity={self._authorization.identity!r})"

    async def authorize(self) -> Authorization:
        return self._authorization

    async def unauthorized(self, failed: Authorization) -> bool:
        return False
