"""More of the synthetic catalogue through both APIs, and the standalone server command."""

from __future__ import annotations

import httpx
import pytest

from tidalkit.testing import Sandbox
from tidalkit.testing.__main__ import main

V2 = "/openapi/v2"
V1 = "/api/v1"


async def test_v2_artist_relationships_and_videos(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    albums = (await http.get(f"{V2}/artists/3/relationships/albums", params={"include": "albums"})).json()
    assert [a["id"] for a in albums["data"]] == [str(a) for a in sandbox.catalog.artist_albums(3)]
    assert {r["type"] for r in albums["included"]} == {"albums"}
    similar = (await http.get(f"{V2}/artists/3/relationships/similarArtists")).json()
    assert len(similar["data"]) == 10
    assert "3" not in {a["id"] for a in similar["data"]}
    videos = (
        await http.get(f"{V2}/videos", params={"filter[isrc]": "QZSV00000004", "include": "artists"})
    ).json()
    assert [v["id"] for v in videos["data"]] == ["4"]
    assert videos["included"][0]["type"] == "artists"
    user = (
        await http.get(f"{V2}/playlists/{sandbox.playlist_ids['small']}", params={"include": "owners"})
    ).json()
    assert user["included"][0]["id"] == str(sandbox.config.user_id)


async def test_private_artist_pages_user_and_playlist_tracks(
    http: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    uid = sandbox.config.user_id
    albums = (await http.get(f"{V1}/artists/2/albums", params={"limit": 1})).json()
    top = (await http.get(f"{V1}/artists/2/toptracks", params={"limit": 5})).json()
    user = (await http.get(f"{V1}/users/{uid}")).json()
    playlists = (await http.get(f"{V1}/users/{uid}/playlists", params={"limit": 2})).json()
    tracks = (
        await http.get(f"{V1}/playlists/{sandbox.playlist_ids['small']}/tracks", params={"limit": 100})
    ).json()
    assert albums["totalNumberOfItems"] == len(sandbox.catalog.artist_albums(2))
    assert len(albums["items"]) == 1
    assert all(t["artist"]["id"] == 2 for t in top["items"])
    assert user["id"] == uid
    assert playlists["totalNumberOfItems"] == 3
    assert len(playlists["items"]) == 2
    assert tracks["totalNumberOfItems"] == 48  # 50 items, of which 2 are videos
    assert all("isrc" in t for t in tracks["items"])


async def test_bad_paging_arguments_are_400(http: httpx.AsyncClient) -> None:
    negative = await http.get(f"{V1}/albums/1/items", params={"offset": -1})
    not_number = await http.get(f"{V1}/albums/1/items", params={"limit": "ten"})
    assert negative.status_code == 400
    assert not_number.status_code == 400
    assert not_number.json()["status"] == 400


def test_standalone_server_command_prints_urls(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--duration", "0.05", "--latency", "0.01"]) == 0
    out = capsys.readouterr().out
    assert "v2:      http://127.0.0.1:" in out
    assert "/openapi/v2" in out
    assert "sandbox-client-id" in out


async def test_login_me_and_subscription(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    me = await http.get("/login/oauth2/me")
    anonymous = await http.get("/login/oauth2/me", headers={"Authorization": "Bearer nope"})
    subscription = (await http.get(f"{V1}/users/{sandbox.config.user_id}/subscription")).json()
    assert me.json()["userId"] == sandbox.config.user_id
    assert anonymous.status_code == 401
    assert subscription["status"] == "ACTIVE"


async def test_transport_serves_tidals_real_urls_in_process(sandbox: Sandbox) -> None:
    token = sandbox.user_token()
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(transport=sandbox.transport(), headers=headers) as http:
        v2 = await http.get("https://openapi.tidal.com/v2/tracks/1")
        private = await http.get("https://api.tidal.com/v1/tracks/1")
        oauth = await http.post(
            "https://auth.tidal.com/v1/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=("sandbox-client-id", "sandbox-client-secret"),
        )
        elsewhere = await http.get("https://example.com/v1/tracks/1")
    assert v2.json()["data"]["id"] == "1"
    assert str(v2.request.url) == "https://openapi.tidal.com/v2/tracks/1"
    assert private.json()["id"] == 1
    assert oauth.status_code == 200
    assert elsewhere.status_code == 404
    assert sandbox.stats.requests["v2.tracks.get"] == 1
