"""Concurrency cap, token bucket and the shared 429 cool-down gate."""

from __future__ import annotations

import time

import anyio
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


async def test_first_429_paces_at_ninety_percent_of_last_seconds_successes_then_slow_starts() -> None:
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
    async with limiter.slot():
        pass
    assert limiter.learned_rate == pytest.approx(36)
    clock.t += 0.5
    limiter.record_success()  # slow start: +50% per second
    assert limiter.learned_rate == pytest.approx(36 * 1.25, rel=0.02)  # (the slot waited 1/36 s)


async def test_first_429_with_nothing_succeeded_relies_on_the_gate_alone() -> None:
    limiter = Limiter(8, clock=FakeClock())
    limiter.rate_limited(0.02)
    async with limiter.slot():
        pass
    assert limiter.learned_rate is None


async def test_second_wave_measures_the_accepted_rate_then_grows_slowly() -> None:
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
    learned = limiter.learned_rate
    for _ in range(10):
        clock.t += 1.0
        limiter.record_success()
    assert limiter.learned_rate == pytest.approx(learned * 1.01**10, rel=0.01)
    clock.t += 10  # a later wave with nothing accepted halves the pace
    before = limiter.learned_rate
    limiter.rate_limited(0.0, clock.t)
    assert limiter.learned_rate == pytest.approx(before / 2)


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
    later = [status for t, status in statuses if t > started + 0.5]
    assert sum(1 for _, s in statuses if s == 200) == 300
    assert later.count(429) <= 0.05 * len(later)
