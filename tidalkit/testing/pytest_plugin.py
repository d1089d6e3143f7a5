"""pytest plugin: a fresh sandbox TIDAL per test, and API clients bound to it.

Fixtures (all typed; annotate your test parameters with the types shown):

- ``tidal_sandbox`` (`Sandbox`): a new sandbox for each test. Set knobs
  with the ``tidal_sandbox`` marker (``@pytest.mark.tidal_sandbox(latency=0.1, rate_limit=50)``) on
  the test, its class or its module; the marker closest to the test wins per knob.
- ``tidal_api`` (`TidalAPI`) and ``tidal_private_api``
  (`PrivateAPI`): clients logged in as the sandbox's user, country ``US``,
  talking to ``tidal_sandbox`` in-process at TIDAL's real URLs. Closed after the test.
- ``tidal_sandbox_factory`` (`SandboxFactory`): call it with knobs to make more sandboxes.
- ``tidal_sandbox_transport`` (``httpx.ASGITransport``): serves ``tidal_sandbox`` in-process, at
  the base URLs in ``tidal_sandbox.urls`` and at TIDAL's real URLs alike.
- ``tidal_sandbox_token`` (``str``): a valid user access token of ``tidal_sandbox``.

The fixtures are synchronous, so any async test runner works. anyio (a tidalkit dependency) ships
one: mark async tests with ``@pytest.mark.anyio`` (or ``pytestmark = pytest.mark.anyio`` in a
module); it runs them on asyncio. Example::

    import pytest

    from tidalkit.api import TidalAPI
    from tidalkit.testing import Sandbox

    pytestmark = pytest.mark.anyio


    @pytest.mark.tidal_sandbox(num_tracks=100)
    async def test_tracks_in_batches(tidal_api: TidalAPI, tidal_sandbox: Sandbox) -> None:
        tracks = await tidal_api.tracks.get_many([str(i) for i in range(1, 41)])
        assert len(tracks) == 40
        assert tidal_sandbox.stats.requests["v2.tracks.list"] == 2  # 20 ids per request

The plugin is registered as the ``tidalkit`` entry point of ``pytest11``, so installing tidalkit
enables it.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, Protocol

import anyio
import httpx
import pytest

from tidalkit._http.credentials import HeaderAuth
from tidalkit.api.client import TidalAPI
from tidalkit.private.client import PrivateAPI
from tidalkit.testing.config import SANDBOX_CLIENT_ID
from tidalkit.testing.sandbox import Sandbox

__all__ = [
    "SandboxFactory",
    "tidal_api",
    "tidal_private_api",
    "tidal_sandbox",
    "tidal_sandbox_factory",
    "tidal_sandbox_token",
    "tidal_sandbox_transport",
]

MARKER = "tidal_sandbox"


class SandboxFactory(Protocol):
    """The ``tidal_sandbox_factory`` fixture: ``factory(latency=0.05, drop_rate=0.1) -> Sandbox``."""

    def __call__(self, **knobs: Any) -> Sandbox: ...


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**knobs): knobs of the tidal_sandbox fixture (fields of tidalkit.testing.SandboxConfig)",
    )


@pytest.fixture
def tidal_sandbox_factory() -> SandboxFactory:
    """Make sandboxes: ``tidal_sandbox_factory(latency=0.05, drop_rate=0.1)``."""

    def make(**knobs: Any) -> Sandbox:
        return Sandbox(**knobs)

    return make


@pytest.fixture
def tidal_sandbox(request: pytest.FixtureRequest, tidal_sandbox_factory: SandboxFactory) -> Sandbox:
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


def _user_auth(token: str) -> HeaderAuth:
    return HeaderAuth({"Authorization": f"Bearer {token}"}, identity="sandbox user")


@pytest.fixture
def tidal_api(tidal_sandbox: Sandbox, tidal_sandbox_token: str) -> Generator[TidalAPI]:
    """A `TidalAPI` logged in as the sandbox's user, country ``US``."""
    client = TidalAPI(
        auth=_user_auth(tidal_sandbox_token), transport=tidal_sandbox.transport(), country_code="US"
    )
    yield client
    anyio.run(client.aclose)  # in-process: nothing is bound to the test's event loop


@pytest.fixture
def tidal_private_api(tidal_sandbox: Sandbox, tidal_sandbox_token: str) -> Generator[PrivateAPI]:
    """A `PrivateAPI` logged in as the sandbox's user, country ``US``."""
    client = PrivateAPI(
        client_id=SANDBOX_CLIENT_ID,
        auth=_user_auth(tidal_sandbox_token),
        transport=tidal_sandbox.transport(),
        country_code="US",
        user_id=tidal_sandbox.config.user_id,
    )
    yield client
    anyio.run(client.aclose)
