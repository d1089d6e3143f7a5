"""PrivateAPI end to end against the in-process sandbox TIDAL (tidalkit.testing)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tidalkit._core.offset_pages import DEFAULT_WINDOW
from tidalkit._http import HeaderAuth
from tidalkit.private import PrivateAPI
from tidalkit.private.models import GenericModule, Track
from tidalkit.private.models.page import ArtistHeaderModule, TrackListModule
from tidalkit.testing import Sandbox


@pytest.fixture
async def sandbox_api() -> AsyncIterator[tuple[Sandbox, PrivateAPI]]:
    sandbox = Sandbox(latency=0.0, rate_limit=None)
    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:sandbox")
    async with PrivateAPI(base_url=sandbox.urls.private, transport=sandbox.transport(), auth=auth) as api:
        yield sandbox, api


async def test_catalogue_pages_and_a_large_playlist(sandbox_api: tuple[Sandbox, PrivateAPI]) -> None:
    sandbox, api = sandbox_api
    track = await api.tracks.get(1)
    assert isinstance(track, Track)
    assert track.id == 1
    assert len(await api.albums.items(1).collect()) > 0
    large = sandbox.playlist_ids["large"]
    seen = [entry.item.id async for entry in api.playlists.items(large) if entry.item]
    assert len(seen) == 5000
    page = await api.pages.home()
    assert any(isinstance(module, GenericModule) for module in page.modules)  # the unknown module
    assert len(page.modules) > 1


async def test_playlist_edits_with_etags_and_user_resolution(sandbox_api: tuple[Sandbox, PrivateAPI]) -> None:
    sandbox, api = sandbox_api
    small = sandbox.playlist_ids["small"]
    before = (await api.playlists.get(small)).number_of_items
    update = await api.playlists.add(small, [1, 2])
    assert update.added_item_ids == [1, 2]
    assert (await api.playlists.get(small)).number_of_items == before + 2  # the add invalidated the cache
    await api.playlists.remove_items(small, [1, 2])
    ids = [entry.item.id for entry in await api.playlists.items(small).collect() if entry.item]
    assert 1 not in ids
    assert 2 not in ids
    assert len(ids) == before
    await api.playlists.clear(small)
    assert await api.playlists.items(small).collect() == []
    await api.favorites.add_tracks([1, 2])
    favourite_ids = {favorite.item.id for favorite in await api.favorites.tracks().collect()}
    assert {1, 2} <= favourite_ids


async def test_stopping_a_large_listing_early_cancels_the_pages_in_flight() -> None:
    """Leaving the windowed iterator leaves no fetch task behind, even unclosed: its requests stay on
    the wire between two items (a window of them at most), and dropping the iterator cancels them."""
    import asyncio
    import gc

    sandbox = Sandbox(latency=0.05, rate_limit=None)
    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:sandbox")
    async with PrivateAPI(base_url=sandbox.urls.private, transport=sandbox.transport(), auth=auth) as api:
        large = sandbox.playlist_ids["large"]
        baseline = len(asyncio.all_tasks())
        items = api.playlists.items(large).__aiter__()
        for _ in range(150):
            await items.__anext__()
        assert len(asyncio.all_tasks()) - baseline <= DEFAULT_WINDOW  # a window on the wire at most
        del items  # abandoned without aclose(): nothing to clean up
        gc.collect()
        for _ in range(50):
            if len(asyncio.all_tasks()) <= baseline:
                break
            await asyncio.sleep(0.02)
        assert len(asyncio.all_tasks()) <= baseline
        assert len(await api.playlists.items(sandbox.playlist_ids["small"]).collect()) > 0


async def test_every_aligned_request_shape_is_accepted_by_the_strict_sandbox(
    sandbox_api: tuple[Sandbox, PrivateAPI],
) -> None:
    sandbox, api = sandbox_api
    await api.favorites.add_albums([1, 2])
    await api.favorites.add_artists(3)
    await api.favorites.add_tracks([4, 5])
    assert {"1", "2"} <= set((await api.favorites.ids()).album)
    await api.favorites.add_mixes(["mix-one", "mix-two"])
    await api.favorites.remove_mixes("mix-one")
    mix_ids = {mix.id for mix in await api.favorites.mixes().collect()}
    assert "mix-two" in mix_ids
    assert "mix-one" not in mix_ids
    small = sandbox.playlist_ids["small"]
    first = [entry.item.id for entry in await api.playlists.items(small, max_items=2).collect() if entry.item]
    await api.playlists.move(small, 0, 2)
    moved = [entry.item.id for entry in await api.playlists.items(small, max_items=2).collect() if entry.item]
    assert moved == [first[1], first[0]]
    update = await api.playlists.add(small, [7])
    assert update.added_item_ids == [7]
    last = (await api.playlists.items(small).collect())[-1]
    assert last.item is not None
    assert last.item.id == 7  # toIndex = the end
    again = await api.playlists.add(small, [7])
    assert again.added_item_ids == []  # onDupes=SKIP
    info = await api.tracks.playback_info(3, quality="LOSSLESS")
    assert info.codecs == "flac"
    video = await api.videos.playback_info(3)
    assert video.is_dash


async def test_drifted_payloads_parse_and_keep_placement_and_timestamps() -> None:
    sandbox = Sandbox(latency=0.0, rate_limit=None, private_drift=1.0)
    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:sandbox")
    async with PrivateAPI(base_url=sandbox.urls.private, transport=sandbox.transport(), auth=auth) as api:
        track = await api.tracks.get(1)
        assert track.bpm is None  # optional-in-practice fields are left out
        assert track.title
        video = await api.videos.get(2)
        assert video.album is not None
        assert video.album.id is None
        entries = await api.playlists.items(sandbox.playlist_ids["small"], max_items=3).collect()
        assert [entry.index for entry in entries] == [0, 1000, 2000]  # placement beside the item
        assert all(entry.date_added is not None and entry.item_uuid for entry in entries)
        page = await api.favorites.mixes().collect()
        assert page
        assert all(mix.graphic is not None for mix in page)
        info = await api.videos.playback_info(2)
        assert info.license_url is not None


async def test_sandbox_entries_fill_the_placement_from_inside_the_item(
    sandbox_api: tuple[Sandbox, PrivateAPI],
) -> None:
    sandbox, api = sandbox_api
    entries = await api.playlists.items(sandbox.playlist_ids["small"], max_items=2).collect()
    assert [entry.index for entry in entries] == [0, 1000]
    assert all(entry.date_added is not None and entry.item_uuid for entry in entries)


async def test_the_sandbox_artist_page_parses_into_typed_modules(
    sandbox_api: tuple[Sandbox, PrivateAPI],
) -> None:
    _, api = sandbox_api
    page = await api.pages.artist(5)
    header = page.modules[0]
    assert isinstance(header, ArtistHeaderModule)
    assert header.artist is not None
    assert header.artist.id == 5
    assert header.artist_mix is not None
    assert [control.playback_mode for control in header.playback_controls] == ["SHUFFLE", "PLAY"]
    tracks = next(module for module in page.modules if isinstance(module, TrackListModule))
    assert (tracks.list_format, tracks.show_table_headers, tracks.supports_paging) == ("NUMBERS", True, False)
    typed = [module for module in page.modules if not isinstance(module, GenericModule)]
    assert all(
        not module.model_extra
        or set(module.model_extra) <= {"header", "store", "roleCategories", "playlistStyle"}
        for module in typed
    )
