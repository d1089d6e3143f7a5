"""The default transport sends requests through the proxy named by the environment (trust_env)."""

from __future__ import annotations

import anyio
import anyio.abc
import pytest

from tidalkit.private import PrivateAPI


async def test_http_proxy_from_the_environment_carries_the_request(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []

    async def proxy(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            data = b""
            while b"\r\n\r\n" not in data:
                data += await stream.receive()
            seen.append(data.split(b"\r\n", 1)[0])
            body = b'{"countryCode": "NO"}'
            head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
            await stream.send(head.encode() + b"connection: close\r\n\r\n" + body)

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, proxy)
        # the proxy answers for a host that does not exist: only a proxied request can succeed
        async with PrivateAPI(client_id="x", base_url="http://tidal.invalid/", max_retries=0) as tidal:
            with anyio.fail_after(30):
                assert await tidal.get_country_code() == "NO"
        tg.cancel_scope.cancel()
    assert seen == [b"GET http://tidal.invalid/v1/country HTTP/1.1"]
