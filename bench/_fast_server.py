"""Scenario 8's server: GET v1/tracks/{id} from a lean aiohttp.web app instead of the sandbox.

    python bench/_fast_server.py --latency 0.02

The sandbox server spends more time per request than a client does, so at 20 ms it can hide a
client's CPU behind its own. This one answers TIDAL's recorded track (``tests/fixtures/real/``,
its id and title set per request) gzip-compressed and chunked, as TIDAL's CDN does, after
``--latency`` seconds, at a small cost per request. It prints one JSON line (the URLs the bench
uses) once it serves, and has the sandbox bench server's ``/__bench/stats`` and ``/__bench/reset``.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import socket
import sys
from pathlib import Path
from typing import Any

from aiohttp import web

if __package__ in (None, ""):  # run as a script: make `bench` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._counts import Counts

ROOT = Path(__file__).resolve().parent.parent
TRACK = json.loads((ROOT / "tests" / "fixtures" / "real" / "private" / "track__hifiapi.json").read_bytes())
WIRE_PIECE = 1_400
"""Bytes per chunk written: about one TCP segment, so bodies arrive in several pieces."""


def app(latency: float) -> web.Application:
    counts = Counts()

    async def track(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(latency)
        track_id = int(request.match_info["id"])
        body = json.dumps({**TRACK, "id": track_id, "title": f"Track {track_id}"}, separators=(",", ":"))
        packed = gzip.compress(body.encode(), compresslevel=1)
        response = web.StreamResponse(
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
        )
        response.enable_chunked_encoding()
        await response.prepare(request)
        for at in range(0, len(packed), WIRE_PIECE):
            await response.write(packed[at : at + WIRE_PIECE])
        await response.write_eof()
        counts.count(200)
        return response

    async def stats(request: web.Request) -> web.Response:
        if request.path == "/__bench/reset":
            counts.reset()
        return web.json_response(counts.snapshot())

    application = web.Application()
    application.router.add_get("/api/v1/tracks/{id}", track)
    application.router.add_route("*", "/__bench/{what}", stats)
    return application


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--latency", type=float, default=0.02)
    args = parser.parse_args()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    info: dict[str, Any] = {
        "base": base,
        "private": f"{base}/api",
        "v2": f"{base}/v2",
        "token": "bench",
        "playlists": {},
    }

    async def serve() -> None:
        runner = web.AppRunner(app(args.latency), access_log=None)
        await runner.setup()
        await web.SockSite(runner, listener, backlog=1024).start()
        print(json.dumps(info), flush=True)
        await asyncio.Event().wait()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
