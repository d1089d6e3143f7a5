"""The default transport: aiohttp's connector behind the httpx API.

Measured (``bench/transport.py``, loopback, 100 ms latency): httpx's own pool stops scaling above
about 32 concurrent connections, aiohttp's does not. Users can inject any httpx transport instead.

httpx-aiohttp maps every aiohttp connection error to ``httpx.ConnectTimeout``; this module maps
them to what happened (refused → ``ConnectError``, dropped → ``RemoteProtocolError``, reset →
``ReadError``), so a dropped connection is not reported as a timeout and a refused request is known
to be unsent. Malformed answers (bad status line, header over 8,190 bytes, too many headers, bad
chunk size), which httpx-aiohttp lets through as raw ``aiohttp.ClientResponseError``, become
``RemoteProtocolError``. Every mapped error is raised without a chain to aiohttp's: those carry the
request's headers (``Authorization``) in their ``repr``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from functools import cache
from typing import TYPE_CHECKING

import httpx

from tidalkit._loop import running_asyncio_loop

if TYPE_CHECKING:
    from httpx_aiohttp import AiohttpTransport

__all__ = ["default_transport"]


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
        cause = exc.__cause__
        if cause is None:
            return exc
    else:
        cause = exc
    mapped: httpx.TransportError
    if isinstance(cause, aiohttp.ClientConnectorError):
        mapped = httpx.ConnectError(_describe(cause))
    elif isinstance(cause, aiohttp.ServerDisconnectedError):
        mapped = httpx.RemoteProtocolError("server disconnected without a response")
    elif isinstance(cause, aiohttp.ClientResponseError | aiohttp.ClientPayloadError):
        # bad status line, header too long, too many headers, bad chunk size, truncated body
        mapped = httpx.RemoteProtocolError(f"invalid HTTP response ({_describe(cause)})")
    elif isinstance(exc, httpx.TransportError) and (
        isinstance(cause, TimeoutError) or not isinstance(cause, aiohttp.ClientConnectionError)
    ):
        mapped = type(exc)(str(exc)[:_MESSAGE_LIMIT] or type(exc).__name__)  # timeouts and the rest
    elif isinstance(cause, TimeoutError):
        mapped = httpx.ReadTimeout(_describe(cause))
    else:
        mapped = httpx.ReadError(_describe(cause))
    mapped._request = request or getattr(exc, "_request", None)
    return mapped


def _client_errors() -> tuple[type[Exception], ...]:
    import aiohttp

    return (httpx.TransportError, aiohttp.ClientError)


class _RemappedStream(httpx.AsyncByteStream):
    """A response body whose read errors are remapped like the request's."""

    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request | None = None) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        failure: httpx.TransportError | None = None
        try:
            async for chunk in self._stream:
                yield chunk
        except _client_errors() as exc:
            failure = _remap(exc, self._request)
        if failure is not None:
            raise failure  # outside the handler: no __context__ back to aiohttp's error

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        except _client_errors():
            pass  # the connection is dropped either way


@cache
def _transport_class() -> type[AiohttpTransport]:
    """The remapping transport class; aiohttp (about 100 ms to import) loads on first use."""
    from httpx_aiohttp import AiohttpTransport

    class _Transport(AiohttpTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                response = await super().handle_async_request(request)
            except _client_errors() as exc:
                failure = _remap(exc, request)
            else:
                stream = response.stream
                assert isinstance(stream, httpx.AsyncByteStream)
                response.stream = _RemappedStream(stream, request)  # the same response, not a copy
                return response
            raise failure  # outside the handler: no __context__ back to aiohttp's error

    return _Transport


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


class _FirstUseTransport(httpx.AsyncBaseTransport):
    """Picks the transport at the first request, by the async library running it.

    aiohttp runs only on asyncio; under trio (or any other anyio backend) httpx's own
    ``AsyncHTTPTransport`` is used. The choice is made once and kept for the client's life.
    Proxies are read from the environment once, when the transport is made, and each host's
    route (direct or through its proxy) once, at its first request, so no request pays for the
    lookup (aiohttp's own ``trust_env`` looks them up in a thread on every request).
    """

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._proxies = _environment_proxies()
        self._by_proxy: dict[str | None, httpx.AsyncBaseTransport] = {}
        self._routes: dict[tuple[str, str, int | None], httpx.AsyncBaseTransport] = {}
        self._asyncio: bool | None = None
        if running_asyncio_loop() is not None:
            _transport_class()  # made inside a running asyncio loop: load aiohttp now, not in a request

    def chosen(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        """The transport for ``url`` under the running async library (made once, then kept)."""
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
                route = _transport_class()(limits=self._limits, proxy=via)
            else:
                route = httpx.AsyncHTTPTransport(limits=self._limits, proxy=via)
            self._by_proxy[proxy] = route
        self._routes[key] = route
        return route

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.chosen(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._by_proxy.values():
            await transport.aclose()


def default_transport(*, max_connections: int = 64) -> httpx.AsyncBaseTransport:
    """The default transport, sized for ``max_connections`` concurrent requests.

    aiohttp-backed under asyncio, httpx's own under trio, chosen at the first request; either
    way through the proxies the environment names (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``,
    ``NO_PROXY``, as httpx's own client does with ``trust_env``).
    """
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    return _FirstUseTransport(limits)
