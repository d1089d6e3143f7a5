"""The benchmarks' server: a sandbox TIDAL on loopback in its own process, with a stats endpoint.

    python bench/_server.py --latency 0.1 [--rate-limit 50] [--playlist name=size ...]

Prints one JSON line (base URL, a user token, playlist ids) once it serves, then serves until
terminated. ``GET /__bench/stats`` answers what the server saw since the last ``POST /__bench/reset``:
responses by status, 429s and 200s per 0.5 s bucket, and the server process's CPU seconds (so a run
can tell whether the server, not the client, was the bottleneck).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import anyio

if __package__ in (None, ""):  # run as a script: make `bench` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._counts import Counts
from tidalkit.api.batching import DEFAULT_BATCH_SIZE
from tidalkit.testing import Sandbox
from tidalkit.testing._asgi import Message, Receive, Scope, Send


class BenchSandbox(Sandbox):
    """The sandbox plus ``/__bench/stats`` and ``/__bench/reset``, counting responses by status."""

    def __init__(self, **knobs: Any) -> None:
        super().__init__(**knobs)
        self.counts = Counts()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/__bench/"):
            if scope["path"] == "/__bench/reset":
                self.counts.reset()
            body = json.dumps(self.counts.snapshot()).encode()
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.counts.count(int(message["status"]))
            await send(message)

        await super().__call__(scope, receive, counting_send)


def bench_knobs(playlists: dict[str, int]) -> dict[str, Any]:
    """The sandbox knobs every bench server has (latency and rate limit come from the command line)."""
    return {
        "playlists": playlists,
        # TIDAL's cap on ids per filter[id] request (tidalkit's batch size): larger chunks get a 400
        "v2_max_filter_ids": DEFAULT_BATCH_SIZE,
        "token_lifetime": 86_400.0,
    }


def parse_playlists(values: list[str]) -> dict[str, int]:
    playlists: dict[str, int] = {}
    for value in values:
        name, _, size = value.partition("=")
        playlists[name] = int(size)
    return playlists


async def serve(sandbox: BenchSandbox) -> None:
    async with sandbox.serve() as server:
        info = {
            "base": server.urls.base,
            "private": server.urls.private,
            "v2": server.urls.v2,
            "token": sandbox.user_token(),
            "playlists": sandbox.playlist_ids,
        }
        print(json.dumps(info), flush=True)
        await anyio.sleep_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--rate-limit", type=float, default=None)
    parser.add_argument("--playlist", action="append", default=[], help="name=size")
    args = parser.parse_args()
    playlists = parse_playlists(args.playlist) or {"large": 5_000}
    sandbox = BenchSandbox(**bench_knobs(playlists), latency=args.latency, rate_limit=args.rate_limit)
    try:
        anyio.run(serve, sandbox)
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
