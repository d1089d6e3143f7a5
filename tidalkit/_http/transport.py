"""The default transport: aiohttp's connector behind the httpx API.

Measured (``bench/transport.py``, loopback, 100 ms latency): httpx's own pool stops scaling above
about 32 concurrent connections, aiohttp's does not. Users can inject any httpx transport instead.

httpx-aiohttp maps every aiohttp connection error to ``httpx.ConnectTimeout``; this module maps
them to what happened (refused → ``ConnectError``, dropped → ``RemoteProtocolError``, reset →
``ReadError``), so a dropped connection is not reported as a timeout and a refused request is known
to be unsent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cache
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from httpx_aiohttp import AiohttpTransport

__all__ = ["default_transport"]


def _remap(exc: httpx.TransportError) -> httpx.TransportError:
    import aiohttp  # loaded with the transport already; not at ``import tidalkit`` time

    cause = exc.__cause__
    message = str(exc) or type(cause).__name__
    request = exc._request  # None outside a request; kept when set
    mapped: httpx.TransportError
    if cause is None or isinstance(cause, aiohttp.ServerTimeoutError | TimeoutError):
        return exc
    if isinstance(cause, aiohttp.ClientConnectorError):
        mapped = httpx.ConnectError(message)
    elif isinstance(cause, aiohttp.ServerDisconnectedError):
        mapped = httpx.RemoteProtocolError(message or "server disconnected without a response")
    elif isinstance(cause, aiohttp.ClientConnectionError):
        mapped = httpx.ReadError(message)
    else:
        return exc
    mapped._request = request
    return mapped


class _RemappedStream(httpx.AsyncByteStream):
    """A response body whose read errors are remapped like the request's."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except httpx.TransportError as exc:
            raise _remap(exc) from exc.__cause__

    async def aclose(self) -> None:
        await self._stream.aclose()


@cache
def _transport_class() -> type[AiohttpTransport]:
    """The remapping transport class; aiohttp (about 100 ms to import) loads on first use."""
    from httpx_aiohttp import AiohttpTransport

    class _Transport(AiohttpTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                response = await super().handle_async_request(request)
            except httpx.TransportError as exc:
                raise _remap(exc) from exc.__cause__
            stream = response.stream
            assert isinstance(stream, httpx.AsyncByteStream)
            return httpx.Response(
                response.status_code,
                headers=response.headers,
                stream=_RemappedStream(stream),
                request=request,
                extensions=response.extensions,
            )

    return _Transport


def default_transport(*, max_connections: int = 64) -> httpx.AsyncBaseTransport:
    """An aiohttp-backed httpx transport sized for ``max_connections`` concurrent requests."""
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    return _transport_class()(limits=limits)
