"""``bench/results.md``: the header, the targets table, one table per scenario, and sections kept from others.

Sections of an existing results file whose heading the runner does not write (e.g. figures another
benchmark adds by hand) are carried over unchanged, after the runner's own.
"""

from __future__ import annotations

import re
import statistics
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench._common import Scenario, Series, machine, versions

OWN_HEADINGS = re.compile(r"^## (Targets|Payloads|\d+\. )")


class LoadSampler:
    """The 1-minute load average every ``interval`` seconds while the run lasts (a daemon thread)."""

    def __init__(self, interval: float = 2.0) -> None:
        import os

        self._load = os.getloadavg
        self.samples: list[float] = [self._load()[0]]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(interval,), daemon=True)
        self._thread.start()

    def _sample(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.samples.append(self._load()[0])

    def stop(self) -> str:
        self._stop.set()
        self._thread.join()
        self.samples.append(self._load()[0])
        s = self.samples
        return (
            f"{s[0]:.1f} at the start, {s[-1]:.1f} at the end; during the run min {min(s):.1f}, "
            f"median {statistics.median(s):.1f}, max {max(s):.1f} ({len(s)} samples)"
        )


@dataclass
class Header:
    command: str
    seconds: float
    load: str
    latencies: list[float] = field(default_factory=list[float])


def table(scenario: Scenario) -> list[str]:
    """The scenario's own rows, or the standard table of request runs."""
    if scenario.rows:
        return scenario.rows
    floor = next((s for s in scenario.series if s.client == scenario.floor), None)
    bare = next((s for s in scenario.series if s.client == "bare aiohttp"), None)
    lines = [
        "| client | items | median s | items/s | vs floor | vs bare aiohttp | requests | 429s | errors "
        "| client CPU s | CPU ms/request | CPU µs/item | of it GC µs/item | server CPU s | runs |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    for series in scenario.series:
        lines.append(
            f"| {series.client} | {series.median('items'):,.0f} | {series.seconds:.2f} "
            f"| {series.per_second:,.0f} | {versus(series, floor)} | {versus(series, bare)} "
            f"| {series.median('requests'):,.0f} | {series.median('rate_limited'):,.0f} "
            f"| {sum(r.errors for r in series.runs)} | {series.median('cpu'):.2f} "
            f"| {series.median('cpu_per_request_ms'):.2f} | {series.median('cpu_per_item_us'):.0f} "
            f"| {series.median('gc_per_item_us'):.0f} | {series.median('server_cpu'):.2f} "
            f"| {len(series.runs)} |"
        )
    return lines


def versus(series: Series, reference: Series | None) -> str:
    """``series``' time ÷ ``reference``'s (throughput ratio when it got fewer items, as tidalapi does)."""
    if reference is None:
        return "–"
    if series.median("items") == reference.median("items"):
        return f"{series.seconds / reference.seconds:.2f}×"
    return f"{reference.per_second / series.per_second:.1f}× slower/item"


def report(scenarios: list[Scenario], header: Header, extra: Sequence[str] = ()) -> str:
    """The results file's text; ``extra`` is appended (the payload comparison)."""
    met = sum(check.ok for s in scenarios for check in s.checks)
    total = sum(len(s.checks) for s in scenarios)
    latencies = ", ".join(f"{latency * 1000:.0f} ms" for latency in header.latencies) or "–"
    out = [
        "# tidalkit benchmarks",
        "",
        f"- when: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; whole run {header.seconds:.0f} s",
        f"- machine: {machine()}",
        f"- load average (1 min): {header.load} (other work on the cores inflates wall times; client "
        "CPU per request/item is the steadier comparison)",
        f"- versions: {versions()}",
        f"- command: `{header.command}`",
        f"- set-up: loopback; the sandbox server (`tidalkit.testing`, uvicorn) in its own process, "
        f"server latency {latencies} for scenarios 1–3 (100 ms for 4 and 5); clients in the runner's "
        "process, each run on a fresh event loop and a fresh client after one warm-up request; "
        "medians over runs, runs interleaved (A B C A B C …).",
        "- floors, the same requests at the same concurrency with `json.loads` only: bare aiohttp "
        "(`aiohttp.ClientSession`, connector limit = the concurrency), raw httpx on tidalkit's transport "
        "(`tidalkit._http.transport.default_transport`: aiohttp's connector), plain httpx (its own pool). "
        "Bulk-get targets are against "
        "the fastest floor; page targets against the faster raw httpx floor (bare aiohttp beside it).",
        "- client CPU: `time.process_time()` of the runner's process over the timed part (the server "
        "runs in its own process), ÷ the requests the server saw or the items the caller got; requests "
        "/ 429s / server CPU are what the server saw during the timed part. Of it, GC: the CPU time of "
        "Python's cyclic garbage collector (`gc.callbacks`), which walks every object the process holds, "
        "the results kept so far among them: more objects kept per item (a pydantic model holds more "
        "than the dict `json.loads` makes) cost more in every collection.",
        "",
        f"## Targets: {met} of {total} met",
        "",
        "| scenario | target | measured | met |",
        "|---|---|---|---|",
    ]
    for scenario in scenarios:
        for check in scenario.checks:
            mark = "yes" if check.ok else "**no**"
            out.append(f"| {scenario.label} | {check.target} | {check.measured} | {mark} |")
    for scenario in scenarios:
        out += ["", f"## {scenario.title}", "", scenario.setup, "", *table(scenario)]
        if scenario.notes:
            out += ["", *(f"- {note}" for note in scenario.notes)]
    if extra:
        out += ["", *extra]
    return "\n".join(out) + "\n"


def foreign_sections(previous: Path) -> str:
    """The ``## `` sections of ``previous`` the runner does not write, verbatim ("" when none)."""
    if not previous.exists():
        return ""
    kept: list[str] = []
    keeping = False
    for line in previous.read_text().splitlines():
        if line.startswith("## "):
            keeping = OWN_HEADINGS.match(line) is None
        elif line.startswith("# "):
            keeping = False
        if keeping:
            kept.append(line)
    return "\n".join(kept).strip()
