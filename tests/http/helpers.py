"""Test doubles for the pipeline: a fake clock and a counting mock transport."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

from tests.support import FakeClock as FakeClock
from tidalkit._http import Authorization, BaseClient

Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]


class Recorder:
    """Wraps an async handler; records requests and the peak number of requests in flight."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self.requests: list[httpx.Request] = []
        self.in_flight = 0
        self.peak = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            return await self._handler(request)
        finally:
            self.in_flight -= 1

    @property
    def calls(self) -> int:
        return len(self.requests)


def make_client(handler: Handler, **kwargs: object) -> tuple[BaseClient, Recorder]:
    recorder = Recorder(handler)
    kwargs.setdefault("clock", FakeClock())
    client = BaseClient(
        base_url="https://api.example.test/v1",
        transport=httpx.MockTransport(recorder),
        **kwargs,  # type: ignore[arg-type]
    )
    return client, recorder


class SwitchingAuth:
    """A RequestAuth whose token changes after each ``unauthorized`` call."""

    def __init__(self, tokens: list[str], identity: str = "user:1") -> None:
        self.tokens = tokens
        self.index = 0
        self.identity = identity
        self.unauthorized_calls = 0

    async def authorize(self) -> Authorization:
        token = self.tokens[self.index]
        return Authorization({"Authorization": f"Bearer {token}"}, self.identity, token_id=token)

    async def unauthorized(self, failed: Authorization) -> bool:
        self.unauthorized_calls += 1
        if self.index + 1 < len(self.tokens) and failed.token_id == self.tokens[self.index]:
            self.index += 1
            return True
        return False
