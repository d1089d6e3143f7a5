"""Scenario 5: one SQLite token store shared by several processes doing save/load/refresh cycles.

No lost update (the shared token's generation counts every refresh), no lock error surfaced, and
the file stays 0600 in a 0700 directory. Default run: 4 processes x 25 cycles; ``TIDALKIT_FULL=1``:
8 x 100.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
import time
from pathlib import Path

import anyio
import pytest

from tidalkit.auth import SqliteTokenRepository

from .repo_cycles import SHARED
from .support import size

pytestmark = pytest.mark.stress

PROCESSES = size(4, 8)
CYCLES = size(25, 100)
WORKER = Path(__file__).with_name("repo_cycles.py")
ROOT = Path(__file__).resolve().parents[2]


async def test_processes_cycling_on_one_token_store_lose_no_update_and_see_no_lock_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tidalkit" / "tokens.db"
    await SqliteTokenRepository(path).list()  # create the file first, as the app's first run would
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results: list[dict[str, object]] = []
    started = time.perf_counter()

    async def run(worker: int) -> None:
        done = await anyio.run_process(
            [sys.executable, str(WORKER), str(path), str(worker), str(CYCLES)], env=env, check=False
        )
        assert done.returncode == 0, done.stderr.decode()
        results.append(json.loads(done.stdout.decode().strip().splitlines()[-1]))

    async with anyio.create_task_group() as group:
        for worker in range(PROCESSES):
            group.start_soon(run, worker)
    elapsed = time.perf_counter() - started

    assert len(results) == PROCESSES
    assert [r["errors"] for r in results] == [[]] * PROCESSES  # no lock error surfaced
    assert all(r["loads_ok"] == CYCLES for r in results)
    assert all(r["refreshes"] == CYCLES for r in results)

    repo = SqliteTokenRepository(path)
    shared = await repo.get(SHARED)
    assert shared is not None
    assert shared.token.extras["generation"] == PROCESSES * CYCLES  # no refresh was lost
    stored = await repo.list(users=[f"worker-{w}" for w in range(PROCESSES)])
    assert sorted(s.token.extras["i"] for s in stored) == [CYCLES - 1] * PROCESSES
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    print(f"\nrepository: {PROCESSES} processes x {CYCLES} cycles in {elapsed:.1f}s, no lost update")
