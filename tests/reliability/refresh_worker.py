"""A worker process of ``test_refresh_processes``: one account shared through a token store.

argv: the store (a SQLite database path, or a ``redis://`` URL for ``RedisTokenRepository``),
auth base URL, private API base URL, user id, seconds to run, requests in flight. The worker loads
the account's token from the store (a device-flow login made elsewhere), keeps ``in_flight``
requests going through ``PrivateAPI`` for the given time, then sends one last request (a stuck
worker fails it). With a seventh argument ``--barrier`` it loads the token first, prints "ready"
and starts when a line arrives on stdin (so every worker holds the token at a common start).
Prints one JSON line:
``{"ok": n, "errors": {type: n}, "last_ok": bool, "refreshes": n}``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

import anyio

from tidalkit.auth import (
    AuthEndpoints,
    DeviceCodeGrant,
    SqliteTokenRepository,
    TokenProvider,
    TokenRepository,
)
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID


def store(where: str) -> TokenRepository:
    if where.startswith(("redis://", "rediss://")):
        from tidalkit.auth.redis import RedisTokenRepository

        return RedisTokenRepository(where)
    return SqliteTokenRepository(where)


async def main(
    path: str, auth: str, private: str, user: str, seconds: float, in_flight: int, barrier: bool
) -> None:
    grant = DeviceCodeGrant(client_id=SANDBOX_CLIENT_ID, endpoints=AuthEndpoints.at(auth))
    provider = TokenProvider(grant, repository=store(path), user=user)
    errors: Counter[str] = Counter()
    ok = 0
    async with grant, PrivateAPI(auth=provider, base_url=private, country_code="US", cache=False) as api:
        if barrier:
            await provider.get_token()
            print("ready", flush=True)
            await anyio.to_thread.run_sync(sys.stdin.readline)
        deadline = anyio.current_time() + seconds

        async def loop(n: int) -> None:
            nonlocal ok
            while anyio.current_time() < deadline:
                try:
                    await api.tracks.get(1 + n)
                    ok += 1
                except Exception as exc:  # counted; the parent test asserts there are none
                    errors[type(exc).__name__] += 1
                    await anyio.sleep(0.05)

        async with anyio.create_task_group() as group:
            for n in range(in_flight):
                group.start_soon(loop, n)
        try:
            await api.tracks.get(1)
            last_ok = True
        except Exception as exc:  # a stuck worker
            errors[f"final {type(exc).__name__}"] += 1
            last_ok = False
    result = {"ok": ok, "errors": dict(errors), "last_ok": last_ok, "refreshes": provider.refresh_count}
    print(json.dumps(result))


if __name__ == "__main__":
    path, auth, private, user, seconds, in_flight = sys.argv[1:7]
    anyio.run(main, path, auth, private, user, float(seconds), int(in_flight), sys.argv[7:] == ["--barrier"])
