"""Retry policy as data: which failures are retried, and how long to wait before the next try."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from time import time

__all__ = ["RetryPolicy", "parse_retry_after"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When and how the pipeline retries.

    GET/HEAD are retried on connection errors, timeouts and ``retry_statuses``. Mutations are
    retried only when they carry an ``Idempotency-Key``. 400/401/403/404/422 are never retried
    (401 gets one replay after a token refresh, handled by the auth layer, not here).

    Waits honour ``Retry-After`` (seconds or HTTP-date). A server wait above ``max_retry_after``
    raises `RateLimitError` with ``retry_after`` instead of sleeping. Without a
    ``Retry-After``, waits grow as ``backoff_base * 2**attempt`` with full jitter, capped at
    ``backoff_max``. 429s are retried on their own budget, ``max_rate_limit_retries``, so waiting
    out a shared rate limit does not use up the retries meant for failures (``max_retries=0`` on a
    call still means no retry at all).
    """

    max_retries: int = 4
    max_rate_limit_retries: int = 8
    retry_statuses: frozenset[int] = field(default_factory=lambda: frozenset({408, 429, 500, 502, 503, 504}))
    backoff_base: float = 0.25
    backoff_max: float = 8.0
    max_retry_after: float = 60.0
    jitter: bool = True

    def retryable_status(self, status: int) -> bool:
        """Whether a response with ``status`` may be retried."""
        return status in self.retry_statuses

    def may_retry(self, method: str, *, has_idempotency_key: bool) -> bool:
        """Whether a request with ``method`` may be sent again at all."""
        return method.upper() in IDEMPOTENT_METHODS or has_idempotency_key

    def backoff(self, attempt: int) -> float:
        """The wait before retry number ``attempt + 1`` when the server gave no ``Retry-After``."""
        ceiling = min(self.backoff_max, self.backoff_base * (2**attempt))
        if not self.jitter:
            return ceiling
        # "equal jitter": at least half the ceiling, so waits still grow with each attempt
        return ceiling / 2 + random.uniform(0, ceiling / 2)


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), or None."""
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # an HTTP-date is rare: not loaded up front (10 ms)

    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time() if now is None else now))
