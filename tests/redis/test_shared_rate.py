"""SharedRateBudget against a real redis-server: one GCRA for every holder of a client id, 429s
shared, and local pacing while Redis is down (logged once), shared again when it is back."""

from __future__ import annotations

import itertools
import logging
import time

import anyio
import pytest

from tidalkit._http import Limiter
from tidalkit._http.shared_rate import SharedRateBudget

from .servers import RedisServer


async def test_two_processes_budgets_share_one_rate_in_order_of_asking(redis_url: str) -> None:
    budgets = [SharedRateBudget("app", rate=20, url=redis_url) for _ in range(2)]
    started = time.monotonic()
    waits = [await budgets[i % 2].reserve() for i in range(40)]
    took = time.monotonic() - started
    interval = 1 / 20
    # each reservation is the next 50 ms slot, whichever budget asked
    assert waits[0] == pytest.approx(0, abs=0.01)
    assert (39 * interval) - took - 0.01 <= waits[-1] <= 39 * interval + 0.01
    assert all(b >= a - 0.01 for a, b in itertools.pairwise(waits))
    # another client id has a budget of its own
    other = SharedRateBudget("other-app", rate=20, url=redis_url)
    assert await other.reserve() == pytest.approx(0, abs=0.01)
    for budget in [*budgets, other]:
        await budget.aclose()


async def test_a_429_seen_by_one_process_cools_everyone_down_and_cuts_the_shared_rate(redis_url: str) -> None:
    first = SharedRateBudget("app", rate=20, url=redis_url)
    second = SharedRateBudget("app", rate=20, url=redis_url)
    assert await second.reserve() < 0.01
    first.rate_limited(1.5)
    await first.flush()
    wait = await second.reserve()
    assert 1.3 <= wait <= 1.55
    assert second.current_rate == pytest.approx(18, rel=0.01)
    first.rate_limited(1.5)  # within a second of the cut: the same wave, no second cut
    await first.flush()
    await second.reserve()
    assert second.current_rate == pytest.approx(18, rel=0.01)
    await first.aclose()
    await second.aclose()


async def test_the_limiter_reserves_from_the_budget_and_shares_its_429s(redis_url: str) -> None:
    budget = SharedRateBudget("app", rate=10, burst=1, url=redis_url)
    peer = SharedRateBudget("app", rate=10, url=redis_url)
    limiter = Limiter(4, budget=budget)
    started = time.monotonic()
    for _ in range(3):
        async with limiter.slot():
            pass
    assert time.monotonic() - started >= 0.18  # three sends at 10/s: two intervals
    async with limiter.slot():
        limiter.rate_limited(1.0)
    assert limiter.learned_rate is None  # the budget paces; the local adaptive pace stays off
    assert await peer.reserve() >= 0.8
    await budget.aclose()
    await peer.aclose()


