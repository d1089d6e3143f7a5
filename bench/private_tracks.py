"""Scenario 1: private-API track gets by id (GET v1/tracks/{id}), 128 in flight.

tidalkit's ``tracks.get_many`` (``max_concurrency=128``) against the floors making the same requests
at the same concurrency with ``json.loads`` only: bare aiohttp (the fastest a user could write, the
target's floor), raw httpx on tidalkit's transport, plain httpx. tidalapi (sync) gets fewer tracks
and is compared by tracks per second.
"""

from __future__ import annotations

from typing import Any

from bench._common import (
    Scenario,
    ServerInfo,
    Size,
    floor_check,
    interleave,
    ms,
    private_client,
    start,
    tidalapi_available,
    tidalapi_session,
    timed_async,
    timed_sync,
)
from bench._floors import FLOORS, FloorKind, floor

CONCURRENCY = 128
WARM_UP_ID = 9_999
TARGET = 1.15
"""tidalkit's wall time ≤ this × bare aiohttp's."""


def ids(n: int) -> list[int]:
    return list(range(1, n + 1))


async def tidalkit_run(server: ServerInfo, n: int) -> tuple[int, dict[str, Any]]:
    async with private_client(server, max_concurrency=CONCURRENCY) as client:
        await client.tracks.get(WARM_UP_ID)
        watch = start(server)
        tracks = await client.tracks.get_many(ids(n))
        return len(tracks), watch.stop()


async def floor_run(server: ServerInfo, n: int, kind: FloorKind) -> tuple[int, dict[str, Any]]:
    params = [("countryCode", "US")]
    async with floor(kind, server, server.private, CONCURRENCY) as raw:
        await raw.get(f"v1/tracks/{WARM_UP_ID}", params)
        watch = start(server)
        tracks = await raw.gather(n, lambda i: raw.get(f"v1/tracks/{i + 1}", params))
        return len(tracks), watch.stop()


def tidalapi_run(server: ServerInfo, n: int) -> tuple[int, dict[str, Any]]:
    session = tidalapi_session(server)
    session.track(WARM_UP_ID)
    watch = start(server)
    tracks = [session.track(track_id) for track_id in ids(n)]
    return len(tracks), watch.stop()


def run(server: ServerInfo, *, runs: int, size: Size = "full", latency: float) -> Scenario:
    n, n_tidalapi = {"full": (2_000, 200), "quick": (500, 20), "toy": (20, 3)}[size]
    measurements = {"tidalkit": lambda: timed_async(server, lambda: tidalkit_run(server, n))}
    for kind in FLOORS:
        measurements[kind] = lambda kind=kind: timed_async(server, lambda: floor_run(server, n, kind))
    if tidalapi_available():
        measurements["tidalapi"] = lambda: timed_sync(server, lambda: tidalapi_run(server, n_tidalapi))
    series = interleave(runs, measurements, once=("plain httpx", "tidalapi"))
    scenario = Scenario(
        title=f"1. Private-API tracks by id, {ms(latency)}",
        label=f"1 @ {ms(latency)}",
        setup=(
            f"{n:,} × GET v1/tracks/{{id}} at {CONCURRENCY} in flight, {ms(latency)} server latency "
            f"(tidalkit: `tracks.get_many`, `max_concurrency={CONCURRENCY}`); floors: the same requests at "
            f"the same concurrency, `json.loads` only; tidalapi: {n_tidalapi} × `session.track(id)` "
            "(sync, one at a time); plain httpx and tidalapi: 1 run"
        ),
        series=series,
    )
    scenario.checks.append(floor_check(scenario, FLOORS, TARGET, "the fastest floor"))
    kit = scenario.get("tidalkit")
    if tidalapi_available():
        speed = kit.per_second / scenario.get("tidalapi").per_second
        scenario.notes.append(f"tidalkit's throughput is {speed:.0f}× tidalapi's.")
    else:
        scenario.notes.append("tidalapi is not installed: `pip install 'tidalapi>=0.8,<0.9'` to compare.")
    return scenario
