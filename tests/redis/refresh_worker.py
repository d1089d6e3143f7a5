"""A worker process of the shared-account scenarios: one account, its token in Redis.

argv: one JSON object (redis_url, auth_url, private_url, user, duration, in_flight). Prints
"ready", waits for a line on stdin (the common start), keeps ``in_flight`` requests going through
``PrivateAPI`` for ``duration`` seconds, then sends one last request (a stuck worker fails it).
Prints one JSON line: ``{"ok": n, "errors": {type: n}, "last_ok": bool, "refreshes": n}``.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from typing import Any

import anyio

from tidalkit.auth import AuthEndpoints, DeviceCodeGrant, TokenProvider
from tidalkit.auth.redis import RedisTokenRepository
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID


async def main(cfg: dict[str, Any]) -> None:
    repo = RedisTokenRepository(cfg["redis_url"])
    grant = DeviceCodeGrant(client_id=SANDBOX_CLIENT_ID, endpoints=AuthEndpoints.at(cfg["auth_url"]))
    provider = TokenProvider(grant, repository=repo, user=cfg["user"])
    errors: Counter[str] = Counter()
    ok = 0
    async with (
        grant,
        PrivateAPI(auth=provider, base_url=cfg["private_url"], country_code="US", cache=False) as api,
    ):
        await repo.list()  # connect before the start, as a warmed-up worker has
        print("ready", flush=True)
        await anyio.to_thread.run_sync(sys.stdin.readline)
        deadline = time.monotonic() + cfg["duration"]

        async def loop(n: int) -> None:
            nonlocal ok
            while time.monotonic() < deadline:
                try:
                    await api.tracks.get(1 + n)
                    ok += 1
                except Exception as exc:  # counted; the parent test asserts there are none
                    errors[type(exc).__name__] += 1
                    await anyio.sleep(0.05)

        async with anyio.create_task_group() as group:
            for n in range(cfg["in_flight"]):
                group.start_soon(loop, n)
        try:
            await api.tracks.get(1)
            last_ok = True
        except Exception as exc:  # a stuck worker
            errors[f"final {type(exc).__name__}"] += 1
            last_ok = False
    await repo.aclose()
    print(
        json.dumps(
            {"ok": ok, "errors": dict(errors), "last_ok": last_ok, "refreshes": provider.refresh_count}
        )
    )


if __name__ == "__main__":
    anyio.run(main, json.loads(sys.argv[1]))
