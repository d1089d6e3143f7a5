"""Scenario 1: a bulk fetch over a faulty network delivers every item exactly once.

Loopback sandbox with 10 % 503s (HTML body), 1 % dropped connections and 0-20 ms random latency.
Default run: 300 items; ``TIDALKIT_FULL=1``: 2,000 items.
"""

from __future__ import annotations

import time

import httpx
import pytest

from tidalkit._http import HeaderAuth, RetryPolicy
from tidalkit.api import TidalAPI
from tidalkit.private import PrivateAPI
from tidalkit.testing import Sandbox

from .support import RecordingSandbox, size

pytestmark = pytest.mark.stress

ITEMS = size(300, 2_000)
# 10 % 503 + 1 % drops: 8 retries make an item's failure odds 0.11**9 ≈ 2e-9
RETRY = RetryPolicy(max_retries=8, backoff_base=0.01, backoff_max=0.2)


def faulty_sandbox() -> RecordingSandbox:
    return RecordingSandbox(fault_rate=0.10, drop_rate=0.01, fault_seed=2026, latency_jitter=0.02)


def bearer(sandbox: Sandbox) -> HeaderAuth:
    return HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:reliability")


def client(sandbox: Sandbox, base_url: str, transport: httpx.AsyncBaseTransport | None = None) -> PrivateAPI:
    return PrivateAPI(
        auth=bearer(sandbox),
        base_url=base_url,
        country_code="US",
        retry=RETRY,
        cache=False,
        transport=transport,
    )


async def test_bulk_get_many_delivers_every_track_exactly_once_despite_503s_and_drops() -> None:
    sandbox = faulty_sandbox()
    ids = list(range(1, ITEMS + 1))
    async with sandbox.serve() as server, client(sandbox, server.urls.private) as api:
        started = time.perf_counter()
        tracks = await api.tracks.get_many(ids)
        elapsed = time.perf_counter() - started
    assert [t.id for t in tracks] == ids  # every id once, in input order
    stats = sandbox.stats
    assert stats.faults > 0
    assert stats.dropped > 0
    assert stats.requests["private.tracks.get"] == ITEMS + stats.faults + stats.dropped
    statuses = [a.status for a in sandbox.answers]
    assert statuses.count(200) == ITEMS  # no duplicate successful fetch either
    print(
        f"\nfaults get_many: {ITEMS} items in {elapsed:.2f}s, {stats.total} requests, "
        f"{stats.faults} x 503, {stats.dropped} drops"
    )


async def test_paginated_playlist_yields_every_item_once_in_order_despite_faults() -> None:
    clean = Sandbox()
    sandbox = faulty_sandbox()
    uuid = clean.playlist_ids["large"]
    assert sandbox.playlist_ids["large"] == uuid  # same seed, same catalogue

    async with client(clean, clean.urls.private, clean.transport()) as api:  # in-process, no faults
        expected = [
            (item.index, item.item.id if item.item else None)
            async for item in api.playlists.items(uuid, page_size=10, max_items=ITEMS)
        ]
    assert len(expected) == ITEMS

    async with sandbox.serve() as server, client(sandbox, server.urls.private) as api:
        started = time.perf_counter()
        got = [
            (item.index, item.item.id if item.item else None)
            async for item in api.playlists.items(uuid, page_size=10, max_items=ITEMS)
        ]
        elapsed = time.perf_counter() - started
    assert got == expected
    assert sandbox.stats.faults + sandbox.stats.dropped > 0
    print(
        f"\nfaults playlist: {ITEMS} items in {elapsed:.2f}s, {sandbox.stats.total} requests, "
        f"{sandbox.stats.faults} x 503, {sandbox.stats.dropped} drops"
    )


async def test_v2_batched_get_many_reports_every_track_once_and_none_missing_despite_faults() -> None:
    sandbox = faulty_sandbox()
    ids = [str(i) for i in range(1, ITEMS + 1)]
    async with (
        sandbox.serve() as server,
        TidalAPI(
            auth=bearer(sandbox), base_url=server.urls.v2, country_code="US", retry=RETRY, cache=False
        ) as api,
    ):
        result = await api.tracks.get_many(ids, chunk_size=5)
    assert [t.id for t in result.items] == ids
    assert result.missing == []
    stats = sandbox.stats
    assert stats.faults + stats.dropped > 0
    print(
        f"\nfaults v2 get_many: {ITEMS} items, {stats.total} requests, "
        f"{stats.faults} x 503, {stats.dropped} drops"
    )
