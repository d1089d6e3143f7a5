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

    client, _ = make_client(handler, max_concurrency=16, clock=SystemClock())
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
