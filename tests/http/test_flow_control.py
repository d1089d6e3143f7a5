"""Concurrency cap, token bucket and the shared 429 cool-down gate."""

from __future__ import annotations

import time

import anyio
import anyio.lowlevel
import httpx
import pytest

from tidalkit._http import Limiter, Request

from .helpers import FakeClock, make_client


async def test_concurrency_cap_is_never_exceeded_with_200_calls() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(0.001)
        return httpx.Response(200, json={})

    client, rec = make_client(handler, max_concurrency=10)
    async with client, anyio.create_task_group() as tg:
        for i in range(200):
            tg.start_soon(client.send, Request("GET", f"tracks/{i}"))
    assert rec.calls == 200
    assert rec.peak == 10


async def test_one_429_pauses_every_task_of_the_client() -> None:
    """After the first 429, no task sends until the Retry-After moment: one 429 wave, not a storm."""
    window = {"until": 0.0}
    statuses: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        now = time.monotonic()
        if not statuses or now < window["until"]:
            if not statuses:
                window["until"] = now + 0.3
            statuses.append(429)
            await anyio.sleep(0.005)
            return httpx.Response(429, headers={"Retry-After": "0.3"})
        statuses.append(200)
        await anyio.sleep(0.005)
        return httpx.Response(200, json={})

    # the real clock: the gate is about wall time here, and the waits are short
    from tidalkit._http import SystemClock

    client, _ = make_client(handler, max_concurrency=16, clock=SystemClock(), adaptive_rate=False)
    started = time.monotonic()
    async with client, anyio.create_task_group() as tg:
        for i in range(200):
            tg.start_soon(client.send, Request("GET", f"tracks/{i}"))
    assert statuses.count(200) == 200
    # only requests already in flight when the first 429 came back may see a 429
    assert statuses.count(429) <= 16
    assert time.monotonic() - started >= 0.3


async def test_gate_never_shortens_a_cool_down() -> None:
    clock = FakeClock()
    limiter = Limiter(4, clock=clock)
    limiter.cool_down(10)
    limiter.cool_down(2)
    assert limiter.cooling_down_until == clock.t + 10
    await limiter.wait_gate()
    assert clock.sleeps == [10]


async def test_token_bucket_spaces_requests() -> None:
    clock = FakeClock()

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={})

    client, rec = make_client(handler, clock=clock, rate_limit=5.0)
    start = clock.t
    async with client:
        for i in range(11):
            await client.send(Request("GET", f"t/{i}"))
    assert rec.calls == 11
    # burst of 5 then 6 more at 5/s
    assert clock.t - start == pytest.approx(6 / 5, rel=0.01)


def test_limiter_rejects_bad_settings() -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        Limiter(0)
    with pytest.raises(ValueError, match="rate"):
        Limiter(1, rate=-1)


async def test_first_429_paces_at_last_seconds_successes_credits_the_refill_then_slow_starts() -> None:
    clock = FakeClock()
    limiter = Limiter(8, clock=clock)
    assert limiter.learned_rate is None
    sent = clock.t
    for _ in range(40):  # 40 answers within the last second
        clock.t += 0.02
        limiter.record_success()
    limiter.rate_limited(1.0, sent)
    assert limiter.cooling_down_until == pytest.approx(clock.t + 1.0)
    limiter.rate_limited(1.0, sent)  # the same wave of 429s decides once
    assert limiter.learned_rate is None  # decided when the gate reopens
    async with limiter.slot():  # waits out the gate (1 s)
        pass
    assert clock.sleeps == [pytest.approx(1.0)]
    assert limiter.learned_rate == pytest.approx(40)
    # the server refilled for the 1 s the gate was closed: 40 requests go without waiting ...
    for _ in range(39):
        async with limiter.slot():
            pass
    assert len(clock.sleeps) == 1
    async with limiter.slot():  # ... then the pace applies
        pass
    assert clock.sleeps[1] == pytest.approx(1 / 40)
    clock.t += 0.5
    limiter.record_success()  # slow start: +50% per second
    assert limiter.learned_rate == pytest.approx(40 * (1 + 0.5 * (0.5 + 1 / 40)), rel=0.01)


async def test_first_pace_credit_includes_one_round_trip() -> None:
    """The refill credited at the first pace covers the time until the next request reaches the server."""
    clock = FakeClock()
    limiter = Limiter(8, clock=clock)
    async with limiter.slot():  # a wave of one: answered 0.1 s after it was sent
        clock.t += 0.1
    for _ in range(10):
        limiter.record_success()
    limiter.rate_limited(0.0, clock.t)
    async with limiter.slot():
        pass
    assert limiter.learned_rate == pytest.approx(10)
    # 10/s over the 0.1 s round trip: one request's worth, spent by the slot above
    async with limiter.slot():
        pass
    assert clock.sleeps == [pytest.approx(0.1)]


