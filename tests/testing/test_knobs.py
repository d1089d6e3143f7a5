"""Traffic knobs: latency, the 429 rate limit, seeded 503s and dropped connections, counters."""

from __future__ import annotations

import time

import anyio
import httpx
import pytest

from tidalkit._http import BaseClient, HeaderAuth, Request, RetryPolicy
from tidalkit.testing import DroppedConnection, ManualClock, Sandbox

from .helpers import bearer, client_for


async def test_latency_is_applied_to_every_request_concurrently() -> None:
    sandbox = Sandbox(latency=0.25)
    async with client_for(sandbox, sandbox.user_token()) as http:
        started = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for i in range(1, 21):
                tg.start_soon(http.get, f"/openapi/v2/tracks/{i}")
        elapsed = time.perf_counter() - started
    # each request slept 0.25 s, concurrently; serially it would be 5 s (wide margin for a busy core)
    assert 0.25 <= elapsed < 4.0
    assert sandbox.stats.requests["v2.tracks.get"] == 20


async def test_latency_jitter_reorders_concurrent_answers() -> None:
    async def arrival_order(seed: int) -> list[int]:  # 20 concurrent GETs, in the order answered
        sandbox = Sandbox(latency=0.01, latency_jitter=0.1, fault_seed=seed)
        order: list[int] = []
        async with client_for(sandbox, sandbox.user_token()) as http:

            async def get(i: int) -> None:
                await http.get(f"/openapi/v2/tracks/{i}")
                order.append(i)

            async with anyio.create_task_group() as tg:
                for i in range(1, 21):
                    tg.start_soon(get, i)
        return order

    order = await arrival_order(3)
    assert order != sorted(order)  # answers overtook each other
    assert sorted(order) == list(range(1, 21))
    with pytest.raises(ValueError, match="latency"):
        Sandbox(latency_jitter=-1)


async def test_rate_limit_answers_429_with_retry_after_at_the_configured_rate() -> None:
    clock = ManualClock()
    sandbox = Sandbox(rate_limit=50, clock=clock)
    async with client_for(sandbox, sandbox.user_token()) as http:
        burst = [await http.get("/api/v1/tracks/1") for _ in range(60)]
        clock.advance(0.1)  # 5 tokens refill
        after = [await http.get("/openapi/v2/tracks/1") for _ in range(6)]
    statuses = [r.status_code for r in burst]
    assert statuses.count(200) == 50
    assert statuses[50:] == [429] * 10
    limited = burst[-1]
    assert limited.json() == {"status": 429, "subStatus": 1100, "userMessage": "Rate limit exceeded"}
    assert float(limited.headers["retry-after"]) == pytest.approx(0.02, abs=0.001)
    assert [r.status_code for r in after] == [200] * 5 + [429]
    assert after[-1].json()["errors"][0]["status"] == "429"
    assert sandbox.stats.rate_limited == 11


async def test_rate_limit_integer_retry_after_and_burst() -> None:
    clock = ManualClock()
    sandbox = Sandbox(rate_limit=2, rate_limit_burst=1, retry_after_integer=True, clock=clock)
    async with client_for(sandbox, sandbox.user_token()) as http:
        ok = await http.get("/api/v1/country")
        limited = await http.get("/api/v1/country")
    assert ok.status_code == 200
    assert limited.headers["retry-after"] == "1"


async def test_fault_rates_roughly_as_configured_and_seeded() -> None:
    async def outcomes(seed: int) -> list[str]:
        sandbox = Sandbox(fault_rate=0.2, drop_rate=0.1, fault_seed=seed)
        seen: list[str] = []
        async with client_for(sandbox, sandbox.user_token()) as http:
            for _ in range(1000):
                try:
                    response = await http.get("/api/v1/country")
                except DroppedConnection:
                    seen.append("drop")
                else:
                    seen.append(str(response.status_code))
                    if response.status_code == 503:
                        assert response.headers["content-type"] == "text/html"
                        assert b"<html>" in response.content
        assert sandbox.stats.faults == seen.count("503")
        assert sandbox.stats.dropped == seen.count("drop")
        return seen

    first = await outcomes(7)
    assert await outcomes(7) == first
    assert await outcomes(8) != first
    assert 150 <= first.count("503") <= 250
    assert 60 <= first.count("drop") <= 140
    assert first.count("200") == 1000 - first.count("503") - first.count("drop")


async def test_base_client_retries_through_faults_and_rate_limits_to_success() -> None:
    sandbox = Sandbox(fault_rate=0.3, drop_rate=0.1, fault_seed=3, rate_limit=200, rate_limit_burst=20)
    policy = RetryPolicy(max_retries=10, backoff_base=0.001, backoff_max=0.002)
    auth = HeaderAuth(bearer(sandbox.user_token()), identity="sandbox")
    async with BaseClient(
        base_url=sandbox.urls.private, auth=auth, transport=sandbox.transport(), retry=policy, cache=False
    ) as client:
        results = [await client.request_json(Request("GET", f"v1/tracks/{i}")) for i in range(1, 41)]
    assert [r["id"] for r in results] == list(range(1, 41))
    assert sandbox.stats.faults + sandbox.stats.dropped > 0
    assert sandbox.stats.requests["private.tracks.get"] == sandbox.stats.total


async def test_in_process_drop_raises_a_transport_error() -> None:
    sandbox = Sandbox(drop_rate=1.0)
    async with client_for(sandbox) as http:
        with pytest.raises(httpx.TransportError):
            await http.get("/api/v1/country")
    assert sandbox.stats.dropped == 1


async def test_counters_per_route_and_reset(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    await http.get("/openapi/v2/tracks/1")
    await http.get("/openapi/v2/tracks/2")
    await http.get("/api/v1/albums/1")
    await http.get("/nowhere")
    assert sandbox.stats.requests == {"v2.tracks.get": 2, "private.albums.get": 1, "unmatched": 1}
    assert sandbox.stats.total == 4
    sandbox.stats.reset()
    assert sandbox.stats.total == 0
    assert not sandbox.stats.requests


async def test_require_auth_off_serves_without_a_token() -> None:
    sandbox = Sandbox(require_auth=False)
    async with client_for(sandbox) as http:
        me = await http.get("/openapi/v2/users/me")
    assert me.status_code == 200


def test_invalid_knobs_are_refused() -> None:
    with pytest.raises(ValueError, match="fault_rate"):
        Sandbox(fault_rate=0.8, drop_rate=0.5)
    with pytest.raises(ValueError, match="rate_limit"):
        Sandbox(rate_limit=0)


async def test_bounded_load_at_128_concurrency_in_process() -> None:
    sandbox = Sandbox(latency=0.01)
    statuses: list[int] = []
    limiter = anyio.CapacityLimiter(128)

    async def fetch(http: httpx.AsyncClient, i: int) -> None:
        async with limiter:
            statuses.append((await http.get(f"/openapi/v2/tracks/{i % 500 + 1}")).status_code)

    async with client_for(sandbox, sandbox.user_token()) as http:
        started = time.perf_counter()
        with anyio.fail_after(20):
            async with anyio.create_task_group() as tg:
                for i in range(1000):
                    tg.start_soon(fetch, http, i)
        elapsed = time.perf_counter() - started
    assert statuses == [200] * 1000
    assert sandbox.stats.requests["v2.tracks.get"] == 1000
    assert elapsed < 10
