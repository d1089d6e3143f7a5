"""Run a sandbox TIDAL on loopback: ``python -m tidalkit.testing --port 8123 --latency 0.1``.

Prints the base URLs, the sandbox client id and secret, and a user access token, then serves until
interrupted (or for ``--duration`` seconds).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import anyio

from tidalkit.testing.config import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from tidalkit.testing.sandbox import Sandbox

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tidalkit.testing", description="Serve a sandbox TIDAL on loopback."
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument(
        "--latency-jitter", type=float, default=0.0, help="up to this many seconds more, at random"
    )
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second before 429s")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="share of requests answered 503")
    parser.add_argument("--drop-rate", type=float, default=0.0, help="share of connections dropped")
    parser.add_argument("--duration", type=float, default=None, help="stop after this many seconds")
    return parser


async def _serve(sandbox: Sandbox, port: int, duration: float | None) -> None:
    async with sandbox.serve(port=port) as server:
        urls = server.urls
        lines = [
            f"auth:    {urls.auth}  (token: {urls.token})",
            f"login:   {urls.authorize}",
            f"v2:      {urls.v2}",
            f"private: {urls.private}",
            f"client:  {SANDBOX_CLIENT_ID} / {SANDBOX_CLIENT_SECRET}",
            f"token:   {sandbox.user_token()}",
        ]
        print("\n".join(lines), flush=True)
        if duration is None:
            await anyio.sleep_forever()
        else:
            await anyio.sleep(duration)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sandbox = Sandbox(
        seed=args.seed,
        latency=args.latency,
        latency_jitter=args.latency_jitter,
        rate_limit=args.rate_limit,
        fault_rate=args.fault_rate,
        drop_rate=args.drop_rate,
    )
    try:
        anyio.run(_serve, sandbox, args.port, args.duration)
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
