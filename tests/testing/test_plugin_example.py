"""How a user tests TIDAL code with the sandbox plugin (``tidal_sandbox`` fixtures).

Install tidalkit and the plugin is active (``pytest11`` entry point). Each test gets a fresh
sandbox; knobs come from the ``tidal_sandbox`` marker or the ``tidal_sandbox_factory`` fixture.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from tidalkit.testing import Sandbox


@pytest.mark.tidal_sandbox(num_tracks=100, tracks_per_album=5)
async def test_fetch_a_track_with_its_album(
    tidal_sandbox: Sandbox, tidal_sandbox_transport: httpx.ASGITransport, tidal_sandbox_token: str
) -> None:
    headers = {"Authorization": f"Bearer {tidal_sandbox_token}"}
    async with httpx.AsyncClient(
        transport=tidal_sandbox_transport, base_url=tidal_sandbox.urls.v2, headers=headers
    ) as http:
        response = await http.get("/tracks/12", params={"include": "albums"})
    document = response.json()
    assert document["data"]["attributes"]["isrc"] == "QZSB00000012"
    assert document["included"][0]["id"] == "3"  # track 12 is on album 3 with 5 tracks per album
    assert tidal_sandbox.stats.requests["v2.tracks.get"] == 1


async def test_a_flaky_tidal_with_the_factory(tidal_sandbox_factory: Callable[..., Sandbox]) -> None:
    flaky = tidal_sandbox_factory(fault_rate=1.0)
    async with httpx.AsyncClient(transport=flaky.transport(), base_url=flaky.urls.private) as http:
        response = await http.get("/v1/country")
    assert response.status_code == 503
    assert flaky.stats.faults == 1
