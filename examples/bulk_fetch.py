"""Bulk fetch: 10,000 tracks by id through the v2 API, concurrently, with progress.

    python examples/bulk_fetch.py [--count 10000]

``tracks.get_many`` sends ``GET /tracks?filter[id]=…`` in batches of 20 ids, all batches at once
under the client's concurrency cap and adaptive rate limit (429s are waited out, not stormed).
Here the ids go in groups of 500 so the progress line moves as groups finish.
Without ``TIDAL_CLIENT_ID``/``TIDAL_CLIENT_SECRET`` it runs against the built-in sandbox.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

import anyio

from tidalkit.api import TidalAPI
from tidalkit.auth import AuthEndpoints, ClientCredentialsGrant, TokenProvider
from tidalkit.testing import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Sandbox

GROUP = 500


def progress(done: int, total: int, started: float) -> None:
    """One self-overwriting progress line on stderr."""
    rate = done / max(time.perf_counter() - started, 1e-9)
    sys.stderr.write(f"\r{done:>6}/{total} tracks ({100 * done / total:5.1f} %, {rate:,.0f}/s)")
    sys.stderr.flush()


async def main(count: int = 10_000, *, sandbox: Sandbox | None = None) -> dict[str, Any]:
    """Fetch tracks 1..count; returns how many were found, missing, and the time taken."""
    if sandbox is None and not os.environ.get("TIDAL_CLIENT_ID"):
        sandbox = Sandbox(num_tracks=max(count, 10_000))
        print("No TIDAL_CLIENT_ID: using the built-in sandbox TIDAL")
    grant_options: dict[str, Any] = {}
    api_options: dict[str, Any] = {}
    if sandbox is not None:
        grant_options = {
            "client_id": SANDBOX_CLIENT_ID,
            "client_secret": SANDBOX_CLIENT_SECRET,
            "endpoints": AuthEndpoints.at(sandbox.urls.auth),
            "transport": sandbox.transport(),
        }
        api_options = {"base_url": sandbox.urls.v2, "transport": sandbox.transport()}

    ids = [str(i) for i in range(1, count + 1)]
    found: dict[str, Any] = {}
    missing: list[str] = []
    started = time.perf_counter()
    auth = TokenProvider(ClientCredentialsGrant(**grant_options))
    async with TidalAPI(auth=auth, country_code="US", **api_options) as tidal:

        async def fetch(group: list[str]) -> None:
            result = await tidal.tracks.get_many(group)
            found.update(result.by_key)
            missing.extend(result.missing)
            progress(len(found) + len(missing), count, started)

        async with anyio.create_task_group() as tg:
            for start in range(0, count, GROUP):
                tg.start_soon(fetch, ids[start : start + GROUP])
    await auth.aclose()
    elapsed = time.perf_counter() - started
    sys.stderr.write("\n")
    rate = len(found) / elapsed
    print(f"{len(found):,} tracks in {elapsed:.2f} s ({rate:,.0f} tracks/s); {len(missing)} missing")
    first = found[ids[0]] if ids and ids[0] in found else None
    return {
        "found": len(found),
        "missing": missing,
        "seconds": elapsed,
        "first": first.title if first else None,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    anyio.run(lambda: main(args.count))
