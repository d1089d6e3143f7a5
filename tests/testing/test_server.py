"""The loopback server: starts on a free port, serves, drops connections silently, stops cleanly."""

from __future__ import annotations

import asyncio
import socket

import anyio
import anyio.lowlevel
import httpx
import pytest

from tidalkit.testing import Sandbox

from .helpers import basic, bearer


async def test_loopback_server_starts_serves_and_stops_without_leaking_tasks() -> None:
    sandbox = Sandbox()
    before = asyncio.all_tasks()
    async with sandbox.serve() as server:
        port = server.port
        assert port > 0
        assert server.urls.v2 == f"http://127.0.0.1:{port}/openapi/v2"
        async with httpx.AsyncClient(base_url=server.urls.v2, headers=bearer(sandbox.user_token())) as http:
            tracks = [await http.get(f"/tracks/{i}") for i in range(1, 4)]
            token = await http.post(
                server.urls.token, data={"grant_type": "client_credentials"}, auth=basic()
            )
    assert [r.status_code for r in tracks] == [200, 200, 200]
    assert tracks[0].headers["content-type"] == "application/vnd.api+json"
    assert token.status_code == 200
    assert sandbox.stats.requests["v2.tracks.get"] == 3
    await anyio.lowlevel.checkpoint()
    assert asyncio.all_tasks() == before
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    with pytest.raises(RuntimeError):
        _ = server.urls


async def test_loopback_drop_closes_the_socket_without_a_response() -> None:
    sandbox = Sandbox(drop_rate=1.0)
    async with sandbox.serve() as server, httpx.AsyncClient(base_url=server.urls.private) as http:
        with pytest.raises(httpx.TransportError) as caught:
            await http.get("/v1/country")
    assert isinstance(caught.value, httpx.RemoteProtocolError | httpx.ReadError)
    assert sandbox.stats.dropped == 1


async def test_loopback_serves_concurrent_requests_with_latency() -> None:
    sandbox = Sandbox(latency=0.05)
    async with (
        sandbox.serve() as server,
        httpx.AsyncClient(base_url=server.urls.private, headers=bearer(sandbox.user_token())) as http,
    ):
        statuses: list[int] = []

        async def fetch(i: int) -> None:
            statuses.append((await http.get(f"/v1/tracks/{i}")).status_code)

        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                for i in range(1, 65):
                    tg.start_soon(fetch, i)
    assert statuses == [200] * 64


def test_server_refuses_non_loopback_hosts() -> None:
    with pytest.raises(ValueError, match="loopback"):
        Sandbox().serve(host="0.0.0.0")  # noqa: S104 - the point of the test


async def test_server_stops_cleanly_when_the_block_fails_or_is_cancelled() -> None:
    sandbox = Sandbox()
    before = asyncio.all_tasks()
    failed_port = 0

    async def fail() -> None:
        nonlocal failed_port
        async with sandbox.serve() as server:
            failed_port = server.port
            raise LookupError("boom")

    with pytest.raises(LookupError, match="boom"):
        await fail()
    with anyio.move_on_after(0.2) as scope:
        async with sandbox.serve() as server:
            cancelled_port = server.port
            await anyio.sleep(10)
    assert scope.cancelled_caught
    await anyio.lowlevel.checkpoint()
    assert asyncio.all_tasks() == before
    for port in (failed_port, cancelled_port):
        with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            pass


async def test_a_served_sandbox_sends_device_logins_to_its_own_page_which_approves_the_code() -> None:
    sandbox = Sandbox()
    async with sandbox.serve() as server, httpx.AsyncClient() as http:
        device = (
            await http.post(server.urls.device_authorization, data={"client_id": "sandbox-app"}, auth=basic())
        ).json()
        page = device["verificationUriComplete"]
        assert page.startswith(f"{server.urls.base}/login/device?code=")  # not TIDAL's link.tidal.com
        assert device["verificationUri"] == f"{server.urls.base}/login/device"
        wrong = await http.get(f"{server.urls.base}/login/device", params={"code": "NOPE1"})
        approved = await http.get(page)
        token = await http.post(
            server.urls.token,
            data={
                "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                "device_code": device["deviceCode"],
                "client_id": "sandbox-app",
            },
            auth=basic(),
        )
    assert wrong.status_code == 404
    assert approved.status_code == 200
    assert device["userCode"] in approved.text
    assert token.status_code == 200
    assert "access_token" in token.json()
