"""Fixtures for the private-API tests: a respx router behind a PrivateAPI with a user token."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from tests.support import FakeClock as FakeClock
from tidalkit._http import HeaderAuth
from tidalkit.private import PrivateAPI


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
