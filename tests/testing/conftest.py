"""Shared fixtures; also loads the sandbox pytest plugin unless its ``pytest11`` entry point did.

A ``pytest_plugins`` list is not allowed in a non-root conftest, so the plugin's hook and fixtures
are imported here instead (the same objects the entry point registers), and ``pytester`` is loaded
in ``pytest_configure``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from importlib.metadata import entry_points

import httpx
import pytest

from tidalkit.testing import Sandbox

from .helpers import bearer

PLUGIN = "tidalkit.testing.pytest_plugin"

PLUGIN_FROM_ENTRY_POINT = any(ep.value == PLUGIN for ep in entry_points(group="pytest11"))

if not PLUGIN_FROM_ENTRY_POINT:
    from tidalkit.testing.pytest_plugin import (  # noqa: F401
        tidal_sandbox,
        tidal_sandbox_factory,
        tidal_sandbox_token,
        tidal_sandbox_transport,
    )


def pytest_configure(config: pytest.Config) -> None:
    if not PLUGIN_FROM_ENTRY_POINT:
        from tidalkit.testing import pytest_plugin

        pytest_plugin.pytest_configure(config)
    # The plugin tests use ``pytester``; load it here as the root conftest does not.
    if not config.pluginmanager.has_plugin("pytester"):
        config.pluginmanager.import_plugin("pytester")


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox()


@pytest.fixture
async def http(sandbox: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client on the in-process sandbox (root base URL) carrying a user token."""
    async with httpx.AsyncClient(
        transport=sandbox.transport(), base_url=sandbox.urls.base, headers=bearer(sandbox.user_token())
    ) as client:
        yield client
