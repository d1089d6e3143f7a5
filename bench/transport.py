"""Default-transport benchmark: tidalkit's default vs plain httpx, 2,000 GETs at 32/64/128 concurrency.

A loopback server (uvicorn, separate process) answers every GET after 100 ms, like a round trip to
TIDAL. Each configuration runs ``--runs`` times; the median is reported with the ideal time
``requests × latency / concurrency``. Run: ``python bench/transport.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import contextmanager
from typing import Any

import httpx

from tidalkit._http import BaseClient, Request

LATENCY = 0.1

SERVER = """
import asyncio, sys
import uvicorn

BODY = b'{"id": 1, "title": "track"}'

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await asyncio.sleep(float(sys.argv[2]))
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": BODY})

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="error",
            backlog=4096, limit_concurrency=10000, timeout_keep_alive=30)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def loopback_server(latency: float):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(port), str(latency)])
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError("loopback server did not start")
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        proc.wait(10)


async def gather_limited(n: int, concurrency: int, one: Callable[[int], Awaitable[Any]]) -> None:
    semaphore = asyncio.Semaphore(concurrency)

    async def run(i: int) -> None:
        async with semaphore:
            await one(i)

    await asyncio.gather(*(run(i) for i in range(n)))


async def time_tidalkit(url: str, n: int, concurrency: int) -> float:
    async with BaseClient(base_url=url, max_concurrency=concurrency, cache=False) as client:
        await client.request_json(Request("GET", "warmup"))
        started = time.perf_counter()
        await gather_limited(n, concurrency, lambda i: client.request_json(Request("GET", f"tracks/{i}")))
        return time.perf_counter() - started


async def time_plain_httpx(url: str, n: int, concurrency: int) -> float:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as client:
        await client.get("warmup")

        async def one(i: int) -> None:
            json.loads((await client.get(f"tracks/{i}")).content)

        started = time.perf_counter()
        await gather_limited(n, concurrency, one)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[32, 64, 128])
    args = parser.parse_args()
    rows: list[str] = []
    with loopback_server(LATENCY) as url:
        for concurrency in args.concurrency:
            ideal = args.requests * LATENCY / concurrency
            kit = statistics.median(
                asyncio.run(time_tidalkit(url, args.requests, concurrency)) for _ in range(args.runs)
            )
            plain = statistics.median(
                asyncio.run(time_plain_httpx(url, args.requests, concurrency)) for _ in range(args.runs)
            )
            rows.append(
                f"| {concurrency} | {ideal:.2f} | {kit:.2f} ({kit / ideal:.2f}× ideal) "
                f"| {plain:.2f} ({plain / ideal:.2f}× ideal) | {plain / kit:.1f}× |"
            )
    print(f"# Default transport: {args.requests} GETs, {LATENCY * 1000:.0f} ms server latency, loopback")
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"median of {args.runs} runs; command: python bench/transport.py --runs {args.runs}\n")
    print("| concurrency | ideal s | tidalkit default s | plain httpx s | tidalkit speed-up |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
