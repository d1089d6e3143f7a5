"""The sandbox's v2 API: JSON:API documents, includes, filters, cursor pages and writes."""

from __future__ import annotations

from typing import Any

import httpx

from tidalkit.testing import Sandbox

from .helpers import client_for

V2 = "/openapi/v2"
JSON_API = "application/vnd.api+json"


async def test_filter_id_batch_with_include_returns_data_included_and_omits_missing(
    http: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    params = [
        ("filter[id]", "7"),
        ("filter[id]", "999999"),
        ("filter[id]", "8"),
        ("include", "albums,artists"),
    ]
    response = await http.get(f"{V2}/tracks", params=params)
    doc = response.json()
    assert response.status_code == 200
    assert response.headers["content-type"] == JSON_API
    assert [r["id"] for r in doc["data"]] == ["7", "8"]
    track7 = doc["data"][0]
    assert track7["attributes"]["isrc"] == "QZSB00000007"
    assert track7["relationships"]["albums"]["data"] == [{"id": "1", "type": "albums"}]
    artists7 = {a["id"] for a in track7["relationships"]["artists"]["data"]}
    assert len(artists7) == 2  # every 7th track has a featured artist
    included = {(r["type"], r["id"]) for r in doc["included"]}
    assert included == {("albums", "1")} | {("artists", a) for a in artists7}
    assert len(doc["included"]) == len(included)  # no duplicates
    assert sandbox.stats.requests["v2.tracks.list"] == 1


async def test_relationships_carry_data_only_when_included(http: httpx.AsyncClient) -> None:
    plain = (await http.get(f"{V2}/tracks/3", params={"countryCode": "SE"})).json()
    relationships = plain["data"]["relationships"]
    assert set(relationships) == {"albums", "artists", "similarTracks", "providers", "radio"}
    assert relationships["albums"] == {"links": {"self": "/tracks/3/relationships/albums?countryCode=SE"}}
    assert all("data" not in rel for rel in relationships.values())  # link-only, as TIDAL sends them
    assert "included" not in plain
    assert plain["links"]["self"] == "/tracks/3"
    with_albums = (await http.get(f"{V2}/tracks/3", params={"include": "albums"})).json()
    assert with_albums["data"]["relationships"]["albums"]["data"]
    assert "data" not in with_albums["data"]["relationships"]["artists"]
    (album,) = with_albums["included"]
    assert "data" not in album["relationships"]["artists"]  # included resources name theirs too


async def test_filters_by_isrc_and_barcode(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    barcode = sandbox.catalog.barcode(12)
    tracks = (await http.get(f"{V2}/tracks", params={"filter[isrc]": "QZSB00000042"})).json()
    albums = (
        await http.get(f"{V2}/albums", params=[("filter[barcodeId]", barcode), ("filter[barcodeId]", "0000")])
    ).json()
    assert [t["id"] for t in tracks["data"]] == ["42"]
    assert [a["id"] for a in albums["data"]] == ["12"]
    assert albums["data"][0]["attributes"]["barcodeId"] == barcode
    assert len(barcode) == 13


async def test_three_page_cursor_chain_over_playlist_items(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    playlist = sandbox.playlist_ids["small"]  # 50 items, 20 per page
    url: str | None = f"{V2}/playlists/{playlist}/relationships/items"
    pages: list[dict[str, Any]] = []
    while url is not None:
        doc = (await http.get(url)).json()
        pages.append(doc)
        cursor = doc["links"].get("meta", {}).get("nextCursor")
        if cursor is None:
            assert "next" not in doc["links"]
            url = None
        else:
            assert doc["links"]["next"].endswith(f"?page[cursor]={cursor}")
            url = f"{V2}/playlists/{playlist}/relationships/items?page[cursor]={cursor}"
    assert [len(p["data"]) for p in pages] == [20, 20, 10]
    item_ids = [i["meta"]["itemId"] for p in pages for i in p["data"]]
    assert len(set(item_ids)) == 50
    assert {i["type"] for p in pages for i in p["data"]} == {"tracks", "videos"}


async def test_following_links_next_gives_the_same_pages(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    playlist = sandbox.playlist_ids["small"]
    first = (await http.get(f"{V2}/playlists/{playlist}/relationships/items")).json()
    second = (await http.get(V2 + first["links"]["next"])).json()
    assert second["data"][0] != first["data"][0]
    assert second["links"]["self"].endswith(first["links"]["meta"]["nextCursor"])


async def test_relationship_include_resolves_items(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    doc = (await http.get(f"{V2}/albums/3/relationships/items", params={"include": "items"})).json()
    assert [i["meta"]["trackNumber"] for i in doc["data"]] == list(range(1, 11))
    assert {r["id"] for r in doc["included"]} == {i["id"] for i in doc["data"]}


async def test_nested_include_paths(http: httpx.AsyncClient) -> None:
    doc = (await http.get(f"{V2}/albums/1", params={"include": "items.artists,coverArt"})).json()
    types = {r["type"] for r in doc["included"]}
    assert types == {"tracks", "artists", "artworks"}
    a_track = next(r for r in doc["included"] if r["type"] == "tracks")
    assert "artists" in a_track["relationships"]
    art = next(r for r in doc["included"] if r["type"] == "artworks")
    assert art["attributes"]["files"][0]["href"].startswith("https://resources.tidal.com/images/")


async def test_bad_include_and_bad_cursor_are_400_errors_documents(http: httpx.AsyncClient) -> None:
    include = await http.get(f"{V2}/tracks/1", params={"include": "lyrics"})
    cursor = await http.get(f"{V2}/artists/1/relationships/albums", params={"page[cursor]": "garbage"})
    no_filter = await http.get(f"{V2}/tracks")
    for response in (include, cursor, no_filter):
        assert response.status_code == 400
        error = response.json()["errors"][0]
        assert error["status"] == "400"
        assert "parameter" in error["source"]
    assert include.json()["errors"][0]["source"] == {"parameter": "include"}


async def test_missing_resources_are_404(http: httpx.AsyncClient) -> None:
    for path in ("/tracks/0", "/albums/999999", "/playlists/nope", "/tracks/1/relationships/lyrics"):
        response = await http.get(V2 + path)
        assert response.status_code == 404, path
        assert response.json()["errors"][0]["code"] == "NOT_FOUND"


async def test_search_results_and_suggestions(http: httpx.AsyncClient) -> None:
    results = (
        await http.get(f"{V2}/searchResults", params={"filter[query]": "radio", "include": "tracks,topHits"})
    ).json()
    resource = results["data"][0]
    assert resource["type"] == "searchResults"
    assert resource["attributes"]["query"] == "radio"
    assert resource["relationships"]["tracks"]["data"]
    page2 = (await http.get(V2 + resource["relationships"]["tracks"]["links"]["next"])).json()
    assert page2["data"]
    again = (
        await http.get(f"{V2}/searchResults", params={"filter[query]": "radio", "include": "tracks"})
    ).json()
    assert again["data"][0]["relationships"]["tracks"] == resource["relationships"]["tracks"]
    suggestions = (await http.get(f"{V2}/searchSuggestions", params={"filter[query]": "ra"})).json()
    assert suggestions["data"][0]["attributes"]["suggestions"][0]["query"].startswith("ra ")
    empty = await http.get(f"{V2}/searchResults", params={"filter[query]": ""})
    assert empty.status_code == 400


async def test_users_me_and_collections(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    me = (await http.get(f"{V2}/users/me")).json()
    assert me["data"]["attributes"]["country"] == "US"
    collection = (await http.get(f"{V2}/userCollectionTracks/me", params={"include": "items"})).json()
    assert collection["data"]["attributes"]["numberOfItems"] == 30
    body = {"data": [{"id": "5", "type": "tracks"}, {"id": "99999999", "type": "tracks"}]}
    added = await http.post(
        f"{V2}/userCollectionTracks/me/relationships/items", json=body, headers={"content-type": JSON_API}
    )
    assert added.status_code == 200
    assert [(item["id"], item["type"]) for item in added.json()["data"]] == [("5", "tracks")]
    assert added.json()["data"][0]["meta"]["addedAt"].endswith("Z")  # required by the spec
    assert added.json()["meta"]["skipped"] == [{"id": "99999999", "type": "tracks", "reason": "NOT_FOUND"}]
    first = (await http.get(f"{V2}/userCollectionTracks/me/relationships/items")).json()
    assert first["data"][0]["id"] == "5"  # newest first
    removed = await http.request(
        "DELETE",
        f"{V2}/userCollectionTracks/me/relationships/items",
        json={"data": [{"id": "5", "type": "tracks"}]},
    )
    assert removed.status_code == 200
    assert 5 not in sandbox.catalog.favorites["tracks"]
    other = await http.get(f"{V2}/userCollectionTracks/1/relationships/items")
    assert other.status_code == 404


async def test_playlist_create_update_add_remove_items(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    created = await http.post(
        f"{V2}/playlists",
        json={"data": {"type": "playlists", "attributes": {"name": "Road trip", "accessType": "PUBLIC"}}},
    )
    assert created.status_code == 201
    playlist = created.json()["data"]
    pid = playlist["id"]
    assert playlist["attributes"]["numberOfItems"] == 0
    add = await http.post(
        f"{V2}/playlists/{pid}/relationships/items",
        json={
            "data": [
                {"id": "1", "type": "tracks"},
                {"id": "2", "type": "videos"},
                {"id": "0", "type": "tracks"},
            ]
        },
    )
    assert add.status_code == 200
    added = add.json()["data"]
    assert [a["id"] for a in added] == ["1", "2"]
    assert add.json()["meta"]["skipped"][0]["id"] == "0"
    insert = await http.post(
        f"{V2}/playlists/{pid}/relationships/items",
        json={
            "data": [{"id": "3", "type": "tracks"}],
            "meta": {"positionBefore": added[1]["meta"]["itemId"]},
        },
    )
    assert insert.status_code == 200
    items = (await http.get(f"{V2}/playlists/{pid}/relationships/items")).json()["data"]
    assert [i["id"] for i in items] == ["1", "3", "2"]
    remove = await http.request(
        "DELETE",
        f"{V2}/playlists/{pid}/relationships/items",
        json={"data": [{"id": "1", "type": "tracks", "meta": {"itemId": items[0]["meta"]["itemId"]}}]},
    )
    assert remove.status_code == 200
    renamed = await http.patch(
        f"{V2}/playlists/{pid}",
        json={"data": {"type": "playlists", "id": pid, "attributes": {"name": "Renamed"}}},
    )
    assert renamed.json()["data"]["attributes"]["name"] == "Renamed"
    assert renamed.json()["data"]["attributes"]["numberOfItems"] == 2
    too_many = await http.post(
        f"{V2}/playlists/{pid}/relationships/items", json={"data": [{"id": "1", "type": "tracks"}] * 51}
    )
    assert too_many.status_code == 400
    deleted = await http.delete(f"{V2}/playlists/{pid}")
    assert deleted.status_code == 200
    assert (await http.get(f"{V2}/playlists/{pid}")).status_code == 404


async def test_playlists_owned_by_me_page_with_cursor(sandbox: Sandbox) -> None:
    many = Sandbox(playlists={f"p{i}": 3 for i in range(25)})
    async with client_for(many, many.user_token()) as http:
        first = (await http.get(f"{V2}/playlists", params={"filter[owners.id]": "me"})).json()
        second = (await http.get(V2 + first["links"]["next"])).json()
    assert len(first["data"]) == 20
    assert len(second["data"]) == 5
    assert "next" not in second["links"]


async def test_write_needs_a_user_token(sandbox: Sandbox) -> None:
    token = sandbox.auth.issue_token(user=False)
    async with client_for(sandbox, token) as http:
        response = await http.post(
            f"{V2}/playlists", json={"data": {"type": "playlists", "attributes": {"name": "x"}}}
        )
    assert response.status_code == 403


async def test_same_seed_same_catalogue_other_seed_differs() -> None:
    async def title(seed: int) -> str:
        sandbox = Sandbox(seed=seed)
        async with client_for(sandbox, sandbox.user_token()) as http:
            return (await http.get(f"{V2}/tracks/123")).json()["data"]["attributes"]["title"]

    assert await title(1) == await title(1)
    assert {await title(s) for s in range(5)} != {await title(1)}


async def test_idempotency_key_replays_and_refuses_a_changed_payload(http: httpx.AsyncClient) -> None:
    url = f"{V2}/userCollectionTracks/me/relationships/items"
    key = {"Idempotency-Key": "add-7-once"}
    body = {"data": [{"id": "7", "type": "tracks"}]}
    first = await http.post(url, json=body, headers=key)
    replay = await http.post(url, json=body, headers=key)
    changed = await http.post(url, json={"data": [{"id": "8", "type": "tracks"}]}, headers=key)
    assert first.status_code == replay.status_code == 200
    assert replay.content == first.content
    assert changed.status_code == 422
    assert changed.json()["errors"][0]["code"] == "IDEMPOTENT_REQUEST_PAYLOAD_MISMATCH"


async def test_filter_id_cap_knob_refuses_oversized_batches() -> None:
    sandbox = Sandbox(v2_max_filter_ids=20)
    async with client_for(sandbox, sandbox.user_token()) as http:
        ok = await http.get(f"{V2}/tracks", params=[("filter[id]", str(i)) for i in range(1, 21)])
        too_many = await http.get(
            f"{V2}/tracks", params={"filter[id]": ",".join(str(i) for i in range(1, 22))}
        )
    assert len(ok.json()["data"]) == 20
    assert too_many.status_code == 400
    assert too_many.json()["errors"][0]["source"] == {"parameter": "filter[id]"}


async def test_write_bodies_must_be_json_api_documents(http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    url = f"{V2}/playlists/{sandbox.playlist_ids['small']}/relationships/items"
    form = await http.post(url, data={"id": "1"})
    broken = await http.post(url, content=b"{not json", headers={"content-type": JSON_API})
    not_list = await http.post(url, json={"data": {"id": "1", "type": "tracks"}})
    wrong_type = await http.post(url, json={"data": [{"id": "1", "type": "albums"}]})
    for response in (form, broken, not_list, wrong_type):
        assert response.status_code in (400, 415)
        assert response.json()["errors"][0]["status"] == str(response.status_code)
    assert form.status_code == 415
    assert not_list.json()["errors"][0]["source"] == {"pointer": "/data"}


def _recorded(name: str) -> dict[str, Any]:
    import json
    from pathlib import Path

    return json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "real" / "v2" / name).read_text())


async def test_resources_carry_the_fields_tidal_serves_today(http: httpx.AsyncClient) -> None:
    recorded = _recorded("tracks_get_include__musicassistant_58756128.json")
    wanted = {r["type"]: set(r["attributes"]) for r in [recorded["data"], *recorded["included"]]}
    served = (await http.get(f"{V2}/tracks/7", params={"include": "albums.coverArt,artists"})).json()
    got = {r["type"]: set(r["attributes"]) for r in [served["data"], *served["included"]]}
    for kind in ("tracks", "albums", "artists", "artworks"):
        assert got[kind] == wanted[kind], kind


def _api(sandbox: Sandbox) -> Any:
    from tidalkit._http.credentials import HeaderAuth
    from tidalkit.api import TidalAPI

    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:1")
    return TidalAPI(auth=auth, base_url=sandbox.urls.v2, transport=sandbox.transport())


async def _albums_with_drift(drift: float) -> tuple[list[Any], list[tuple[str, str]], list[str]]:
    async with _api(Sandbox(v2_drift=drift)) as tidal:
        found = await tidal.albums.get_many([str(i) for i in range(1, 41)], include=["artists", "items"])
    issues: list[tuple[str, str]] = []
    absent: list[str] = []
    for album in found:
        tracks = album.items
        issues += [(i.resource_id, i.field) for i in album.validation_issues]
        issues += [(i.resource_id, i.field) for t in tracks for i in t.validation_issues]
        absent += [f"{m.type} {m.id}" for m in album.missing_related("items")]
    return list(found), sorted(set(issues)), sorted(absent)


async def test_drift_serves_the_recorded_kinds_of_drift_the_same_way_every_time() -> None:
    albums, issues, absent = await _albums_with_drift(0.3)
    assert len(albums) == 40  # nothing fails as a whole
    fields = {field for _, field in issues}
    assert {"attributes.albumType", "attributes.copyright", "attributes.key"} <= fields
    assert absent, "some targets are left out of included"
    assert (await _albums_with_drift(0.3))[1:] == (issues, absent)  # seeded: the same drift again
    assert (await _albums_with_drift(0.0))[1:] == ([], [])
