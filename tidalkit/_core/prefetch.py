"""Offset page requests kept on the wire while the caller reads earlier pages (asyncio only).

`Prefetch` sends the requests of a limit/offset walk as asyncio tasks: at most ``in_flight`` at once
and at most ``ahead`` bodies fetched or fetching beyond the page the caller is reading, so memory
stays flat however long the list. A finished request starts the next one from its done callback,
so the wire stays busy while the caller's code runs; bodies stay bytes until the caller reaches
them. ``next()`` hands the bodies out in offset order and raises a failed request's error when the
caller reaches that page.

Every task belongs to the walk: `close()` cancels those still running, and the iterators that own a
walk close it when the caller leaves an ``async for`` early (``break``, an exception, or dropping
the iterator), so nothing outlives the walk but the cancellation of requests already on the wire.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import asyncio

__all__ = ["Prefetch", "drop", "spawn"]

A = TypeVar("A")
B = TypeVar("B")


def spawn(
    loop: asyncio.AbstractEventLoop,
    fetch: Callable[[A], Awaitable[B]],
    arg: A,
    context: contextvars.Context | None = None,
) -> asyncio.Task[B]:
    """A task on ``loop`` awaiting ``fetch(arg)``. The call is made when the task starts, so a task
    cancelled before it runs leaves no coroutine behind that was never awaited."""
    return loop.create_task(_run_fetch(fetch, arg), context=context)


def drop(task: asyncio.Task[Any]) -> None:
    """Cancel ``task`` if it still runs; if it failed, its failure is read and dropped (nobody will
    reach it, and asyncio would otherwise log "Task exception was never retrieved")."""
    if task.done():
        if not task.cancelled():
            task.exception()
        return
    with contextlib.suppress(RuntimeError):  # the loop is already closed: the task went with it
        task.cancel()


class Prefetch(Generic[B]):
    """The bodies of ``fetch(offset)`` for each of ``offsets``, fetched ahead of the caller."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        fetch: Callable[[int], Awaitable[B]],
        offsets: Iterator[int],
        *,
        in_flight: int,
        ahead: int,
    ) -> None:
        self._loop = loop
        self._fetch = fetch
        self._offsets = offsets
        self._in_flight = in_flight
        self._ahead = max(ahead, in_flight)
        self._queue: deque[tuple[int, asyncio.Task[B]]] = deque()
        self._running = 0
        self._stopped = False  # closed, failed or out of offsets: no new request
        self._context = contextvars.copy_context()
        self._top_up()

    def _top_up(self) -> None:
        while not self._stopped and self._running < self._in_flight and len(self._queue) < self._ahead:
            offset = next(self._offsets, None)
            if offset is None:
                self._stopped = True
                return
            task = spawn(self._loop, self._fetch, offset, self._context)
            self._running += 1
            task.add_done_callback(self._landed)
            self._queue.append((offset, task))

    def _landed(self, task: asyncio.Task[B]) -> None:
        self._running -= 1
        if task.cancelled() or task.exception() is not None:  # retrieved: raised when reached
            self._stopped = True  # the walk fails at that page: nothing after it is needed
        else:
            self._top_up()

    async def next(self) -> tuple[int, B] | None:
        """The next page's offset and body, in order; ``None`` after the last one."""
        if not self._queue:
            return None
        offset, task = self._queue.popleft()
        self._top_up()
        try:
            if task.done():
                await _yield_to_loop()  # let the loop send the requests just queued and read sockets
            return offset, await task
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Stop: cancel every request still on the wire; bodies not handed out are dropped."""
        self._stopped = True
        while self._queue:
            drop(self._queue.popleft()[1])


async def _yield_to_loop() -> None:
    import asyncio  # loaded: a loop runs this walk

    await asyncio.sleep(0)


async def _run_fetch(fetch: Callable[[A], Awaitable[B]], arg: A) -> B:
    return await fetch(arg)
