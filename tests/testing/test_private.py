"""The sandbox's private API: catalogue, offset pages, favourites, pages, sessions, ETag edits."""

from __future__ import annotations

import time

import httpx

from tidalkit.testing import Sandbox
from tidalkit.testing._private_pages import UNKNOWN_MODULE_TYPE

from .helpers import client_for

V1 = "/api/v1"


async def test_offset_pages_over_the_5000_item_playlist(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    playlist = sandbox.playlist_ids["large"]
    seen: list[int] = []
    totals: set[int] = set()
    offset = 0
    while True:
        page = (
            await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 100, "offset": offset})
        ).json()
        totals.add(page["totalNumberOfItems"])
        assert page["limit"] == 100
        assert page["offset"] == offset
        seen.extend(item["item"]["id"] for item in page["items"])
        offset += len(page["items"])
        if not page["items"] or offset >= page["totalNumberOfItems"]:
            break
    assert totals == {5000}
    assert len(seen) == 5000
    assert sandbox.stats.requests["private.playlists.items"] == 50


async def test_limit_is_capped_at_100_and_defaults_to_10(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    playlist = sandbox.playlist_ids["large"]
    capped = (await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 1000})).json()
    default = (await http.get(f"{V1}/playlists/{playlist}/items")).json()
    assert len(capped["items"]) == 100
    assert len(default["items"]) == 10


async def test_the_100k_playlist_is_generated_lazily(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    playlist = sandbox.playlist_ids["huge"]
    started = time.perf_counter()
    tail = (
        await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 100, "offset": 99_950})
    ).json()
    meta = (await http.get(f"{V1}/playlists/{playlist}")).json()
    elapsed = time.perf_counter() - started
    assert tail["totalNumberOfItems"] == 100_000
    assert len(tail["items"]) == 50
    assert meta["numberOfTracks"] + meta["numberOfVideos"] == 100_000
    assert elapsed < 5.0  # generous for a loaded core: laziness is what `stored` proves
    assert not sandbox.catalog.playlists[playlist].stored
    again = (
        await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 100, "offset": 99_950})
    ).json()
    assert again == tail


async def test_catalogue_shapes(http: httpx.AsyncClient) -> None:
    track = (await http.get(f"{V1}/tracks/15")).json()
    album = (await http.get(f"{V1}/albums/2")).json()
    artist = (await http.get(f"{V1}/artists/2")).json()
    video = (await http.get(f"{V1}/videos/3")).json()
    assert track["album"]["id"] == 2
    assert track["trackNumber"] == 5
    assert track["isrc"] == "QZSB00000015"
    assert track["artist"]["id"] == album["artist"]["id"] == 2
    assert album["numberOfTracks"] == 10
    assert isinstance(track["duration"], int)
    assert artist["name"] == track["artist"]["name"]
    assert video["type"] == "Music Video"
    items = (await http.get(f"{V1}/albums/2/items", params={"limit": 4, "offset": 8})).json()
    assert items["totalNumberOfItems"] == 10
    assert [i["item"]["trackNumber"] for i in items["items"]] == [9, 10]
    assert items["items"][0]["type"] == "track"


async def test_search(http: httpx.AsyncClient) -> None:
    everything = (await http.get(f"{V1}/search", params={"query": "ember", "limit": 5})).json()
    tracks = (await http.get(f"{V1}/search/tracks", params={"query": "ember", "limit": 5})).json()
    assert set(everything) >= {"artists", "albums", "tracks", "videos", "playlists", "topHit"}
    assert everything["tracks"] == tracks
    assert len(tracks["items"]) == 5
    assert tracks["totalNumberOfItems"] >= 5
    only = (await http.get(f"{V1}/search", params={"query": "ember", "types": "ALBUMS"})).json()
    assert only["tracks"]["totalNumberOfItems"] == 0
    assert only["albums"]["totalNumberOfItems"] > 0


