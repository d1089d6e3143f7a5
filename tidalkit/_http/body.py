"""Reading a streamed response body within a size cap (loaded with the first request, as httpx is)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
from httpx._decoders import SUPPORTED_DECODERS

__all__ = ["ACCEPT_ENCODING", "WIRE_CHUNK", "WireBody", "read_bounded"]

ACCEPT_ENCODING = ", ".join(name for name in SUPPORTED_DECODERS if name != "identity")
"""The content codings httpx decodes, as its own client asks for them (``gzip, deflate``, and ``br``
or ``zstd`` when their packages are installed): every request asks for exactly these, whatever
the transport, so no server is invited to send a coding the body's decoder cannot undo."""

WIRE_CHUNK = 8 * 1024
"""Bytes handed to the decompressor at a time: a gzip bomb chunk unpacks to at most ~8 MiB."""


class WireBody(httpx.AsyncByteStream):
    """A response body of tidalkit's own transport.

    Its chunks are at most `WIRE_CHUNK` wire bytes (not split again), and its ``aclose`` gives the
    connection back before it awaits anything: a cancellation cannot interrupt it, so the pipeline
    does not shield it (a shield costs about a tenth of a request's client CPU).
    """


class _Pieces(httpx.AsyncByteStream):
    """Another stream's wire bytes in pieces of at most `WIRE_CHUNK`."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            for at in range(0, len(chunk), WIRE_CHUNK):
                yield chunk[at : at + WIRE_CHUNK]

    async def aclose(self) -> None:
        await self._stream.aclose()


async def read_bounded(response: httpx.Response, limit: int, *, excerpt: bool = False) -> bytes | None:
    """Read a streamed body, decompressed, up to ``limit`` bytes.

    Reading stops at the cap, so neither a gzip bomb nor an endless stream is held in memory. A
    body past ``limit`` gives None, or its first ``limit`` bytes with ``excerpt=True``. The wire
    bytes go through the response's own decoder (httpx's, for its ``Content-Encoding``) here,
    without httpx's layers of iterators around it.
    """
    if hasattr(response, "_content"):  # read already: made with ``content=`` (mock transports)
        content = response.content
        if len(content) <= limit:
            return content
        return content[:limit] if excerpt else None
    stream = response.stream
    assert isinstance(stream, httpx.AsyncByteStream)
    pieces = stream if isinstance(stream, WireBody) else _Pieces(stream)
    response.is_stream_consumed = True
    decoder = response._get_content_decoder()  # pyright: ignore[reportPrivateUsage]
    parts: list[bytes] = []
    size = 0
    async for wire in pieces:
        chunk = decoder.decode(wire)
        if size + len(chunk) > limit:
            break
        parts.append(chunk)
        size += len(chunk)
    else:
        chunk = decoder.flush()
        if size + len(chunk) <= limit:
            parts.append(chunk)
            return b"".join(parts)
    if not excerpt:
        return None
    parts.append(chunk[: limit - size])
    return b"".join(parts)
