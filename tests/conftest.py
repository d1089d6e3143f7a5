"""Shared test configuration: every ``async def`` test runs on asyncio through anyio's plugin."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

# Secret audit on every test: DEBUG records of every logger (root) and TidalError messages are
# checked against every token, refresh token, code and client secret the test created.
pytest_plugins = ["tests.reliability.secret_audit"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: Any) -> None:
    """Mark coroutine tests for anyio before anyio's own collection hook looks at them."""
    if name.startswith("test") and inspect.iscoroutinefunction(obj):
        pytest.mark.anyio(obj)


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    """Each test starts as a fresh process would: no problem warned about yet."""
    from tidalkit import _logs

    _logs._warned.clear()  # pyright: ignore[reportPrivateUsage]
