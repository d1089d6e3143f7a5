"""The rate limit a server announces with each answer: TIDAL's API gateway sends a token bucket's
state as ``x-ratelimit-*`` headers (not in its OpenAPI description).

Seen live on ``openapi.tidal.com`` (kellnerd/harmony pull request #84, 2025-02)::

    x-ratelimit-remaining: 5
    x-ratelimit-requested-tokens: 5
    x-ratelimit-burst-capacity: 10
    x-ratelimit-replenish-rate: 1

Tokens refill at ``replenish-rate`` a second up to ``burst-capacity``; a request costs
``requested-tokens``; ``remaining`` is what the bucket holds after this answer. In requests: 1 token
a second at 5 a request is one request every 5 s, in bursts of 2.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["AnnouncedLimit", "announced_limit"]

_RATE = "x-ratelimit-replenish-rate"
_MAX_RATE = 100_000.0
"""An announced rate above this paces nothing (requests a second)."""
_MIN_RATE = 1 / 60
"""Nor one below: a request a minute is the longest wait a `Retry-After` gets by default, and a
hostile server must not park every task of the client for hours."""
_MAX_TOKENS = 1e9


@dataclass(frozen=True, slots=True)
class AnnouncedLimit:
    """A server's announced limit for the request it answered, in requests (not tokens)."""

    rate: float
    """Requests a second the bucket refills."""
    burst: float
    """Requests the full bucket holds."""
    remaining: float | None
    """Requests the bucket holds after this answer (None: not announced)."""

    def wait(self) -> float:
        """Seconds until the bucket holds one request again (0 when it does)."""
        if self.remaining is None or self.remaining >= 1.0:
            return 0.0
        return (1.0 - max(self.remaining, 0.0)) / self.rate


def _number(headers: Mapping[str, str], name: str) -> float | None:
    raw = headers.get(name)
    if raw is None:
        return None
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def announced_limit(headers: Mapping[str, str]) -> AnnouncedLimit | None:
    """The limit ``headers`` announce, or None when they announce none (or one that makes no sense:
    a rate, cost or capacity that is not a positive number is ignored, not obeyed)."""
    if _RATE not in headers:  # one lookup on an answer that announces nothing
        return None
    rate = _number(headers, _RATE)
    cost = _number(headers, "x-ratelimit-requested-tokens")
    capacity = _number(headers, "x-ratelimit-burst-capacity")
    remaining = _number(headers, "x-ratelimit-remaining")
    cost = 1.0 if cost is None else cost
    if rate is None or not 0.0 < rate <= _MAX_TOKENS or not 0.0 < cost <= _MAX_TOKENS:
        return None
    if not _MIN_RATE <= rate / cost <= _MAX_RATE:
        return None
    capacity = rate if capacity is None else capacity
    if not cost <= capacity <= _MAX_TOKENS:
        return None
    # -1 (the gateway's "no answer from its store") and other negatives announce nothing
    left = None if remaining is None or remaining < 0 else min(remaining, capacity) / cost
    return AnnouncedLimit(rate / cost, capacity / cost, left)
