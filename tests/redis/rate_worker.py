"""A worker process of the shared-rate scenarios: ``in_flight`` tasks calling one sandbox for
``duration`` seconds through a client paced by a :class:`SharedRateBudget`.

argv: one JSON object (private_url, redis_url, client_id, rate, in_flight, duration). Prints
"ready", waits for a line on stdin (the common start), runs, then prints one JSON line: success
times and latencies (monotonic seconds, one clock for every process of a host), failures, and the
warnings the ``tidalkit`` logger gave.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any

import anyio

from tidalkit import PrivateAPI, SharedRateBudget


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def main(cfg: dict[str, Any]) -> None:
    warnings = Collect()
    logging.getLogger("tidalkit").addHandler(warnings)
    budget = SharedRateBudget(cfg["client_id"], rate=cfg["rate"], url=cfg["redis_url"], retry_every=0.5)
    successes: list[float] = []
    latencies: list[float] = []
    failures: list[str] = []
    async with PrivateAPI(
        client_id=cfg["client_id"],
        base_url=cfg["private_url"],
        country_code="US",
        cache=False,
        max_concurrency=cfg["in_flight"],
        max_retries=10,
        rate_budget=budget,
    ) as api:
        await budget.reserve()  # connect before the start, as a warmed-up worker has
        print("ready", flush=True)
        await anyio.to_thread.run_sync(sys.stdin.readline)
        started = time.monotonic()
        deadline = started + cfg["duration"]

        async def caller(n: int) -> None:
            i = 0
            while time.monotonic() < deadline:
                asked = time.monotonic()
                try:
                    await api.tracks.get(1 + (n * 997 + i) % 5_000)
                except Exception as exc:  # reported to the parent test, which asserts there are none
                    failures.append(f"{type(exc).__name__}: {exc}")
                else:
                    successes.append(time.monotonic())
                    latencies.append(time.monotonic() - asked)
                i += 1

        async with anyio.create_task_group() as group:
            for n in range(cfg["in_flight"]):
                group.start_soon(caller, n)
    await budget.aclose()
    result = {
        "started": started,
        "successes": successes,
        "latencies": latencies,
        "failures": failures,
        "warnings": warnings.messages,
    }
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    anyio.run(main, json.loads(sys.argv[1]))
