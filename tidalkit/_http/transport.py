"""The default transport: aiohttp's connector behind the httpx transport API.

Measured (``bench/transport.py``, loopback, 100 ms latency): httpx's own pool stops scaling above
about 32 concurrent connections, aiohttp's does not. Users can inject any httpx transport instead.

The transport hands a request to aiohttp as httpx already encoded it (its URL is not parsed and
quoted again, its headers are not re-validated) and gives the body back in pieces of at most
`tidalkit._http.body.WIRE_CHUNK` wire bytes, decompressed by httpx as with any transport. aiohttp's
errors become the httpx error for what happened (refused → ``ConnectError``, dropped or malformed
answer → ``RemoteProtocolError``, reset → ``ReadError``, slow → ``ConnectTimeout``/``ReadTimeout``),
so a dropped connection is not reported as a timeout and a refused request is known to be unsent.
Every mapped error is raised without a chain to aiohttp's: those carry the request's headers
(``Authorization``) in their ``repr``.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import AsyncIterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx

from tidalkit._http.body import WIRE_CHUNK, WireBody
from tidalkit._loop import running_asyncio_loop

if TYPE_CHECKING:
    import aiohttp

__all__ = ["DEADLINE", "PLAIN_HEADERS", "PlainHeaders", "default_transport", "route"]

DEADLINE = "tidalkit.deadline"
"""Request extension: seconds the whole exchange (connect, headers, body) may take. tidalkit's
aiohttp transport keeps it as aiohttp's total timeout, which ends in a bare ``TimeoutError``."""
PLAIN_HEADERS = "tidalkit.plain_headers"
"""Request extension: the request's headers as tidalkit's aiohttp transport sends them, made once
for headers the pipeline reuses (`PlainHeaders`); used only while the request still carries
exactly those headers."""


class PlainHeaders:
    """The `PLAIN_HEADERS` extension: headers the pipeline reuses, as aiohttp takes them, with the
    entries they were made from. Its ``repr`` names no header: they hold the token."""

    __slots__ = ("entries", "pairs")

    def __init__(self, headers: httpx.Headers) -> None:
        self.entries: list[tuple[bytes, bytes, bytes]] = list(headers._list)  # pyright: ignore[reportPrivateUsage]
        self.pairs = tuple((name.decode("latin-1"), value.decode("latin-1")) for name, value in headers.raw)

    def __repr__(self) -> str:
        return f"PlainHeaders({len(self.pairs)} headers)"


def _aiohttp_headers(request: httpx.Request) -> Sequence[tuple[str, str]]:
    plain = request.extensions.get(PLAIN_HEADERS)
    if isinstance(plain, PlainHeaders) and request.headers._list == plain.entries:  # pyright: ignore[reportPrivateUsage]
        return plain.pairs  # unchanged since the pipeline built the request: decoded once, not per request
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw]


_MESSAGE_LIMIT = 200


def _describe(error: BaseException) -> str:
    """A short, secret-free summary of an aiohttp error (never its request headers)."""
    import aiohttp

    if isinstance(error, aiohttp.ClientResponseError):
        text = f"{type(error).__name__}: {error.message}"  # its repr carries the request headers
    else:
        text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return text[:_MESSAGE_LIMIT]


def _remap(exc: Exception, request: httpx.Request | None = None) -> httpx.TransportError:
    """The httpx error for what aiohttp reported, with no chain back to aiohttp's error.

    aiohttp's errors hold the request's headers; raise the result outside the ``except`` block.
    """
    import aiohttp  # loaded with the transport already; not at ``import tidalkit`` time

    if isinstance(exc, httpx.TransportError):
        return exc
    mapped: httpx.TransportError
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, unresolvable, TLS or proxy refused
        mapped = httpx.ConnectError(_describe(exc))
    elif isinstance(exc, aiohttp.ServerDisconnectedError):
        mapped = httpx.RemoteProtocolError("server disconnected without a response")
    elif isinstance(exc, aiohttp.ClientResponseError | aiohttp.ClientPayloadError):
        # bad status line, header too long, too many headers, bad chunk size, truncated body
        mapped = httpx.RemoteProtocolError(f"invalid HTTP response ({_describe(exc)})")
    elif isinstance(exc, aiohttp.ConnectionTimeoutError):
        mapped = httpx.ConnectTimeout(_describe(exc))
    elif isinstance(exc, TimeoutError):  # no byte within the read timeout
        mapped = httpx.ReadTimeout(_describe(exc))
    elif isinstance(exc, aiohttp.InvalidURL):  # its text is the URL, query and all: not repeated
        mapped = httpx.UnsupportedProtocol(f"aiohttp cannot send this URL ({type(exc).__name__})")
    else:  # reset, broken pipe, and the rest of aiohttp's errors
        mapped = httpx.ReadError(_describe(exc))
    mapped._request = request
    return mapped


