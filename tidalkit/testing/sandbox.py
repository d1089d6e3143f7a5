"""The sandbox TIDAL: one ASGI app serving auth, login, the v2 API and the private API.

Mounts (real host → sandbox path prefix): ``auth.tidal.com/v1`` → ``/auth/v1``, ``login.tidal.com`` →
``/login``, ``openapi.tidal.com/v2`` → ``/openapi/v2``, ``api.tidal.com`` → ``/api`` (``/api/v1``,
``/api/v2``). Use it in-process with ``httpx.ASGITransport(app=sandbox)`` (base ``http://sandbox``) or
on loopback with ``async with sandbox.serve() as server`` (see `tidalkit.testing.server`).
"""

from __future__ import annotations

import math
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import anyio
import httpx

from tidalkit.testing._asgi import (
    JSON_API,
    Receive,
    Response,
    Route,
    Router,
    SandboxRequest,
    Scope,
    Send,
    json_response,
)
from tidalkit.testing._auth import AuthServer
from tidalkit.testing._catalog import Catalog
from tidalkit.testing._private import SandboxPrivateAPI
from tidalkit.testing._private_requests import private_error
from tidalkit.testing._traffic import FaultPlan, SandboxStats, TokenBucket
from tidalkit.testing._v2 import V2API
from tidalkit.testing._v2_documents import v2_error
from tidalkit.testing.config import SandboxConfig

if TYPE_CHECKING:
    from tidalkit.testing.server import SandboxServer

__all__ = [
    "IN_PROCESS_BASE",
    "TIDAL_HOSTS",
    "DroppedConnection",
    "Sandbox",
    "SandboxTransport",
    "SandboxURLs",
]

IN_PROCESS_BASE = "http://sandbox"

_HTML_503 = (
    b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
    b"<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n"
)
_EXPIRED = "The token has expired."
_INVALID = "The token is invalid or was revoked."
_MISSING = "Authorization is required: send Authorization: Bearer <access token>."


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised in-process where the loopback server would close the socket without a response."""


#: Real TIDAL host → the sandbox's path prefix for it.
TIDAL_HOSTS: dict[str, str] = {
    "auth.tidal.com": "/auth",
    "login.tidal.com": "/login",
    "openapi.tidal.com": "/openapi",
    "api.tidal.com": "/api",
}


class SandboxTransport(httpx.ASGITransport):
    """An in-process ``httpx.ASGITransport`` to the sandbox that also answers TIDAL's real URLs.

    ``https://openapi.tidal.com/v2/tracks/1`` is served as ``/openapi/v2/tracks/1`` and so on for
    ``auth``, ``login`` and ``api.tidal.com``, so clients keep their default base URLs in tests.
    Nothing ever leaves the process: any other host is served by the sandbox too (and 404s).
    """

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        prefix = TIDAL_HOSTS.get(request.url.host)
        if prefix is not None:
            url = request.url.copy_with(
                scheme="http", host="sandbox", port=None, path=prefix + request.url.path
            )
            request = httpx.Request(
                request.method,
                url,
                headers=request.headers,
                stream=request.stream,
                extensions=request.extensions,
            )
        return await super().handle_async_request(request)


@dataclass(frozen=True, slots=True)
class SandboxURLs:
    """Base URLs of the sandbox's hosts, to pass where the real TIDAL URLs would go."""

    base: str
    auth: str  # https://auth.tidal.com/v1
    login: str  # https://login.tidal.com
    v2: str  # https://openapi.tidal.com/v2
    private: str  # https://api.tidal.com (paths carry v1/ or v2/)

    @classmethod
    def for_base(cls, base: str) -> SandboxURLs:
        base = base.rstrip("/")
        return cls(base, f"{base}/auth/v1", f"{base}/login", f"{base}/openapi/v2", f"{base}/api")

    @property
    def token(self) -> str:
        """``POST`` here for tokens (``https://auth.tidal.com/v1/oauth2/token``)."""
        return f"{self.auth}/oauth2/token"

    @property
    def device_authorization(self) -> str:
        return f"{self.auth}/oauth2/device_authorization"

    @property
    def authorize(self) -> str:
        """The PKCE authorization page (``https://login.tidal.com/authorize``)."""
        return f"{self.login}/authorize"


DropHook = Callable[[Scope], Awaitable[bool]]


