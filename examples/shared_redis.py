"""Several worker processes, one Redis: one TIDAL account and one rate limit shared by all of them.

What a web backend with N workers (``uvicorn --workers N``, gunicorn) does, shown with plain
processes against the sandbox (which allows 10 requests/s per client id here)::

    pip install 'tidalkit[redis,server]'
    redis-server --port 6379 &            # or any Redis you have
    TIDALKIT_REDIS_URL=redis://127.0.0.1:6379/0 python examples/shared_redis.py --workers 3

Each worker builds its client with a :class:`~tidalkit.SharedRateBudget` (every process together
stays under the app's rate) and a :class:`~tidalkit.TokenProvider` over a
:class:`~tidalkit.RedisTokenRepository` (every worker reads the account's token from Redis; when
it expires, one renews it under the store's refresh lock and the others read the new one). The
script prints the requests that succeeded and the 429s the sandbox sent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import anyio

from tidalkit import PrivateAPI, RedisTokenRepository, SharedRateBudget, TokenKey, TokenProvider
from tidalkit.auth import AuthEndpoints, DeviceCodeGrant, RefreshTokenGrant
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox

RATE = 10.0  # the app's rate limit, requests/second (the sandbox enforces it below)
USER = "shared-account"
KEY = TokenKey("private", SANDBOX_CLIENT_ID, "device", USER)


async def worker(auth_url: str, private_url: str, requests: int) -> int:
    """One worker process: ``requests`` track lookups for the shared account; how many succeeded."""
    repository = RedisTokenRepository()  # TIDALKIT_REDIS_URL
    budget = SharedRateBudget(SANDBOX_CLIENT_ID, rate=RATE)
    grant = DeviceCodeGrant(client_id=SANDBOX_CLIENT_ID, endpoints=AuthEndpoints.at(auth_url))
    provider = TokenProvider(grant, repository=repository, user=USER)
    ok = 0
    async with (
        grant,
        PrivateAPI(auth=provider, base_url=private_url, country_code="US", rate_budget=budget) as api,
    ):

        async def lookup(track_id: int) -> None:
            nonlocal ok
            await api.tracks.get(track_id)
            ok += 1

        async with anyio.create_task_group() as group:
            for track_id in range(1, requests + 1):
                group.start_soon(lookup, track_id)
    await budget.aclose()
    await repository.aclose()
    return ok


async def main(workers: int = 3, requests: int = 10) -> dict[str, int]:
    """Serve a sandbox, store one login in Redis, run ``workers`` processes; what they achieved."""
    sandbox = Sandbox(rate_limit=RATE)
    async with sandbox.serve() as server:
        # the account's login, made once and stored where every worker finds it
        async with RefreshTokenGrant(
            sandbox.auth.issue_refresh_token(client_id=SANDBOX_CLIENT_ID),
            api="private",
            client_id=SANDBOX_CLIENT_ID,
            endpoints=AuthEndpoints.at(server.urls.auth),
        ) as seed:
            repository = RedisTokenRepository()
            await repository.save(KEY, await TokenProvider(seed).get_token())
            await repository.aclose()
        sandbox.stats.reset()  # count the workers' requests only
        command = [sys.executable, __file__, "--worker", server.urls.auth, server.urls.private, str(requests)]
        results: list[int] = []

        async def run() -> None:
            done = await anyio.run_process(command, env=dict(os.environ))
            results.append(int(done.stdout.decode().strip().splitlines()[-1]))

        async with anyio.create_task_group() as group:
            for _ in range(workers):
                group.start_soon(run)
    outcome = {
        "ok": sum(results),
        "rate_limited": sandbox.stats.rate_limited,
        "token_requests": sandbox.stats.requests["auth.token"],
    }
    print(json.dumps(outcome))
    return outcome


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        print(anyio.run(worker, sys.argv[2], sys.argv[3], int(sys.argv[4])))
    else:
        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("--workers", type=int, default=3)
        parser.add_argument("--requests", type=int, default=10, help="track lookups per worker")
        args = parser.parse_args()
        anyio.run(main, args.workers, args.requests)