async def test_favorites_get_add_remove(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    uid = sandbox.config.user_id
    before = (await http.get(f"{V1}/users/{uid}/favorites/tracks", params={"limit": 50})).json()
    assert before["totalNumberOfItems"] == 30
    assert set(before["items"][0]) == {"created", "item"}
    added = await http.post(f"{V1}/users/{uid}/favorites/tracks", data={"trackId": "1,2,3"})
    assert added.status_code == 200
    after = (await http.get(f"{V1}/users/{uid}/favorites/tracks", params={"limit": 3})).json()
    assert after["totalNumberOfItems"] == 33 - len({1, 2, 3} & {i["item"]["id"] for i in before["items"]})
    assert {i["item"]["id"] for i in after["items"]} == {1, 2, 3}
    missing = await http.post(f"{V1}/users/{uid}/favorites/tracks", data={"trackId": "0"})
    skipped = await http.post(
        f"{V1}/users/{uid}/favorites/tracks", data={"trackId": "0,4", "onArtifactNotFound": "SKIP"}
    )
    assert missing.status_code == 404
    assert skipped.status_code == 200
    removed = await http.delete(f"{V1}/users/{uid}/favorites/tracks/1,2")
    assert removed.status_code == 200
    ids = (await http.get(f"{V1}/users/{uid}/favorites/ids")).json()
    assert "1" not in ids["TRACK"]
    assert "4" in ids["TRACK"]
    other = await http.get(f"{V1}/users/{uid + 1}/favorites/tracks")
    assert other.status_code == 403


async def test_home_page_has_rows_modules_and_an_unknown_module(http: httpx.AsyncClient) -> None:
    page = (await http.get(f"{V1}/pages/home", params={"deviceType": "BROWSER"})).json()
    modules = [m for row in page["rows"] for m in row["modules"]]
    types = [m["type"] for m in modules]
    assert {"TRACK_LIST", "ALBUM_LIST", "PLAYLIST_LIST", "ARTIST_LIST", "PAGE_LINKS_CLOUD"} <= set(types)
    assert UNKNOWN_MODULE_TYPE in types
    track_list = next(m for m in modules if m["type"] == "TRACK_LIST")
    assert track_list["pagedList"]["totalNumberOfItems"] == len(track_list["pagedList"]["items"])


async def test_sessions_and_country(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    session = (await http.get(f"{V1}/sessions")).json()
    country = (await http.get(f"{V1}/country")).json()
    assert session["userId"] == sandbox.config.user_id
    assert session["countryCode"] == "US"
    assert country == {"countryCode": "US"}


async def test_playlist_edits_need_the_current_etag(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    playlist = sandbox.playlist_ids["small"]
    got = await http.get(f"{V1}/playlists/{playlist}")
    etag = got.headers["etag"]
    assert etag.startswith('"')
    no_etag = await http.post(f"{V1}/playlists/{playlist}/items", data={"trackIds": "1"})
    assert no_etag.status_code == 412
    added = await http.post(
        f"{V1}/playlists/{playlist}/items",
        data={"trackIds": "1,2", "onDupes": "ADD", "toIndex": "0"},
        headers={"If-None-Match": etag},
    )
    assert added.status_code == 200
    assert added.json()["addedItemIds"] == [1, 2]
    new_etag = added.headers["etag"]
    assert new_etag != etag
    stale = await http.post(
        f"{V1}/playlists/{playlist}/items", data={"trackIds": "3"}, headers={"If-None-Match": etag}
    )
    assert stale.status_code == 412
    assert stale.json()["status"] == 412
    assert "userMessage" in stale.json()
    first = (await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 2})).json()
    assert [i["item"]["id"] for i in first["items"]] == [1, 2]
    assert first["totalNumberOfItems"] == 52
    removed = await http.delete(f"{V1}/playlists/{playlist}/items/0,1", headers={"If-None-Match": new_etag})
    assert removed.status_code == 200
    assert (await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 1})).json()[
        "totalNumberOfItems"
    ] == 50


async def test_playlist_move_and_rename(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    playlist = sandbox.playlist_ids["small"]
    etag = (await http.get(f"{V1}/playlists/{playlist}")).headers["etag"]
    before = [
        i["item"]["id"]
        for i in (await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 3})).json()["items"]
    ]
    moved = await http.post(
        f"{V1}/playlists/{playlist}/items/0", data={"toIndex": "3"}, headers={"If-None-Match": etag}
    )
    assert moved.status_code == 200
    after = [
        i["item"]["id"]
        for i in (await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 3})).json()["items"]
    ]
    assert after == [before[1], before[2], before[0]]
    renamed = await http.post(
        f"{V1}/playlists/{playlist}",
        data={"title": "New name"},
        headers={"If-None-Match": moved.headers["etag"]},
    )
    assert renamed.json()["title"] == "New name"


