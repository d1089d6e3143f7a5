"""The default transport sends requests through the proxy the environment names, under asyncio
(aiohttp) and trio (httpx's own transport) alike, and not for hosts ``NO_PROXY`` lists."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import anyio
import anyio.abc
import pytest

from tidalkit.private import PrivateAPI

pytestmark = pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])


def answering(seen: list[bytes]) -> Callable[[anyio.abc.SocketStream], Awaitable[None]]:
    """A one-shot HTTP server that records each request line and answers a country code."""

    async def serve(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            data = b""
            while b"\r\n\r\n" not in data:
                data += await stream.receive()
            seen.append(data.split(b"\r\n", 1)[0])
            body = b'{"countryCode": "NO"}'
            head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
            await stream.send(head.encode() + b"connection: close\r\n\r\n" + body)

    return serve


def clear_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


async def test_http_proxy_from_the_environment_carries_the_request(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    clear_proxies(monkeypatch)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, answering(seen))
        # the proxy answers for a host that does not exist: only a proxied request can succeed
        async with PrivateAPI(client_id="x", base_url="http://tidal.invalid/", max_retries=0) as tidal:
            with anyio.fail_after(30):
                assert await tidal.get_country_code() == "NO"
        tg.cancel_scope.cancel()
    assert seen == [b"GET http://tidal.invalid/v1/country HTTP/1.1"]


@pytest.mark.parametrize("with_port", [False, True])
async def test_no_proxy_hosts_are_reached_directly(monkeypatch: pytest.MonkeyPatch, with_port: bool) -> None:
    through_proxy: list[bytes] = []
    direct: list[bytes] = []
    proxy = await anyio.create_tcp_listener(local_host="127.0.0.1")
    server = await anyio.create_tcp_listener(local_host="127.0.0.1")
    proxy_port = proxy.extra(anyio.abc.SocketAttribute.local_port)
    server_port = server.extra(anyio.abc.SocketAttribute.local_port)
    clear_proxies(monkeypatch)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy_port}")
    monkeypatch.setenv("NO_PROXY", f"127.0.0.1:{server_port}" if with_port else "127.0.0.1")
    async with proxy, server, anyio.create_task_group() as tg:
        tg.start_soon(proxy.serve, answering(through_proxy))
        tg.start_soon(server.serve, answering(direct))
        base = f"http://127.0.0.1:{server_port}/"
        async with PrivateAPI(client_id="x", base_url=base, max_retries=0) as tidal:
            with anyio.fail_after(30):
                assert await tidal.get_country_code() == "NO"
        tg.cancel_scope.cancel()
    assert through_proxy == []
    assert direct == [b"GET /v1/country HTTP/1.1"]
