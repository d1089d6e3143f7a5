"""Shared pieces of the benchmarks: the server process, timing, results and the clients under test."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Generator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx

ROOT = Path(__file__).resolve().parent.parent
LATENCIES = (0.02, 0.1)
"""Server latencies the request scenarios run at: at 20 ms client CPU shows, 100 ms is a far round trip."""
LATENCY = 0.1
"""The latency of the scenarios that run once (rate limit, memory)."""
Size = Literal["full", "quick", "toy"]
"""Scenario sizes: the real benchmark, ``--quick`` (about a minute), and the smoke test's."""
PLAYLISTS = {"toy": 300, "p1k": 1_000, "p2k": 2_000, "large": 5_000, "p10k": 10_000, "p100k": 100_000}
"""The bench server's playlists (name → items), generated lazily by the sandbox."""
CONCURRENCY = 64
"""tidalkit's default ``max_concurrency``, used by scenarios 3 and 4 (1 runs 128, 2 a window of 16)."""


@dataclass(frozen=True)
class ServerInfo:
    base: str
    private: str
    v2: str
    token: str
    playlists: dict[str, str]

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@contextmanager
def bench_server(
    *,
    latency: float = LATENCY,
    rate_limit: float | None = None,
    playlists: dict[str, int] | None = None,
    script: str = "_server.py",
) -> Generator[ServerInfo]:
    """A sandbox TIDAL in a separate process (``bench/_server.py``, or another ``script`` there taking
    ``--latency``); yields its URLs and a user token."""
    command = [sys.executable, str(ROOT / "bench" / script), "--latency", str(latency)]
    if rate_limit is not None:
        command += ["--rate-limit", str(rate_limit)]
    for name, size in (playlists or {}).items():
        command += ["--playlist", f"{name}={size}"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"bench server did not start (exit code {proc.wait(10)})")
        yield ServerInfo(**json.loads(line))
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def server_stats(server: ServerInfo, *, reset: bool = False) -> dict[str, Any]:
    """What the server saw since the last reset (``reset=True`` starts a new count)."""
    if reset:
        return httpx.post(f"{server.base}/__bench/reset", timeout=10).json()
    return httpx.get(f"{server.base}/__bench/stats", timeout=10).json()


# ---- concurrency ------------------------------------------------------------------------------


async def gather_limited(n: int, concurrency: int, one: Callable[[int], Awaitable[Any]]) -> list[Any]:
    """``one(i)`` for i in range(n), at most ``concurrency`` at once, results in order."""
    semaphore = asyncio.Semaphore(concurrency)

    async def run(i: int) -> Any:
        async with semaphore:
            return await one(i)

    return await asyncio.gather(*(run(i) for i in range(n)))


# ---- measurements and reports ---------------------------------------------------------------------


@dataclass
class Run:
    """One timed run: seconds, items the caller got, and what the server saw meanwhile."""

    seconds: float
    items: int
    requests: int = 0
    rate_limited: int = 0
    errors: int = 0
    cpu: float = 0.0
    gc: float = 0.0
    """Seconds of the client's CPU spent in Python's cyclic garbage collector (part of ``cpu``)."""
    server_cpu: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict[str, Any])

    @property
    def per_second(self) -> float:
        return self.items / self.seconds if self.seconds else 0.0

    @property
    def cpu_per_request_ms(self) -> float:
        """Client CPU (this process's ``time.process_time``) per request the server saw, in ms."""
        return 1000 * self.cpu / self.requests if self.requests else 0.0

    @property
    def cpu_per_item_us(self) -> float:
        """Client CPU per item the caller got, in µs."""
        return 1e6 * self.cpu / self.items if self.items else 0.0

    @property
    def gc_per_item_us(self) -> float:
        """Client CPU in the cyclic garbage collector per item the caller got, in µs."""
        return 1e6 * self.gc / self.items if self.items else 0.0


@dataclass
class Series:
    """Every run of one client in one scenario; medians for the table."""

    client: str
    runs: list[Run] = field(default_factory=list[Run])

    def median(self, attribute: str) -> float:
        return statistics.median(getattr(run, attribute) for run in self.runs)

    @property
    def seconds(self) -> float:
        return self.median("seconds")

    @property
    def per_second(self) -> float:
        return self.median("per_second")

    def median_extra(self, key: str) -> float:
        return statistics.median(run.extra[key] for run in self.runs)


