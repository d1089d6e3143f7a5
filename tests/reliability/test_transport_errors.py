"""How the default transport reports connections that fail, on the loopback sandbox."""

from __future__ import annotations

import socket

import pytest

from tidalkit._http import HeaderAuth
from tidalkit._http.errors import APIConnectionError, APITimeoutError
from tidalkit.private import PrivateAPI
from tidalkit.testing import Sandbox


async def test_a_dropped_connection_is_a_connection_error_not_a_timeout() -> None:
    """BUG (tidalkit/_http/transport.py, via httpx-aiohttp's exception map): aiohttp's
    ``ServerDisconnectedError`` and ``ClientConnectorError`` are both ``ClientConnectionError``s, which
    httpx-aiohttp maps to ``httpx.ConnectTimeout``; the pipeline then raises ``APITimeoutError``
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
