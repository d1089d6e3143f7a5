"""Client lifecycle, headers, query serialisation, logging, and connections on a real socket."""

from __future__ import annotations

import logging

import anyio
import httpx
import pytest
from anyio.abc import SocketStream

from tidalkit import ClientClosedError, __version__
from tidalkit._http import BaseClient, HeaderAuth, Request, encode_query

from .helpers import make_client


async def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"ok": True})


async def test_request_after_aclose_is_refused_and_never_sent() -> None:
    client, rec = make_client(ok)
    async with client:
        await client.send(Request("GET", "x"))
    assert client.closed
    with pytest.raises(ClientClosedError, match="closed"):
        await client.send(Request("GET", "x"))
    assert rec.calls == 1
    with pytest.raises(ClientClosedError):
        async with client:
            pass
    await client.aclose()  # idempotent


async def test_injected_http_client_is_not_closed_by_tidalkit() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(ok))
    async with BaseClient(base_url="https://a.test/", http_client=http) as client:
        await client.send(Request("GET", "x"))
        assert client.http_client is http
    assert not http.is_closed
    await http.aclose()


async def test_default_headers_and_user_agent() -> None:
    client, rec = make_client(ok, headers={"x-extra": "1"}, auth=HeaderAuth({"x-tidal-token": "cid"}))
    async with client:
        await client.send(Request("GET", "x", headers={"x-call": "2"}))
    sent = rec.requests[0].headers
    assert sent["user-agent"] == f"tidalkit/{__version__}"
    assert sent["x-extra"] == "1"
    assert sent["x-call"] == "2"
    assert sent["x-tidal-token"] == "cid"


async def test_unauthenticated_request_sends_no_credentials() -> None:
    client, rec = make_client(ok, auth=HeaderAuth({"Authorization": "Bearer s3cret"}))
    async with client:
        await client.send(Request("GET", "x", authenticated=False))
    assert "authorization" not in rec.requests[0].headers


async def test_query_is_serialised_the_tidal_way() -> None:
    client, rec = make_client(ok)
    params = {"filter[id]": ["1", "2"], "include": "albums,artists.profileArt", "countryCode": "US"}
    async with client:
        await client.send(Request("GET", "tracks", params=params))
        await client.send(Request("GET", "https://other.test/abs?x=1", params=[("y", True), ("z", None)]))
    assert rec.requests[0].url.raw_path == (
        b"/v1/tracks?filter[id]=1&filter[id]=2&include=albums,artists.profileArt&countryCode=US"
    )
    assert str(rec.requests[1].url) == "https://other.test/abs?x=1&y=true"


def test_encode_query_escapes_what_must_be_escaped() -> None:
    assert encode_query({"query": "a b&c=d/é"}) == "query=a%20b%26c%3Dd%2F%C3%A9"
    assert encode_query({"page[cursor]": "a+b"}) == "page[cursor]=a%2Bb"
    assert encode_query(None) == ""
    assert encode_query([("limit", 10), ("offset", 0)]) == "limit=10&offset=0"


async def test_debug_log_names_method_path_status_and_never_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def flaky(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200 if len(calls) > 1 else 503, json={})

    calls: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return await flaky(request)

    client, _ = make_client(handler, auth=HeaderAuth({"Authorization": "Bearer tok-SECRET-123"}))
    with caplog.at_level(logging.DEBUG, logger="tidalkit"):
        async with client:
            await client.send(Request("GET", "tracks/9"))
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /v1/tracks/9 -> 503" in text
    assert "GET /v1/tracks/9 -> 200" in text
    assert "attempt 2" in text
    assert "tok-SECRET-123" not in text
    assert "tok-SECRET-123" not in repr(client)


async def test_default_transport_leaves_no_open_connection_after_aclose() -> None:
    """Against a real loopback socket: every connection the client opened is closed by aclose()."""
    open_connections = 0
    opened = 0
    response = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"

    async def serve(stream: SocketStream) -> None:
        nonlocal open_connections, opened
        open_connections += 1
        opened += 1
        try:
            buffer = b""
            while True:
                try:
                    chunk = await stream.receive()
                except (anyio.EndOfStream, anyio.BrokenResourceError):
                    return
                buffer += chunk
                while b"\r\n\r\n" in buffer:
                    _, buffer = buffer.split(b"\r\n\r\n", 1)
                    await stream.send(response)
        finally:
            open_connections -= 1

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, serve)
        client = BaseClient(base_url=f"http://127.0.0.1:{port}/", max_concurrency=8)
        async with client, anyio.create_task_group() as calls:
            for i in range(40):
                calls.start_soon(client.send, Request("GET", f"tracks/{i}"))
        with anyio.fail_after(5):
            while open_connections:
                await anyio.sleep(0.01)
        tg.cancel_scope.cancel()
    await listener.aclose()
    assert 1 <= opened <= 8
    assert open_connections == 0