class Stopwatch:
    """Wall-clock and CPU time of this process (the client's; the server runs in its own), and the
    CPU time its cyclic garbage collector took meanwhile (``gc.callbacks``: every collection, of
    whatever the process holds, the results kept so far among it)."""

    def __init__(self) -> None:
        self.gc = 0.0
        self._collecting = 0.0
        gc.callbacks.append(self._collection)
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def _collection(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._collecting = time.process_time()
        else:
            self.gc += time.process_time() - self._collecting

    def stop(self) -> dict[str, Any]:
        seconds, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        if self._collection in gc.callbacks:
            gc.callbacks.remove(self._collection)
        return {"seconds": seconds, "cpu": cpu, "gc": self.gc}


def start(server: ServerInfo) -> Stopwatch:
    """Reset the server's counters and start the clock (call after the warm-up request)."""
    server_stats(server, reset=True)
    return Stopwatch()


def timed_async(server: ServerInfo, measure: Callable[[], Awaitable[tuple[int, dict[str, Any]]]]) -> Run:
    """Run an async measurement on a fresh event loop, between two server-stat reads.

    ``measure`` returns ``(items, extra)``; ``extra["seconds"]`` is the timed part, started with
    :func:`start` after the client's set-up and warm-up request (left out for every client alike).
    """

    async def main() -> tuple[int, dict[str, Any]]:
        return await measure()

    items, extra = asyncio.run(main())
    return _run_from(server, extra.pop("seconds"), items, extra)


def timed_sync(server: ServerInfo, measure: Callable[[], tuple[int, dict[str, Any]]]) -> Run:
    """:func:`timed_async` for a synchronous client (tidalapi)."""
    items, extra = measure()
    return _run_from(server, extra.pop("seconds"), items, extra)


def _run_from(server: ServerInfo, seconds: float, items: int, extra: dict[str, Any]) -> Run:
    stats = server_stats(server)
    statuses: dict[str, int] = stats["statuses"]
    return Run(
        seconds=seconds,
        items=items,
        requests=sum(statuses.values()),
        rate_limited=statuses.get("429", 0),
        errors=int(extra.pop("errors", 0)),
        cpu=float(extra.pop("cpu", 0.0)),
        gc=float(extra.pop("gc", 0.0)),
        server_cpu=stats["cpu_seconds"],
        extra={**extra, "timeline": stats["timeline"]},
    )


def machine() -> str:
    """One line describing the machine and the interpreter."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{platform.system()} {platform.release()}, {model or 'unknown CPU'}, {cores} cores, "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts: list[str] = []
    for name in (
        "tidalkit",
        "httpx",
        "aiohttp",
        "pydantic",
        "uvicorn",
        "tidalapi",
        "requests",
    ):
        try:
            parts.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    return ", ".join(parts)


@dataclass
class Check:
    """One target: what was asked, what was measured, and whether it was met."""

    target: str
    measured: str
    ok: bool


@dataclass
class Scenario:
    """One scenario's outcome: the series per client, the target checks and notes for the report.

    ``label`` names the scenario in the targets table (``"2 @ 20 ms"``); ``floor`` is the series the
    table's ratios are against; ``rows`` replaces the standard table for scenarios that are not
    request runs (memory, start-up, parse cost).
    """

    title: str
    setup: str
    series: list[Series]
    label: str = ""
    floor: str | None = None
    checks: list[Check] = field(default_factory=list[Check])
    notes: list[str] = field(default_factory=list[str])
    rows: list[str] = field(default_factory=list[str])

    def get(self, client: str) -> Series:
        return next(series for series in self.series if series.client == client)

    def fastest(self, clients: tuple[str, ...]) -> Series:
        """The series among ``clients`` with the lowest median time (the floor to beat)."""
        return min((self.get(client) for client in clients), key=lambda series: series.seconds)


def floor_check(scenario: Scenario, floors: tuple[str, ...], target: float, which: str) -> Check:
    """tidalkit's median wall time ≤ ``target`` × the fastest of ``floors``, making the same requests.

    The floor found becomes the scenario's ``floor`` (the table's "vs floor" column); client CPU per
    request and per item of both are in the measured text.
    """
    kit, best = scenario.get("tidalkit"), scenario.fastest(floors)
    scenario.floor = best.client
    ratio = kit.seconds / best.seconds
    requests = kit.median("requests"), best.median("requests")
    return Check(
        f"wall time ≤ {target}× {which} ({best.client}), same requests",
        f"{ratio:.2f}× ({kit.seconds:.2f} s vs {best.seconds:.2f} s; {requests[0]:,.0f} vs "
        f"{requests[1]:,.0f} requests; client CPU {kit.median('cpu_per_request_ms'):.2f} vs "
        f"{best.median('cpu_per_request_ms'):.2f} ms/request, {kit.median('cpu_per_item_us'):.0f} vs "
        f"{best.median('cpu_per_item_us'):.0f} µs/item, of which the garbage collector "
        f"{kit.median('gc_per_item_us'):.0f} vs {best.median('gc_per_item_us'):.0f})",
        ratio <= target and requests[0] == requests[1],
    )


def ms(latency: float) -> str:
    return f"{latency * 1000:.0f} ms"


def interleave(
    runs: int, measurements: dict[str, Callable[[], Run]], once: tuple[str, ...] = ()
) -> list[Series]:
    """Each measurement ``runs`` times, interleaved (A B C A B C …) so drift hits all alike.

    Names in ``once`` run a single time (slow contrasts).
    """
    series = {name: Series(name) for name in measurements}
    for index in range(runs):
        for name, measure in measurements.items():
            if name in once and index > 0:
                continue
            if PROFILE.directory is not None and name == "tidalkit" and index == 0:
                series[name].runs.append(profiled(measure))
            else:
                series[name].runs.append(measure())
    return list(series.values())


class _Profile:
    """Where ``--profile`` writes tidalkit's profiles (None: no profiling); the scenario being run."""

    directory: Path | None = None
    scenario: str = "scenario"


