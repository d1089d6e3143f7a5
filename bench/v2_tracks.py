"""Scenario 3: 10,000 API v2 tracks by id with ``include=albums,artists``.

tidalkit's ``tracks.get_many`` (ids → ``GET /tracks?filter[id]=…`` in chunks of 20, chunks
concurrently) against the floor making the same chunked requests at the same concurrency with
``json.loads`` only, and plain httpx. tidalapi has no batch read by id on API v2, so it sits this out.
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
    start,
    timed_async,
    v2_client,
)

CHUNK = 20
"""Ids per request: tidalkit's ``DEFAULT_BATCH_SIZE`` (tidalkit.api.batching)."""
INCLUDE = ("albums", "artists")


def ids(n: int) -> list[str]:
    return [str(i) for i in range(1, n + 1)]


async def tidalkit_run(server: ServerInfo, n: int) -> tuple[int, dict[str, Any]]:
    async with v2_client(server) as client:
        await client.tracks.get_many(["9999"], include=list(INCLUDE))
        watch = start(server)
        found = await client.tracks.get_many(ids(n), include=list(INCLUDE))
        return len(found), watch.stop() | {"missing": len(found.missing)}


async def floor_run(server: ServerInfo, n: int, *, aiohttp: bool = True) -> tuple[int, dict[str, Any]]:
    wanted = ids(n)
    chunks = [wanted[i : i + CHUNK] for i in range(0, n, CHUNK)]

    def params(chunk: list[str]) -> list[tuple[str, str]]:
        return [("countryCode", "US"), ("include", ",".join(INCLUDE)), *(("filter[id]", i) for i in chunk)]

    async with floor_client(server, server.v2, aiohttp=aiohttp) as client:
        await get_json(client, "tracks", params(["9999"]))
        watch = start(server)
        documents = await gather_limited(
            len(chunks), CONCURRENCY, lambda i: get_json(client, "tracks", params(chunks[i]))
        )
        count = sum(len(document["data"]) for document in documents)
        return count, watch.stop()


def run(server: ServerInfo, *, runs: int, size: Size = "full") -> Scenario:
    n = {"full": 10_000, "quick": 1_000, "toy": 100}[size]
    measurements = {
        "tidalkit": lambda: timed_async(server, lambda: tidalkit_run(server, n)),
        "floor (httpx + aiohttp transport)": lambda: timed_async(server, lambda: floor_run(server, n)),
        "plain httpx": lambda: timed_async(server, lambda: floor_run(server, n, aiohttp=False)),
    }
    series = interleave(runs, measurements, once=("plain httpx",))
    scenario = Scenario(
        title="3. API v2 tracks by id with include=albums,artists",
        setup=(
            f"{n:,} ids → {n // CHUNK} × GET /tracks?filter[id]=…({CHUNK} ids)&include=albums,artists at "
            f"{CONCURRENCY} in flight (tidalkit: `tracks.get_many`); tidalapi: no batch read by id on "
            "API v2 (not run); plain httpx: 1 run"
        ),
        series=series,
    )
    kit, floor = scenario.get("tidalkit"), scenario.get("floor (httpx + aiohttp transport)")
    ratio = kit.seconds / floor.seconds
    scenario.checks.append(Check("time ≤ 1.3× the floor", f"{ratio:.2f}×", ratio <= 1.3))
    same = kit.median("requests") == floor.median("requests")
    scenario.checks.append(
        Check(
            "same requests as the floor",
            f"{kit.median('requests'):.0f} vs {floor.median('requests'):.0f} requests",
            same,
        )
    )
    return scenario
