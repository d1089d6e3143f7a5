"""Scenario 2: listing a 5,000-item playlist (GET v1/playlists/{uuid}/items: track and video wrappers).

tidalkit's ``playlists.items`` paginator (first page, then 16 pages in flight) against the floors
doing the same requests at the same concurrency with ``json.loads`` only (raw httpx is the target's
floor; bare aiohttp is reported beside it), and tidalapi's ``Playlist.items`` page by page.
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
from bench._floors import FLOORS, HTTPX_FLOORS, FloorKind, floor

PAGE = 100
WINDOW = 16
"""Pages in flight: tidalkit's ``DEFAULT_WINDOW`` (tidalkit.private.pagination)."""
WARM_UP = "p2k"
"""The warm-up reads a page of another playlist: page model built, the measured playlist not cached."""
TARGET = 1.25
"""tidalkit's wall time ≤ this × the raw httpx floor's."""
SIZES = {"full": "large", "quick": "large", "toy": "toy"}
"""Size → playlist: 5,000 items is only 50 requests, so ``--quick`` lists it whole too."""


def page_params(offset: int) -> list[tuple[str, str | int]]:
    return [("countryCode", "US"), ("limit", PAGE), ("offset", offset)]


async def tidalkit_run(server: ServerInfo, uuid: str) -> tuple[int, dict[str, Any]]:
    async with private_client(server) as client:
        # warm-up on another playlist: builds the page model once, leaves this playlist uncached
        await client.playlists.items(server.playlists[WARM_UP], page_size=PAGE)
        watch = start(server)
        count = 0
        async for _item in client.playlists.items(uuid, page_size=PAGE):
            count += 1
        return count, watch.stop()


async def floor_run(server: ServerInfo, uuid: str, kind: FloorKind) -> tuple[int, dict[str, Any]]:
    path = f"v1/playlists/{uuid}/items"
    async with floor(kind, server, server.private, WINDOW) as raw:
        await raw.get(f"v1/playlists/{server.playlists[WARM_UP]}/items", page_params(0))
        watch = start(server)
        first = await raw.get(path, page_params(0))
        rest = range(PAGE, first["totalNumberOfItems"], PAGE)

        async def page(offset: int) -> int:
            return len((await raw.get(path, page_params(offset)))["items"])

        counts = await raw.window([lambda offset=offset: page(offset) for offset in rest], WINDOW)
        return len(first["items"]) + sum(counts), watch.stop()


def tidalapi_run(server: ServerInfo, uuid: str) -> tuple[int, dict[str, Any]]:
    session = tidalapi_session(server)
    session.playlist(server.playlists[WARM_UP]).items(limit=PAGE)
    watch = start(server)
    playlist = session.playlist(uuid)
    items: list[Any] = []
    while len(items) < playlist.num_tracks + playlist.num_videos:
        page = playlist.items(limit=PAGE, offset=len(items))
        if not page:
            break
        items += page
    return len(items), watch.stop()


def run(server: ServerInfo, *, runs: int, size: Size = "full", latency: float) -> Scenario:
    uuid = server.playlists[SIZES[size]]
    measurements = {"tidalkit": lambda: timed_async(server, lambda: tidalkit_run(server, uuid))}
    for kind in FLOORS:
        measurements[kind] = lambda kind=kind: timed_async(server, lambda: floor_run(server, uuid, kind))
    if tidalapi_available():
        measurements["tidalapi"] = lambda: timed_sync(server, lambda: tidalapi_run(server, uuid))
    series = interleave(runs, measurements, once=("tidalapi",))
    count = series[0].runs[0].items
    scenario = Scenario(
        title=f"2. Listing a {count:,}-item playlist (private API), {ms(latency)}",
        label=f"2 @ {ms(latency)}",
        setup=(
            f"GET v1/playlists/{{uuid}}/items?limit={PAGE}&offset=… (track and video wrappers, a video "
            f"every 25th item), {ms(latency)} server latency: first page, then the rest {WINDOW} in flight "
            "(tidalkit: `playlists.items` paginator; floors: the same requests, `json.loads` only); "
            f"tidalapi: `session.playlist(uuid).items(limit={PAGE}, offset=…)` one page at a time, 1 run"
        ),
        series=series,
    )
    scenario.checks.append(floor_check(scenario, HTTPX_FLOORS, TARGET, "the raw floor"))
    kit = scenario.get("tidalkit")
    if tidalapi_available():
        times = scenario.get("tidalapi").seconds / kit.seconds
        scenario.notes.append(f"tidalapi, page by page, takes {times:.1f}× tidalkit's time.")
    return scenario
