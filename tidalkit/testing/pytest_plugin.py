"""pytest plugin: a fresh sandbox TIDAL per test.

Fixtures:

- ``tidal_sandbox``: a new :class:`~tidalkit.testing.Sandbox` for each test. Set knobs with the
  ``tidal_sandbox`` marker (``@pytest.mark.tidal_sandbox(latency=0.1, rate_limit=50)``) on the test,
  its class or its module; the marker closest to the test wins per knob.
- ``tidal_sandbox_factory``: call it with knobs to make more sandboxes in one test.
- ``tidal_sandbox_transport``: an ``httpx.ASGITransport`` serving ``tidal_sandbox`` in-process, at
  the base URLs in ``tidal_sandbox.urls`` and at TIDAL's real URLs alike.
- ``tidal_sandbox_token``: a valid user access token of ``tidal_sandbox``.

Example::

    import httpx
    import pytest


    @pytest.mark.tidal_sandbox(num_tracks=100)
    async def test_track_title(tidal_sandbox, tidal_sandbox_transport, tidal_sandbox_token):
        headers = {"Authorization": f"Bearer {tidal_sandbox_token}"}
        async with httpx.AsyncClient(
            transport=tidal_sandbox_transport, base_url=tidal_sandbox.urls.v2, headers=headers
        ) as http:
            response = await http.get("/tracks/1")
        assert response.json()["data"]["attributes"]["isrc"] == "QZSB00000001"
        assert tidal_sandbox.stats.requests["v2.tracks.get"] == 1

The plugin is registered as the ``tidalkit`` entry point of ``pytest11``; without that, list
``pytest_plugins = ["tidalkit.testing.pytest_plugin"]`` in a ``conftest.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tidalkit.testing.sandbox import Sandbox

__all__ = [
    "tidal_sandbox",
    "tidal_sandbox_factory",
    "tidal_sandbox_token",
    "tidal_sandbox_transport",
]

MARKER = "tidal_sandbox"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**knobs): knobs of the tidal_sandbox fixture (fields of tidalkit.testing.SandboxConfig)",
    )


@pytest.fixture
def tidal_sandbox_factory() -> Callable[..., Sandbox]:
    """Make sandboxes: ``tidal_sandbox_factory(latency=0.05, drop_rate=0.1)``."""

    def make(**knobs: Any) -> Sandbox:
        return Sandbox(**knobs)

    return make


@pytest.fixture
def tidal_sandbox(request: pytest.FixtureRequest, tidal_sandbox_factory: Callable[..., Sandbox]) -> Sandbox:
    """A fresh sandbox configured by the nearest ``tidal_sandbox`` markers."""
    knobs: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            raise pytest.UsageError("@pytest.mark.tidal_sandbox takes keyword knobs only")
        knobs.update(marker.kwargs)
    return tidal_sandbox_factory(**knobs)


@pytest.fixture
def tidal_sandbox_transport(tidal_sandbox: Sandbox) -> httpx.ASGITransport:
    """An in-process transport to ``tidal_sandbox`` (base URLs in ``tidal_sandbox.urls``)."""
    return tidal_sandbox.transport()


@pytest.fixture
def tidal_sandbox_token(tidal_sandbox: Sandbox) -> str:
    """A valid user access token of ``tidal_sandbox``."""
    return tidal_sandbox.user_token()