PROFILE = _Profile()


def profiled(measure: Callable[[], Run]) -> Run:
    """Run ``measure`` under cProfile with a CPU clock (fair on shared cores); write .prof and top-30 text.

    Only tidalkit's first run of a scenario is profiled; profiling slows that run, so a table made
    with ``--profile`` is for finding where the time goes, not for the targets.
    """
    import cProfile
    import io
    import pstats

    assert PROFILE.directory is not None
    PROFILE.directory.mkdir(parents=True, exist_ok=True)
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    try:
        result = measure()
    finally:
        profiler.disable()
    base = PROFILE.directory / f"{PROFILE.scenario}-tidalkit"
    profiler.dump_stats(base.with_suffix(".prof"))
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("tottime").print_stats(30)
    stats.sort_stats("cumulative").print_stats(40)
    base.with_suffix(".txt").write_text(text.getvalue())
    return result


# ---- clients under test ---------------------------------------------------------------------------


def private_client(server: ServerInfo, **options: Any) -> Any:
    """tidalkit's private-API client with its defaults, on the bench server, logged in."""
    from tidalkit._http import HeaderAuth
    from tidalkit.private import PrivateAPI

    return PrivateAPI(
        auth=HeaderAuth(server.auth_headers), country_code="US", base_url=server.private, **options
    )


def v2_client(server: ServerInfo, **options: Any) -> Any:
    """tidalkit's API v2 client with its defaults, on the bench server, logged in."""
    from tidalkit._http import HeaderAuth
    from tidalkit.api import TidalAPI

    return TidalAPI(auth=HeaderAuth(server.auth_headers), country_code="US", base_url=server.v2, **options)


def tidalapi_session(server: ServerInfo) -> Any:
    """A tidalapi ``Session`` pointed at the bench server, logged in without any network login.

    tidalapi builds every URL from ``Config.api_v1_location`` (and ``api_v2_location``,
    ``openapi_v2_location``) and sends ``Authorization: {token_type} {access_token}`` plus
    ``countryCode`` from the session, so setting those is a logged-in session.
    """
    from tidalapi.session import Config, Session

    config = Config()
    config.api_v1_location = f"{server.private}/v1/"
    config.api_v2_location = f"{server.private}/v2/"
    config.openapi_v2_location = f"{server.v2}/"
    session = Session(config)
    session.access_token = server.token
    session.token_type = "Bearer"
    session.country_code = "US"
    return session


def tidalapi_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("tidalapi") is not None
