"""The code shown in docs/testing.md and docs/v2-api.md does what the pages say (on the sandbox)."""

from __future__ import annotations

import pytest

from tidalkit._http import HeaderAuth
from tidalkit.api import RelationshipNotIncludedError, TidalAPI
from tidalkit.testing import Sandbox


async def test_testing_page_example_counts_five_batched_requests() -> None:
    sandbox = Sandbox(num_tracks=500)
    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"})
    async with TidalAPI(
        auth=auth, base_url=sandbox.urls.v2, transport=sandbox.transport(), country_code="US"
    ) as tidal:
        result = await tidal.tracks.get_many([str(i) for i in range(1, 101)])
    assert len(result) == 100
    assert sandbox.stats.requests["v2.tracks.list"] == 5


async def test_v2_page_include_pagination_and_batch_snippets() -> None:
    sandbox = Sandbox()
    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:docs")
    playlist_id = sandbox.playlist_ids["small"]
    async with TidalAPI(
        auth=auth, base_url=sandbox.urls.v2, transport=sandbox.transport(), country_code="US"
    ) as tidal:
        track = await tidal.tracks.get("1", include=["artists", "albums"])
        assert [artist.name for artist in track.artists] == ["The Wilds"]
        bare = await tidal.tracks.get("2")
        with pytest.raises(RelationshipNotIncludedError, match="include"):
            _ = bare.artists

        first_page = await tidal.playlists.items(playlist_id)
        every = [entry async for entry in tidal.playlists.items(playlist_id)]
        assert first_page.data is not None
        assert len(first_page.data) < len(every) == 50
        item_ids = [entry.meta.item_id if entry.meta else None for entry in every]
        assert all(item_ids)
        some = await tidal.playlists.items(playlist_id, max_items=30).collect()
        assert [e.meta.item_id if e.meta else None for e in some] == item_ids[:30]

        result = await tidal.tracks.get_many(["3", "1", "3", "99999999"])
        assert [t.id for t in result] == ["3", "1"]
        assert result.missing == ["99999999"]
        assert result["1"].title == track.title


def test_the_documented_programs_are_collected_for_pyright() -> None:
    """``nox -s docs`` type-checks these with pyright strict (scripts/doc_snippets.py)."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "doc_snippets.py"
    spec = importlib.util.spec_from_file_location("doc_snippets", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    programs: dict[str, str] = module.programs()
    assert {"readme_1.py", "readme_2.py", "getting_started_1.py", "getting_started_2.py"} <= set(programs)
    assert any("pytestmark = pytest.mark.anyio" in source for source in programs.values())


async def test_v2_page_radio_snippet_yields_tracks_with_their_artists() -> None:
    sandbox = Sandbox()
    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:docs")
    async with TidalAPI(
        auth=auth, base_url=sandbox.urls.v2, transport=sandbox.transport(), country_code="US"
    ) as tidal:
        titles = [track.title async for track in tidal.tracks.radio("1", max_items=30)]
        with_artists = await tidal.artists.radio("3", include=["items.artists"]).collect()
    assert len(titles) == 30
    assert all(titles)
    assert with_artists
    assert all(track.artists for track in with_artists)  # resolved from the included artists
