"""The default transport reports aiohttp's failures as what they are, in the request and the body."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import httpx
import pytest

from tidalkit._http.body import WIRE_CHUNK, read_bounded
from tidalkit._http.parsing import decode_json
from tidalkit._http.transport import _AiohttpTransport, _remap, default_transport, route


def connector_error() -> aiohttp.ClientConnectorError:
    key = aiohttp.client_reqrep.ConnectionKey("127.0.0.1", 1, False, True, None, None, None)
    return aiohttp.ClientConnectorError(key, ConnectionRefusedError(111, "refused"))


def payload_error() -> aiohttp.ClientPayloadError:
    return aiohttp.ClientPayloadError("Response payload is not completed")


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        (connector_error(), httpx.ConnectError),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (payload_error(), httpx.RemoteProtocolError),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (aiohttp.ConnectionTimeoutError("slow connect"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("slow read"), httpx.ReadTimeout),
        (aiohttp.ServerTimeoutError("slow"), httpx.ReadTimeout),
        (aiohttp.InvalidURL("ftp://x"), httpx.UnsupportedProtocol),
        (aiohttp.ClientError("other"), httpx.ReadError),
    ],
)
def test_aiohttp_errors_are_mapped_to_what_happened(
    cause: Exception, expected: type[httpx.TransportError]
) -> None:
    request = httpx.Request("GET", "https://api.tidal.com/v1/tracks/1")
    error = _remap(cause, request)
    assert type(error) is expected
    assert error.request is request
    assert error.__cause__ is None


def test_an_unsendable_url_is_not_repeated_in_the_error() -> None:
    error = _remap(aiohttp.InvalidURL("https://api.tidal.com/v1/users/123/favorites?secret=yes"))
    assert isinstance(error, httpx.UnsupportedProtocol)
    assert "secret" not in str(error)
    assert "users/123" not in str(error)


def test_an_httpx_error_is_kept() -> None:
    error = httpx.ReadError("plain")
    assert _remap(error) is error


class _Content:
    """aiohttp's ``response.content`` stand-in: some chunks, then maybe an error."""

    def __init__(self, chunks: list[bytes], error: Exception | None) -> None:
        self.chunks = chunks
        self.error = error
        self.sizes: list[int] = []

    async def iter_chunked(self, n: int) -> AsyncIterator[bytes]:
        self.sizes.append(n)
        for chunk in self.chunks:
            yield chunk
        if self.error is not None:
            raise self.error


class _Response:
    def __init__(self, content: _Content) -> None:
        self.content = content
        self.released = False

    def release(self) -> None:
        self.released = True

    async def wait_for_close(self) -> None:
        return None


def body_of(chunks: list[bytes], error: Exception | None = None) -> tuple[httpx.Response, _Response]:
    from tidalkit._http.transport import _Body

    raw = _Response(_Content(chunks, error))
    request = httpx.Request("GET", "https://api.tidal.com/v1/tracks/1")
    stream = _Body(raw, request)  # type: ignore[arg-type]
    return httpx.Response(200, stream=stream, request=request), raw


async def test_body_read_errors_are_remapped_and_the_connection_released() -> None:
    response, raw = body_of([b'{"a":'], aiohttp.ServerDisconnectedError())
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        await response.aread()
    assert caught.value.__context__ is None  # raised outside the handler: no link to aiohttp's error
    await response.aclose()
    assert raw.released


async def test_the_body_is_read_in_wire_sized_pieces_not_split_again() -> None:
    response, raw = body_of([b"x" * WIRE_CHUNK, b"y" * 10])
    assert await read_bounded(response, 1 << 20) == b"x" * WIRE_CHUNK + b"y" * 10
    assert raw.content.sizes == [WIRE_CHUNK]
    response, _ = body_of([b"x" * WIRE_CHUNK, b"y" * 10])
    assert await read_bounded(response, WIRE_CHUNK) is None  # the cap still holds