class Sandbox:
    """A fake TIDAL as a plain ASGI app. ``Sandbox(latency=0.1, rate_limit=50)`` sets knobs directly.

    Attributes: ``config`` (`SandboxConfig`), ``catalog`` (the synthetic content; see
    ``playlist_ids``), ``auth`` (issue, expire and revoke tokens; approve devices), ``stats`` (request
    counters), ``urls`` (in-process base URLs).
    """

    def __init__(self, config: SandboxConfig | None = None, **knobs: Any) -> None:
        self.config = replace(config, **knobs) if config is not None else SandboxConfig(**knobs)
        cfg = self.config
        self.catalog = Catalog(cfg)
        self.auth = AuthServer(cfg)
        self.stats = SandboxStats()
        self.urls = SandboxURLs.for_base(IN_PROCESS_BASE)
        fault_seed = cfg.seed if cfg.fault_seed is None else cfg.fault_seed
        self._faults = FaultPlan(cfg.fault_rate, cfg.drop_rate, fault_seed)
        self._jitter = random.Random(fault_seed)
        self._buckets: dict[str, TokenBucket] = {}  # per client id, shared by every connection
        self._drop_hook: DropHook | None = None
        self._router = Router()
        self._mount()

    # ---- conveniences ------------------------------------------------------------------------
    @property
    def playlist_ids(self) -> dict[str, str]:
        """Name → UUID of the generated playlists (e.g. ``"large"`` with 5,000 items)."""
        return dict(self.catalog.playlist_ids)

    def transport(self) -> SandboxTransport:
        """An in-process transport: use the base URLs in ``sandbox.urls`` or TIDAL's real ones."""
        return SandboxTransport(app=self)

    def serve(self, *, host: str = "127.0.0.1", port: int = 0) -> SandboxServer:
        """A loopback server for this sandbox: ``async with sandbox.serve() as server: server.urls.v2``."""
        try:
            from tidalkit.testing.server import SandboxServer
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise RuntimeError("The loopback sandbox needs uvicorn: pip install 'tidalkit[cli]'") from exc
        return SandboxServer(self, host=host, port=port)

    def user_token(self) -> str:
        """A valid user access token for the ``Authorization: Bearer`` header."""
        return self.auth.issue_token()

    # ---- routing -----------------------------------------------------------------------------
    def _mount(self) -> None:
        r = self._router
        self.auth.register(r)
        V2API(self.config, self.catalog).register(r)
        SandboxPrivateAPI(self.config, self.catalog).register(r)

    # ---- ASGI --------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        response = await self._handle(scope, body)
        if response is None:
            return
        headers = [*response.headers, (b"content-length", str(len(response.body)).encode())]
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})

    async def _handle(self, scope: Scope, body: bytes) -> Response | None:
        cfg = self.config
        stats = self.stats
        stats.total += 1
        req = SandboxRequest.from_scope(scope, body)
        matched = self._router.match(req.method, req.path)
        api = _api_of(req.path)
        if isinstance(matched, tuple):
            route, req.params = matched
            stats.requests[route.name] += 1
        else:
            route = None
            stats.requests["unmatched"] += 1
        delay = cfg.latency + (self._jitter.uniform(0.0, cfg.latency_jitter) if cfg.latency_jitter else 0.0)
        if delay > 0:
            await anyio.sleep(delay)
        outcome = self._faults.draw()
        if outcome == "drop":
            stats.dropped += 1
            if self._drop_hook is not None and await self._drop_hook(scope):
                return None
            raise DroppedConnection("The sandbox dropped the connection without a response")
        if outcome == "503":
            stats.faults += 1
            return Response(503, _HTML_503, [(b"content-type", b"text/html")])
        announced: list[tuple[bytes, bytes]] = []
        if cfg.rate_limit:
            bucket = self._bucket(self._client_id(req))
            wait = bucket.take()
            if api == "v2" and cfg.rate_limit_headers:  # TIDAL's v2 gateway announces its bucket
                announced = bucket.headers()
            if wait > 0:
                stats.rate_limited += 1
                retry_after = TokenBucket.retry_after(wait, integer=cfg.retry_after_integer)
                return _with_headers(_too_many(api, retry_after), announced)
        return _with_headers(self._answer(req, api, route, matched), announced)

    def _answer(self, req: SandboxRequest, api: str, route: Route | None, matched: object) -> Response:
        """The route's answer (or the error for no route, or no token)."""
        stats = self.stats
        if route is None:
            if matched is True:
                return _error(api, 405, "METHOD_NOT_ALLOWED", f"{req.method} is not allowed on {req.path}")
            return _error(api, 404, "NOT_FOUND", f"No such endpoint: {req.path}")
        if route.api in ("v2", "private"):
            refused = self._authenticate(req, route.api)
            if refused is not None:
                stats.unauthorized += 1
                return refused
        try:
            return route.handler(req)
        except ValueError as exc:  # malformed numbers and the like that a handler did not map itself
            return _error(api, 400, "INVALID_REQUEST", f"Bad request: {exc}")

    def _bucket(self, client_id: str) -> TokenBucket:
        bucket = self._buckets.get(client_id)
        if bucket is None:
            cfg = self.config
            assert cfg.rate_limit is not None
            burst = cfg.rate_limit_burst or max(1, math.ceil(cfg.rate_limit))
            bucket = self._buckets[client_id] = TokenBucket(cfg.rate_limit, burst, cfg.clock)
        return bucket

    def _client_id(self, req: SandboxRequest) -> str:
        """Whose rate limit a request spends: its token's client id, ``x-tidal-token``, or the
        client of an auth request ("" when none is known)."""
        header = req.headers.get("authorization", "")
        if header[:7].lower() == "bearer ":
            token, _ = self.auth.lookup(header[7:].strip())
            return token.client_id if token is not None else ""
        if "x-tidal-token" in req.headers:
            return req.headers["x-tidal-token"]
        if req.method == "POST" and req.path.startswith("/auth/"):
            try:
                client_id, _, _ = self.auth.authenticate_client(req, req.form())
            except UnicodeDecodeError:
                return ""  # the handler answers the malformed body
            return client_id or ""
        return ""

    def _authenticate(self, req: SandboxRequest, api: str) -> Response | None:
        header = req.headers.get("authorization", "")
        if header[:7].lower() == "bearer ":
            token, expired = self.auth.lookup(header[7:].strip())
            if token is not None and not expired:
                req.user_id = token.user_id
                return None
            return _unauthorized(api, expired=expired)
        if not self.config.require_auth:
            req.user_id = self.config.user_id
            return None
        if api == "private" and req.method == "GET" and "x-tidal-token" in req.headers:
            return None  # client-id access to public catalogue reads; user endpoints then refuse
        return _unauthorized(api, expired=False, missing=True)


