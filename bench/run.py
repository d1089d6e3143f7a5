"""Run the tidalkit benchmarks and write ``bench/results.md``.

    python bench/run.py [--quick] [--runs N] [--only 1 3 ...] [--output PATH]

Scenarios (loopback, 100 ms server latency, the sandbox server in its own process):
1. private-API tracks by id; 2. a 5,000-item playlist; 3. API v2 tracks by id with includes;
4. a rate-limited server (50 requests/s); 5. peak RSS streaming a 100,000-item playlist.
Each compares tidalkit with the floor (raw httpx on the same transport, ``json.loads`` only, same
requests at the same concurrency), plain httpx and, where it can, tidalapi. Medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import playlist, private_tracks, rate_limit, stream_rss, v2_tracks
from bench._common import (
    PLAYLISTS,
    PROFILE,
    ROOT,
    Scenario,
    ServerInfo,
    Size,
    bench_server,
    machine,
    versions,
)

Runner = Callable[..., Scenario]
SCENARIOS: dict[int, Runner] = {
    1: private_tracks.run,
    2: playlist.run,
    3: v2_tracks.run,
    4: rate_limit.run,
    5: stream_rss.run,
}


def table(scenario: Scenario) -> list[str]:
    if scenario.title.startswith("5."):
        lines = ["| client, size | items | median s | client CPU s | baseline RSS MB | peak RSS MB | runs |"]
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
        for series in scenario.series:
            lines.append(
                f"| {series.client} | {series.median('items'):,.0f} | {series.seconds:.2f} "
                f"| {series.median('cpu'):.2f} | {series.runs[0].extra['baseline_mb']:.0f} "
                f"| {series.median_extra('peak_mb'):.0f} "
                f"| {len(series.runs)} |"
            )
        return lines
    floor = next((s for s in scenario.series if s.client == scenario.floor), None)
    lines = [
        "| client | items | median s | items/s | vs floor (time) | requests | 429s | errors "
        "| client CPU s | server CPU s | runs |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for series in scenario.series:
        if floor is None:
            versus = "–"
        elif series.median("items") == floor.median("items"):
            versus = f"{series.seconds / floor.seconds:.2f}×"
        else:  # fewer items (tidalapi): compare throughput
            versus = f"{floor.per_second / series.per_second:.1f}× slower/item"
        lines.append(
            f"| {series.client} | {series.median('items'):,.0f} | {series.seconds:.2f} "
            f"| {series.per_second:,.0f} | {versus} | {series.median('requests'):,.0f} "
            f"| {series.median('rate_limited'):,.0f} | {sum(r.errors for r in series.runs)} "
            f"| {series.median('cpu'):.2f} | {series.median('server_cpu'):.2f} | {len(series.runs)} |"
        )
    return lines


def report(scenarios: list[Scenario], command: str, seconds: float, load: tuple[float, float]) -> str:
    met = sum(check.ok for s in scenarios for check in s.checks)
    total = sum(len(s.checks) for s in scenarios)
    out = [
        "# tidalkit benchmarks",
        "",
        f"- when: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; whole run {seconds:.0f} s",
        f"- machine: {machine()}; load average (1 min) {load[0]:.1f} at the start, {load[1]:.1f} at the end "
        "(other work shares the cores: client CPU seconds are the steadier comparison)",
        f"- versions: {versions()}",
        f"- command: `{command}`",
        "- set-up: loopback; the sandbox server (`tidalkit.testing`, uvicorn) in its own process with "
        "100 ms added to every answer; clients in the runner's process, each run on a fresh event loop "
        "and a fresh client after one warm-up request; medians over runs, runs interleaved.",
        "- floor: httpx on tidalkit's transport (`httpx_aiohttp.AiohttpTransport`) making the same "
        "requests at the same concurrency with `json.loads` only; plain httpx: httpx's own pool.",
        "- requests / 429s / server CPU are what the server saw during the timed part.",
        "",
        f"## Targets: {met} of {total} met",
        "",
        "| scenario | target | measured | met |",
        "|---|---|---|---|",
    ]
    for scenario in scenarios:
        for check in scenario.checks:
            mark = "yes" if check.ok else "**no**"
            out.append(f"| {scenario.title.split('.')[0]} | {check.target} | {check.measured} | {mark} |")
    for scenario in scenarios:
        out += ["", f"## {scenario.title}", "", scenario.setup, "", *table(scenario)]
        if scenario.notes:
            out += ["", *(f"- {note}" for note in scenario.notes)]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="toy sizes, one run (about a minute)")
    parser.add_argument("--runs", type=int, default=None, help="runs per client (default 3; 1 with --quick)")
    parser.add_argument("--only", type=int, nargs="+", choices=sorted(SCENARIOS), help="scenario numbers")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        metavar="DIR",
        help="profile tidalkit's first run of each scenario (cProfile, CPU clock) into DIR; "
        "that run is then slower, so use it to find where the time goes, not for the table",
    )
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.quick else 3)
    size: Size = "quick" if args.quick else "full"
    PROFILE.directory = args.profile
    chosen = args.only or sorted(SCENARIOS)
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    scenarios: list[Scenario] = []
    plain = [n for n in chosen if n != 4]
    if plain:
        with bench_server(playlists=PLAYLISTS) as server:
            for number in plain:
                scenarios.append(_one(number, server, runs, size))
    if 4 in chosen:
        with bench_server(rate_limit=rate_limit.RATE) as server:
            scenarios.append(_one(4, server, runs, size))
    scenarios.sort(key=lambda s: s.title)
    command = "python bench/run.py" + (" --quick" if args.quick else "") + f" --runs {runs}"
    if args.profile is not None:
        command += f" --profile {args.profile}"
    if args.only:
        command += " --only " + " ".join(map(str, args.only))
    load = (load_before, os.getloadavg()[0])
    text = report(scenarios, command, time.perf_counter() - started, load)
    args.output.write_text(text)
    print(text)
    missed = not all(check.ok for s in scenarios for check in s.checks)
    return 1 if args.strict and missed else 0


def _one(number: int, server: ServerInfo, runs: int, size: Size) -> Scenario:
    began = time.perf_counter()
    print(f"scenario {number} …", file=sys.stderr, flush=True)
    PROFILE.scenario = f"scenario{number}"
    scenario = SCENARIOS[number](server, runs=runs, size=size)
    print(f"scenario {number} done in {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    return scenario


if __name__ == "__main__":
    sys.exit(main())
