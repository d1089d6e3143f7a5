"""Run the tidalkit benchmarks and write ``bench/results.md``.

    python bench/run.py [--quick] [--runs N] [--latency MS ...] [--only 1 3 ...] [--output PATH]

Scenarios (loopback, the sandbox server in its own process):
1. private-API tracks by id, 128 in flight; 2. a 5,000-item playlist's items, 16 pages in flight;
3. API v2 tracks by id with includes — each at every ``--latency`` (default 20 and 100 ms);
4. a rate-limited server (50 requests/s); 5. peak RSS streaming a 100,000-item playlist;
6. start-up in fresh interpreters; 7. client CPU per typed item from TIDAL's real payloads;
8. scenario 1's gets from another, leaner server (aiohttp.web, gzip, chunked), at every ``--latency``.
1–3 compare tidalkit with the floors (bare aiohttp, raw httpx on tidalkit's transport, plain httpx:
the same requests at the same concurrency, ``json.loads`` only) and, where it can, tidalapi.
Medians of ``--runs`` interleaved runs. The results also compare the bench server's payloads with
the real recorded ones.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import (
    other_server,
    parse_cost,
    payload_shapes,
    playlist,
    private_tracks,
    rate_limit,
    startup,
    stream_rss,
    v2_tracks,
)
from bench._common import (
    LATENCIES,
    LATENCY,
    PLAYLISTS,
    PROFILE,
    ROOT,
    Scenario,
    ServerInfo,
    Size,
    bench_server,
)
from bench._report import Header, LoadSampler, foreign_sections, report

PER_LATENCY: dict[int, Callable[..., Scenario]] = {1: private_tracks.run, 2: playlist.run, 3: v2_tracks.run}
ALL = (1, 2, 3, 4, 5, 6, 7, 8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one run (a few minutes)")
    parser.add_argument("--runs", type=int, default=None, help="runs per client (default 3; 1 with --quick)")
    parser.add_argument(
        "--latency",
        type=float,
        nargs="+",
        default=[latency * 1000 for latency in LATENCIES],
        metavar="MS",
        help="server latencies for scenarios 1-3, in ms (default: 20 100)",
    )
    parser.add_argument("--only", type=int, nargs="+", choices=ALL, help="scenario numbers")
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
    latencies = [ms / 1000 for ms in args.latency]
    PROFILE.directory = args.profile
    chosen = args.only or ALL
    started = time.perf_counter()
    load = LoadSampler()
    scenarios: list[Scenario] = []
    for latency in latencies:
        numbers = [n for n in chosen if n in PER_LATENCY or (n == 5 and latency == LATENCY)]
        if numbers:
            with bench_server(latency=latency, playlists=PLAYLISTS) as server:
                for number in numbers:
                    scenarios.append(_one(number, server, runs, size, latency))
    if 5 in chosen and LATENCY not in latencies:
        with bench_server(latency=LATENCY, playlists=PLAYLISTS) as server:
            scenarios.append(_one(5, server, runs, size, LATENCY))
    if 4 in chosen:
        with bench_server(latency=LATENCY, rate_limit=rate_limit.RATE) as server:
            scenarios.append(_one(4, server, runs, size, LATENCY))
    if 8 in chosen:
        for latency in latencies:
            with bench_server(latency=latency, script=other_server.SCRIPT) as server:
                scenarios.append(_one(8, server, runs, size, latency))
    if 6 in chosen:
        scenarios.append(_one(6, None, runs, size, LATENCY))
    if 7 in chosen:
        scenarios.append(_one(7, None, runs, size, LATENCY))
    scenarios.sort(key=lambda s: int(s.title.split(".")[0]))  # stable: latencies stay in order
    command = "python bench/run.py" + (" --quick" if args.quick else "") + f" --runs {runs}"
    command += " --latency " + " ".join(f"{ms:g}" for ms in args.latency)
    if args.profile is not None:
        command += f" --profile {args.profile}"
    if args.only:
        command += " --only " + " ".join(map(str, args.only))
    shapes = payload_shapes.section(payload_shapes.shapes())
    kept = foreign_sections(args.output)
    header = Header(command, time.perf_counter() - started, load.stop(), latencies)
    text = report(scenarios, header, [*shapes, *(["", kept] if kept else [])])
    args.output.write_text(text)
    print(text)
    missed = not all(check.ok for s in scenarios for check in s.checks)
    return 1 if args.strict and missed else 0


def _one(number: int, server: ServerInfo | None, runs: int, size: Size, latency: float) -> Scenario:
    began = time.perf_counter()
    per_latency = number in PER_LATENCY or number == 8
    where = f" at {latency * 1000:.0f} ms" if per_latency else ""
    print(f"scenario {number}{where} …", file=sys.stderr, flush=True)
    PROFILE.scenario = f"scenario{number}" + (f"-{latency * 1000:.0f}ms" if per_latency else "")
    if number in PER_LATENCY:
        assert server is not None
        scenario = PER_LATENCY[number](server, runs=runs, size=size, latency=latency)
    elif number == 4:
        assert server is not None
        scenario = rate_limit.run(server, runs=runs, size=size)
    elif number == 5:
        assert server is not None
        scenario = stream_rss.run(server, runs=runs, size=size)
    elif number == 8:
        assert server is not None
        scenario = other_server.run(server, runs=runs, size=size, latency=latency)
    elif number == 6:
        scenario = startup.run(runs=runs, size=size)
    else:
        scenario = parse_cost.run(runs=runs, size=size)
    print(f"scenario {number} done in {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    return scenario


if __name__ == "__main__":
    sys.exit(main())
