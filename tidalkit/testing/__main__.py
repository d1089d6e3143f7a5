"""Serve a sandbox TIDAL on loopback: ``python -m tidalkit.testing --port 8123 --latency 0.1``.

``tidalkit sandbox serve`` runs this same command with the same flags. It prints the base URL,
the URLs of both APIs and the auth server, the sandbox client id and secret and a user access
token, then serves until Ctrl-C (or for ``--duration`` seconds). Needs uvicorn (``tidalkit[cli]``
or ``tidalkit[server]``).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence

import anyio

from tidalkit.testing.config import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from tidalkit.testing.sandbox import Sandbox, SandboxURLs

__all__ = ["main"]


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Serve a sandbox TIDAL on loopback.")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--seed", type=int, default=0, help="catalogue seed (same seed, same catalogue)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument(
        "--latency-jitter", type=float, default=0.0, help="up to this many seconds more, at random"
    )
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second before 429s")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="share of requests answered 503")
    parser.add_argument("--drop-rate", type=float, default=0.0, help="share of connections dropped")
    parser.add_argument(
        "--device-polls", type=int, default=3, help="device logins are approved on this poll (default 3)"
    )
    parser.add_argument(
        "--device-interval", type=float, default=0.2, help="seconds between device-login polls"
    )
    parser.add_argument(
        "--duration", "--seconds", type=float, default=None, help="stop after this many seconds"
    )
    return parser


def _banner(sandbox: Sandbox, urls: SandboxURLs) -> str:
    return "\n".join(
        [
            f"Sandbox TIDAL at {urls.base}  (Ctrl-C stops it)",
            f"  tidalkit --sandbox-url {urls.base} login",
            f"auth:    {urls.auth}  (token: {urls.token})",
            f"login:   {urls.authorize}",
            f"v2:      {urls.v2}",
            f"private: {urls.private}",
            f"client:  {SANDBOX_CLIENT_ID} / {SANDBOX_CLIENT_SECRET}",
            f"token:   {sandbox.user_token()}",
        ]
    )


async def _serve(sandbox: Sandbox, port: int, duration: float | None) -> None:
    async with sandbox.serve(port=port) as server:
        print(_banner(sandbox, server.urls), flush=True)
        if duration is None:
            await anyio.sleep_forever()
        else:
            await anyio.sleep(duration)


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m tidalkit.testing") -> int:
    """Parse ``argv`` (default ``sys.argv[1:]``), serve until Ctrl-C or ``--duration``; the exit code."""
    args = _parser(prog).parse_args(argv)
    sandbox = Sandbox(
        seed=args.seed,
        latency=args.latency,
        latency_jitter=args.latency_jitter,
        rate_limit=args.rate_limit,
        fault_rate=args.fault_rate,
        drop_rate=args.drop_rate,
        device_polls=args.device_polls,
        device_interval=args.device_interval,
    )
    if importlib.util.find_spec("uvicorn") is None:
        print("error: serving the sandbox needs uvicorn: pip install 'tidalkit[cli]'", file=sys.stderr)
        return 2
    try:
        anyio.run(_serve, sandbox, args.port, args.duration)
    except KeyboardInterrupt:
        print("Sandbox stopped.", flush=True)
    except OSError as exc:  # the port is taken, or not ours to bind
        print(f"error: cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        print("  pick another --port (0 picks a free one)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
