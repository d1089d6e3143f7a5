"""Scenario 1: private-API track gets by id (GET v1/tracks/{id}), 64 in flight.

tidalkit's ``tracks.get_many`` against the floor (raw httpx on the same transport, ``json.loads``
only) and plain httpx, same requests at the same concurrency; tidalapi (sync) gets fewer tracks and
is compared by tracks per second.
"""

from __future__ import annotations

from typing import Any

from bench._common import (
    CONCURRENCY,
    Check,
    Scenario,
    ServerInfo,
    Size,
    floor_client,
    gather_limited,
    get_json,
    interleave,
    private_client,
    start,
    tidalapi_available,
    tidalapi_session,
    timed_async,
    timed_sync,
)

WARM_UP_ID = 9_999


def ids(n: int) -> list[int]:
    return list(range(1, n + 1))


async def tidalkit_run(server: ServerInfo, n: int) -> tuple[int, dict[str, Any]]:
    async with private_client(server) as client:
        await client.tracks.get(WARM_UP_ID)
        watch = start(server)
        tracks = await client.tracks.get_many(ids(n))
        return len(tracks), watch.stop()


async def floor_run(server: ServerInfo, n: int, *, aiohttp: bool = True) -> tuple[int, dict[str, Any]]:
    params = {"countryCode": "US"}
    async with floor_client(server, server.private, aiohttp=aiohttp) as client:
        await get_json(client, f"v1/tracks/{WARM_UP_ID}", params)
        watch = start(server)
        tracks = await gather_limited(
            n, CONCURRENCY, lambda i: get_json(client, f"v1/tracks/{i + 1}", params)
        )
        return len(tracks), watch.stop()


def tidalapi_run(server: ServerInfo, n: int) -> tuple[int, dict[str, Any]]:
    session = tidalapi_session(server)
    session.track(WARM_UP_ID)
    watch = start(server)
    tracks = [session.track(track_id) for track_id in ids(n)]
    return len(tracks), watch.stop()


def run(server: ServerInfo, *, runs: int, size: Size = "full") -> Scenario:
    n, n_tidalapi = {"full": (2_000, 200), "quick": (300, 20), "toy": (20, 3)}[size]
    measurements = {
        "tidalkit": lambda: timed_async(server, lambda: tidalkit_run(server, n)),
        "floor (httpx + aiohttp transport)": lambda: timed_async(server, lambda: floor_run(server, n)),
        "plain httpx": lambda: timed_async(server, lambda: floor_run(server, n, aiohttp=False)),
    }
    if tidalapi_available():
        measurements["tidalapi"] = lambda: timed_sync(server, lambda: tidalapi_run(server, n_tidalapi))
    series = interleave(runs, measurements, once=("plain httpx",))
    scenario = Scenario(
        title="1. Private-API tracks by id",
        setup=(
            f"{n:,} × GET v1/tracks/{{id}} at {CONCURRENCY} in flight (tidalkit: `tracks.get_many`); "
            f"tidalapi: {n_tidalapi} × `session.track(id)` (sync, one at a time); plain httpx: 1 run"
        ),
        series=series,
    )
    kit, floor = scenario.get("tidalkit"), scenario.get("floor (httpx + aiohttp transport)")
    ratio = kit.seconds / floor.seconds
    scenario.checks.append(Check("time ≤ 1.25× the floor", f"{ratio:.2f}×", ratio <= 1.25))
    if tidalapi_available():
        speed = kit.per_second / scenario.get("tidalapi").per_second
        scenario.checks.append(Check("throughput ≥ 50× tidalapi's", f"{speed:.0f}×", speed >= 50))
    else:
        scenario.notes.append("tidalapi is not installed: `pip install 'tidalapi>=0.8,<0.9'` to compare.")
    return scenario
