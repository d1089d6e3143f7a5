"""Scenario 4: a server allowing 50 requests/s (token bucket, burst 50; 429 + Retry-After beyond).

tidalkit (defaults: 64 in flight, retries, the 429 gate and adaptive pacing) fetches tracks by id;
goodput, 429 answers and errors reaching the caller are counted. For contrast the floor fires the
same requests at the same concurrency and, on a 429, sleeps the Retry-After and tries again.
"""

from __future__ import annotations

import asyncio
import statistics
from typing import Any

import httpx

from bench._common import (
    CONCURRENCY,
    Check,
    Run,
    Scenario,
    ServerInfo,
    Size,
    gather_limited,
    interleave,
    private_client,
    start,
    timed_async,
)
from tidalkit._http.transport import default_transport

RATE = 50.0
BURST = 50
"""The sandbox's bucket holds ``ceil(rate)`` tokens: the first 50 requests of a run pass at once."""
SAMPLE = 0.5
MAX_429_SHARE = 0.01
MIN_GOODPUT = 0.95


async def tidalkit_run(server: ServerInfo, n: int) -> tuple[int, dict[str, Any]]:
    async with private_client(server) as client:
        errors: list[str] = []

        async def one(i: int) -> bool:
            try:
                await client.tracks.get(i + 1)
            except Exception as exc:  # every error that reaches the caller is counted and reported
                errors.append(type(exc).__name__)
                return False
            return True

        learned: list[float | None] = []

        async def sample() -> None:
            # the pace the client learned from the 429s, twice a second (for the report)
            while True:
                learned.append(client.limiter.learned_rate)
                await asyncio.sleep(SAMPLE)

        await asyncio.sleep(BURST / RATE)  # let the server's bucket refill after the previous run
        watch = start(server)
        sampler = asyncio.create_task(sample())
        done = await gather_limited(n, CONCURRENCY, one)
        result = watch.stop()
        sampler.cancel()
        return sum(done), result | {
            "errors": len(errors),
            "error_types": sorted(set(errors)),
            "learned": learned,
        }


async def floor_run(server: ServerInfo, n: int) -> tuple[int, dict[str, Any]]:
    async with httpx.AsyncClient(
        base_url=server.private + "/",
        transport=default_transport(max_connections=CONCURRENCY),
        headers=server.auth_headers,
        timeout=60,
    ) as client:

        async def one(i: int) -> bool:
            while True:
                response = await client.get(f"v1/tracks/{i + 1}", params={"countryCode": "US"})
                if response.status_code != 429:
                    response.raise_for_status()
                    return True
                await asyncio.sleep(float(response.headers.get("retry-after", "1")))

        await asyncio.sleep(BURST / RATE)
        watch = start(server)
        done = await gather_limited(n, CONCURRENCY, one)
        return sum(done), watch.stop()


def timeline(run: Run) -> str:
    """200s and 429s per second of the run, from the server's 0.5 s buckets."""
    per_second: dict[int, list[int]] = {}
    for bucket, statuses in run.extra["timeline"].items():
        second = int(bucket) // 2
        counts = per_second.setdefault(second, [0, 0])
        counts[0] += statuses.get("200", 0)
        counts[1] += statuses.get("429", 0)
    return " ".join(f"{ok}/{limited}" for _, (ok, limited) in sorted(per_second.items()))


def run(server: ServerInfo, *, runs: int, size: Size = "full") -> Scenario:
    n = {"full": 750, "quick": 150, "toy": 60}[size]
    measurements = {
        "tidalkit": lambda: timed_async(server, lambda: tidalkit_run(server, n)),
        "floor, naive retry (contrast)": lambda: timed_async(server, lambda: floor_run(server, n)),
    }
    series = interleave(runs, measurements, once=("floor, naive retry (contrast)",))
    ideal = (n - BURST) / RATE
    scenario = Scenario(
        title=f"4. Rate-limited server ({RATE:.0f} requests/s)",
        setup=(
            f"{n} × GET v1/tracks/{{id}} at {CONCURRENCY} in flight; the server allows {RATE:.0f}/s "
            f"after a burst of {BURST} (ideal time {ideal:.1f} s); "
            "floor contrast: sleeps Retry-After and retries (1 run)"
        ),
        series=series,
        label="4",
    )
    kit = scenario.get("tidalkit")
    efficiency = ideal / kit.seconds
    goodput = kit.median("per_second")
    shares = sorted(r.rate_limited / r.requests if r.requests else 0.0 for r in kit.runs)
    share = statistics.median(shares)
    errors = sum(r.errors for r in kit.runs)
    scenario.checks += [
        Check(
            f"goodput ≥ {MIN_GOODPUT:.0%} of the allowed rate",
            f"{efficiency:.0%} of ideal ({goodput:.1f} tracks/s over the run incl. the burst)",
            efficiency >= MIN_GOODPUT,
        ),
        Check(
            f"≤ {MAX_429_SHARE:.0%} of requests answered 429",
            f"{share:.2%} (median run; worst {shares[-1]:.2%})",
            share <= MAX_429_SHARE,
        ),
        Check("no error reaches the caller", f"{errors} errors in {len(kit.runs)} runs", errors == 0),
    ]
    first_burst = max(0, CONCURRENCY - BURST)
    scenario.notes.append(
        f"The first {CONCURRENCY} requests leave together, before any answer can tell the client the "
        f"limit (TIDAL documents no rate-limit headers): a bucket of {BURST} answers at least "
        f"{first_burst} of them 429, {first_burst / (n + first_burst):.2%} of {n + first_burst} requests "
        "at best, unless the client is told the rate (`rate_limit=`, `SharedRateBudget`)."
    )
    for name, series_ in (("tidalkit", kit), ("floor", scenario.get("floor, naive retry (contrast)"))):
        median_run = sorted(series_.runs, key=lambda r: r.seconds)[len(series_.runs) // 2]
        scenario.notes.append(f"{name} 200s/429s per second (median run): {timeline(median_run)}")
        if "learned" in median_run.extra:
            rates = " ".join("–" if r is None else f"{r:.0f}" for r in median_run.extra["learned"])
            scenario.notes.append(
                f"tidalkit's learned rate (`limiter.learned_rate`, requests/s) every {SAMPLE} s: {rates}"
            )
    return scenario