def _api_of(path: str) -> str:
    if path.startswith("/openapi/"):
        return "v2"
    if path.startswith("/api/"):
        return "private"
    return "auth"


def _error(api: str, status: int, code: str, detail: str) -> Response:
    if api == "v2":
        return v2_error(status, code, detail)
    if api == "private":
        return private_error(status, 2001 if status == 404 else 1002, detail)
    return json_response(status, {"status": status, "error": code.lower(), "error_description": detail})


def _with_headers(response: Response, extra: list[tuple[bytes, bytes]]) -> Response:
    if extra:
        response.headers = [*response.headers, *extra]
    return response


def _too_many(api: str, retry_after: str) -> Response:
    headers = [(b"retry-after", retry_after.encode())]
    detail = "Rate limit exceeded"
    if api == "v2":
        payload: dict[str, Any] = {
            "errors": [{"status": "429", "code": "RATE_LIMIT_EXCEEDED", "detail": detail}]
        }
        return json_response(429, payload, content_type=JSON_API, headers=headers)
    if api == "private":
        return json_response(429, {"status": 429, "subStatus": 1100, "userMessage": detail}, headers=headers)
    payload = {"status": 429, "error": "too_many_requests", "sub_status": 1100, "error_description": detail}
    return json_response(429, payload, headers=headers)


def _unauthorized(api: str, *, expired: bool, missing: bool = False) -> Response:
    message = _EXPIRED if expired else _MISSING if missing else _INVALID
    challenge = b'Bearer realm="tidal", error="invalid_token"'
    if api == "v2":
        payload: dict[str, Any] = {"errors": [{"status": "401", "code": "UNAUTHORIZED", "detail": message}]}
        return json_response(401, payload, content_type=JSON_API, headers=[(b"www-authenticate", challenge)])
    payload = {"status": 401, "subStatus": 11003 if expired else 11002, "userMessage": message}
    return json_response(401, payload, headers=[(b"www-authenticate", challenge)])


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
