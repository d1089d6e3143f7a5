"""A sandbox round trip on the default transport under both anyio backends (asyncio and trio),
including a private offset walk of many pages and one left after its first item."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

from tidalkit import HeaderAuth
from tidalkit.api import TidalAPI
from tidalkit.auth import AuthEndpoints, ClientCredentialsGrant, MemoryTokenRepository, TokenProvider
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Sandbox, SandboxURLs


class ServedSandbox:
    """The loopback sandbox server on its own thread and asyncio loop, so trio code can call it."""

    def __init__(self) -> None:
        self.sandbox = Sandbox(latency=0.0, rate_limit=None)
        self._ready = threading.Event()
        self._stop = threading.Event()
        self.urls: SandboxURLs | None = None
        self._thread = threading.Thread(target=asyncio.run, args=(self._serve(),), daemon=True)

    async def _serve(self) -> None:
        async with self.sandbox.serve() as server:
            self.urls = server.urls
            self._ready.set()
            while not self._stop.is_set():
                await asyncio.sleep(0.02)

    def __enter__(self) -> ServedSandbox:
        self._thread.start()
        assert self._ready.wait(30), "the sandbox server did not start"
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(30)


@pytest.fixture(scope="module")
def served() -> Iterator[ServedSandbox]:
    with ServedSandbox() as server:
        yield server


async def round_trip(served: ServedSandbox) -> dict[str, Any]:
    urls = served.urls
    assert urls is not None
    repository = MemoryTokenRepository()
    grant = ClientCredentialsGrant(
        client_id=SANDBOX_CLIENT_ID,
        client_secret=SANDBOX_CLIENT_SECRET,
        endpoints=AuthEndpoints.at(urls.auth, login=urls.login),
    )
    provider = TokenProvider(grant, repository=repository)
    async with TidalAPI(auth=provider, base_url=urls.v2, country_code="US") as tidal:
        track = await tidal.tracks.get("1")
        many = await tidal.tracks.get_many(["1", "2", "3", "999999999"])
        entries = [entry async for entry in tidal.playlists.items(served.sandbox.playlist_ids["small"])]
        transport = tidal.http_client._transport.chosen(tidal.http_client.base_url)  # type: ignore[attr-defined]
        token_pool = grant.http.http_client
        stored = await repository.list()
    auth = HeaderAuth({"Authorization": f"Bearer {served.sandbox.user_token()}"})
    async with PrivateAPI(auth=auth, base_url=urls.private, country_code="US") as api:
        large = served.sandbox.playlist_ids["large"]
        # an offset walk of many pages: prefetched tasks under asyncio, step-wise task groups under trio
        ids = [entry.item.id async for entry in api.playlists.items(large, page_size=7) if entry.item]
        early = aiter(api.playlists.items(large, page_size=7))
        await anext(early)
        del early  # left after one item: what it had on the wire is cancelled
        return {
            "title": track.title,
            "found": [t.id for t in many.items],
            "missing": list(many.missing),
            "entries": len(entries),
            "transport": type(transport),
            "token requests on the client's pool": token_pool is tidal.http_client,
            "stored": len(stored),
            "offset walk": ids,
            "expected": [item.id for item in served.sandbox.catalog.playlists[large].items(0, 10**6)],
        }


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_sandbox_round_trip_on_the_default_transport(served: ServedSandbox, backend: str) -> None:
    result = anyio.run(round_trip, served, backend=backend)
    assert result["title"] == "Raven Mirror"
    assert result["found"] == ["1", "2", "3"]
    assert result["missing"] == ["999999999"]
    assert result["entries"] == 50
    assert result["token requests on the client's pool"] is True
    assert result["stored"] == 1
    assert len(result["offset walk"]) > 7 * 4
    assert result["offset walk"] == result["expected"]
    if backend == "trio":
        assert result["transport"] is httpx.AsyncHTTPTransport
    else:
        assert result["transport"].__module__ == "tidalkit._http.transport"  # the aiohttp-backed one
