"""Client-wide flow control: a concurrency cap, an optional token bucket, a 429 cool-down gate,
adaptive pacing learned from 429s, a hold on sends while a burst's answers are coming back, and
an optional external budget shared with other processes (`RateBudget`)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Coroutine
from types import TracebackType
from typing import Any, Protocol

import anyio

from tidalkit._http.announced import AnnouncedLimit

__all__ = ["Clock", "Limiter", "RateBudget", "SystemClock"]


class Clock(Protocol):
    """Time source for waits; tests pass a fake one so nothing really sleeps."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class RateBudget(Protocol):
    """A request budget kept outside this client, e.g. one shared by every process using a client
    id (`SharedRateBudget`)."""

    @property
    def shared(self) -> bool:
        """Whether the budget coordinates now; while False, the limiter's own pacing takes over."""
        ...

    async def reserve(self) -> float:
        """Claim one send; the seconds to wait before making it."""
        ...

    def rate_limited(self, wait: float) -> None:
        """A 429 asked for ``wait`` seconds (shared at the next `flush`)."""
        ...

    async def flush(self) -> None:
        """Share what was reported since the last flush."""
        ...


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
        self._lock: anyio.Lock | None = None

    def empty(self) -> None:
        """Spend every token (no burst right after a cut)."""
        self._tokens = 0.0
        self._stamp = self._clock.now()

    def credit(self, tokens: float) -> None:
        """Start from ``tokens`` (which may exceed the burst once)."""
        self._tokens = tokens
        self._stamp = self._clock.now()

    def at_most(self, tokens: float) -> None:
        """Hold no more than ``tokens`` now (fewer than none: a debt the refill pays first)."""
        now = self._clock.now()
        earned = min(max(self.burst, self._tokens), self._tokens + (now - self._stamp) * self.rate)
        self._tokens = min(earned, tokens)
        self._stamp = now

    async def take(self) -> None:
        """Take one token, waiting in line until it has been earned.

        Waiters queue on a lock and re-check after each sleep, so a rate changed while they wait
        applies at once.
        """
        if self._lock is None:
            self._lock = anyio.Lock()
        async with self._lock:
            while True:
                now = self._clock.now()
                # tokens credited above the burst are kept (not added to) until spent
                earned = self._tokens + (now - self._stamp) * self.rate
                self._tokens = min(max(self.burst, self._tokens), earned)
                self._stamp = now
                if self._tokens >= 1.0:
                    self._tokens -= 1.0
                    return
                await self._clock.sleep(max((1.0 - self._tokens) / self.rate, 1e-4))


