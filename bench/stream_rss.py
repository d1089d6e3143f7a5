"""Scenario 5: streaming a 100,000-item playlist; peak RSS measured in a fresh subprocess per run.

Each run is ``python -m bench.stream_rss --child MODE`` with the server's URL in the environment: it
imports, builds the client and makes one warm-up request (the baseline), then iterates every item of
the playlist without keeping them, and reports the process's peak RSS (``VmHWM``). Sizes 10,000 and
100,000 show whether memory grows with the playlist.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from typing import Any

from bench._common import ROOT, Check, Run, Scenario, Series, ServerInfo, Size

PAGE = 100
WINDOW = 16
MODES = ("tidalkit", "tidalkit (cache=False)", "floor (httpx + aiohttp transport)")
LIMIT_MB = 150.0
FLAT_MB = 10.0
"""Flat: the 100,000-item peak is within this many MB (or 10%) of the 10,000-item peak."""


def peak_rss_mb() -> float:
    """The process's peak resident set (``VmHWM`` in /proc/self/status), in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def child(mode: str, server: ServerInfo, uuid: str) -> dict[str, Any]:
    from bench._common import floor_client, get_json, private_client

    if mode.startswith("tidalkit"):
        options = {"cache": False} if "cache=False" in mode else {}
        async with private_client(server, **options) as client:
            await client.playlists.tracks(server.playlists["toy"], page_size=PAGE).page()
            baseline = peak_rss_mb()
            started, cpu = time.perf_counter(), time.process_time()
            count = 0
            async for track in client.playlists.tracks(uuid, page_size=PAGE):
                count += track.id > 0
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    else:
        path = f"v1/playlists/{uuid}/tracks"
        async with floor_client(server, server.private) as client:
            await get_json(
                client, f"v1/playlists/{server.playlists['toy']}/tracks", {"countryCode": "US", "limit": PAGE}
            )
            baseline = peak_rss_mb()
            started, cpu = time.perf_counter(), time.process_time()
            first = await get_json(client, path, {"countryCode": "US", "limit": PAGE, "offset": 0})
            semaphore = asyncio.Semaphore(WINDOW)

            async def page(offset: int) -> int:
                async with semaphore:
                    data = await get_json(
                        client, path, {"countryCode": "US", "limit": PAGE, "offset": offset}
                    )
                    return sum(item["id"] > 0 for item in data["items"])

            offsets = range(PAGE, first["totalNumberOfItems"], PAGE)
            count = len(first["items"]) + sum(await asyncio.gather(*(page(o) for o in offsets)))
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"items": count, "seconds": seconds, "cpu": cpu, "baseline_mb": baseline, "peak_mb": peak_rss_mb()}


def measure(server: ServerInfo, mode: str, uuid: str) -> Run:
    env = {
        **os.environ,
        "BENCH_SERVER": json.dumps({**server.__dict__}),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    out = subprocess.run(
        [sys.executable, "-m", "bench.stream_rss", "--child", mode, "--uuid", uuid],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return Run(
        seconds=result["seconds"],
        items=result["items"],
        cpu=result["cpu"],
        extra={"baseline_mb": result["baseline_mb"], "peak_mb": result["peak_mb"]},
    )


def run(server: ServerInfo, *, runs: int, size: Size = "full") -> Scenario:
    small, large = {"full": ("p10k", "p100k"), "quick": ("p2k", "p10k"), "toy": ("p1k", "p2k")}[size]
    series: list[Series] = []
    for mode in MODES:
        for name in (small, large):
            one = Series(f"{mode}, {name[1:]} items")
            for _ in range(max(1, min(runs, 2))):
                one.runs.append(measure(server, mode, server.playlists[name]))
            series.append(one)
    scenario = Scenario(
        title="5. Streaming a playlist: peak RSS",
        setup=(
            f"`async for` over GET v1/playlists/{{uuid}}/tracks (pages of {PAGE}, {WINDOW} in flight), "
            f"items not kept; {small[1:]} vs {large[1:]} items; peak RSS = VmHWM of a fresh subprocess "
            "(baseline: after imports, client set-up and a warm-up page of another playlist)"
        ),
        series=series,
        floor=None,
    )
    for mode in MODES[:2]:
        low = scenario.get(f"{mode}, {small[1:]} items").median_extra("peak_mb")
        high = scenario.get(f"{mode}, {large[1:]} items").median_extra("peak_mb")
        growth = high - low
        flat = growth <= max(FLAT_MB, 0.1 * low)
        scenario.checks += [
            Check(
                f"{mode}: peak RSS < {LIMIT_MB:.0f} MB",
                f"{high:.0f} MB at {large[1:]} items",
                high < LIMIT_MB,
            ),
            Check(
                f"{mode}: flat from {small[1:]} to {large[1:]} items",
                f"{low:.0f} → {high:.0f} MB ({growth:+.1f} MB)",
                flat,
            ),
        ]
    return scenario


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=MODES, required=True)
    parser.add_argument("--uuid", required=True)
    args = parser.parse_args()
    server = ServerInfo(**json.loads(os.environ["BENCH_SERVER"]))
    print(json.dumps(asyncio.run(child(args.child, server, args.uuid))))


if __name__ == "__main__":
    main()
