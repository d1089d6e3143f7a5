"""Fixtures for the private-API tests: a respx router behind a PrivateAPI with a user token."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
import httpx
import pytest
import respx

from tidalkit._http import HeaderAuth
from tidalkit.private import PrivateAPI


class FakeClock:
    """Sleeps return at once (after a checkpoint) and advance time; every sleep is recorded."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds
        await anyio.lowlevel.checkpoint()


def make_api(router: respx.MockRouter, **kwargs: object) -> PrivateAPI:
    kwargs.setdefault("auth", HeaderAuth({"Authorization": "Bearer test"}, identity="user:1"))
    kwargs.setdefault("country_code", "US")
    kwargs.setdefault("user_id", 1)
    kwargs.setdefault("clock", FakeClock())
    return PrivateAPI(transport=httpx.MockTransport(router.async_handler), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def router() -> respx.MockRouter:
    return respx.MockRouter(assert_all_called=False, assert_all_mocked=True)


@pytest.fixture
async def api(router: respx.MockRouter) -> AsyncIterator[PrivateAPI]:
    async with make_api(router) as client:
        yield client
