"""TidalAPI end to end against the in-process sandbox: login → fetch → page → write."""

from __future__ import annotations

from tidalkit.api import TidalAPI
from tidalkit.auth import AuthEndpoints, DeviceCode, DeviceCodeGrant, TokenProvider
from tidalkit.testing import Sandbox


async def test_device_login_fetch_page_and_write_against_the_sandbox() -> None:
    sandbox = Sandbox(latency=0.0, device_interval=0.01, device_polls=2)
    shown: list[DeviceCode] = []

    async def display(code: DeviceCode) -> None:
        shown.append(code)

    grant = DeviceCodeGrant(
        api="v2",
        client_id="sandbox-app",
        endpoints=AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login),
        transport=sandbox.transport(),
        display=display,
    )
    provider = TokenProvider(grant, token=await grant.obtain())
    assert shown, "the user code was shown"
    async with TidalAPI(auth=provider, base_url=sandbox.urls.v2, transport=sandbox.transport()) as tidal:
        # fetch: one track with its relationships included
        track = await tidal.tracks.get("1", include=["albums", "artists"])
        assert track.id == "1"
        assert track.albums
        assert track.albums[0].title
        # batch: 45 ids in 3 requests, missing ids reported
        found = await tidal.tracks.get_many([str(i) for i in range(1, 45)] + ["999999999"])
        assert len(found) == 44
        assert found.missing == ["999999999"]
        # write: create a playlist, add items, page through them
        created = (await tidal.playlists.create(name="e2e")).data
        added = await tidal.playlists.add(created.id, [str(i) for i in range(1, 61)])
        assert sum(len(chunk.data) for chunk in added) == 60  # two chunks: the spec allows 50 per call
        ids = [item.id async for item in tidal.playlists.items(created.id)]
        assert ids == [str(i) for i in range(1, 61)]
    await provider.aclose()