class _AdaptiveRate:
    """Learns a server's rate limit from its 429s, so one 429 is not followed by more.

    Until the first 429 nothing is paced. Then (one decision per wave of 429s: a 429 to a request
    sent before the last decision is ignored):

    1. After the first 429, once the gate reopens (the limiter's wave hold has let the rest of
       that burst come back), pacing starts at a lower bound on the server's rate: the answers
       that succeeded from one second before that 429 on. The server's allowance was spent when
       it sent that 429 and has refilled since; that refill (at the new pace, up to when the next
       request reaches the server) is sent at once, so nothing the server banked meanwhile hides
       its limit. The bound may be low, so the pace grows by 50% a second ("slow start") until the
       next 429. (``Retry-After`` says when to try again, not how fast: it is honoured by the gate,
       not used as a rate.)
    2. The next 429 measures the rate the server accepted over the last second (or since the
       first 429, if sooner) and paces at 90% of it: the server's allowance, spent at that 429,
       refills for a moment.
    3. From then on the pace climbs back by 20% a second to 97% of the measured rate (a few tenths
       of a second), then creeps up by 1% a second while requests succeed, so a raised limit is
       found again; each later 429 re-measures over the last five seconds. With ``recover=False``
       (a client whose shared budget paces it, and this pace only while that budget is out of
       reach) it only creeps: the margin under the server's rate stays while pacing moves
       between the two.
    """

    SHORT_WINDOW = 1.0
    LONG_WINDOW = 5.0
    MIN_SPAN = 0.2
    CUT = 0.9
    SLOW_START = 0.5
    RECOVERY = 0.2
    RECOVERED = 0.97
    GROWTH = 0.01
    FLOOR = 0.5
    CEILING = 100_000.0

    def __init__(self, clock: Clock, *, recover: bool = True) -> None:
        self._clock = clock
        self._recover = recover
        self._successes: deque[float] = deque()
        self.bucket: _TokenBucket | None = None
        self._growth = self.SLOW_START
        self._pending = False
        self._paced_since = 0.0
        self._last_cut = float("-inf")
        self._last_growth = 0.0
        self._measured = 0.0
        """The rate the server was last seen to accept (at the last cut)."""

    @property
    def rate(self) -> float | None:
        return None if self.bucket is None else self.bucket.rate

    def success(self) -> None:
        now = self._clock.now()
        self._successes.append(now)
        while self._successes[0] < now - self.LONG_WINDOW:
            self._successes.popleft()
        if self.bucket is not None:
            elapsed = max(0.0, now - self._last_growth)
            rate = self.bucket.rate
            target = self.RECOVERED * self._measured
            if self._recover and self._growth == self.GROWTH and rate < target:  # back under the measure
                rate = min(target, rate * (1 + self.RECOVERY * elapsed))
            else:
                rate *= 1 + self._growth * elapsed
            self.bucket.rate = rate
            self._last_growth = now
            if self.bucket.rate > self.CEILING:
                self.bucket = None

    @property
    def pending(self) -> bool:
        """A first 429 came back and the first pace is still to be set."""
        return self._pending

    def start(self, round_trip: float) -> None:
        """Set the first pace from the answers that succeeded from a second before the 429 on.

        The server's allowance was spent when that 429 was decided; it refills from then until
        the first paced request reaches it (a round trip after the 429 came back, as the 429 had
        taken half a round trip to come back): that refill is credited, so nothing the server
        banked meanwhile hides its rate from the slow start.
        """
        now = self._clock.now()
        spent_at = self._paced_since
        recent = sum(1 for t in self._successes if t >= spent_at - self.SHORT_WINDOW)
        self._pending = False
        if not recent:
            return  # nothing to learn from: the gate alone holds everyone back
        rate = max(self.FLOOR, recent / self.SHORT_WINDOW)
        self.bucket = _TokenBucket(rate, 1.0, self._clock)
        self.bucket.credit(rate * (now - spent_at + round_trip))
        self._growth = self.SLOW_START
        self._last_cut = self._last_growth = now

    def _accepted_since(self, since: float, now: float) -> float | None:
        """Successes per second since ``since``, or None over too short a span."""
        span = now - since
        if span < self.MIN_SPAN:
            return None
        return sum(1 for t in self._successes if t > since) / span

    def rate_limited(self, sent_at: float) -> None:
        if sent_at < self._last_cut:
            return  # part of a wave already answered
        now = self._clock.now()
        if self.bucket is None:
            # the rest of this first wave (successes too) is still arriving: decide the first
            # pace when the gate reopens, from everything that came back by then (see ``start``)
            self._pending = True
            self._paced_since = self._last_cut = now
            return
        if self._growth == self.SLOW_START:
            # the pace had just passed the server's rate: measure over the last second, or since
            # the first 429 if sooner (the server's allowance was spent then: nothing banked
            # before it inflates the count)
            accepted = self._accepted_since(max(self._paced_since, now - self.SHORT_WINDOW), now)
            # too soon to measure: the first pace itself was too high, so back off from it
            self._measured = accepted or self.bucket.rate
            self.bucket.rate = self.CUT * self._measured
            self._growth = self.GROWTH
        else:
            accepted = self._accepted_since(max(self._paced_since, now - self.LONG_WINDOW), now)
            current = self.bucket.rate
            self._measured = min(accepted, current) if accepted else current / 2
            self.bucket.rate = self.CUT * self._measured if accepted else self._measured
        self.bucket.rate = max(self.FLOOR, self.bucket.rate)
        self.bucket.empty()
        self._last_cut = self._last_growth = now


class _Wave:
    """A burst sent with nothing in flight: every request sent before the burst's first answer."""

    __slots__ = ("answered_at", "done", "left", "started")

    def __init__(self, started: float) -> None:
        self.started = started
        self.answered_at: float | None = None
        self.left = 0
        self.done = anyio.Event()


