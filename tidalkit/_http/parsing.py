"""Reading response bodies within a size cap, and turning them into JSON and pydantic models."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from tidalkit._core.model import error_path
from tidalkit._http.errors import ResponseValidationError

__all__ = ["decode_json", "parse_model", "read_bounded", "validation_error"]

M = TypeVar("M", bound=BaseModel)

WIRE_CHUNK = 8 * 1024
"""Bytes handed to the decompressor at a time: a gzip bomb chunk unpacks to at most ~8 MiB."""


class _SmallChunks(httpx.AsyncByteStream):
    """The wire bytes of a response in pieces of at most `WIRE_CHUNK`."""

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
    body past ``limit`` gives None, or its first ``limit`` bytes with ``excerpt=True``.
    """
    stream = response.stream
    assert isinstance(stream, httpx.AsyncByteStream)
    response.stream = _SmallChunks(stream)
    parts: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        if size + len(chunk) > limit:
            if not excerpt:
                return None
            parts.append(chunk[: limit - size])
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _where(response: httpx.Response | None) -> str:
    if response is None or response._request is None:
        return ""
    return f" from {response.request.method} {response.request.url.path}"


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of ``response`` (None when empty); malformed JSON → ResponseValidationError."""
    content = response.content
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:200]
        error = ResponseValidationError(
            f"response{_where(response)} is not valid JSON: {reason}",
            body=content[:2000].decode("utf-8", "replace"),
        )
    raise error from None  # a RecursionError's traceback is thousands of frames deep


def validation_error(exc: ValidationError, model: str, body: str = "") -> ResponseValidationError:
    """A ResponseValidationError naming the first failing field path of ``exc``."""
    first = exc.errors()[0] if exc.error_count() else None
    path = error_path(first["loc"]) if first else ""
    reason = first["msg"] if first else str(exc)
    return ResponseValidationError(
        f"payload does not fit {model} at {path or '<root>'}: {reason}",
        model=model,
        path=path,
        body=body,
    )


def parse_model(data: Any, model: type[M]) -> M:
    """Validate decoded JSON (or raw bytes) into ``model``; failures → ResponseValidationError."""
    try:
        if isinstance(data, bytes | str):
            return model.model_validate_json(data)
        return model.model_validate(data)
    except ValidationError as exc:
        body = data[:2000].decode("utf-8", "replace") if isinstance(data, bytes) else ""
        raise validation_error(exc, model.__name__, body) from exc
    except RecursionError:
        name = model.__name__
        error = ResponseValidationError(f"payload for {name} is nested too deeply", model=name)
    raise error from None
