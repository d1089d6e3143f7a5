"""ASGI plumbing of the sandbox: the parsed request, the response, a small path router and its mounts."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

__all__ = [
    "JSON",
    "JSON_API",
    "Handler",
    "Mount",
    "Receive",
    "Response",
    "Route",
    "Router",
    "SandboxRequest",
    "Scope",
    "Send",
    "json_response",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

JSON = b"application/json"
JSON_API = b"application/vnd.api+json"


@dataclass(slots=True)
class SandboxRequest:
    """One request as the handlers see it: query and headers parsed, body read."""

    method: str
    path: str
    query_string: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    params: dict[str, str] = field(default_factory=dict[str, str])
    client: tuple[str, int] | None = None
    user_id: int | None = None  # the token's user, set by the dispatcher (None: client credentials)

    @classmethod
    def from_scope(cls, scope: Scope, body: bytes) -> SandboxRequest:
        raw_query: bytes = scope.get("query_string", b"")
        query_string = raw_query.decode("latin-1")
        query: dict[str, list[str]] = {}
        if query_string:
            for key, value in parse_qsl(query_string, keep_blank_values=True):
                query.setdefault(key, []).append(value)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        client = scope.get("client")
        return cls(
            method=scope["method"],
            path=scope["path"],
            query_string=query_string,
            query=query,
            headers=headers,
            body=body,
            client=tuple(client) if client else None,  # pyright: ignore[reportArgumentType]
        )

    def arg(self, name: str, default: str | None = None) -> str | None:
        """The first value of query parameter ``name``."""
        values = self.query.get(name)
        return values[0] if values else default

    def args(self, name: str) -> list[str]:
        """Every value of a repeated (and comma-joined) query parameter."""
        out: list[str] = []
        for value in self.query.get(name, ()):
            out.extend(part for part in value.split(",") if part)
        return out

    def int_arg(self, name: str, default: int) -> int:
        value = self.arg(name)
        if value is None or value == "":
            return default
        return int(value)  # ValueError → 400 by the dispatcher

    def form(self) -> dict[str, str]:
        """The url-encoded form body (last value wins)."""
        return dict(parse_qsl(self.body.decode("utf-8"), keep_blank_values=True))

    def json(self) -> Any:
        return json.loads(self.body or b"null")


class Response:
    """A complete response: status, headers and a body encoded once."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, body: bytes = b"", headers: list[tuple[bytes, bytes]] | None = None):
        self.status = status
        self.body = body
        self.headers = headers if headers is not None else []


def json_response(
    status: int,
    payload: Any,
    *,
    content_type: bytes = JSON,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> Response:
    """Serialise ``payload`` once (compact separators) into a response."""
    body = json.dumps(payload, separators=(",", ":")).encode()
    out = [(b"content-type", content_type)]
    if headers:
        out.extend(headers)
    return Response(status, body, out)


Handler = Callable[[SandboxRequest], Response]


@dataclass(slots=True, frozen=True)
class Route:
    """One route: method, template segments (``{name}`` captures one segment), a counter name."""

    method: str
    segments: tuple[str, ...]
    name: str
    handler: Handler
    api: str


class Router:
    """Matches a path split on ``/`` against templates of the same length.

    Routes are bucketed by (segment count, first three segments when literal), so a request only
    compares against the few routes of its resource; within a bucket, literals win over captures.
    """

    _KEY = 3

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, tuple[str, ...]], list[Route]] = {}
        self._loose: dict[int, list[Route]] = {}

    def add(self, method: str, template: str, name: str, handler: Handler, *, api: str) -> None:
        segments = tuple(template.strip("/").split("/"))
        route = Route(method, segments, name, handler, api)
        head = segments[: self._KEY]
        if any(s.startswith("{") for s in head):
            routes = self._loose.setdefault(len(segments), [])
        else:
            routes = self._buckets.setdefault((len(segments), head), [])
        routes.append(route)
        routes.sort(key=lambda r: sum(s.startswith("{") for s in r.segments))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | bool | None:
        """The route and captured params; ``True`` if only the method differs; ``None`` if no path."""
        parts = path.strip("/").split("/")
        count = len(parts)
        path_matched = False
        for routes in (self._buckets.get((count, tuple(parts[: self._KEY])), ()), self._loose.get(count, ())):
            for route in routes:
                params: dict[str, str] = {}
                for template, part in zip(route.segments, parts, strict=True):
                    if template[0] == "{":
                        params[template[1:-1]] = unquote(part)
                    elif template != part:
                        break
                else:
                    if route.method == method:
                        return route, params
                    path_matched = True
        return True if path_matched else None


class Mount:
    """One API's routes under a path prefix, each handler passed through ``wrap(method, name, handler)``.

    ``add("GET", "/tracks/{id}", "tracks.get", handler)`` serves ``{prefix}/tracks/{id}`` as the route
    named ``{api}.tracks.get`` (the name the request counters use).
    """

    __slots__ = ("_router", "_wrap", "api", "prefix")

    def __init__(self, router: Router, api: str, prefix: str, wrap: Callable[[str, str, Handler], Handler]):
        self._router = router
        self._wrap = wrap
        self.api = api
        self.prefix = prefix

    def add(self, method: str, path: str, name: str, handler: Handler) -> None:
        name = f"{self.api}.{name}"
        self._router.add(method, self.prefix + path, name, self._wrap(method, name, handler), api=self.api)
