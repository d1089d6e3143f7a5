"""Scenario 2: listing a 5,000-item playlist (GET v1/playlists/{uuid}/tracks, limit/offset).

tidalkit's ``playlists.tracks`` paginator (first page, then 16 pages in flight) against the floor
doing the same requests at the same concurrency with ``json.loads`` only, plain httpx, and tidalapi's
``Playlist.tracks_paginated`` (its built-in fastest path: 50 per page on 2 threads).
"""

from __future__ import annotations

import asyncio
from typing import Any

from bench._common import (
    Check,
    Scenario,
    ServerInfo,
    Size,
    floor_client,
    get_json,
    interleave,
    private_client,
    start,
    tidalapi_available,
    tidalapi_session,
    timed_async,
    timed_sync,
)

PAGE = 100
WINDOW = 16
"""Pages in flight: tidalkit's ``DEFAULT_WINDOW`` (tidalkit.private.pagination)."""
WARM_UP = "p2k"
"""The warm-up reads a page of another playlist: page model built, the measured playlist not cached."""


async def tidalkit_run(server: ServerInfo, uuid: str) -> tuple[int, dict[str, Any]]:
    async with private_client(server) as client:
        # warm-up on another playlist: builds the page model once, leaves this playlist uncached
        await client.playlists.tracks(server.playlists[WARM_UP], page_size=PAGE).page()
        watch = start(server)
        count = 0
        async for _track in client.playlists.tracks(uuid, page_size=PAGE):
            count += 1
        return count, watch.stop()


async def floor_run(server: ServerInfo, uuid: str, *, aiohttp: bool = True) -> tuple[int, dict[str, Any]]:
    path = f"v1/playlists/{uuid}/tracks"
    async with floor_client(server, server.private, aiohttp=aiohttp) as client:
        await get_json(
            client, f"v1/playlists/{server.playlists['toy']}/tracks", {"countryCode": "US", "limit": PAGE}
        )
        watch = start(server)
        first = await get_json(client, path, {"countryCode": "US", "limit": PAGE, "offset": 0})
        count = len(first["items"])
        semaphore = asyncio.Semaphore(WINDOW)

        async def page(offset: int) -> int:
            async with semaphore:
                data = await get_json(client, path, {"countryCode": "US", "limit": PAGE, "offset": offset})
                return len(data["items"])

        counts = await asyncio.gather(*(page(o) for o in range(PAGE, first["totalNumberOfItems"], PAGE)))
        return count + sum(counts), watch.stop()


def tidalapi_run(server: ServerInfo, uuid: str) -> tuple[int, dict[str, Any]]:
    session = tidalapi_session(server)
    session.playlist(server.playlists[WARM_UP]).tracks(limit=50)
    watch = start(server)
    tracks = session.playlist(uuid).tracks_paginated()
    return len(tracks), watch.stop()


def run(server: ServerInfo, *, runs: int, size: Size = "full") -> Scenario:
    name = {"full": "large", "quick": "p1k", "toy": "toy"}[size]
    uuid = server.playlists[name]
    measurements = {
        "tidalkit": lambda: timed_async(server, lambda: tidalkit_run(server, uuid)),
        "floor (httpx + aiohttp transport)": lambda: timed_async(server, lambda: floor_run(server, uuid)),
        "plain httpx": lambda: timed_async(server, lambda: floor_run(server, uuid, aiohttp=False)),
    }
    if tidalapi_available():
        measurements["tidalapi"] = lambda: timed_sync(server, lambda: tidalapi_run(server, uuid))
    series = interleave(runs, measurements)
    count = series[0].runs[0].items
    scenario = Scenario(
        title=f"2. Listing a {count:,}-item playlist (private API)",
        setup=(
            f"GET v1/playlists/{{uuid}}/tracks?limit={PAGE}&offset=…: first page, then the rest {WINDOW} "
            "in flight (tidalkit: `playlists.tracks` paginator); tidalapi: `session.playlist(uuid)"
            ".tracks_paginated()` (GET playlist, a count request, pages of 50 on 2 threads)"
        ),
        series=series,
    )
    kit, floor = scenario.get("tidalkit"), scenario.get("floor (httpx + aiohttp transport)")
    ratio = kit.seconds / floor.seconds
    scenario.checks.append(Check("time ≤ 1.3× the floor", f"{ratio:.2f}×", ratio <= 1.3))
    if tidalapi_available():
        speed = scenario.get("tidalapi").seconds / kit.seconds
        scenario.checks.append(Check("≥ 8× faster than tidalapi", f"{speed:.1f}×", speed >= 8))
    return scenario