async def test_redis_down_paces_locally_logged_once_and_shared_again_when_back(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    budget = SharedRateBudget("app", rate=20, url=own_redis.url, retry_every=0.2)
    peer = SharedRateBudget("app", rate=20, url=own_redis.url)
    await budget.reserve()
    await peer.reserve()  # two processes seen: a local share is half the rate
    await budget.reserve()
    assert budget.shared
    own_redis.stop()
    with caplog.at_level(logging.WARNING, logger="tidalkit"):
        started = time.monotonic()
        waits = [await budget.reserve() for _ in range(10)]
        took = time.monotonic() - started
        assert budget.degraded
        limiter = Limiter(4, budget=budget)
        async with limiter.slot():
            limiter.rate_limited(0.01)  # while degraded the adaptive pace learns locally again
        assert limiter.learned_rate is None or limiter.learned_rate > 0
        # local pacing at 20 / 2 processes = 10/s: the tenth send 0.9 s after the first, and the
        # first after the end of the shared queue it last saw (no overlap of the two schedules)
        assert 0.9 - took - 0.01 <= waits[-1] - waits[0] <= 0.91
        assert waits[0] >= 0.05
        own_redis.start()
        await anyio.sleep(0.25)
        await budget.reserve()
        assert budget.shared
    messages = [r.getMessage() for r in caplog.records]
    assert sum("unreachable" in m for m in messages) == 1
    assert sum("back" in m for m in messages) == 1
    await budget.aclose()
    await peer.aclose()


async def slots(budget: SharedRateBudget, n: int) -> list[float]:
    """The monotonic times of the next ``n`` sends ``budget`` may make (burst 1: the slot starts)."""
    return [time.monotonic() + await budget.reserve() for _ in range(n)]


async def test_local_pacing_starts_after_the_other_processes_shared_slots(own_redis: RedisServer) -> None:
    interval = 1 / 20
    quiet = SharedRateBudget("app", rate=20, url=own_redis.url, retry_every=30)
    busy = SharedRateBudget("app", rate=20, url=own_redis.url, retry_every=30)
    await slots(busy, 16)
    mine = await slots(quiet, 16)  # its last shared send is about 1.55 s ahead
    await anyio.sleep(0.8)
    theirs = await slots(busy, 16)  # booked after quiet's last call: up to about 2.4 s ahead
    assert theirs[-1] > mine[-1] + 0.5
    own_redis.stop()
    first_local = (await slots(quiet, 1))[0]
    assert quiet.degraded
    # quiet's own last slot is long before busy's: starting there would overlap busy's sends
    assert first_local >= theirs[-1] + interval - 0.02
    for budget in (quiet, busy):
        await budget.aclose()


async def test_shared_pacing_comes_back_at_the_share_of_the_processes_back(own_redis: RedisServer) -> None:
    budgets = [SharedRateBudget("app", rate=20, url=own_redis.url, retry_every=0.2) for _ in range(2)]
    for budget in [*budgets, *budgets]:
        await budget.reserve()  # each has seen two processes
    own_redis.stop()
    for budget in budgets:
        await slots(budget, 3)  # each paces itself at 10/s
        assert budget.degraded
    own_redis.start()
    await anyio.sleep(0.25)
    first_back, other = budgets
    half = await slots(first_back, 6)
    assert first_back.shared
    assert other.degraded
    # the other still paces locally at 10/s: the shared schedule gives the first one back 10/s too
    assert min(b - a for a, b in itertools.pairwise(half[1:])) >= 0.1 - 0.01
    await other.reserve()  # back too: the whole rate is shared again
    assert other.shared
    full = await slots(first_back, 6)
    assert min(b - a for a, b in itertools.pairwise(full[1:])) <= 0.05 + 0.01
    assert full[0] >= half[-1]
    for budget in budgets:
        await budget.aclose()


async def test_a_process_that_never_comes_back_holds_the_rate_down_only_for_a_while(
    own_redis: RedisServer,
) -> None:
    budgets = [SharedRateBudget("app", rate=20, url=own_redis.url, retry_every=0.2) for _ in range(2)]
    for budget in [*budgets, *budgets]:
        await budget.reserve()
    own_redis.stop()
    for budget in budgets:
        await budget.reserve()
    own_redis.start()
    await anyio.sleep(0.25)
    survivor = budgets[0]
    half = await slots(survivor, 4)
    assert min(b - a for a, b in itertools.pairwise(half[1:])) >= 0.1 - 0.01
    waiting = await survivor.redis.hget("tidalkit:rate:app", "until")
    assert waiting is not None
    assert float(waiting) > 0  # the share is held for 10 s after a return
    await survivor.redis.hset("tidalkit:rate:app", "until", 0)  # as if the 10 s had passed
    full = await slots(survivor, 6)
    assert min(b - a for a, b in itertools.pairwise(full[1:])) <= 0.05 + 0.01
    for budget in budgets:
        await budget.aclose()


def test_configuration_errors_are_clear(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIDALKIT_REDIS_URL", raising=False)
    with pytest.raises(ValueError, match="TIDALKIT_REDIS_URL"):
        SharedRateBudget("app", rate=20)
    with pytest.raises(ValueError, match="rate"):
        SharedRateBudget("app", rate=0, url="redis://127.0.0.1:1/0")
    monkeypatch.setenv("TIDALKIT_REDIS_URL", "redis://:pw@cache:6379/0")
    assert "pw" not in repr(SharedRateBudget("app", rate=5))
