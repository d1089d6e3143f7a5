"""Writes: JSON:API bodies, chunking to the spec's maxItems, idempotency keys, cache invalidation."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from tests.api import samples
from tests.api.helpers import FakeClock, jsonapi, make_client
from tidalkit._http.retry import RetryPolicy
from tidalkit.api._generated._registry import MAX_ITEMS
from tidalkit.api.model import Identifier

ITEMS = "/v2/playlists/p1/relationships/items"


def _mutation(request: httpx.Request) -> httpx.Response:
    return jsonapi(200, {"links": {"self": request.url.path}})


def test_write_chunk_limits_come_from_the_spec() -> None:
    assert MAX_ITEMS["playlists.add_items"] == 50
    assert MAX_ITEMS["playlists.remove_items"] == 50
    assert MAX_ITEMS["playlists.update_items"] == 20
    assert MAX_ITEMS["userCollectionTracks.add_items"] == 50


async def test_create_playlist_sends_a_jsonapi_body_with_an_idempotency_key() -> None:
    router = respx.MockRouter()
    created = {"data": samples.resource("playlists", "p1"), "links": {"self": "/playlists/p1"}}
    route = router.post(path="/v2/playlists").respond(201, json=created)
    async with make_client(router) as client:
        doc = await client.playlists.create(name="Road trip", access_type="UNLISTED")
    request = route.calls.last.request
    assert json.loads(request.content) == {
        "data": {"type": "playlists", "attributes": {"name": "Road trip", "accessType": "UNLISTED"}}
    }
    assert request.headers["Content-Type"] == "application/vnd.api+json"
    assert len(request.headers["Idempotency-Key"]) >= 32
    assert doc.data.id == "p1"


async def test_add_items_is_chunked_in_order_with_one_key_per_call() -> None:
    router = respx.MockRouter()
    route = router.post(path=ITEMS).mock(
        side_effect=lambda r: jsonapi(200, {"data": json.loads(r.content)["data"], "links": {"self": ITEMS}})
    )
    refs = [str(n) if n % 3 else ("videos", str(n)) for n in range(120)]
    async with make_client(router) as client:
        docs = await client.playlists.add("p1", refs, position_before="entry-9")  # type: ignore[arg-type]
    bodies = [json.loads(c.request.content) for c in route.calls]
    assert [len(b["data"]) for b in bodies] == [50, 50, 20]
    sent = [d["id"] for b in bodies for d in b["data"]]
    assert sent == [str(n) for n in range(120)]
    assert bodies[0]["data"][0] == {"id": "0", "type": "videos"}
    assert bodies[0]["data"][1]["type"] == "tracks"
    assert all(b["meta"] == {"positionBefore": "entry-9"} for b in bodies)
    keys = {c.request.headers["Idempotency-Key"] for c in route.calls}
    assert len(keys) == 3
    assert len(docs) == 3


async def test_reorder_and_remove_use_entry_item_ids_and_their_limits() -> None:
    router = respx.MockRouter()
    patch = router.patch(path=ITEMS).mock(side_effect=_mutation)
    delete = router.delete(path=ITEMS).mock(side_effect=_mutation)
    entries = [Identifier.model_validate({"id": f"t{n}", "type": "tracks"}) for n in range(3)]
    from tidalkit.api._generated.playlists import PlaylistsItemsResourceIdentifier

    listed = [
        PlaylistsItemsResourceIdentifier.model_validate(
            {"id": f"t{n}", "type": "tracks", "meta": {"itemId": f"e{n}"}}
        )
        for n in range(45)
    ]
    async with make_client(router) as client:
        moved = await client.playlists.reorder("p1", listed, position_before="e0")
        removed = await client.playlists.remove("p1", [*listed, ("videos", "v1", "e-v1")])
        with pytest.raises(ValueError, match="itemId"):
            await client.playlists.remove("p1", entries)
    patches = [json.loads(c.request.content) for c in patch.calls]
    assert [len(b["data"]) for b in patches] == [20, 20, 5]
    assert moved == 45
    assert patches[0]["data"][0] == {"id": "t0", "type": "tracks", "meta": {"itemId": "e0"}}
    assert all(b["meta"] == {"positionBefore": "e0"} for b in patches)
    deletes = [json.loads(c.request.content) for c in delete.calls]
    assert [len(b["data"]) for b in deletes] == [46]
    assert removed == 46
    assert deletes[-1]["data"][-1] == {
        "id": "v1",
        "type": "videos",
        "meta": {"itemId": "e-v1"},
    }


async def test_collection_add_and_remove_are_chunked_to_fifty() -> None:
    router = respx.MockRouter()
    post = router.post(path="/v2/userCollectionTracks/me/relationships/items").mock(
        side_effect=lambda r: jsonapi(200, {"data": [], "links": {"self": "/x"}, "meta": {"skipped": []}})
    )
    delete = router.delete(path="/v2/userCollectionAlbums/me/relationships/items").mock(side_effect=_mutation)
    async with make_client(router) as client:
        await client.user_collection_tracks.add([str(n) for n in range(120)])
        count = await client.user_collection_albums.remove(["a1", "a2"])
    assert [len(json.loads(c.request.content)["data"]) for c in post.calls] == [50, 50, 20]
    assert json.loads(post.calls[0].request.content)["data"][0] == {"id": "0", "type": "tracks"}
    assert count == 2
    assert json.loads(delete.calls[0].request.content)["data"][1] == {
        "id": "a2",
        "type": "albums",
    }


async def test_a_retried_write_reuses_its_idempotency_key() -> None:
    router = respx.MockRouter()
    route = router.post(path=ITEMS).mock(
        side_effect=[
            jsonapi(503, {"errors": [{"status": "503", "detail": "busy"}]}),
            jsonapi(200, {"data": [], "links": {"self": ITEMS}}),
        ]
    )
    async with make_client(router, retry=RetryPolicy(max_retries=2), clock=FakeClock()) as client:
        await client.playlists.add("p1", ["1"])
    keys = [c.request.headers["Idempotency-Key"] for c in route.calls]
    assert len(keys) == 2
    assert keys[0] == keys[1]


async def test_writes_invalidate_cached_reads_of_the_resource() -> None:
    router = respx.MockRouter()
    doc = {"data": samples.resource("playlists", "p1"), "links": {"self": "/playlists/p1"}}
    get = router.get(path="/v2/playlists/p1").respond(200, json=doc)
    router.patch(path="/v2/playlists/p1").respond(200, json=doc)
    async with make_client(router) as client:
        await client.playlists.get("p1")
        await client.playlists.get("p1")
        assert get.call_count == 1  # cached
        await client.playlists.update("p1", name="Renamed")
        await client.playlists.get("p1")
    assert get.call_count == 2


async def test_model_payloads_are_sent_with_camel_case_aliases() -> None:
    from tidalkit.api.models import (
        PlaylistsCreateOperationPayload,
        PlaylistsCreateOperationPayloadData,
        PlaylistsCreateOperationPayloadDataAttributes,
    )

    router = respx.MockRouter()
    created = {"data": samples.resource("playlists", "p1"), "links": {"self": "/playlists/p1"}}
    route = router.post(path="/v2/playlists").respond(201, json=created)
    payload = PlaylistsCreateOperationPayload(
        data=PlaylistsCreateOperationPayloadData(
            type="playlists",
            attributes=PlaylistsCreateOperationPayloadDataAttributes(name="Focus", access_type="PUBLIC"),
        )
    )
    async with make_client(router) as client:
        await client.raw.playlists.create(payload=payload)
    assert json.loads(route.calls.last.request.content) == {
        "data": {"type": "playlists", "attributes": {"name": "Focus", "accessType": "PUBLIC"}}
    }
