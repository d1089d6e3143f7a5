"""A hostile HTTP server on loopback: raw sockets, answers no well-behaved server would send.

Each behaviour is a coroutine ``(reader, writer) -> None`` that runs after the request head (and
its body, when it has a ``Content-Length``) was read. The server stops every connection when the
test leaves :func:`hostile_server`; each behaviour also ends on its own within ``MAX_SECONDS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from functools import cache

__all__ = [
    "MAX_SECONDS",
    "Behaviour",
    "HostileServer",
    "answer",
    "continue_then_silence",
    "endless_gzip",
    "gzip_bomb",
    "hostile_server",
    "huge_body",
    "slow_body",
    "slow_headers",
]

MAX_SECONDS = 60.0
"""No behaviour runs longer than this, whatever the client does."""

Behaviour = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class HostileServer:
    """Where the server listens, and what it saw."""

    url: str
    requests: list[str] = field(default_factory=list[str])

    @property
    def hits(self) -> int:
        return len(self.requests)


async def _read_request(reader: asyncio.StreamReader) -> str:
    head = await reader.readuntil(b"\r\n\r\n")
    text = head.decode("latin-1")
    for line in text.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length" and value.strip().isdigit():
            await reader.readexactly(int(value.strip()))
    return text.split("\r\n", 1)[0]


@contextlib.asynccontextmanager
async def hostile_server(behaviour: Behaviour) -> AsyncIterator[HostileServer]:
    """Serve ``behaviour`` on 127.0.0.1 (a fresh port) until the block ends."""
    tasks: set[asyncio.Task[None]] = set()
    server_info = HostileServer("")

    async def run(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            while True:  # keep-alive: answer every request on the connection the same way
                server_info.requests.append(await _read_request(reader))
                await asyncio.wait_for(behaviour(reader, writer), MAX_SECONDS)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
            pass
        except asyncio.CancelledError:
            pass  # the server is stopping: end quietly (a cancelled handler task is logged as an error)
        finally:
            writer.close()
            tasks.discard(task)

    server = await asyncio.start_server(run, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server_info.url = f"http://127.0.0.1:{port}"
    try:
        yield server_info
    finally:
        server.close()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()


def answer(
    status_line: str = "HTTP/1.1 200 OK",
    headers: dict[str, str] | list[tuple[str, str]] | None = None,
    body: bytes = b"",
    *,
    close: bool = False,
) -> Behaviour:
    """A fixed answer (``Content-Length`` added unless a header sets the framing)."""
    pairs = list(headers.items()) if isinstance(headers, dict) else list(headers or [])
    names = {name.lower() for name, _ in pairs}
    if "content-length" not in names and "transfer-encoding" not in names:
        pairs.append(("Content-Length", str(len(body))))
    head = status_line + "\r\n" + "".join(f"{name}: {value}\r\n" for name, value in pairs) + "\r\n"
    raw = head.encode("latin-1") + body

    async def behaviour(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(raw)
        await writer.drain()
        if close:
            writer.close()
            raise OSError("closed by the server")

    return behaviour


def slow_headers(interval: float = 0.2) -> Behaviour:
    """A status line, then one header byte every ``interval`` seconds."""

    async def behaviour(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while True:
            await writer.drain()
            await asyncio.sleep(interval)
            writer.write(b"a")

    return behaviour


def slow_body(interval: float = 0.2, length: int = 10_000) -> Behaviour:
    """Proper headers, then the body one byte every ``interval`` seconds."""

    async def behaviour(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(
            f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n".encode()
        )
        for _ in range(length):
            await writer.drain()
            await asyncio.sleep(interval)
            writer.write(b" ")

    return behaviour


def continue_then_silence() -> Behaviour:
    """``100 Continue``, then nothing at all."""

    async def behaviour(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        await writer.drain()
        await asyncio.sleep(MAX_SECONDS)

    return behaviour


@cache
def gzip_bomb_bytes(unpacked: int) -> bytes:
    """``unpacked`` zero bytes, gzipped (1 GiB packs to about 1 MB)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(unpacked >> 20)]
    parts.append(packer.flush())
    return b"".join(parts)


def gzip_bomb(unpacked: int, status: int = 200) -> Behaviour:
    """A small gzip body that unpacks to ``unpacked`` bytes."""
    body = gzip_bomb_bytes(unpacked)
    return answer(
        f"HTTP/1.1 {status} OK",
        {"Content-Type": "application/json", "Content-Encoding": "gzip"},
        body,
    )


def endless_gzip() -> Behaviour:
    """A chunked gzip stream of zeros that never ends (until the client leaves or time is up)."""

    async def behaviour(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        block = bytes(1 << 20)
        started = time.monotonic()
        while time.monotonic() - started < MAX_SECONDS:
            data = packer.compress(block) + packer.flush(zlib.Z_SYNC_FLUSH)
            writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            await writer.drain()
            await asyncio.sleep(0)  # drain() does not yield below the high-water mark

    return behaviour


def huge_body(status: int, size: int, content_type: str = "application/json") -> Behaviour:
    """A ``size``-byte body (``{"userMessage": "xxxx...``), sent as fast as the client reads."""

    async def behaviour(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(
            f"HTTP/1.1 {status} Whatever\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {size}\r\n\r\n".encode()
        )
        prefix = b'{"status": 404, "subStatus": 2001, "userMessage": "'
        writer.write(prefix)
        left = size - len(prefix)
        block = b"x" * (1 << 16)
        while left > 0:
            writer.write(block[:left])
            left -= len(block)
            await writer.drain()
            await asyncio.sleep(0)  # drain() does not yield below the high-water mark

    return behaviour
