"""Helpers of the reliability suite: sizes, a sandbox that records its answers, task checks."""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tidalkit.auth import AuthEndpoints, RefreshTokenGrant
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox
from tidalkit.testing._asgi import Receive, Scope, Send

__all__ = ["FULL", "Answer", "RecordingSandbox", "sandbox_login", "settle_tasks", "size"]

FULL = os.environ.get("TIDALKIT_FULL", "") not in ("", "0")
"""Full-size runs (``TIDALKIT_FULL=1``), as in ``nox -s stress`` / ``nox -s fuzz``."""


def size(default: int, full: int) -> int:
    """``full`` under ``TIDALKIT_FULL=1``, else ``default``."""
    return full if FULL else default


@dataclass(frozen=True, slots=True)
class Answer:
    """One response the sandbox sent: when (monotonic seconds), path and status."""

    at: float
    path: str
    status: int


class RecordingSandbox(Sandbox):
    """A sandbox that records every answer (time, path, status), for timelines of 429s and faults."""

    def __init__(self, **knobs: Any) -> None:
        super().__init__(**knobs)
        self.answers: list[Answer] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        path = str(scope.get("path", ""))

        async def recording_send(message: Any) -> None:
            if message.get("type") == "http.response.start":
                self.answers.append(Answer(time.monotonic(), path, int(message["status"])))
            await send(message)

        await super().__call__(scope, receive, recording_send)


async def settle_tasks(baseline: set[asyncio.Task[Any]], within: float = 10.0) -> set[asyncio.Task[Any]]:
    """Wait until no task beyond ``baseline`` (and the caller) runs; return the stragglers if any remain."""
    me = asyncio.current_task()
    deadline = time.monotonic() + within
    while True:
        extra = {t for t in asyncio.all_tasks() if t not in baseline and t is not me and not t.done()}
        if not extra or time.monotonic() > deadline:
            return extra
        await asyncio.sleep(0.01)


def sandbox_login(sandbox: Sandbox, now: list[datetime]) -> RefreshTokenGrant:
    """A grant holding a fresh sandbox refresh token, on the in-process transport, clock ``now[0]``."""
    return RefreshTokenGrant(
        sandbox.auth.issue_refresh_token(client_id=SANDBOX_CLIENT_ID),
        api="private",
        client_id=SANDBOX_CLIENT_ID,
        endpoints=AuthEndpoints.at(sandbox.urls.auth),
        transport=sandbox.transport(),
        now=lambda: now[0],
    )
