"""Run worker scripts as separate processes with a common start, and collect their JSON results."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
from anyio.abc import Process
from anyio.streams.text import TextReceiveStream

ROOT = Path(__file__).resolve().parents[2]


async def _read_line(process: Process) -> str:
    assert process.stdout is not None
    buffer = ""
    async for chunk in TextReceiveStream(process.stdout):
        buffer += chunk
        if "\n" in buffer:
            break
    return buffer


async def run_workers(
    script: Path,
    argvs: list[list[str]],
    *,
    barrier: bool = True,
    during: Callable[[], Awaitable[None]] | None = None,
    env: list[dict[str, str]] | None = None,
    deadline: float = 180.0,
) -> list[dict[str, Any]]:
    """Start one process per argument list, release them together once all printed "ready" (with
    ``barrier``), run ``during`` meanwhile, and return each one's last JSON line. A worker that
    fails fails the test."""
    base = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes: list[Process] = []
    results: list[dict[str, Any]] = [{} for _ in argvs]
    with anyio.fail_after(deadline):
        try:
            for i, argv in enumerate(argvs):
                extra = env[i] if env else {}
                processes.append(
                    await anyio.open_process(
                        [sys.executable, str(script), *argv], env={**base, **extra}, cwd=ROOT
                    )
                )
            for process in processes if barrier else ():
                line = await _read_line(process)
                if not line.startswith("ready"):
                    await process.wait()
                    raise AssertionError(f"worker did not start: {line!r} {await _stderr(process)}")
            for process in processes if barrier else ():
                assert process.stdin is not None
                await process.stdin.send(b"go\n")

            async def collect(i: int, process: Process) -> None:
                assert process.stdout is not None
                out = b""
                async for chunk in process.stdout:
                    out += chunk
                code = await process.wait()
                assert code == 0, await _stderr(process)
                results[i] = json.loads(out.decode().strip().splitlines()[-1])

            async with anyio.create_task_group() as group:
                for i, process in enumerate(processes):
                    group.start_soon(collect, i, process)
                if during is not None:
                    await during()
        finally:
            for process in processes:
                if process.returncode is None:
                    process.kill()
                    await process.wait()
                await process.aclose()
    return results


async def _stderr(process: Process) -> str:
    if process.stderr is None:
        return ""
    data = b""
    async for chunk in process.stderr:
        data += chunk
    return data.decode(errors="replace")[-3000:]