async def test_first_429_with_nothing_succeeded_relies_on_the_gate_alone() -> None:
    limiter = Limiter(8, clock=FakeClock())
    limiter.rate_limited(0.02)
    async with limiter.slot():
        pass
    assert limiter.learned_rate is None


async def test_second_wave_measures_the_accepted_rate_climbs_back_then_grows_slowly() -> None:
    clock = FakeClock()
    limiter = Limiter(8, clock=clock)
    limiter.record_success()
    limiter.rate_limited(0.0, clock.t)
    async with limiter.slot():  # pace 0.9/s, slow start
        pass
    for _ in range(25):  # the server accepted 25 in the next second
        clock.t += 0.04
        limiter.record_success()
    limiter.rate_limited(0.0, clock.t)
    assert limiter.learned_rate == pytest.approx(0.9 * 25, rel=0.01)
    clock.t += 0.25  # climbs back by 20% a second, towards just under the measured rate
    limiter.record_success()
    assert limiter.learned_rate == pytest.approx(0.9 * 25 * 1.05, rel=0.01)
    clock.t += 0.75
    limiter.record_success()
    assert limiter.learned_rate == pytest.approx(0.97 * 25, rel=0.01)  # and no further that way
    for _ in range(10):  # then creeps up by 1% a second
        clock.t += 1.0
        limiter.record_success()
    assert limiter.learned_rate == pytest.approx(0.97 * 25 * 1.01**10, rel=0.01)
    clock.t += 10  # a later wave with nothing accepted halves the pace
    before = limiter.learned_rate
    limiter.rate_limited(0.0, clock.t)
    assert limiter.learned_rate == pytest.approx(before / 2)


class _OutOfReachBudget:
    """A shared budget that cannot be reached: the limiter's own pacing stands in for it."""

    shared = False

    async def reserve(self) -> float:
        return 0.0

    def rate_limited(self, wait: float) -> None:
        pass

    async def flush(self) -> None:
        pass


async def test_pacing_that_stands_in_for_a_shared_budget_only_creeps_after_a_cut() -> None:
    clock = FakeClock()
    limiter = Limiter(8, clock=clock, budget=_OutOfReachBudget())
    limiter.record_success()
    limiter.rate_limited(0.0, clock.t)
    async with limiter.slot():
        pass
    for _ in range(25):
        clock.t += 0.04
        limiter.record_success()
    limiter.rate_limited(0.0, clock.t)
    assert limiter.learned_rate == pytest.approx(0.9 * 25, rel=0.01)
    for _ in range(4):  # no climb back: the margin stays while pacing moves back to the budget
        clock.t += 0.25
        limiter.record_success()
    assert limiter.learned_rate == pytest.approx(0.9 * 25 * 1.01, rel=0.01)


def test_adaptive_rate_can_be_turned_off() -> None:
    clock = FakeClock()
    limiter = Limiter(8, clock=clock, adaptive=False)
    limiter.record_success()
    limiter.rate_limited(1.0)
    assert limiter.learned_rate is None


async def test_rate_limited_server_sees_few_429s_after_the_first_wave() -> None:
    """A 200 req/s token-bucket server, 32 concurrent tasks, 300 requests: no failure, few 429s."""
    from tidalkit._http import SystemClock

    rate, burst = 200.0, 10.0
    bucket = {"tokens": burst, "stamp": time.monotonic()}
    statuses: list[tuple[float, int]] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        now = time.monotonic()
        bucket["tokens"] = min(burst, bucket["tokens"] + (now - bucket["stamp"]) * rate)
        bucket["stamp"] = now
        await anyio.sleep(0.005)
        if bucket["tokens"] < 1:
            statuses.append((now, 429))
            return httpx.Response(429, headers={"Retry-After": "0.05"})
        bucket["tokens"] -= 1
        statuses.append((now, 200))
        return httpx.Response(200, json={})

    client, _ = make_client(handler, max_concurrency=32, clock=SystemClock())
    started = time.monotonic()
    with anyio.fail_after(20):
        async with client, anyio.create_task_group() as tg:
            for i in range(300):
                tg.start_soon(client.send, Request("GET", f"tracks/{i}"))
    # the first wave: the first 0.5 s, and at least the first answer of each of the 32 tasks (a busy
    # core can stretch that wave past any fixed time after the start)
    later = [status for i, (t, status) in enumerate(statuses) if i >= 32 and t > started + 0.5]
    assert sum(1 for _, s in statuses if s == 200) == 300
    assert later.count(429) <= 0.05 * len(later)