async def test_create_playlist_via_v2_my_collection(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    response = await http.put(
        "/api/v2/my-collection/playlists/folders/create-playlist", params={"name": "Mine", "folderId": "root"}
    )
    assert response.status_code == 200
    uuid = response.json()["data"]["uuid"]
    assert response.json()["trn"] == f"trn:playlist:{uuid}"
    assert (await http.get(f"{V1}/playlists/{uuid}/items")).json()["totalNumberOfItems"] == 0


async def test_unknown_paths_and_methods(http: httpx.AsyncClient) -> None:
    missing = await http.get(f"{V1}/nothing/here")
    method = await http.put(f"{V1}/tracks/1")
    assert missing.status_code == 404
    assert missing.json()["status"] == 404
    assert method.status_code == 405


async def test_my_collection_folders_page_by_cursor(sandbox: Sandbox) -> None:
    many = Sandbox(playlists={f"p{i}": 2 for i in range(60)})
    async with client_for(many, many.user_token()) as http:
        url = "/api/v2/my-collection/playlists/folders"
        first = (await http.get(url, params={"folderId": "root", "limit": 50, "offset": 50})).json()
        second = (
            await http.get(url, params={"folderId": "root", "limit": 50, "cursor": first["cursor"]})
        ).json()
    assert len(first["items"]) == 50  # offset is ignored, as on TIDAL
    assert first["items"][0]["trn"].startswith("trn:playlist:")
    assert len(second["items"]) == 10
    assert second["cursor"] is None
    assert first["totalNumberOfItems"] == 60


async def test_playlist_tracks_skip_videos_consistently(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    playlist = sandbox.playlist_ids["large"]
    items = []
    tracks = []
    for offset in range(0, 200, 100):
        page = await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 100, "offset": offset})
        items.extend(i["item"]["id"] for i in page.json()["items"] if i["type"] == "track")
    for offset in range(0, 192, 64):
        page = await http.get(f"{V1}/playlists/{playlist}/tracks", params={"limit": 64, "offset": offset})
        assert page.json()["totalNumberOfItems"] == 4800
        tracks.extend(t["id"] for t in page.json()["items"])
    assert tracks == items[:192]
    assert len(items) == 192  # 200 items, 8 of them videos


async def test_old_request_shapes_are_refused_with_400(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    uid = sandbox.config.user_id
    for kind, old in (("tracks", "trackIds"), ("albums", "albumIds"), ("artists", "artistIds")):
        refused = await http.post(f"{V1}/users/{uid}/favorites/{kind}", data={old: "1"})
        assert refused.status_code == 400, kind
    playlist = sandbox.playlist_ids["small"]
    etag = (await http.get(f"{V1}/playlists/{playlist}")).headers["etag"]
    no_index = await http.post(
        f"{V1}/playlists/{playlist}/items", data={"trackIds": "1"}, headers={"If-None-Match": etag}
    )
    assert no_index.status_code == 400
    in_query = await http.post(
        f"{V1}/playlists/{playlist}/items/0", params={"toIndex": 3}, headers={"If-None-Match": etag}
    )
    assert in_query.status_code == 400
    mix_form = await http.put(
        "/api/v2/favorites/mixes/add", data={"mixIds": "m1", "onArtifactNotFound": "FAIL"}
    )
    assert mix_form.status_code == 400
    mix_remove = await http.put("/api/v2/favorites/mixes/remove", params={"mixIds": "m1"})
    assert mix_remove.status_code == 400  # onArtifactNotFound is required on remove too
    no_country = await http.get(f"{V1}/tracks/1/playbackinfopostpaywall", params={"audioquality": "LOSSLESS"})
    assert no_country.status_code == 400


async def test_mix_favourites_take_query_ids(http: httpx.AsyncClient) -> None:
    before = (await http.get("/api/v2/favorites/mixes")).json()
    assert "lastModifiedAt" in before
    assert {"graphic", "titleColor", "contentBehavior"} <= set(before["items"][0])
    query = {"mixIds": "mixa,mixb", "onArtifactNotFound": "FAIL"}
    added = await http.put("/api/v2/favorites/mixes/add", params=query)
    assert added.json() == {"addedItems": ["mixa", "mixb"]}
    after = (await http.get("/api/v2/favorites/mixes")).json()
    assert len(after["items"]) == len(before["items"]) + 2
    removed = await http.put("/api/v2/favorites/mixes/remove", params={**query, "mixIds": "mixa"})
    assert removed.json() == {"deletedItems": ["mixa"]}


async def test_playlist_entries_carry_their_placement_inside_item(
    http: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    playlist = sandbox.playlist_ids["small"]
    page = (await http.get(f"{V1}/playlists/{playlist}/items", params={"limit": 3, "offset": 2})).json()
    for position, entry in enumerate(page["items"], start=2):
        assert set(entry) == {"item", "type", "cut"}
        assert entry["item"]["index"] == position * 1000
        assert entry["item"]["dateAdded"].endswith("+0000")
        assert len(entry["item"]["itemUuid"]) == 36


async def test_playback_info_serves_a_manifest_with_the_country(http: httpx.AsyncClient) -> None:
    info = await http.get(
        f"{V1}/tracks/3/playbackinfopostpaywall", params={"audioquality": "LOSSLESS", "countryCode": "US"}
    )
    assert info.status_code == 200
    assert info.json()["manifestMimeType"] == "application/vnd.tidal.bts"
    video = await http.get(
        f"{V1}/videos/3/playbackinfo", params={"videoquality": "HIGH", "countryCode": "US"}
    )
    assert video.json()["manifestMimeType"] == "application/dash+xml"
