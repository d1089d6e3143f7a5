"""Property: whatever TIDAL puts inside a page, a module or a list entry, parsing never fails."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings, strategies as st

from tests.private import payloads as p
from tidalkit.private.models import HomeFeed, MediaItem, OffsetPage, Page, PageModule, SearchResults

KEYS = [
    "id", "type", "title", "item", "items", "data", "pagedList", "showMore", "apiPath", "duration",
    "streamStartDate", "artists", "artist", "album", "mix", "images", "totalNumberOfItems", "limit",
    "offset", "mediaMetadata", "tags", "audioModes", "viewAll", "highlights", "value", "uuid", "created",
]  # fmt: skip
MODULE_TYPES = [
    "ALBUM_LIST", "TRACK_LIST", "VIDEO_LIST", "PLAYLIST_LIST", "MIX_LIST", "ARTIST_LIST", "ALBUM_ITEMS",
    "MIXED_TYPES_LIST", "PAGE_LINKS_CLOUD", "FEATURED_PROMOTIONS", "TEXT_BLOCK", "MIX_HEADER",
    "ARTIST_HEADER", "ALBUM_HEADER", "HIGHLIGHT_MODULE", "BRAND_NEW_MODULE",
]  # fmt: skip

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def modules(draw: st.DrawFn) -> dict[str, Any]:
    module = draw(st.dictionaries(st.sampled_from(KEYS), json_values, max_size=5))
    module["type"] = draw(st.sampled_from(MODULE_TYPES) | json_values)
    return module


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.lists(modules() | json_values, max_size=4))
def test_a_page_parses_whatever_its_modules_hold(content: list[Any]) -> None:
    page = Page.model_validate(
        {"id": "p", "title": "Home", "rows": [{"modules": content}, {"modules": [p.album_list_module()]}]}
    )
    assert all(isinstance(module, PageModule) for module in page.modules)
    assert page.modules[-1].type == "ALBUM_LIST"  # a good module survives its neighbours


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from(KEYS), json_values, max_size=5) | json_values, max_size=4))
def test_a_home_feed_parses_whatever_its_modules_hold(content: list[Any]) -> None:
    good = {"type": "HORIZONTAL_LIST", "title": "Mixes", "items": [{"type": "MIX", "data": p.mix()}]}
    feed = HomeFeed.model_validate({"items": [*content, good]})
    assert feed.items[-1].title == "Mixes"


@FUZZ
@given(st.lists(json_values, max_size=5))
def test_a_list_page_keeps_the_entries_that_fit(content: list[Any]) -> None:
    page = OffsetPage[MediaItem].model_validate(p.offset_page([*content, *p.media_items(p.track(42))]))
    assert page.items[-1].item is not None
    assert page.items[-1].item.id == 42


@FUZZ
@given(st.dictionaries(st.sampled_from(KEYS), json_values, max_size=4))
def test_search_top_hits_of_any_shape_are_kept(top_hit: dict[str, Any]) -> None:
    results = SearchResults.model_validate({"tracks": p.offset_page([p.track()]), "topHit": top_hit})
    assert results.tracks.items[0].id == 77646170