async def test_a_burst_is_answered_in_full_before_more_is_sent() -> None:
    """A burst's 429s come back after its successes: the freed tasks wait for the whole burst.

    Without the hold, each success would send again before the 429s closed the gate.
    """
    from tidalkit._http import SystemClock

    arrivals: list[float] = []
    answered: list[float] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        index = len(arrivals)
        arrivals.append(time.monotonic())
        if index >= 8:
            return httpx.Response(200, json={})
        # the first 6 succeed at 50-75 ms, the last 2 are refused at 90 ms
        await anyio.sleep(0.05 + 0.005 * index if index < 6 else 0.09)
        answered.append(time.monotonic())
        if index < 6:
            return httpx.Response(200, json={})
        return httpx.Response(429, headers={"Retry-After": "0.1"})

    client, rec = make_client(handler, max_concurrency=8, clock=SystemClock(), adaptive_rate=False)
    async with client, anyio.create_task_group() as tg:
        for i in range(16):
            tg.start_soon(client.send, Request("GET", f"tracks/{i}"))
    assert rec.calls == 18  # 16 + the 2 refused, sent again
    later = arrivals[8:]
    # nothing more went out until the last answer of the burst, and then not before the gate opened
    assert min(later) >= max(answered) + 0.09


async def test_the_hold_lasts_one_round_trip_at_most() -> None:
    """One slow answer in a burst holds the others back for one round trip, not until it comes."""
    from tidalkit._http import SystemClock

    arrivals: list[float] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        index = len(arrivals)
        arrivals.append(time.monotonic())
        await anyio.sleep(1.0 if index == 3 else 0.05)
        return httpx.Response(200, json={})

    client, _ = make_client(handler, max_concurrency=4, clock=SystemClock())
    started = time.monotonic()
    async with client, anyio.create_task_group() as tg:
        for i in range(5):
            tg.start_soon(client.send, Request("GET", f"tracks/{i}"))
    fifth = arrivals[4] - started
    assert 0.09 <= fifth < 0.5  # held for about one round trip (50 ms) after the first answer


async def test_sequential_requests_are_never_held() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={})

    clock = FakeClock()
    client, rec = make_client(handler, clock=clock)
    async with client:
        for i in range(20):
            await client.send(Request("GET", f"tracks/{i}"))
    assert rec.calls == 20
    assert clock.sleeps == []


async def test_slots_given_up_by_cancelled_tasks_are_all_back_and_handed_out_in_arrival_order() -> None:
    limiter = Limiter(3, adaptive=False)
    release = anyio.Event()
    order: list[int] = []

    async def hold(n: int) -> None:
        async with limiter.slot():
            order.append(n)
            await release.wait()

    async with anyio.create_task_group() as group:
        holders = anyio.CancelScope()

        async def holders_group() -> None:
            with holders:
                async with anyio.create_task_group() as inner:
                    for n in range(3):
                        inner.start_soon(hold, n)
                        await anyio.lowlevel.checkpoint()

        group.start_soon(holders_group)
        await anyio.sleep(0.01)
        assert limiter.in_flight == 3
        waiting = anyio.CancelScope()

        async def waiter_group() -> None:
            with waiting:
                async with anyio.create_task_group() as inner:
                    for n in range(3, 8):
                        inner.start_soon(hold, n)
                        await anyio.lowlevel.checkpoint()

        group.start_soon(waiter_group)
        await anyio.sleep(0.01)
        waiting.cancel()  # five tasks waiting for a slot give up
        await anyio.sleep(0.01)
        holders.cancel()  # and the three holding one are cancelled inside it
        await anyio.sleep(0.01)
    assert order == [0, 1, 2]
    assert limiter.in_flight == 0

    async with anyio.create_task_group() as group:  # every slot can be taken again, in arrival order
        release = anyio.Event()
        for n in range(10, 16):
            group.start_soon(hold, n)
            await anyio.lowlevel.checkpoint()
        await anyio.sleep(0.01)
        assert limiter.in_flight == 3
        assert order[3:] == [10, 11, 12]
        release.set()
    assert order[3:] == [10, 11, 12, 13, 14, 15]
    assert limiter.in_flight == 0
