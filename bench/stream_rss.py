"""Scenario 5: streaming a 100,000-item playlist's items; peak RSS measured in a fresh subprocess per run.

Each run is ``python -m bench.stream_rss --child MODE`` with the server's URL in the environment: it
imports, builds the client and makes one warm-up request (the baseline), then iterates every item
of the playlist (``playlists.items``: track and video wrappers) without keeping them, and reports
the process's peak RSS (``VmHWM``). Sizes 10,000 and 100,000 show whether memory grows with the
playlist.
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
MODES = ("tidalkit", "tidalkit (cache=False)", "bare aiohttp")
LIMIT_MB = 80.0
FLAT_MB = 5.0
"""Flat: the 100,000-item peak is within this many MB of the 10,000-item peak."""


def peak_rss_mb() -> float:
    """The process's peak resident set (``VmHWM`` in /proc/self/status), in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def child(mode: str, server: ServerInfo, uuid: str) -> dict[str, Any]:
    from bench._common import private_client
    from bench._floors import floor

    if mode.startswith("tidalkit"):
        options = {"cache": False} if "cache=False" in mode else {}
        async with private_client(server, **options) as client:
            await client.playlists.items(server.playlists["toy"], page_size=PAGE)
            baseline = peak_rss_mb()
            started, cpu = time.perf_counter(), time.process_time()
            count = 0
            async for entry in client.playlists.items(uuid, page_size=PAGE):
                count += entry.item is not None
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    else:
        path = f"v1/playlists/{uuid}/items"

        def params(offset: int) -> list[tuple[str, str | int]]:
            return [("countryCode", "US"), ("limit", PAGE), ("offset", offset)]

        async with floor("bare aiohttp", server, server.private, WINDOW) as raw:
            await raw.get(f"v1/playlists/{server.playlists['toy']}/items", params(0))
            baseline = peak_rss_mb()
            started, cpu = time.perf_counter(), time.process_time()
            first = await raw.get(path, params(0))

            async def page(offset: int) -> int:
                data = await raw.get(path, params(offset))
                return sum(entry["item"] is not None for entry in data["items"])

            offsets = range(PAGE, first["totalNumberOfItems"], PAGE)
            counts = await raw.window([lambda offset=offset: page(offset) for offset in offsets], WINDOW)
            count = len(first["items"]) + sum(counts)
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
            series.append(Series(f"{mode}, {name[1:]} items"))
    for _ in range(max(1, min(runs, 2))):  # interleaved: every mode and size once per round
        for index, (mode, name) in enumerate((m, n) for m in MODES for n in (small, large)):
            series[index].runs.append(measure(server, mode, server.playlists[name]))
    scenario = Scenario(
        title="5. Streaming a playlist's items: peak RSS",
        label="5",
        setup=(
            f"`async for` over GET v1/playlists/{{uuid}}/items (pages of {PAGE}, {WINDOW} in flight), "
            f"items not kept; {small[1:]} vs {large[1:]} items; peak RSS = VmHWM of a fresh subprocess "
            "(baseline: after imports, client set-up and a warm-up page of another playlist)"
        ),
        series=series,
        rows=table(series),
    )
    for mode in MODES[:2]:
        low = scenario.get(f"{mode}, {small[1:]} items").median_extra("peak_mb")
        high = scenario.get(f"{mode}, {large[1:]} items").median_extra("peak_mb")
        growth = high - low
        scenario.checks += [
            Check(
                f"{mode}: peak RSS ≤ {LIMIT_MB:.0f} MB",
                f"{high:.0f} MB at {large[1:]} items",
                high <= LIMIT_MB,
            ),
            Check(
                f"{mode}: flat (≤ +{FLAT_MB:.0f} MB) from {small[1:]} to {large[1:]} items",
                f"{low:.1f} → {high:.1f} MB ({growth:+.1f} MB)",
                growth <= FLAT_MB,
            ),
        ]
    return scenario


def table(series: list[Series]) -> list[str]:
    lines = [
        "| client, size | items | median s | client CPU s | client CPU µs/item | baseline RSS MB "
        "| peak RSS MB | runs |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for one in series:
        lines.append(
            f"| {one.client} | {one.median('items'):,.0f} | {one.seconds:.2f} | {one.median('cpu'):.2f} "
            f"| {one.median('cpu_per_item_us'):.0f} | {one.runs[0].extra['baseline_mb']:.0f} "
            f"| {one.median_extra('peak_mb'):.1f} | {len(one.runs)} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=MODES, required=True)
    parser.add_argument("--uuid", required=True)
    args = parser.parse_args()
    server = ServerInfo(**json.loads(os.environ["BENCH_SERVER"]))
    print(json.dumps(asyncio.run(child(args.child, server, args.uuid))))


if __name__ == "__main__":
    main()
