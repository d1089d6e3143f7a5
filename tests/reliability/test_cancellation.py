"""Scenario 4: cancelling mid-way leaves no running task, no open connection, no corrupt token store.

- a bulk fetch on the loopback sandbox, cancelled while requests are in flight;
- a device login, cancelled by its handle and by an enclosing cancel scope while polling;
- a token repository save loop, cancelled at many points, then reloaded and checked.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import stat
import time
from pathlib import Path
from typing import Any

import anyio
import pytest

from tidalkit._http import HeaderAuth
from tidalkit.auth import (
    AuthEndpoints,
    DeviceCode,
    DeviceCodeGrant,
    DeviceLoginStatus,
    LoginCancelledError,
    SqliteTokenRepository,
    Token,
    TokenKey,
)
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox
from tidalkit.testing.server import SandboxServer

from .support import settle_tasks, size

pytestmark = pytest.mark.stress

ITEMS = size(300, 2_000)
SAVE_ROUNDS = size(25, 200)


def open_store_files(path: Path) -> int:
    """File descriptors this process holds on the database (and its -wal/-shm): one per connection."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return 0  # no /proc: nothing to count on this platform
    count = 0
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        count += target.startswith(str(path))
    return count


def server_connections(server: SandboxServer) -> int:
    """Sockets the loopback server holds open (uvicorn's connection set)."""
    state: Any = server._server.server_state  # type: ignore[union-attr]
    return len(state.connections)


