"""Processes sharing one rate limit through Redis: 4 processes x 16 in flight against a sandbox
allowing 20 requests/s per client id. Default run: 10 s; ``TIDALKIT_FULL=1`` (``nox -s stress``): 30 s.

Figures (printed): 429 share over the whole run, goodput against the limit, each process's share
of the successes, and the "wait": how long a process goes without a success (from the start to
its first, and between successes). A request's own latency is also printed; with 64 requests
always outstanding at 20/s it is about 64/20 = 3.2 s whatever the coordination (Little's law).

The shared budget serves sends in the order they were asked, so a process's 16 requests tend to
be answered together and then wait behind the other processes' 48: 48/20 = 2.4 s. The waits are
two clusters (about 0.1 s and up to 2.4 s), so their p95 lands on either side by chance; the test
bounds the longest wait by that queueing instead (twice it), which a starved process exceeds.
"""

from __future__ import annotations

import itertools
import json
import statistics
from pathlib import Path
from typing import Any

import anyio
import pytest

from tests.reliability.support import RecordingSandbox, size

from .processes import run_workers
from .servers import RedisServer

pytestmark = pytest.mark.stress

PROCESSES = 4
IN_FLIGHT = 16
RATE = 20.0
DURATION = float(size(10, 30))
WORKER = Path(__file__).with_name("rate_worker.py")


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else (values or [0.0])[0]


def gaps(result: dict[str, Any]) -> list[float]:
    times = [result["started"], *sorted(result["successes"])]
    return [b - a for a, b in itertools.pairwise(times)]


async def run(redis_url: str, during: Any = None, duration: float = DURATION) -> tuple[Any, list[Any]]:
    sandbox = RecordingSandbox(rate_limit=RATE, latency=0.02, latency_jitter=0.01)
    async with sandbox.serve() as server:
        cfg = {
            "private_url": server.urls.private,
            "redis_url": redis_url,
            "client_id": "shared-app",
            "rate": RATE,
            "in_flight": IN_FLIGHT,
            "duration": duration,
        }
        results = await run_workers(WORKER, [[json.dumps(cfg)]] * PROCESSES, during=during)
    return sandbox, results


async def test_four_processes_share_one_rate_without_429s_and_fairly(redis_url: str) -> None:
    sandbox, results = await run(redis_url)
    start = min(r["started"] for r in results)
    answers = [a for a in sandbox.answers if a.at >= start - 0.5]
    limited = sum(a.status == 429 for a in answers)
    in_window = [a for a in answers if start <= a.at <= start + DURATION]
    goodput = sum(a.status == 200 for a in in_window) / DURATION
    counts = [len(r["successes"]) for r in results]
    mean = statistics.mean(counts)
    spread = max(abs(c - mean) / mean for c in counts)
    waits = [gaps(r) for r in results]
    wait_p95 = p95([g for w in waits for g in w])
    queued = (PROCESSES - 1) * IN_FLIGHT / RATE  # one process's batch behind everyone else's
    latency_p95 = p95([x for r in results for x in r["latencies"]])
    first_second = sum(a.status == 429 for a in answers if a.at < start + 1.0)
    print(
        f"\nshared limiter: {PROCESSES} processes x {IN_FLIGHT} in flight, {DURATION:.0f} s at {RATE:.0f}/s: "
        f"429s {limited}/{len(answers)} = {limited / len(answers):.2%} ({first_second} in the first second), "
        f"goodput {goodput:.1f}/s = {goodput / RATE:.0%} of the limit, successes per process {counts} "
        f"(max {spread:.0%} from the mean), wait without a success p95 {wait_p95:.2f} s, "
        f"longest {max(g for w in waits for g in w[1:]):.2f} s (first success after at most "
        f"{max(w[0] for w in waits):.2f} s), "
        f"p95 request latency {latency_p95:.2f} s"
    )
    assert [r["failures"] for r in results] == [[]] * PROCESSES
    assert limited <= 0.02 * len(answers)
    assert goodput >= 0.9 * RATE
    assert spread <= 0.25
    assert max(g for w in waits for g in w[1:]) <= 2 * queued  # no process is starved
    assert max(w[0] for w in waits) <= 2 * (queued + IN_FLIGHT / RATE)  # nor left out at the start


async def test_redis_killed_mid_run_degrades_to_local_pacing_and_recovers(own_redis: RedisServer) -> None:
    duration = float(size(9, 18))

    async def outage() -> None:
        await anyio.sleep(duration / 3)
        own_redis.stop()
        await anyio.sleep(duration / 3)
        own_redis.start()

    sandbox, results = await run(own_redis.url, outage, duration)
    start = min(r["started"] for r in results)
    third = duration / 3

    def share_429(lo: float, hi: float) -> tuple[int, int]:
        window = [a for a in sandbox.answers if start + lo <= a.at < start + hi]
        return sum(a.status == 429 for a in window), len(window)

    before, down, after = share_429(0, third), share_429(third, 2 * third), share_429(2 * third + 1, duration)
    print(
        f"\nRedis outage: 429s/answers before {before}, while down {down}, after the restart {after}; "
        f"successes per process {[len(r['successes']) for r in results]}"
    )
    assert [r["failures"] for r in results] == [[]] * PROCESSES  # nothing failed, nothing crashed
    for r in results:  # each process said so once, and said when it was back
        assert sum("unreachable" in m for m in r["warnings"]) == 1, r["warnings"]
        assert sum("back" in m for m in r["warnings"]) == 1, r["warnings"]
        assert len(r["successes"]) > 0
    assert before[0] <= 0.02 * before[1]
    assert after[0] <= 0.02 * after[1]  # shared pacing resumed