class Limiter:
    """Flow control shared by every request of one client.

    * ``max_concurrency``: at most this many requests in flight (an anyio ``Semaphore``, first come
      first served).
    * ``rate``: optional requests per second (token bucket, ``burst`` tokens at most).
    * cool-down: after a 429, `cool_down` closes a gate that every task of the client waits
      at until the ``Retry-After`` moment, so one 429 does not become a storm.
    * ``adaptive``: after a 429, also pace requests at the rate the server was seen to accept
      (see `_AdaptiveRate`), so the gate's reopening is not followed by another 429 wave.
    * waves: a request sent after the client has been idle (nothing in flight for at least the
      last round trip) starts a wave, which every request sent before its first answer joins.
      While the rest of a wave's answers come back, new sends wait (one round trip at most): a
      server's 429s to a burst come back after its successes, and without the hold those
      successes would send a second burst before the first 429 is seen. A burst after idle is
      the one that finds the server's allowance refilled; a flow that never pauses is not held.
    * announced: a server that announces its token bucket with each answer (TIDAL's gateway:
      ``x-ratelimit-*``, see `tidalkit._http.announced`) is paced at that rate from its first
      such answer on, its bucket mirrored here and never believed fuller than the server says
      (less what is in flight). 429s despite it (the bucket is shared with other clients) still
      teach the adaptive pace, and the slower of the two holds.
    * ``budget``: an external `RateBudget` every send also reserves from; its 429 reports
      are flushed when the slot is released. While it coordinates, the adaptive pace stays off
      (the budget paces everyone together); when it cannot, the adaptive pace works as usual.

    The pipeline reports each answer (`record_success` or `rate_limited`) while it
    still holds the slot, so a released wave already sees the gate a 429 closed.
    """

    def __init__(
        self,
        max_concurrency: int = 64,
        *,
        rate: float | None = None,
        burst: float | None = None,
        clock: Clock | None = None,
        adaptive: bool = True,
        budget: RateBudget | None = None,
    ) -> None:
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.clock: Clock = clock or SystemClock()
        self.max_concurrency = max_concurrency
        self._capacity: anyio.Semaphore | None = None
        self._bucket = (
            _TokenBucket(rate, burst if burst is not None else max(1.0, rate), self.clock) if rate else None
        )
        self._open_at = 0.0
        self._adaptive = _AdaptiveRate(self.clock, recover=budget is None) if adaptive else None
        self.budget = budget
        self._sending = 0
        self._idle_since = float("-inf")
        self._wave: _Wave | None = None
        self._round_trip = 0.0
        self._announced: _TokenBucket | None = None

    @property
    def in_flight(self) -> int:
        """Requests holding a slot now."""
        return 0 if self._capacity is None else self.max_concurrency - self._capacity.value

    @property
    def cooling_down_until(self) -> float:
        """Clock time at which the 429 gate opens (in the past when open)."""
        return self._open_at

    @property
    def learned_rate(self) -> float | None:
        """The request rate learned from 429s (requests/second), or None while unlimited."""
        return None if self._adaptive is None else self._adaptive.rate

    @property
    def announced_rate(self) -> float | None:
        """The request rate the server last announced (requests/second), or None if it never did."""
        return None if self._announced is None else self._announced.rate

    def announce(self, limit: AnnouncedLimit) -> None:
        """Pace at the limit an answer announced (reported while its slot is held)."""
        others = max(0, self._sending - 1)  # sent after or beside it: not in its ``remaining`` yet
        bucket = self._announced
        if bucket is None:
            bucket = self._announced = _TokenBucket(limit.rate, limit.burst, self.clock)
            bucket.credit(limit.burst if limit.remaining is None else limit.remaining)
        else:
            bucket.rate, bucket.burst = limit.rate, max(1.0, limit.burst)
        if limit.remaining is not None:
            bucket.at_most(max(limit.remaining - others, -limit.burst))

    def record_success(self) -> None:
        """Note an answer that was not a 429 (feeds the adaptive rate)."""
        if self._adaptive is not None:
            self._adaptive.success()

    def rate_limited(self, wait: float, sent_at: float | None = None) -> None:
        """A 429 came back: close the gate for ``wait`` seconds and adjust the adaptive pace.

        ``sent_at`` (clock time the request was sent) tells one wave of 429s from the next.
        """
        self.cool_down(wait)
        if self.budget is not None and self.budget.shared:
            self.budget.rate_limited(wait)
        elif self._adaptive is not None:
            self._adaptive.rate_limited(self.clock.now() if sent_at is None else sent_at)

    def cool_down(self, seconds: float) -> None:
        """Close the gate for ``seconds`` from now (never shortens an existing cool-down)."""
        self._open_at = max(self._open_at, self.clock.now() + seconds)

    async def wait_gate(self) -> None:
        """Wait until the cool-down gate is open."""
        while (remaining := self._open_at - self.clock.now()) > 0:
            await self.clock.sleep(remaining)

    async def _hold_for_wave(self) -> None:
        """Wait while the current wave's answers are still coming back (one round trip at most)."""
        wave = self._wave
        if wave is None or wave.answered_at is None or wave.left == 0:
            return
        round_trip = wave.answered_at - wave.started
        with anyio.move_on_after(round_trip - (self.clock.now() - wave.answered_at)):
            await wave.done.wait()

    def _join_wave(self, now: float) -> _Wave | None:
        wave = self._wave
        if self._sending == 0 and now - self._idle_since >= self._round_trip:
            wave = self._wave = _Wave(now)
        if wave is None or wave.answered_at is not None:
            return None
        wave.left += 1
        return wave

    def _wave_answered(self, wave: _Wave) -> None:
        if wave.answered_at is None:
            wave.answered_at = self.clock.now()
        wave.left -= 1
        if wave.left == 0:
            wave.done.set()

    def slot(self) -> _Slot:
        """Hold one concurrency slot for one send, after the wave hold, the gate and the paces:
        ``async with limiter.slot(): ...``."""
        return _Slot(self)

    async def _enter(self, slot: _Slot) -> None:
        """Take a slot and wait out what holds a send back; ``slot`` keeps the send's start and wave."""
        capacity = self._capacity
        if capacity is None:
            # created lazily: an anyio primitive must not be bound to a loop at construction. A
            # semaphore, not a CapacityLimiter: no per-task borrower bookkeeping on each take and give
            capacity = self._capacity = anyio.Semaphore(self.max_concurrency, fast_acquire=True)
        try:  # a free slot is taken without a trip through the event loop
            capacity.acquire_nowait()
        except anyio.WouldBlock:
            await capacity.acquire()
        try:
            await self._hold_for_wave()
            await self.wait_gate()
            if self._bucket is not None:
                await self._bucket.take()
            if self._announced is not None:
                await self._announced.take()
            if self._adaptive is not None and (self.budget is None or not self.budget.shared):
                if self._adaptive.pending:
                    self._adaptive.start(self._round_trip)
                if self._adaptive.bucket is not None:
                    await self._adaptive.bucket.take()
            if self.budget is not None and (delay := await self.budget.reserve()) > 0:
                await self.clock.sleep(delay)
        except BaseException:
            capacity.release()
            raise
        sent = slot.sent = self.clock.now()
        slot.wave = self._join_wave(sent)
        self._sending += 1

    async def _exit(self, slot: _Slot, *, ok: bool) -> None:
        """Give ``slot`` back after its send (``ok``: it raised nothing)."""
        try:
            if ok and self.budget is not None:
                await self.budget.flush()
        finally:
            now = self.clock.now()
            self._round_trip = now - slot.sent
            wave = slot.wave
            self._sending -= 1
            if not self._sending:
                self._idle_since = now
            if wave is not None:
                self._wave_answered(wave)
            assert self._capacity is not None
            self._capacity.release()


class _Slot:
    """``Limiter.slot()``: a class, not a generator, as it is entered once per request."""

    __slots__ = ("_limiter", "sent", "wave")

    def __init__(self, limiter: Limiter) -> None:
        self._limiter = limiter
        self.sent = 0.0
        self.wave: _Wave | None = None

    # the limiter's own coroutines, not one more coroutine around each

    def __aenter__(self) -> Coroutine[Any, Any, None]:
        return self._limiter._enter(self)  # pyright: ignore[reportPrivateUsage]

    def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Coroutine[Any, Any, None]:
        return self._limiter._exit(self, ok=exc_type is None)  # pyright: ignore[reportPrivateUsage]