async def wait_for(predicate: Any, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            return False
        await anyio.sleep(0.01)
    return True


def pool_counts(api: PrivateAPI) -> tuple[int, int]:
    """(idle, in use) connections of the default aiohttp transport's connector."""
    transport: Any = api.http_client._transport.chosen(api.http_client.base_url)  # type: ignore[attr-defined]
    session = transport._session
    if session is None or not hasattr(session, "connector") or session.connector is None:
        return 0, 0
    connector = session.connector
    idle = sum(len(conns) for conns in connector._conns.values())
    return idle, len(connector._acquired)


async def test_cancelling_a_bulk_fetch_leaves_no_task_and_no_open_connection() -> None:
    sandbox = Sandbox(latency=0.05)
    baseline = set(asyncio.all_tasks())
    async with sandbox.serve() as server:
        server_tasks = set(asyncio.all_tasks())
        auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"})
        api = PrivateAPI(auth=auth, base_url=server.urls.private, country_code="US", cache=False)
        async with api:
            with anyio.CancelScope() as scope:
                async with anyio.create_task_group() as group:
                    group.start_soon(api.tracks.get_many, list(range(1, ITEMS + 1)))
                    # cancel once the fetch is well under way: requests answered and in flight
                    assert await wait_for(lambda: sandbox.stats.total >= 100, within=10)
                    scope.cancel()
            assert scope.cancelled_caught  # cancelled mid-way, not finished
            sent = sandbox.stats.total
            assert 100 <= sent < ITEMS
            stragglers = await settle_tasks(server_tasks)
            assert not stragglers, f"tasks still running after the cancel: {stragglers}"
            idle, in_use = pool_counts(api)
            assert in_use == 0  # no connection is held by a cancelled request
            # connections of cancelled requests were closed, not pooled: the server holds only idle ones
            assert await wait_for(lambda: server_connections(server) <= idle)
            await anyio.sleep(0.1)
            assert sandbox.stats.total == sent  # nothing is sent after the cancel
            print(f"\ncancel get_many: {sent} of {ITEMS} requests sent; pool: {idle} idle, {in_use} in use")
        assert await wait_for(lambda: server_connections(server) == 0)
    assert not await settle_tasks(baseline)


def device_grant(server: SandboxServer) -> tuple[DeviceCodeGrant, list[DeviceCode]]:
    shown: list[DeviceCode] = []

    async def display(code: DeviceCode) -> None:
        shown.append(code)

    grant = DeviceCodeGrant(
        client_id=SANDBOX_CLIENT_ID,
        endpoints=AuthEndpoints.at(server.urls.auth, login=server.urls.login),
        display=display,
    )
    return grant, shown


async def test_cancelling_a_device_login_by_its_handle_stops_polling_and_closes_connections() -> None:
    sandbox = Sandbox(device_interval=0.02, device_polls=1_000_000)
    async with sandbox.serve() as server:
        server_tasks = set(asyncio.all_tasks())
        grant, _ = device_grant(server)
        statuses: list[DeviceLoginStatus] = []
        async with grant:
            async with grant.login(on_status=statuses.append) as handle:
                assert await wait_for(lambda: sandbox.stats.requests["auth.token"] >= 3)
                handle.cancel()
                with pytest.raises(LoginCancelledError):
                    await handle.wait()
            assert handle.status is DeviceLoginStatus.CANCELLED
            assert statuses[-1] is DeviceLoginStatus.CANCELLED
            polls = sandbox.stats.requests["auth.token"]
            await anyio.sleep(0.1)
            assert sandbox.stats.requests["auth.token"] == polls  # polling really stopped
            assert not await settle_tasks(server_tasks)
        assert await wait_for(lambda: server_connections(server) == 0)


async def test_cancelling_the_scope_around_a_device_login_leaves_nothing_running() -> None:
    sandbox = Sandbox(device_interval=0.02, device_polls=1_000_000)
    async with sandbox.serve() as server:
        server_tasks = set(asyncio.all_tasks())
        grant, shown = device_grant(server)
        async with grant:
            with anyio.CancelScope() as scope:
                async with anyio.create_task_group() as group:

                    async def cancel_once_polling() -> None:  # not a fixed delay: a busy core is slow
                        assert await wait_for(lambda: sandbox.stats.requests["auth.token"] >= 1, within=30)
                        scope.cancel()

                    group.start_soon(cancel_once_polling)
                    await grant.obtain()  # start, display, poll: cancelled while polling
            assert scope.cancelled_caught
            assert len(shown) == 1
            polls = sandbox.stats.requests["auth.token"]
            assert polls >= 1
            await anyio.sleep(0.1)
            assert sandbox.stats.requests["auth.token"] == polls
            assert not await settle_tasks(server_tasks)
        assert await wait_for(lambda: server_connections(server) == 0)


async def test_cancelling_a_save_loop_at_any_point_leaves_a_consistent_0600_token_store(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store" / "tokens.db"
    repo = SqliteTokenRepository(path)
    key = TokenKey("private", SANDBOX_CLIENT_ID, "device", "alice")
    assert open_store_files(path) == 0
    completed = -1
    counter = 0
    for round_ in range(SAVE_ROUNDS):
        # a different cancel moment each round: mid-connect, mid-transaction, mid-commit
        with anyio.move_on_after(0.002 + (round_ % 10) * 0.003):
            while True:
                i = counter
                counter += 1
                token = Token.static(f"access-{i}", refresh_token=f"refresh-{i}", extras={"i": i})
                await repo.save(key, token)
                completed = i

    # a fresh repository (as another run would) reads a whole token, the last or the cancelled one
    stored = await SqliteTokenRepository(path).get(key)
    assert stored is not None
    i = stored.token.extras["i"]
    assert completed <= i <= counter - 1
    assert stored.token.access_token.get_secret_value() == f"access-{i}"
    assert stored.token.refresh_token is not None
    assert stored.token.refresh_token.get_secret_value() == f"refresh-{i}"

    # the store is not corrupt, not locked, and still private
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT COUNT(*) FROM tokens").fetchone() == (1,)
    with anyio.fail_after(10):
        await repo.save(key, Token.static("after", extras={"i": -1}))
    assert (await repo.get(key)) is not None
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    # every connection was closed, cancelled ones included
    assert await wait_for(lambda: open_store_files(path) == 0), (
        f"{open_store_files(path)} store files left open"
    )
    print(f"\ncancel save loop: {SAVE_ROUNDS} cancels, {completed + 1} saves completed, store intact")
