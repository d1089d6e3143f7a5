"""The rate limit a server announces in ``x-ratelimit-*`` headers (TIDAL's API gateway): parsed
defensively, and obeyed from the first answer that carries it."""

from __future__ import annotations

import math

import anyio
import httpx
import pytest

from tests.support import FakeClock
from tidalkit._http import Clock, Request, SystemClock
from tidalkit._http.announced import AnnouncedLimit, announced_limit

from .helpers import make_client

# as openapi.tidal.com sent them (kellnerd/harmony pull request #84)
TIDAL = {
    "x-ratelimit-remaining": "5",
    "x-ratelimit-requested-tokens": "5",
    "x-ratelimit-burst-capacity": "10",
    "x-ratelimit-replenish-rate": "1",
}


def test_tidal_s_headers_are_read_in_requests_not_tokens() -> None:
    limit = announced_limit(httpx.Headers(TIDAL))
    assert limit == AnnouncedLimit(rate=0.2, burst=2.0, remaining=1.0)
    assert limit.wait() == 0.0
    spent = announced_limit(httpx.Headers({**TIDAL, "x-ratelimit-remaining": "0"}))
    assert spent is not None
    assert spent.wait() == pytest.approx(5.0)  # one token a second, five a request
    shouted = {name.upper(): value for name, value in TIDAL.items()}
    assert announced_limit(httpx.Headers(shouted)) == limit


def test_an_answer_without_the_headers_announces_nothing() -> None:
    assert announced_limit(httpx.Headers({"content-type": "application/json"})) is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("x-ratelimit-replenish-rate", "0"),
        ("x-ratelimit-replenish-rate", "-3"),
        ("x-ratelimit-replenish-rate", "nan"),
        ("x-ratelimit-replenish-rate", "inf"),
        ("x-ratelimit-replenish-rate", "1e400"),
        ("x-ratelimit-replenish-rate", "fast"),
        ("x-ratelimit-replenish-rate", "1e12"),
        ("x-ratelimit-replenish-rate", "0.001"),  # a request every 83 minutes: every task parked
        ("x-ratelimit-requested-tokens", "0"),
        ("x-ratelimit-requested-tokens", "-5"),
        ("x-ratelimit-requested-tokens", "11"),  # more than the bucket holds: no request could pass
        ("x-ratelimit-burst-capacity", "nan"),
        ("x-ratelimit-burst-capacity", "-1"),
        ("x-ratelimit-burst-capacity", "1e300"),
    ],
)
def test_a_limit_that_makes_no_sense_is_ignored_not_obeyed(name: str, value: str) -> None:
    assert announced_limit(httpx.Headers({**TIDAL, name: value})) is None


@pytest.mark.parametrize("value", ["-1", "-7", "many", "nan", ""])
def test_an_unknown_remaining_still_gives_the_rate(value: str) -> None:
    limit = announced_limit(httpx.Headers({**TIDAL, "x-ratelimit-remaining": value}))
    assert limit == AnnouncedLimit(rate=0.2, burst=2.0, remaining=None)
    assert limit.wait() == 0.0


class GatewayBucket:
    """A token bucket that answers like TIDAL's gateway: headers on every answer, 429 without
    ``Retry-After`` when the request's tokens are not there.

    ``other``: tokens a second another process spends from the same bucket (this client's share
    refills at ``rate - other``, though the headers announce ``rate``).
    """

    def __init__(self, clock: Clock, *, rate: float, capacity: int, cost: int, other: float = 0.0) -> None:
        self.clock, self.rate, self.capacity, self.cost = clock, rate, capacity, cost
        self.refill = rate - other
        self.tokens = float(capacity)
        self.stamp = clock.now()
        self.statuses: list[int] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        now = self.clock.now()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.refill)
        self.stamp = now
        status = 200 if self.tokens >= self.cost else 429
        if status == 200:
            self.tokens -= self.cost
        self.statuses.append(status)
        headers = {
            "x-ratelimit-remaining": str(math.floor(self.tokens)),
            "x-ratelimit-requested-tokens": str(self.cost),
            "x-ratelimit-burst-capacity": str(self.capacity),
            "x-ratelimit-replenish-rate": f"{self.rate:g}",
        }
        return httpx.Response(status, headers=headers, json={})


async def test_tidal_s_own_limit_is_kept_from_the_first_answer_on_without_a_429() -> None:
    """1 token a second, 5 a request, 10 in the bucket: a burst of 2, then one request per 5 s."""
    clock = FakeClock()
    server = GatewayBucket(clock, rate=1, capacity=10, cost=5)
    client, _ = make_client(server, clock=clock)
    started = clock.now()
    async with client:
        for i in range(8):
            await client.send(Request("GET", f"tracks/{i}"))
        assert client.limiter.announced_rate == pytest.approx(0.2)
    assert server.statuses == [200] * 8
    assert clock.now() - started == pytest.approx(6 * 5.0, abs=0.5)  # not faster, and not slower


async def test_many_tasks_keep_to_the_announced_limit_after_the_first_answer() -> None:
    clock = SystemClock()  # concurrent sleeps overlap in real time (a fake clock adds them up)
    server = GatewayBucket(clock, rate=100, capacity=5, cost=1)
    client, _ = make_client(server, clock=clock, max_concurrency=32)
    async with client:
        await client.send(Request("GET", "tracks/0"))  # the first answer tells the limit
        async with anyio.create_task_group() as group:
            for i in range(40):
                group.start_soon(client.send, Request("GET", f"tracks/{i + 1}"))
    assert server.statuses.count(200) == 41
    assert server.statuses.count(429) == 0


async def test_a_429_without_retry_after_waits_for_the_announced_refill() -> None:
    clock = FakeClock()
    answers = [
        httpx.Response(429, headers={**TIDAL, "x-ratelimit-remaining": "2"}, json={}),
        httpx.Response(200, headers={**TIDAL, "x-ratelimit-remaining": "0"}, json={}),
    ]

    async def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    client, _ = make_client(handler, clock=clock)
    async with client:
        response = await client.send(Request("GET", "tracks/1"))
    assert response.status_code == 200
    # 2 tokens of the 5 a request costs, at 1 a second: 3 s (not the backoff's fraction of a second)
    assert sum(clock.sleeps) >= 3.0 - 1e-6


async def test_a_bucket_shared_with_another_process_is_kept_to_the_share_left() -> None:
    """The announced rate is the bucket's, not this client's share of it: its 429s teach the share."""
    clock = SystemClock()  # concurrent sleeps overlap in real time (a fake clock adds them up)
    server = GatewayBucket(clock, rate=100, capacity=5, cost=1, other=50)
    client, _ = make_client(server, clock=clock, max_concurrency=8)
    started = clock.now()
    async with client, anyio.create_task_group() as group:
        for i in range(100):
            group.start_soon(client.send, Request("GET", f"tracks/{i}"))
    limited = server.statuses.count(429)
    print(f"\nshared bucket: {limited} 429s of {len(server.statuses)}, {clock.now() - started:.1f} s")
    assert server.statuses.count(200) == 100
    assert limited <= 0.1 * len(server.statuses)
