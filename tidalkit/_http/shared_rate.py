"""One request budget for every process and host using the same client id, kept in Redis.

The budget is a GCRA ("virtual scheduling") in one Lua script, on Redis's clock: each send
reserves the next free moment, so callers are served in the order they asked (no process starves)
and the sum of every process's sends stays at the rate. A 429 seen by any process, with its
``Retry-After``, pushes the next free moment past the cool-down for everyone and cuts the shared
rate by 10 % (at most once a second); the rate grows back to the configured one by 1 % a second.

If Redis cannot be reached, each process paces itself at its share of the last shared rate (the
rate divided by the processes seen recently), logs that once, and retries Redis every
``retry_every`` seconds. Its local slots start where the shared queue it last saw would end by
now (every process's shared sends are served first), and when Redis answers again its shared
slots start after the local ones it handed out meanwhile. Until every process seen before the
outage is back (or 10 s pass) the shared rate is the share of those back, since the others still
pace locally: so neither switch raises the sum of both schedules above the rate.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from typing import TYPE_CHECKING, Any, cast

from tidalkit._http import redis_conn

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["SharedRateBudget"]

logger = logging.getLogger("tidalkit")

# KEYS: state hash, members sorted set. ARGV: configured rate (1/s), burst, member id,
# cool-down to report (s, 0 for none), "reserve" or "report", the seconds from now before which
# no slot may be given (the local slots a process handed out while Redis was down), and the
# members that process had seen before (0 unless it is coming back from an outage).
# Returns {wait seconds, current rate, members seen in the last 10 s, seconds from now to the end
# of the queue} as strings (Lua numbers would be truncated to integers).
_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local max_rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local s = redis.call('HMGET', KEYS[1], 'tat', 'rate', 'open', 'cut', 'grown', 'expect', 'since', 'until')
local tat = tonumber(s[1]) or now
local rate = math.min(tonumber(s[2]) or max_rate, max_rate)
local open = tonumber(s[3]) or 0
local cut = tonumber(s[4]) or 0
local grown = tonumber(s[5]) or now
local expect = tonumber(s[6]) or 0
local since = tonumber(s[7]) or 0
local untl = tonumber(s[8]) or 0
local seen = tonumber(ARGV[7])
local cool = tonumber(ARGV[4])
if cool > 0 then
  open = math.max(open, now + cool * 1000)
  tat = math.max(tat, open)
  if now - cut >= 1000 then
    rate = math.max(rate * 0.9, max_rate / 100)
    cut = now
  end
elseif rate < max_rate then
  rate = math.min(max_rate, rate * (1 + 0.01 * (now - grown) / 1000))
end
grown = now
local wait = 0
if seen > 0 then
  -- a process is back from an outage: the others it knew may still pace locally
  if now >= untl then
    since = now
    expect = seen
  else
    expect = math.max(expect, seen)
  end
  untl = now + 10000
end
if ARGV[5] == 'reserve' then
  redis.call('ZADD', KEYS[2], now, ARGV[3])
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - 10000)
  redis.call('PEXPIRE', KEYS[2], 60000)
  local share = 1
  if now < untl then
    share = math.min(1, redis.call('ZCOUNT', KEYS[2], since, '+inf') / expect)
    if share >= 1 then untl = 0 end
  end
  local interval = 1000 / (rate * share)
  tat = math.max(tat, now, open, now + tonumber(ARGV[6]) * 1000)
  wait = math.max(0, tat + interval - burst * interval - now)
  tat = tat + interval
end
redis.call('HSET', KEYS[1], 'tat', tat, 'rate', rate, 'open', open, 'cut', cut, 'grown', grown,
  'expect', expect, 'since', since, 'until', untl)
redis.call('PEXPIRE', KEYS[1], math.ceil(60000 + math.max(0, tat - now)))
local queue = math.max(0, tat - now) / 1000
return {tostring(wait / 1000), tostring(rate), tostring(redis.call('ZCARD', KEYS[2])), tostring(queue)}
"""


