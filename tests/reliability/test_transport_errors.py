"""How the default transport reports connections that fail, on the loopback sandbox."""

from __future__ import annotations

import socket

import httpx
import pytest

from tidalkit._http import BaseClient, HeaderAuth, Request
from tidalkit._http.errors import APIConnectionError, APITimeoutError, ResponseTooLargeError, TidalError
from tidalkit.private import PrivateAPI
from tidalkit.testing import Sandbox

from .secret_audit import SecretAudit


async def test_a_dropped_connection_is_a_connection_error_not_a_timeout() -> None:
    """BUG (tidalkit/_http/transport.py, once built on an exception map that did this): aiohttp's
    ``ServerDisconnectedError`` and ``ClientConnectorError`` are both ``ClientConnectionError``s, which
    that map turned into ``httpx.ConnectTimeout``; the pipeline then raises ``APITimeoutError``
    "... timed out" for a server that closed the socket (or refused the connection) at once. Callers
    that treat timeouts differently (longer deadlines, alerts) are misled, and a refused POST, never
    sent, is not recognised as never sent (``httpx.ConnectError``)."""
    sandbox = Sandbox(drop_rate=1.0)
    async with sandbox.serve() as server:
        auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"})
        async with PrivateAPI(
            auth=auth, base_url=server.urls.private, country_code="US", max_retries=0
        ) as api:
            with pytest.raises(APIConnectionError) as caught:
                await api.tracks.get(1)
    assert sandbox.stats.dropped >= 1  # aiohttp itself resends an idempotent GET once on a disconnect
    assert not isinstance(caught.value, APITimeoutError), str(caught.value)
    assert "timed out" not in str(caught.value)


async def test_a_refused_connection_is_a_connection_error_not_a_timeout() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with PrivateAPI(
        client_id="x", base_url=f"http://127.0.0.1:{port}", country_code="US", max_retries=0
    ) as api:
        with pytest.raises(APIConnectionError) as caught:
            await api.tracks.get(1)
    assert not isinstance(caught.value, APITimeoutError), str(caught.value)


SECRET = "transport-secret-token-0123456789"


def assert_no_request_reachable(error: BaseException) -> None:
    seen: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and link not in seen:
        seen.append(link)
        assert SECRET not in repr(link)
        assert SECRET not in repr(vars(link))
        assert getattr(link, "request", None) is None
        link = link.__cause__ or link.__context__


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.DecodingError("bad gzip"), APIConnectionError),
        (ValueError("a transport bug"), APIConnectionError),
        (MemoryError(), ResponseTooLargeError),
    ],
    ids=["connect", "timeout", "decoding", "other", "memory"],
)
async def test_whatever_the_transport_raises_is_typed_and_holds_no_request(
    raised: Exception, expected: type[TidalError], tidalkit_secret_audit: SecretAudit
) -> None:
    tidalkit_secret_audit.add(SECRET)

    async def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(raised, httpx.RequestError):
            raised._request = request  # as httpx's own transports do: the headers hold the token
        raise raised

    auth = HeaderAuth({"Authorization": f"Bearer {SECRET}"})
    async with BaseClient(
        base_url="https://api.example.test", auth=auth, transport=httpx.MockTransport(handler), max_retries=0
    ) as client:
        with pytest.raises(TidalError) as caught:
            await client.send(Request("GET", "v1/tracks/1"))
    assert type(caught.value) is expected, repr(caught.value)
    assert "api.example.test/v1/tracks/1" in str(caught.value)
    assert_no_request_reachable(caught.value)
