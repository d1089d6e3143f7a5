"""Playlist item edits: the ETag precondition, one retry on 412, and indices over all items."""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
import pytest
import respx

from tests.private import payloads as p
from tidalkit._http.errors import PreconditionFailedError
from tidalkit.private import PrivateAPI
from tidalkit.private.models import PlaylistUpdate

UUID = p.PLAYLIST_UUID
PLAYLIST_PATH = f"/v1/playlists/{UUID}"


def etag_route(router: respx.MockRouter, *etags: str, items: int = 3) -> respx.Route:
    """GET v1/playlists/{uuid} answering with the given ETags in turn (the last one repeats)."""
    responses = [
        httpx.Response(200, json=p.playlist(numberOfTracks=items, numberOfVideos=0), headers={"ETag": etag})
        for etag in etags
    ]

    served: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        index = min(len(served), len(responses) - 1)
        served.append(index)
        return responses[index]

    route = router.route(method="GET", path=PLAYLIST_PATH).mock(side_effect=answer)
    return route


def form(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.content.decode()))


async def test_add_sends_the_etag_as_if_none_match_and_the_position(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    etag_route(router, '"111"')
    add = router.post(path=f"{PLAYLIST_PATH}/items").mock(
        return_value=httpx.Response(
            200, json={"lastUpdated": 1700000000000, "addedItemIds": [1, 2]}, headers={"ETag": '"112"'}
        )
    )

    update = await api.playlists.add(UUID, [1, 2], position=0, on_duplicates="SKIP")

    request = add.calls.last.request
    assert request.headers["If-None-Match"] == '"111"'
    assert dict(request.url.params) == {"countryCode": "US"}
    assert form(request) == {
        "trackIds": "1,2",
        "onDupes": "SKIP",
        "onArtifactNotFound": "SKIP",
        "toIndex": "0",
    }
    assert isinstance(update, PlaylistUpdate)
    assert update.added_item_ids == [1, 2]
    assert update.etag == '"112"'


async def test_a_412_is_retried_once_with_the_fresh_etag(api: PrivateAPI, router: respx.MockRouter) -> None:
    reads = etag_route(router, '"stale"', '"fresh"')
    add = router.post(path=f"{PLAYLIST_PATH}/items").mock(
        side_effect=[
            httpx.Response(
                412, json={"status": 412, "subStatus": 9001, "userMessage": "Precondition failed"}
            ),
            httpx.Response(200, json={"addedItemIds": [7]}),
        ]
    )

    update = await api.playlists.add(UUID, 7)

    assert [call.request.headers["If-None-Match"] for call in add.calls] == ['"stale"', '"fresh"']
    assert reads.call_count == 2
    assert update.added_item_ids == [7]


async def test_a_second_412_is_raised(api: PrivateAPI, router: respx.MockRouter) -> None:
    etag_route(router, '"a"', '"b"')
    remove = router.delete(path=f"{PLAYLIST_PATH}/items/0").mock(
        return_value=httpx.Response(412, json={"status": 412, "userMessage": "Precondition failed"})
    )

    with pytest.raises(PreconditionFailedError):
        await api.playlists.remove(UUID, 0)
    assert remove.call_count == 2


async def test_the_etag_read_bypasses_the_cache(api: PrivateAPI, router: respx.MockRouter) -> None:
    reads = etag_route(router, '"1"', '"2"')
    router.delete(path__startswith=f"{PLAYLIST_PATH}/items/").mock(return_value=httpx.Response(200, json={}))

    await api.playlists.get(UUID)  # cached read
    await api.playlists.remove(UUID, 1)

    assert reads.call_count == 2


async def test_remove_items_by_id_counts_videos_in_the_indices(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    # index: 0 track 10, 1 video 20, 2 track 30, 3 track 10 again
    items = p.media_items(p.track(10), p.video(20), p.track(30), p.track(10))
    router.get(path=f"{PLAYLIST_PATH}/items").mock(
        return_value=httpx.Response(200, json=p.offset_page(items))
    )
    etag_route(router, '"e"')
    delete = router.delete(path__startswith=f"{PLAYLIST_PATH}/items/").mock(
        return_value=httpx.Response(200, json={})
    )

    await api.playlists.remove_items(UUID, [10, 30])

    assert delete.calls.last.request.url.path == f"{PLAYLIST_PATH}/items/0,2,3"


async def test_remove_items_names_ids_that_are_not_in_the_playlist(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    router.get(path=f"{PLAYLIST_PATH}/items").mock(
        return_value=httpx.Response(200, json=p.offset_page(p.media_items(p.track(10))))
    )
    with pytest.raises(LookupError, match="99"):
        await api.playlists.remove_items(UUID, [10, 99])


async def test_move_items_by_id_uses_indices_over_all_items(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    items = p.media_items(p.video(1), p.track(2), p.track(3))
    router.get(path=f"{PLAYLIST_PATH}/items").mock(
        return_value=httpx.Response(200, json=p.offset_page(items))
    )
    etag_route(router, '"e"')
    move = router.post(path=f"{PLAYLIST_PATH}/items/2").mock(return_value=httpx.Response(200, json={}))

    await api.playlists.move_items(UUID, 3, to_index=0)

    request = move.calls.last.request
    assert dict(request.url.params) == {"countryCode": "US"}
    assert form(request) == {"toIndex": "0"}  # in the body, as tidalapi sends it
    assert request.headers["If-None-Match"] == '"e"'


async def test_add_without_a_position_sends_the_end_as_to_index_and_skips_duplicates(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    reads = etag_route(router, '"e"', items=7)
    add = router.post(path=f"{PLAYLIST_PATH}/items").mock(return_value=httpx.Response(200, json={}))

    await api.playlists.add(UUID, [5, 6])

    request = add.calls.last.request
    assert form(request) == {
        "trackIds": "5,6",
        "toIndex": "7",
        "onDupes": "SKIP",
        "onArtifactNotFound": "SKIP",
    }
    assert request.headers["If-None-Match"] == '"e"'
    assert reads.call_count == 1  # one read gave both the ETag and the end position


async def test_add_with_duplicates_wanted_sends_on_dupes_add(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    etag_route(router, '"e"', items=2)
    add = router.post(path=f"{PLAYLIST_PATH}/items").mock(return_value=httpx.Response(200, json={}))
    await api.playlists.add(UUID, 5, position=1, on_duplicates="ADD")
    assert form(add.calls.last.request)["onDupes"] == "ADD"
    assert form(add.calls.last.request)["toIndex"] == "1"


async def test_move_by_indices_joins_them_in_the_path(api: PrivateAPI, router: respx.MockRouter) -> None:
    etag_route(router, '"e"')
    move = router.post(path=f"{PLAYLIST_PATH}/items/1,4").mock(return_value=httpx.Response(200, json={}))
    await api.playlists.move(UUID, [4, 1], 0)
    assert move.call_count == 1


async def test_replace_posts_the_new_item(api: PrivateAPI, router: respx.MockRouter) -> None:
    etag_route(router, '"e"')
    replace = router.post(path=f"{PLAYLIST_PATH}/items/3/replace").mock(
        return_value=httpx.Response(200, json={})
    )
    await api.playlists.replace(UUID, 3, 555)
    assert form(replace.calls.last.request) == {"itemId": "555"}
    assert replace.calls.last.request.headers["If-None-Match"] == '"e"'


@pytest.mark.parametrize(
    ("method", "field", "value"),
    [("add_album", "fromAlbumId", "251380836"), ("merge", "fromPlaylistUuid", "other-uuid")],
)
async def test_add_album_and_merge_post_their_source(
    api: PrivateAPI, router: respx.MockRouter, method: str, field: str, value: str
) -> None:
    etag_route(router, '"e"')
    add = router.post(path=f"{PLAYLIST_PATH}/items").mock(return_value=httpx.Response(200, json={}))
    await getattr(api.playlists, method)(UUID, value, on_duplicates="FAIL")
    assert form(add.calls.last.request) == {field: value, "onDupes": "FAIL", "onArtifactNotFound": "SKIP"}


async def test_clear_deletes_in_chunks_from_the_end_reusing_returned_etags(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    reads = etag_route(router, '"v0"', items=120)
    counter = iter(range(1, 10))

    def deleted(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={}, headers={"ETag": f'"v{next(counter)}"'})

    delete = router.delete(path__startswith=f"{PLAYLIST_PATH}/items/").mock(side_effect=deleted)

    await api.playlists.clear(UUID)

    paths = [call.request.url.path.rsplit("/", 1)[-1] for call in delete.calls]
    assert paths[0] == ",".join(map(str, range(70, 120)))
    assert paths[1] == ",".join(map(str, range(20, 70)))
    assert paths[2] == ",".join(map(str, range(20)))
    assert [call.request.headers["If-None-Match"] for call in delete.calls] == ['"v0"', '"v1"', '"v2"']
    assert reads.call_count == 1


async def test_edits_invalidate_cached_playlist_reads(api: PrivateAPI, router: respx.MockRouter) -> None:
    items = router.get(path=f"{PLAYLIST_PATH}/items").mock(
        return_value=httpx.Response(200, json=p.offset_page(p.media_items(p.track(1))))
    )
    etag_route(router, '"e"')
    router.post(path=f"{PLAYLIST_PATH}/items").mock(return_value=httpx.Response(200, json={}))

    await api.playlists.items(UUID).collect()
    await api.playlists.items(UUID).collect()
    assert items.call_count == 1  # the second read came from the cache
    await api.playlists.add(UUID, 2)
    await api.playlists.items(UUID).collect()
    assert items.call_count == 2
