"""Mocking libraries see the default transport's requests; none of them reaches the network.

The default transport sends through aiohttp's connector, below httpx. respx's default mode patches
httpcore's connection pool and pytest-httpx patches httpx's own transport: neither would see a
request aiohttp sends, which would then go to the real host with its token. While either patch is
active the default transport sends through httpx's own transport instead. A loopback server stands
in for the real host and counts what reaches it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx
import pytest
import respx

from tests.reliability.hostile import answer, hostile_server
from tidalkit._http import HeaderAuth
from tidalkit.api import TidalAPI
from tidalkit.private import PrivateAPI

TRACK = b'{"id": 2, "title": "from the server"}'
DOCUMENT = b'{"data": {"id": "2", "type": "tracks", "attributes": {"title": "from the server"}}}'
Call = Callable[[str], Awaitable[str | None]]


async def private_title(base: str) -> str | None:
    auth = HeaderAuth({"Authorization": "Bearer secret"})
    async with PrivateAPI(auth=auth, base_url=base + "/", country_code="US", max_retries=0) as api:
        return (await api.tracks.get(2)).title


async def v2_title(base: str) -> str | None:
    auth = HeaderAuth({"Authorization": "Bearer secret"})
    async with TidalAPI(auth=auth, base_url=base + "/", country_code="US", max_retries=0) as api:
        document = await api.tracks.get_document("2")
        attributes: Any = document.data.attributes
        return attributes.title


CALLS = {"private": (private_title, TRACK), "v2": (v2_title, DOCUMENT)}


def mocked(body: bytes, title: str) -> httpx.Response:
    return httpx.Response(200, content=body.replace(b"from the server", title.encode()))


@pytest.mark.parametrize("api", sorted(CALLS))
@pytest.mark.parametrize("using", ["httpcore", "httpx"])
async def test_respx_intercepts_the_default_transport_in_both_modes(api: str, using: str) -> None:
    call, body = CALLS[api]
    async with hostile_server(answer(headers={"Content-Type": "application/json"}, body=body)) as server:
        base = server.url.rstrip("/")
        with anyio.fail_after(10):
            with respx.mock(using=using) as router:
                route = router.get(url__startswith=base).mock(return_value=mocked(body, "from respx"))
                assert await call(base) == "from respx"
            assert route.call_count == 1
            assert route.calls.last.request.headers["Authorization"] == "Bearer secret"
            assert server.hits == 0
            assert await call(base) == "from the server"  # the mock stopped: aiohttp's connector again
    assert server.hits == 1


@pytest.mark.parametrize("api", sorted(CALLS))
async def test_a_patched_httpx_transport_sees_the_requests_as_pytest_httpx_patches_it(
    api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    call, body = CALLS[api]
    seen: list[httpx.Request] = []

    async def patched(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return mocked(body, "from the patch")

    async with hostile_server(answer(headers={"Content-Type": "application/json"}, body=body)) as server:
        base = server.url.rstrip("/")
        with anyio.fail_after(10):
            with monkeypatch.context() as patch:
                patch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", patched)
                assert await call(base) == "from the patch"
            assert await call(base) == "from the server"
    assert len(seen) == 1
    assert server.hits == 1


async def test_one_client_follows_a_mock_that_starts_and_stops_between_its_requests() -> None:
    async with hostile_server(answer(headers={"Content-Type": "application/json"}, body=TRACK)) as server:
        base = server.url.rstrip("/")
        auth = HeaderAuth({"Authorization": "Bearer secret"})
        with anyio.fail_after(10):
            async with PrivateAPI(auth=auth, base_url=base + "/", country_code="US", cache=False) as api:
                titles = [(await api.tracks.get(2)).title]
                with respx.mock() as router:
                    router.get(url__startswith=base).mock(return_value=mocked(TRACK, "mocked"))
                    titles.append((await api.tracks.get(2)).title)
                titles.append((await api.tracks.get(2)).title)
    assert titles == ["from the server", "mocked", "from the server"]
    assert server.hits == 2
