"""The floors: what a user could write without tidalkit, making the same requests with ``json.loads`` only.

Three, fastest first on bulk work: bare aiohttp (``aiohttp.ClientSession``, connector limit = the
concurrency), raw httpx on tidalkit's default transport (aiohttp's connector behind httpx's
transport API), and plain httpx (httpx's own pool). Each is a :class:`Floor`:
``await floor.get(path, params)`` is one GET, status checked, body through ``json.loads``;
``floor.gather(n, one)`` runs ``one(i)`` for every ``i`` at the floor's concurrency.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any, Literal

import httpx

from bench._common import ServerInfo, gather_limited

FloorKind = Literal["bare aiohttp", "raw httpx (aiohttp transport)", "plain httpx"]
FLOORS: tuple[FloorKind, ...] = ("bare aiohttp", "raw httpx (aiohttp transport)", "plain httpx")
HTTPX_FLOORS: tuple[FloorKind, ...] = FLOORS[1:]
Params = Sequence[tuple[str, str | int]]


class Floor:
    """One floor client bound to an API's base URL; ``get`` answers decoded JSON."""

    def __init__(self, get: Callable[[str, Params], Awaitable[Any]], concurrency: int) -> None:
        self.get = get
        self.concurrency = concurrency

    async def gather(self, n: int, one: Callable[[int], Awaitable[Any]]) -> list[Any]:
        return await gather_limited(n, self.concurrency, one)

    async def window(self, calls: Sequence[Callable[[], Awaitable[Any]]], size: int) -> list[Any]:
        """Every call, at most ``size`` at once (a paginator's window), results in order."""
        return await gather_limited(len(calls), size, lambda i: calls[i]())


@asynccontextmanager
async def floor(kind: FloorKind, server: ServerInfo, base_url: str, concurrency: int) -> AsyncIterator[Floor]:
    """The ``kind`` floor for ``base_url`` (private or v2 root), logged in, ``concurrency`` connections."""
    base = base_url.rstrip("/") + "/"
    if kind == "bare aiohttp":
        import aiohttp

        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(connector=connector, headers=server.auth_headers) as session:

            async def get_aiohttp(path: str, params: Params) -> Any:
                async with session.get(base + path, params=list(params)) as response:
                    body = await response.read()
                    if response.status >= 400:
                        raise RuntimeError(f"GET {path} -> {response.status}")
                    return json.loads(body)

            yield Floor(get_aiohttp, concurrency)
        return
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    transport: httpx.AsyncBaseTransport
    if kind == "raw httpx (aiohttp transport)":
        from tidalkit._http.transport import default_transport

        transport = default_transport(max_connections=concurrency)
    else:
        transport = httpx.AsyncHTTPTransport(limits=limits)
    async with httpx.AsyncClient(
        base_url=base, transport=transport, headers=server.auth_headers, timeout=60
    ) as client:

        async def get_httpx(path: str, params: Params) -> Any:
            response = await client.get(path, params=list(params))
            if response.status_code >= 400:
                raise RuntimeError(f"GET {path} -> {response.status_code}")
            return json.loads(response.content)

        yield Floor(get_httpx, concurrency)
