"""Scenario 3: 10,000 API v2 tracks by id with ``include=albums,artists``.

tidalkit's ``tracks.get_many`` (ids → ``GET /tracks?filter[id]=…`` in chunks of its batch size, the
most ids TIDAL takes per request, chunks concurrently) against the floors making the same chunked
requests at the same concurrency with ``json.loads`` only. The bench server refuses larger chunks,
as TIDAL does. tidalapi has no batch read by id on API v2, so it sits this out.
"""

from __future__ import annotations

from typing import Any

from bench._common import (
    CONCURRENCY,
    Scenario,
    ServerInfo,
    Size,
    floor_check,
    interleave,
    ms,
    start,
    timed_async,
    v2_client,
)
from bench._floors import FLOORS, FloorKind, floor
from tidalkit.api.batching import DEFAULT_BATCH_SIZE

CHUNK = DEFAULT_BATCH_SIZE
INCLUDE = ("albums", "artists")
TARGET = 1.2
"""tidalkit's wall time ≤ this × the fastest floor's."""


def ids(n: int) -> list[str]:
    return [str(i) for i in range(1, n + 1)]


def chunk_params(chunk: list[str]) -> list[tuple[str, str | int]]:
    return [("countryCode", "US"), ("include", ",".join(INCLUDE)), *(("filter[id]", i) for i in chunk)]


async def tidalkit_run(server: ServerInfo, n: int) -> tuple[int, dict[str, Any]]:
    async with v2_client(server) as client:
        await client.tracks.get_many(["9999"], include=list(INCLUDE))
        watch = start(server)
        found = await client.tracks.get_many(ids(n), include=list(INCLUDE))
        return len(found), watch.stop() | {"missing": len(found.missing)}


async def floor_run(server: ServerInfo, n: int, kind: FloorKind) -> tuple[int, dict[str, Any]]:
    wanted = ids(n)
    chunks = [wanted[i : i + CHUNK] for i in range(0, n, CHUNK)]
    async with floor(kind, server, server.v2, CONCURRENCY) as raw:
        await raw.get("tracks", chunk_params(["9999"]))
        watch = start(server)
        documents = await raw.gather(len(chunks), lambda i: raw.get("tracks", chunk_params(chunks[i])))
        return sum(len(document["data"]) for document in documents), watch.stop()


def run(server: ServerInfo, *, runs: int, size: Size = "full", latency: float) -> Scenario:
    n = {"full": 10_000, "quick": 2_000, "toy": 100}[size]
    measurements = {"tidalkit": lambda: timed_async(server, lambda: tidalkit_run(server, n))}
    for kind in FLOORS:
        measurements[kind] = lambda kind=kind: timed_async(server, lambda: floor_run(server, n, kind))
    series = interleave(runs, measurements, once=("plain httpx",))
    scenario = Scenario(
        title=f"3. API v2 tracks by id with include=albums,artists, {ms(latency)}",
        label=f"3 @ {ms(latency)}",
        setup=(
            f"{n:,} ids → {n // CHUNK} × GET /tracks?filter[id]=…({CHUNK} ids)&include=albums,artists at "
            f"{CONCURRENCY} in flight, {ms(latency)} server latency (tidalkit: `tracks.get_many`; floors: "
            "the same requests, `json.loads` only); tidalapi: no batch read by id on API v2 (not run); "
            "plain httpx: 1 run"
        ),
        series=series,
    )
    scenario.checks.append(floor_check(scenario, FLOORS, TARGET, "the fastest floor"))
    return scenario