async def test_timeouts_map_to_aiohttp_phases_once_per_setting() -> None:
    transport = _AiohttpTransport(httpx.Limits(max_connections=4))
    first = transport._timeout({"connect": 1.0, "read": 2.0, "pool": 3.0, "write": 4.0}, 8.0)
    assert (first.sock_connect, first.sock_read, first.connect, first.total) == (1.0, 2.0, 3.0, 8.0)
    assert transport._timeout({"connect": 1.0, "read": 2.0, "pool": 3.0}, 8.0) is first
    assert transport._timeout({"connect": 1.0, "read": 2.0, "pool": 3.0}, 9.0).total == 9.0
    assert transport._timeout(None, None).sock_read is None
    await transport.aclose()


def test_decode_json_names_no_request_when_there_is_none() -> None:
    from tidalkit import ResponseValidationError

    with pytest.raises(ResponseValidationError, match=r"^response is not valid JSON"):
        decode_json(httpx.Response(200, content=b"<html>"))


async def test_only_tidalkit_s_aiohttp_route_keeps_the_deadline_itself() -> None:
    url = httpx.URL("https://api.tidal.com/v1/tracks/1")
    chosen = default_transport()
    used, keeps = route(chosen, url)  # under asyncio: aiohttp, which keeps it as its total timeout
    assert keeps
    assert isinstance(used, _AiohttpTransport)
    assert route(chosen, url)[0] is used  # chosen once per host
    other = httpx.AsyncHTTPTransport()
    assert route(other, url) == (other, False)
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    assert route(mock, url) == (mock, False)
    await chosen.aclose()


async def test_the_headers_sent_are_the_request_s_even_when_a_wrapping_transport_changes_them() -> None:
    import asyncio

    from tidalkit._http import HeaderAuth, Request
    from tidalkit._http.transport import default_transport
    from tidalkit.private import PrivateAPI

    heads: list[str] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                break
            heads.append(head.decode("latin-1").lower())
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
            await writer.drain()
        writer.close()

    class Tracing(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.inner = default_transport()
            self.rewrite = False

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if self.rewrite:
                request.headers["Traceparent"] = "00-trace-01"
                request.headers["Authorization"] = "Bearer replaced"
            return await self.inner.handle_async_request(request)

        async def aclose(self) -> None:
            await self.inner.aclose()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    tracing = Tracing()
    auth = HeaderAuth({"Authorization": "Bearer original"})
    try:
        base_url = f"http://127.0.0.1:{port}/api"
        async with PrivateAPI(auth=auth, base_url=base_url, transport=tracing) as client:
            for rewrite in (False, False, True, True, False):
                tracing.rewrite = rewrite
                await client.send(Request("GET", "v1/tracks/1"))
    finally:
        server.close()
        await server.wait_closed()
    assert len(heads) == 5
    for head, rewrite in zip(heads, (False, False, True, True, False), strict=True):
        assert ("authorization: bearer replaced" in head) is rewrite
        assert ("authorization: bearer original" in head) is not rewrite
        assert ("traceparent: 00-trace-01" in head) is rewrite
        assert head.count("authorization:") == 1
        assert "user-agent: tidalkit/" in head


async def test_the_request_extensions_tidalkit_adds_never_show_the_token() -> None:
    from tidalkit._http import HeaderAuth, Request
    from tidalkit.private import PrivateAPI

    seen: list[httpx.Request] = []

    class Keep(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, json={})

    auth = HeaderAuth({"Authorization": "Bearer s3cr3t-t0ken"})
    async with PrivateAPI(auth=auth, base_url="https://api.tidal.com/v1", transport=Keep()) as client:
        await client.send(Request("GET", "tracks/1"))
        await client.send(Request("GET", "tracks/2"))
    assert len(seen) == 2
    for request in seen:
        assert "tidalkit.plain_headers" in request.extensions
        shown = f"{request.extensions!r} {request.extensions} {request.headers!r}"
        assert "s3cr3t" not in shown
