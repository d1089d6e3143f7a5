"""Scenario 6: start-up time, each case in a fresh interpreter, median of ``--runs`` (at least 5).

The child times itself from just before its first tidalkit import (interpreter start-up is not
counted: it is the same for every library). Cases: ``import tidalkit.private``; on API v2, import +
client (default transport) + the first ``tidal.tracks`` use (the namespace and its ``get`` bound);
and the first typed result from the in-process sandbox (imports, sandbox, client, one
``tracks.get`` answered and read), for both APIs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

from bench._common import ROOT, Check, Scenario, Size

IMPORT_TARGET = 0.150
FIRST_RESULT_TARGET = 0.250
MIN_RUNS = 5

_TIMED = """
import time
started, cpu = time.perf_counter(), time.process_time()
{body}
print(time.perf_counter() - started, time.process_time() - cpu)
"""

_FIRST_RESULT = """
import asyncio
from tidalkit import HeaderAuth
from {module} import {client}
from tidalkit.testing import Sandbox
sandbox = Sandbox()
async def first():
    auth = HeaderAuth({{"Authorization": "Bearer " + sandbox.user_token()}})
    async with {client}(auth=auth, country_code="US", transport=sandbox.transport()) as tidal:
        return {read}
assert asyncio.run(first())
"""

CASES: dict[str, tuple[str, float]] = {
    "import tidalkit.private": ("import tidalkit.private", IMPORT_TARGET),
    "v2: import + client + first `tidal.tracks` use": (
        """
from tidalkit import HeaderAuth
from tidalkit.api import TidalAPI
tidal = TidalAPI(auth=HeaderAuth({"Authorization": "Bearer t"}), country_code="US")
assert callable(tidal.tracks.get)
""",
        IMPORT_TARGET,
    ),
    "v2: first typed result from the in-process sandbox": (
        _FIRST_RESULT.format(
            module="tidalkit.api",
            client="TidalAPI",
            read='(await tidal.tracks.get("1")).title',
        ),
        FIRST_RESULT_TARGET,
    ),
    "private: first typed result from the in-process sandbox": (
        _FIRST_RESULT.format(
            module="tidalkit.private", client="PrivateAPI", read="(await tidal.tracks.get(1)).title"
        ),
        FIRST_RESULT_TARGET,
    ),
}


def time_once(body: str) -> tuple[float, float]:
    """Wall and CPU seconds ``body`` takes in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _TIMED.format(body=body.strip())],
        cwd=ROOT,
        # the untimed round writes byte-code as an installed package has it, even where the
        # environment says not to (PYTHONDONTWRITEBYTECODE would time compiling every module)
        env={key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def run(*, runs: int, size: Size = "full") -> Scenario:
    n = max(runs, MIN_RUNS) if size != "toy" else 1
    names = list(CASES)
    for name in names if size != "toy" else ():  # once untimed: byte-code compiled, files in the page cache
        time_once(CASES[name][0])
    walls: dict[str, list[float]] = {name: [] for name in names}
    cpus: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(n):  # interleaved: every case once per round
        for name in names:
            wall, cpu = time_once(CASES[name][0])
            walls[name].append(wall)
            cpus[name].append(cpu)
    rows = [
        "| case | median ms | min ms | max ms | median CPU ms | runs |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    scenario = Scenario(
        title="6. Start-up",
        label="6",
        setup=(
            "each case in a fresh `python -c` subprocess, timed inside (wall and CPU) from just before "
            "the first tidalkit import (interpreter start-up not counted); one untimed round first, "
            f"then the median of {n} interleaved rounds"
        ),
        series=[],
        rows=rows,
    )
    for name in names:
        median = statistics.median(walls[name])
        rows.append(
            f"| {name} | {median * 1000:.0f} | {min(walls[name]) * 1000:.0f} "
            f"| {max(walls[name]) * 1000:.0f} | {statistics.median(cpus[name]) * 1000:.0f} | {n} |"
        )
        target = CASES[name][1]
        scenario.checks.append(
            Check(
                f"{name}: ≤ {target * 1000:.0f} ms median",
                f"{median * 1000:.0f} ms (CPU {statistics.median(cpus[name]) * 1000:.0f} ms)",
                median <= target,
            )
        )
    scenario.notes.append(
        "wall ms per run: " + json.dumps({name: [round(t * 1000) for t in ts] for name, ts in walls.items()})
    )
    return scenario
