"""Scenario 8: scenario 1's track gets (GET v1/tracks/{id}, 128 in flight) from another server.

The server is `bench/_fast_server.py` (aiohttp.web; TIDAL's recorded track, gzip, chunked), which
costs less per request than the sandbox: what a client spends per request shows in the wall time
where the sandbox's own time could hide it. Same clients, floors and target as scenario 1 (plain
httpx, about 10× slower than the others at this concurrency, is left out).
"""

from __future__ import annotations

from bench import private_tracks
from bench._common import Scenario, ServerInfo, Size, floor_check, interleave, ms, timed_async
from bench._floors import FloorKind

FLOORS: tuple[FloorKind, ...] = ("bare aiohttp", "raw httpx (aiohttp transport)")
SCRIPT = "_fast_server.py"


def run(server: ServerInfo, *, runs: int, size: Size = "full", latency: float) -> Scenario:
    n = {"full": 2_000, "quick": 500, "toy": 20}[size]
    measurements = {
        "tidalkit": lambda: timed_async(server, lambda: private_tracks.tidalkit_run(server, n)),
    }
    for kind in FLOORS:
        measurements[kind] = lambda kind=kind: timed_async(
            server, lambda: private_tracks.floor_run(server, n, kind)
        )
    scenario = Scenario(
        title=f"8. Private-API tracks by id from another server, {ms(latency)}",
        label=f"8 @ {ms(latency)}",
        setup=(
            f"{n:,} × GET v1/tracks/{{id}} at {private_tracks.CONCURRENCY} in flight from "
            f"`bench/_fast_server.py` (aiohttp.web: the recorded track, gzip, chunked), {ms(latency)} "
            "server latency; tidalkit and floors as in scenario 1"
        ),
        series=interleave(runs, measurements, once=()),
    )
    scenario.checks.append(floor_check(scenario, FLOORS, private_tracks.TARGET, "the fastest floor"))
    return scenario
