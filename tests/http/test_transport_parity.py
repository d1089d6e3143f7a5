"""The default transport (aiohttp's connector) and httpx's own transport give the user the same thing.

Under trio, with a request mock, or with ``transport=httpx.AsyncHTTPTransport()``, tidalkit sends
through httpx's transport; otherwise through aiohttp's connector. Each server answer below is
served to both; the outcome (the typed result, or the error type and status) and the number of
requests the server saw must be the same. A loopback server reads each request head and answers
as told.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import pytest

from tidalkit._http import HeaderAuth, Request
from tidalkit._http.body import ACCEPT_ENCODING
from tidalkit._http.errors import TidalError
from tidalkit.private import PrivateAPI

TRACK = b'{"id": 1, "title": "x"}'
Answer = Callable[[asyncio.StreamWriter], Awaitable[None]]


@dataclass
class Server:
    url: str = ""
    heads: list[str] = field(default_factory=list[str])


@contextlib.asynccontextmanager
async def serve(answer: Answer) -> AsyncIterator[Server]:
    """A loopback server answering every request with ``answer``; it records each request head."""
    server = Server()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                server.heads.append(head.decode("latin-1"))
                await answer(writer)
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    listening = await asyncio.start_server(handle, "127.0.0.1", 0)
    server.url = f"http://127.0.0.1:{listening.sockets[0].getsockname()[1]}/"
    try:
        yield server
    finally:
        listening.close()
        await listening.wait_closed()


def raw(head: str, body: bytes = b"") -> Answer:
    data = head.replace("\n", "\r\n").encode("latin-1") + b"\r\n\r\n" + body

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()

    return answer


def reason_bytes(status: int, reason: bytes) -> Answer:
    head = b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head % (status, reason, len(TRACK)) + TRACK)
        await writer.drain()

    return answer


async def close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    raise OSError("closed before the answer")


async def reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
    raise OSError("reset before the answer")


def ok(headers: str = "") -> Answer:
    extra = f"\n{headers}" if headers else ""
    return raw(f"HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: {len(TRACK)}{extra}", TRACK)


Outcome = tuple[str, Any]


async def outcome(server: Server, transport: httpx.AsyncBaseTransport | None, method: str) -> Outcome:
    auth = HeaderAuth({"Authorization": "Bearer secret"})
    async with PrivateAPI(
        auth=auth, base_url=server.url, country_code="US", max_retries=0, cache=False, transport=transport
    ) as api:
        with anyio.fail_after(10):
            try:
                if method == "GET":
                    track = await api.tracks.get(1)
                    return "ok", track.title
                response = await api.send(Request(method, "v1/playlists/p/items/3"))
                return "ok", response.status_code
            except TidalError as exc:
                return type(exc).__name__, getattr(exc, "status_code", None)


ANSWERS: dict[str, Answer] = {
    "closed before the answer": close,
    "reset before the answer": reset,
    "a 200 whose reason phrase is not UTF-8": reason_bytes(200, b"\xe9t\xe9"),
    "a 404 whose reason phrase is not UTF-8": reason_bytes(404, b"Nicht Gef\xfcnden"),
    "a 20 KB header": ok("Set-Cookie: " + "c" * 20_000),
    "200 headers": ok("\n".join(f"X-Header-{n}: {n}" for n in range(200))),
    "status 099 as the final answer": raw("HTTP/1.1 099 Odd\nContent-Length: 0"),
    "an unasked-for 101, then a 200": raw(
        "HTTP/1.1 101 Switching Protocols\nUpgrade: h2c\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n"
        f"Content-Length: {len(TRACK)}",
        TRACK,
    ),
}
CASES = [(name, "GET") for name in sorted(ANSWERS)] + [
    (name, method)
    for name in sorted(ANSWERS)
    if name.endswith("before the answer")
    for method in ("PUT", "DELETE")
]  # the method matters where the request may be resent


@pytest.mark.parametrize(("name", "method"), CASES)
async def test_both_transports_give_the_same_outcome_and_send_as_often(name: str, method: str) -> None:
    results: dict[str, tuple[Outcome, int]] = {}
    for kind in ("default", "httpx"):
        async with serve(ANSWERS[name]) as server:
            transport = httpx.AsyncHTTPTransport() if kind == "httpx" else None
            results[kind] = (await outcome(server, transport, method), len(server.heads))
    assert results["default"] == results["httpx"]
    assert results["default"][1] == 1  # max_retries=0: sent once, by either transport


async def test_a_request_sent_once_is_not_resent_by_aiohttp_when_the_connection_drops() -> None:
    # DELETE of playlist items by index is not idempotent: a resend would delete other items
    async with serve(reset) as server:
        assert (await outcome(server, None, "DELETE"))[0] == "APIConnectionError"
    assert len(server.heads) == 1


async def test_both_transports_ask_for_the_codings_httpx_decodes() -> None:
    sent: dict[str, list[str]] = {}
    for kind in ("default", "httpx"):
        async with serve(ok()) as server:
            transport = httpx.AsyncHTTPTransport() if kind == "httpx" else None
            assert await outcome(server, transport, "GET") == ("ok", "x")
        sent[kind] = [
            line.partition(":")[2].strip()
            for line in server.heads[0].split("\r\n")
            if line.lower().startswith("accept-encoding:")
        ]
    assert sent["default"] == sent["httpx"] == [ACCEPT_ENCODING]
    assert "gzip" in ACCEPT_ENCODING