class SharedRateBudget:
    """``rate`` requests/second (bursts of ``burst``) shared by everyone using ``client_id``.

    Pass it as ``rate_budget=`` to a client. Redis at ``url`` (else ``TIDALKIT_REDIS_URL``), or
    an existing asyncio ``client``; keys live under ``{prefix}:rate:{client_id}``.
    """

    def __init__(
        self,
        client_id: str,
        *,
        rate: float,
        burst: int = 1,
        url: str | None = None,
        client: Redis | None = None,
        prefix: str = "tidalkit",
        retry_every: float = 1.0,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be positive and burst at least 1")
        self.client_id = client_id
        self.rate = rate
        self.burst = burst
        self.retry_every = retry_every
        self.url = redis_conn.resolve_url(url) if client is None else None
        self._client = client
        self._owns_client = client is None
        self._keys = [f"{prefix}:rate:{client_id}", f"{prefix}:rate:{client_id}:members"]
        self._member = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._pending = 0.0
        self._shared_rate = rate
        self._members = 1
        self._down_until: float | None = None  # set while degraded: monotonic time of the next try
        self._probing = False
        self._next_local = 0.0  # monotonic time of this process's next free slot when pacing alone
        self._queue = 0.0  # how far ahead the shared schedule was booked at the last call (s)

    def __repr__(self) -> str:
        where = redis_conn.redacted(self.url) if self.url else "client"
        mode = "local" if self.degraded else "shared"
        return f"SharedRateBudget({self.client_id!r}, rate={self.rate}, {where!r}, {mode})"

    @property
    def redis(self) -> Redis:
        if self._client is None:
            assert self.url is not None
            self._client = redis_conn.connect(self.url, timeout=0.5)
        return self._client

    @property
    def degraded(self) -> bool:
        """Redis is unreachable and this process paces itself."""
        return self._down_until is not None

    @property
    def shared(self) -> bool:
        """Pacing is coordinated through Redis now (not degraded)."""
        return self._down_until is None

    @property
    def current_rate(self) -> float:
        """The shared rate last seen (requests/second, for every process together)."""
        return self._shared_rate

    async def aclose(self) -> None:
        if self._client is not None and self._owns_client:
            await self._client.aclose()
            self._client = None

    # ---- the RateBudget protocol ---------------------------------------------------------------

    async def reserve(self) -> float:
        """Claim the next send; the seconds to wait before sending it."""
        if self._down_until is not None and (self._probing or time.monotonic() < self._down_until):
            return self._reserve_locally()
        answer = await self._call("reserve")
        return self._reserve_locally() if answer is None else answer

    def rate_limited(self, wait: float) -> None:
        """A 429 asked for ``wait`` seconds; shared with everyone at `flush`."""
        self._pending = max(self._pending, wait, 1e-3)

    async def flush(self) -> None:
        """Share a reported 429 (one Redis call; nothing when there is none)."""
        if not self._pending:
            return
        if self.degraded:
            self._pending = 0.0  # the local gate already honours it
            return
        await self._call("report")

    # ---- internals -----------------------------------------------------------------------------

    async def _call(self, mode: str) -> float | None:
        cool, self._pending = self._pending, 0.0
        self._probing = self.degraded
        try:
            script = self.redis.register_script(_SCRIPT)
            not_before = max(0.0, self._next_local - time.monotonic()) if self._probing else 0.0
            seen = self._members if self._probing else 0
            args = [self.rate, self.burst, self._member, cool, mode, not_before, seen]
            answer: Any = await script(keys=self._keys, args=args)  # typed loosely by redis-py
            wait, rate, members, queue = cast(list[Any], answer)
        except redis_conn.failures() as exc:  # down, or refusing (read-only, out of memory)
            first = self._down_until is None  # concurrent failures of one outage log once
            self._down_until = time.monotonic() + self.retry_every
            if first:
                # the shared sends booked so far go first: by now the queue reaches about as far
                # ahead as it did at the last call (it advances as fast as it is served)
                self._next_local = max(self._next_local, time.monotonic() + self._queue)
                logger.warning(
                    "shared rate budget for %s: Redis unreachable (%s); pacing locally at %.2f req/s",
                    self.client_id,
                    type(exc).__name__,
                    self._local_rate,
                )
            return None
        finally:
            self._probing = False
        self._shared_rate = float(rate)
        self._members = max(1, int(members))
        self._queue = float(queue)
        if self._down_until is not None:
            self._down_until = None
            # the pool's other connections predate the outage: drop them, or each fails once
            await self.redis.connection_pool.disconnect()
            logger.warning("shared rate budget for %s: Redis is back; shared pacing resumed", self.client_id)
        return float(wait)

    @property
    def _local_rate(self) -> float:
        return self._shared_rate / self._members

    def _reserve_locally(self) -> float:
        """The same reservation on this process's clock, at its share of the shared rate."""
        now = time.monotonic()
        interval = 1.0 / self._local_rate
        start = max(self._next_local, now)
        self._next_local = start + interval
        return max(0.0, start + interval - self.burst * interval - now)
