"""Test doubles shared by the test packages."""

from __future__ import annotations

import anyio


class FakeClock:
    """A clock whose sleeps return at once (after a checkpoint) and advance time; sleeps are recorded."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds
        await anyio.lowlevel.checkpoint()
