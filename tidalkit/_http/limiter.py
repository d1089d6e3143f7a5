"""Client-wide flow control: a concurrency cap, an optional token bucket and a 429 cool-down gate."""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Protocol

import anyio

__all__ = ["Clock", "Limiter", "SystemClock"]


class Clock(Protocol):
    """Time source for waits; tests pass a fake one so nothing really sleeps."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The monotonic clock and ``anyio.sleep``."""

    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)


class _TokenBucket:
    """``rate`` requests per second on average, bursts of up to ``burst``."""

    def __init__(self, rate: float, burst: float, clock: Clock) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.burst = max(1.0, burst)
        self._clock = clock
        self._tokens = self.burst
        self._stamp = clock.now()

    async def take(self) -> None:
        """Reserve one token, waiting until it has been earned (tokens may be owed ahead)."""
        now = self._clock.now()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate) - 1.0
        self._stamp = now
        if self._tokens < 0:
            await self._clock.sleep(-self._tokens / self.rate)


class Limiter:
    """Flow control shared by every request of one client.

    * ``max_concurrency``: at most this many requests in flight (an anyio ``CapacityLimiter``).
    * ``rate``: optional requests per second (token bucket, ``burst`` tokens at most).
    * cool-down: after a 429, :meth:`cool_down` closes a gate that every task of the client waits
      at until the ``Retry-After`` moment, so one 429 does not become a storm.
    """

    def __init__(
        self,
        max_concurrency: int = 64,
        *,
        rate: float | None = None,
        burst: float | None = None,
        clock: Clock | None = None,
    ) -> None:
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.clock: Clock = clock or SystemClock()
        self.max_concurrency = max_concurrency
        self._capacity: anyio.CapacityLimiter | None = None
        self._bucket = (
            _TokenBucket(rate, burst if burst is not None else max(1.0, rate), self.clock) if rate else None
        )
        self._open_at = 0.0

    @property
    def in_flight(self) -> int:
        """Requests holding a slot now."""
        return 0 if self._capacity is None else self._capacity.borrowed_tokens

    @property
    def cooling_down_until(self) -> float:
        """Clock time at which the 429 gate opens (in the past when open)."""
        return self._open_at

    def cool_down(self, seconds: float) -> None:
        """Close the gate for ``seconds`` from now (never shortens an existing cool-down)."""
        self._open_at = max(self._open_at, self.clock.now() + seconds)

    async def wait_gate(self) -> None:
        """Wait until the cool-down gate is open."""
        while (remaining := self._open_at - self.clock.now()) > 0:
            await self.clock.sleep(remaining)

    @asynccontextmanager
    async def slot(self) -> AsyncGenerator[None]:
        """Hold one concurrency slot (after the gate and the rate limit let us through)."""
        if self._capacity is None:
            # created lazily: an anyio primitive must not be bound to a loop at construction
            self._capacity = anyio.CapacityLimiter(self.max_concurrency)
        async with self._capacity:
            await self.wait_gate()
            if self._bucket is not None:
                await self._bucket.take()
            yield