class _Body(WireBody):
    """An aiohttp response's body as an httpx stream: wire bytes, read errors remapped."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import aiohttp

        failure: httpx.TransportError | None = None
        try:
            async for chunk in self._response.content.iter_chunked(WIRE_CHUNK):
                yield chunk
        except aiohttp.ClientError as exc:
            failure = _remap(exc, self._request)
        if failure is not None:
            raise failure  # outside the handler: no __context__ back to aiohttp's error

    async def aclose(self) -> None:
        import aiohttp

        try:
            self._response.release()  # the connection goes back to the pool once the body was read
            await self._response.wait_for_close()
        except aiohttp.ClientError:
            pass  # the connection is dropped either way


class _AiohttpTransport(httpx.AsyncBaseTransport):
    """One aiohttp ``ClientSession`` (made at the first request) behind httpx's transport API.

    Redirects are not followed and bodies are not decompressed here (httpx decodes them, as it
    does for every transport, within the pipeline's size cap). The ``timeout`` request extension
    maps to aiohttp's connect and read timeouts (httpx's ``pool`` to aiohttp's ``connect``, which
    includes waiting for a free connection), the `DEADLINE` extension to its total timeout: it
    holds until the body is read, and ends in a bare ``TimeoutError`` (not an httpx error).
    """

    def __init__(self, limits: httpx.Limits, proxy: httpx.Proxy | None = None) -> None:
        self._limits = limits
        self.ssl_context = httpx.create_ssl_context()
        """httpx's default verification (certifi's roots, hostnames checked), for every HTTPS host."""
        self._proxy: dict[str, Any] = {}
        if proxy is not None:
            import aiohttp

            self._proxy["proxy"] = str(proxy.url)
            if proxy.auth:
                self._proxy["proxy_auth"] = aiohttp.BasicAuth(*proxy.auth)
            if proxy.headers:
                self._proxy["proxy_headers"] = dict(proxy.headers)
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        limits = self._limits
        options: dict[str, Any] = {"limit": limits.max_connections or 0, "ssl": self.ssl_context}
        if limits.keepalive_expiry is not None:
            options["keepalive_timeout"] = limits.keepalive_expiry
        connector = aiohttp.TCPConnector(**options)
        # no cookies kept or sent (tidalkit authenticates by header); no redirects followed; a
        # response head as large as httpx's own transport takes (aiohttp's default stops at 8 KiB
        # a line and 128 headers), still bounded
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            max_line_size=_MAX_HEAD_LINE,
            max_field_size=_MAX_HEAD_LINE,
            max_headers=_MAX_HEADERS,
        )
        # aiohttp sends GET, PUT and DELETE once more by itself when the connection drops before
        # the answer; tidalkit's retry policy is the only one that resends (it never resends a PUT
        # or DELETE without an Idempotency-Key: deleting playlist items by index is not idempotent)
        session._retry_connection = False
        self._session = session
        return session

    def _timeout(self, extension: Any, deadline: float | None) -> aiohttp.ClientTimeout:
        phases: dict[str, float | None] = extension or {}
        key = (phases.get("connect"), phases.get("read"), phases.get("pool"), deadline)
        found = self._timeouts.get(key)
        if found is None:
            import aiohttp

            found = aiohttp.ClientTimeout(
                total=deadline, sock_connect=key[0], sock_read=key[1], connect=key[2]
            )
            self._timeouts[key] = found
        return found

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import aiohttp
        import yarl

        session = self._session or self._open()
        headers = _aiohttp_headers(request)
        data: bytes | httpx.AsyncByteStream | None
        try:
            data = request.content or None
        except httpx.RequestNotRead:  # a streamed upload: aiohttp frames it itself
            data = request.stream  # type: ignore[assignment]
            headers = [(name, value) for name, value in headers if name.lower() != "transfer-encoding"]
        try:
            response = await session.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),  # percent-encoded by httpx: not quoted again
                headers=headers,
                data=data,
                allow_redirects=False,
                auto_decompress=False,
                timeout=self._timeout(request.extensions.get("timeout"), request.extensions.get(DEADLINE)),
                server_hostname=request.extensions.get("sni_hostname"),
                **self._proxy,
            )
        except aiohttp.ClientError as exc:
            failure = _remap(exc, request)
        else:
            if response.status < 200:  # a 1xx as the final answer (httpx's transport refuses it too)
                response.close()
                raise httpx.RemoteProtocolError(
                    f"status {response.status} is not a final answer", request=request
                )
            extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
            if response.reason:
                extensions["reason_phrase"] = _wire_bytes(response.reason)
            return httpx.Response(
                response.status,
                headers=response.raw_headers,
                stream=_Body(response, request),
                request=request,
                extensions=extensions,
            )
        raise failure  # outside the handler: no __context__ back to aiohttp's error

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()


_MAX_HEAD_LINE = 128 * 1024
"""Bytes of the status line or of one header line aiohttp reads at most."""
_MAX_HEADERS = 256
"""Header lines of one response aiohttp reads at most (a head of at most 32 MiB)."""


def _wire_bytes(text: str) -> bytes:
    """A status line's reason phrase as it came (aiohttp decodes bytes that are not UTF-8 with
    ``surrogateescape``)."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace")


@cache
def _load_aiohttp() -> None:
    """Import aiohttp (about 100 ms) once, outside any request."""
    importlib.import_module("aiohttp")


_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


