"""Traffic knobs of the sandbox: counters, the token-bucket rate limit and seeded fault draws."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["FaultPlan", "SandboxStats", "TokenBucket"]


@dataclass(slots=True)
class SandboxStats:
    """What the sandbox has seen: requests per route name, and the faults and refusals it sent."""

    requests: Counter[str] = field(default_factory=Counter[str])
    total: int = 0
    rate_limited: int = 0
    faults: int = 0
    dropped: int = 0
    unauthorized: int = 0

    def reset(self) -> None:
        self.requests.clear()
        self.total = self.rate_limited = self.faults = self.dropped = self.unauthorized = 0


class TokenBucket:
    """``rate`` tokens per second, at most ``burst`` banked. ``take()`` is 0.0 or the wait in seconds."""

    __slots__ = ("_clock", "_last", "_tokens", "burst", "rate")

    def __init__(self, rate: float, burst: int, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._clock = clock
        self._tokens = float(burst)
        self._last = clock()

    def take(self) -> float:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return 0.0
        return (1.0 - self._tokens) / self.rate

    def headers(self) -> list[tuple[bytes, bytes]]:
        """The bucket after the last `take`, as TIDAL's gateway announces it (one token a request)."""
        return [
            (b"x-ratelimit-remaining", str(math.floor(self._tokens)).encode()),
            (b"x-ratelimit-requested-tokens", b"1"),
            (b"x-ratelimit-burst-capacity", str(math.floor(self.burst)).encode()),
            (b"x-ratelimit-replenish-rate", f"{self.rate:g}".encode()),
        ]

    @staticmethod
    def retry_after(wait: float, *, integer: bool) -> str:
        """The ``Retry-After`` value: whole seconds (rounded up) or milliseconds precision."""
        return str(max(1, math.ceil(wait))) if integer else f"{max(wait, 0.001):.3f}"


class FaultPlan:
    """One seeded draw per request: ``drop`` with ``drop_rate``, ``503`` with ``fault_rate``."""

    __slots__ = ("_random", "drop_rate", "fault_rate")

    def __init__(self, fault_rate: float, drop_rate: float, seed: int) -> None:
        self.fault_rate = fault_rate
        self.drop_rate = drop_rate
        self._random = random.Random(seed)

    def draw(self) -> Literal["ok", "drop", "503"]:
        if not self.fault_rate and not self.drop_rate:
            return "ok"
        value = self._random.random()
        if value < self.drop_rate:
            return "drop"
        if value < self.drop_rate + self.fault_rate:
            return "503"
        return "ok"
