"""tidalkit's sandbox TIDAL: a fake of both TIDAL APIs and the auth endpoints for offline tests.

    from tidalkit.testing import Sandbox

    sandbox = Sandbox(latency=0.0, rate_limit=None)
    async with httpx.AsyncClient(transport=sandbox.transport(), base_url=sandbox.urls.v2) as http:
        token = sandbox.user_token()
        r = await http.get("/tracks/1", headers={"Authorization": f"Bearer {token}"})

``sandbox.transport()`` also serves TIDAL's real URLs (``https://openapi.tidal.com/v2/...``), so a
client under test can keep its default base URL. The pytest plugin (``tidalkit.testing.pytest_plugin``)
gives tests ``tidal_sandbox`` and ``tidal_sandbox_transport`` fixtures; ``python -m tidalkit.testing``
serves a sandbox on loopback.
"""

from tidalkit.testing.config import (
    DEFAULT_PLAYLISTS,
    SANDBOX_CLIENT_ID,
    SANDBOX_CLIENT_SECRET,
    ManualClock,
    SandboxConfig,
)
from tidalkit.testing.sandbox import (
    IN_PROCESS_BASE,
    TIDAL_HOSTS,
    DroppedConnection,
    Sandbox,
    SandboxTransport,
    SandboxURLs,
)

__all__ = [
    "DEFAULT_PLAYLISTS",
    "IN_PROCESS_BASE",
    "SANDBOX_CLIENT_ID",
    "SANDBOX_CLIENT_SECRET",
    "TIDAL_HOSTS",
    "DroppedConnection",
    "ManualClock",
    "Sandbox",
    "SandboxConfig",
    "SandboxTransport",
    "SandboxURLs",
]