def _environment_proxies() -> dict[str, str]:
    """Scheme → proxy URL (and ``no`` → the bypass list) from the environment, as urllib reads it."""
    if not any(os.environ.get(name) or os.environ.get(name.upper()) for name in _PROXY_VARIABLES):
        return {}  # the usual case, without importing urllib.request (about 30 ms)
    import urllib.request

    return {scheme: url for scheme, url in urllib.request.getproxies().items() if url}


def _proxy_for(url: httpx.URL, proxies: dict[str, str]) -> str | None:  # once per host
    """The proxy the environment names for ``url`` (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``,
    bypassed by ``NO_PROXY``), or None."""
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy:
        return None
    import urllib.request

    where = url.host if url.port is None else f"{url.host}:{url.port}"  # NO_PROXY may name a port
    return None if urllib.request.proxy_bypass(where) else proxy


def _mocked() -> bool:
    """True while a mocking library has patched httpx's own transport (pytest-httpx) or httpcore's
    connection pool (respx's default mode): requests then take httpx's own transport, where the
    mock sees them, not aiohttp's connector, which it would not (they would reach the network)."""
    sent_by = httpx.AsyncHTTPTransport.handle_async_request
    if getattr(sent_by, "__module__", None) != "httpx._transports.default":
        return True
    pool = sys.modules.get("httpcore._async.connection_pool")  # unpatched while httpcore is not loaded
    if pool is None:
        return False
    sent_by = pool.AsyncConnectionPool.handle_async_request
    return getattr(sent_by, "__module__", None) != "httpcore._async.connection_pool"


class _FirstUseTransport(httpx.AsyncBaseTransport):
    """Picks the transport at the first request, by the async library running it.

    aiohttp runs only on asyncio; under trio (or any other anyio backend) httpx's own
    ``AsyncHTTPTransport`` is used. The choice is made once and kept for the client's life.
    Proxies are read from the environment once, when the transport is made, and each host's
    route (direct or through its proxy) once, at its first request, so no request pays for the
    lookup (aiohttp's own ``trust_env`` looks them up in a thread on every request). While a
    mocking library patches httpx's transport or httpcore (`_mocked`), requests take httpx's own
    transport, so respx's default mode and pytest-httpx see them.
    """

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._proxies = _environment_proxies()
        self._by_proxy: dict[str | None, httpx.AsyncBaseTransport] = {}
        self._httpx_by_proxy: dict[str | None, httpx.AsyncHTTPTransport] = {}
        self._routes: dict[tuple[str, str, int | None], httpx.AsyncBaseTransport] = {}
        self._asyncio: bool | None = None
        if running_asyncio_loop() is not None:
            _load_aiohttp()  # made inside a running asyncio loop: load aiohttp now, not in a request

    def chosen(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        """The transport for ``url`` under the running async library (made once, then kept)."""
        if _mocked():
            return self._httpx_transport(url)
        key = (url.scheme, url.host, url.port)
        route = self._routes.get(key)
        if route is not None:
            return route
        proxy = _proxy_for(url, self._proxies) if self._proxies else None
        route = self._by_proxy.get(proxy)
        if route is None:
            if self._asyncio is None:
                self._asyncio = running_asyncio_loop() is not None
            via = httpx.Proxy(proxy) if proxy is not None else None
            if self._asyncio:
                route = _AiohttpTransport(self._limits, via)
            else:
                route = httpx.AsyncHTTPTransport(limits=self._limits, proxy=via)
            self._by_proxy[proxy] = route
        self._routes[key] = route
        return route

    def _httpx_transport(self, url: httpx.URL) -> httpx.AsyncHTTPTransport:
        """httpx's own transport for ``url`` (through its proxy), made once per proxy."""
        proxy = _proxy_for(url, self._proxies) if self._proxies else None
        transport = self._httpx_by_proxy.get(proxy)
        if transport is None:
            via = httpx.Proxy(proxy) if proxy is not None else None
            transport = self._httpx_by_proxy[proxy] = httpx.AsyncHTTPTransport(limits=self._limits, proxy=via)
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.chosen(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in (*self._by_proxy.values(), *self._httpx_by_proxy.values()):
            await transport.aclose()


def route(transport: httpx.AsyncBaseTransport, url: httpx.URL) -> tuple[httpx.AsyncBaseTransport, bool]:
    """The transport that sends a request to ``url`` (the default transport's choice for it, made
    once), and whether it keeps the request's `DEADLINE` extension itself: the pipeline then needs
    no cancel scope of its own around the exchange (measured: about a tenth of a request's client
    CPU under asyncio)."""
    if isinstance(transport, _FirstUseTransport):
        transport = transport.chosen(url)
    return transport, type(transport) is _AiohttpTransport


def default_transport(*, max_connections: int = 64) -> httpx.AsyncBaseTransport:
    """The default transport, sized for ``max_connections`` concurrent requests.

    aiohttp-backed under asyncio, httpx's own under trio, chosen at the first request; either
    way through the proxies the environment names (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``,
    ``NO_PROXY``, as httpx's own client does with ``trust_env``).
    """
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    return _FirstUseTransport(limits)
