"""Run a script against a loopback sandbox, on tidalkit's real default transport.

    python -X dev -W error::ResourceWarning tests/examples/offline_run.py SCRIPT [ARGS...]

The sandbox serves on 127.0.0.1 from a thread of its own; requests to TIDAL's real hosts are sent
there instead (same paths as ``tidalkit.testing.SandboxTransport``), through the transport
tidalkit would use (aiohttp under asyncio), so an unclosed connection pool shows up as it would
against TIDAL. Credentials are the sandbox's. Prints ``offline-run: done`` after a final GC.
"""

from __future__ import annotations

import asyncio
import gc
import os
import runpy
import sys
import threading

import httpx

import tidalkit._http.transport as transport_module
from tidalkit.testing import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Sandbox
from tidalkit.testing.sandbox import TIDAL_HOSTS

README_TRACK_IDS = 300_000_000  # the README's example ids are real TIDAL ids: make them exist


class ToLoopback(httpx.AsyncBaseTransport):
    """Sends requests for TIDAL's hosts to the loopback sandbox, over ``inner``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, base: httpx.URL) -> None:
        self.inner = inner
        self.base = base

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        prefix = TIDAL_HOSTS.get(request.url.host)
        if prefix is not None:
            request.url = request.url.copy_with(
                scheme="http", host=self.base.host, port=self.base.port, path=prefix + request.url.path
            )
            request.headers["Host"] = f"{self.base.host}:{self.base.port}"
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def serve(sandbox: Sandbox) -> tuple[str, threading.Event]:
    ready, stop = threading.Event(), threading.Event()
    urls: list[str] = []

    async def run() -> None:
        async with sandbox.serve() as server:
            urls.append(server.urls.base)
            ready.set()
            while not stop.is_set():
                await asyncio.sleep(0.02)

    threading.Thread(target=asyncio.run, args=(run(),), daemon=True).start()
    if not ready.wait(30):
        raise SystemExit("offline-run: the sandbox did not start")
    return urls[0], stop


def main() -> None:
    script, *args = sys.argv[1:]
    base, stop = serve(
        Sandbox(
            num_tracks=README_TRACK_IDS, latency=0.0, rate_limit=None, device_polls=1, device_interval=0.05
        )
    )
    real_default = transport_module.default_transport

    def redirected(*, max_connections: int = 64) -> httpx.AsyncBaseTransport:
        return ToLoopback(real_default(max_connections=max_connections), httpx.URL(base))

    transport_module.default_transport = redirected
    for variable, value in {
        "TIDAL_CLIENT_ID": SANDBOX_CLIENT_ID,
        "TIDAL_CLIENT_SECRET": SANDBOX_CLIENT_SECRET,
        "TIDAL_PRIVATE_CLIENT_ID": SANDBOX_CLIENT_ID,
    }.items():
        os.environ.setdefault(variable, value)
    sys.argv = [script, *args]
    try:
        runpy.run_path(script, run_name="__main__")
    finally:
        gc.collect()
        stop.set()
    print("offline-run: done")


if __name__ == "__main__":
    main()
