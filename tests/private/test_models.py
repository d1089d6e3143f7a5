"""Tolerant models: nulls, missing fields, unknown enum values and unknown page modules parse."""

from __future__ import annotations

import copy
import json
import pickle
import warnings
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.private import payloads as p
from tidalkit._http.errors import ResponseValidationError
from tidalkit._http.parsing import parse_model
from tidalkit.private.models import (
    Album,
    Artist,
    CollectionItem,
    CursorPage,
    Favorite,
    Folder,
    GenericModule,
    HomeFeed,
    MediaItem,
    Mix,
    OffsetPage,
    Page,
    PageItem,
    PlaybackInfo,
    Playlist,
    SearchResults,
    Subscription,
    Track,
    Video,
)
from tidalkit.private.models.page import (
    AlbumListModule,
    FeaturedPromotionsModule,
    HighlightModule,
    MixedTypesListModule,
    PageLinksModule,
    TextBlockModule,
    TrackListModule,
)


def nulled(payload: dict[str, Any], keep: tuple[str, ...] = ("id", "uuid")) -> dict[str, Any]:
    return {key: (value if key in keep else None) for key, value in payload.items()}


@pytest.mark.parametrize(
    ("model", "payload"),
    [
        (Track, p.track()),
        (Album, p.album()),
        (Artist, p.artist()),
        (Video, p.video()),
        (Playlist, p.playlist()),
        (Mix, p.mix()),
    ],
)
def test_every_field_may_be_null(model: type[Any], payload: dict[str, Any]) -> None:
    parsed = model.model_validate(nulled(payload))
    assert parsed.model_dump(exclude_none=True, exclude_defaults=True).keys() <= {"id", "uuid"}


@pytest.mark.parametrize(
    ("model", "payload"),
    [
        (Track, {"id": 1}),
        (Album, {"id": 1}),
        (Artist, {"id": 1}),
        (Video, {"id": 1}),
        (Playlist, {"uuid": "u"}),
    ],
)
def test_only_the_id_is_required(model: type[Any], payload: dict[str, Any]) -> None:
    parsed = model.model_validate(payload)
    assert parsed.model_dump(exclude_defaults=True) == payload


def test_unknown_enum_values_and_unknown_fields_are_kept() -> None:
    track = Track.model_validate(
        p.track(
            audioQuality="ULTRA_HI_RES_9000",
            audioModes=["STEREO", "QUANTUM"],
            type="HOLOGRAM",
            newField={"a": 1},
        )
    )
    assert track.audio_quality == "ULTRA_HI_RES_9000"
    assert track.audio_modes == ["STEREO", "QUANTUM"]
    assert track.model_extra == {"type": "HOLOGRAM", "newField": {"a": 1}}


def test_null_entries_in_lists_are_dropped() -> None:
    page = OffsetPage[MediaItem].model_validate(
        {"limit": 3, "offset": 0, "totalNumberOfItems": 3, "items": [None, *p.media_items(p.track()), None]}
    )
    assert len(page.items) == 1
    track = Track.model_validate(
        p.track(artists=[None, {"id": 1, "name": "x"}], mediaMetadata={"tags": None})
    )
    assert [artist.id for artist in track.artists] == [1]
    assert track.media_metadata is not None
    assert track.media_metadata.tags == []


def test_unavailable_track_with_null_media_metadata_does_not_break_a_playlist_listing() -> None:
    unavailable = p.track(
        2, mediaMetadata=None, audioModes=None, album=None, streamReady=False, duration=None
    )
    page = OffsetPage[MediaItem].model_validate(p.offset_page(p.media_items(p.track(1), unavailable)))
    assert [entry.item.id for entry in page.items if entry.item] == [1, 2]


def test_timestamps_are_aware_and_durations_are_timedeltas() -> None:
    track = Track.model_validate(p.track(dateAdded="2024-02-11T19:12:02.405"))
    assert track.stream_start_date is not None
    assert track.stream_start_date.tzinfo is not None
    assert track.date_added is not None
    assert track.date_added.tzinfo == UTC
    assert track.duration == timedelta(seconds=369)


def test_a_media_item_of_unknown_type_becomes_a_track_and_video_type_a_video() -> None:
    assert isinstance(MediaItem.model_validate({"type": "video", "item": p.video()}).item, Video)
    assert isinstance(MediaItem.model_validate({"type": "podcast", "item": {"id": 3}}).item, Track)


@pytest.mark.parametrize(
    "raw",
    [
        p.video(),
        p.video(album={"vibrantColor": None}, dateAdded="2024-01-02T03:04:05.000+0000", index=4),
        {**p.video(), "brandNew": {"nested": [1, 2]}, "quality": None, "imageId": None},
        {**p.video(), "audioQuality": "LOSSLESS", "replayGain": -7.5},  # keys only a Track declares
        {"id": 7},
    ],
)
def test_a_video_entry_reads_as_if_its_item_were_validated_as_a_video(raw: dict[str, Any]) -> None:
    page = OffsetPage[MediaItem].model_validate_json(
        json.dumps(p.offset_page([{"type": "video", "item": raw}]))
    )
    [entry] = page.items
    direct = Video.model_validate(raw)
    assert isinstance(entry.item, Video)
    assert entry.item.model_fields_set == direct.model_fields_set
    assert entry.item.model_extra == direct.model_extra
    assert entry.item.model_dump() == direct.model_dump()


REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "private"


def _read(model: type[Any], raw: Any, mode: str) -> Any:
    return model.model_validate(raw) if mode == "python" else model.model_validate_json(json.dumps(raw))


def _read_page(payload: dict[str, Any], mode: str) -> Page:
    return Page.model_validate(payload) if mode == "python" else Page.model_validate_json(json.dumps(payload))


@pytest.mark.parametrize("mode", ["python", "json"])
def test_an_unknown_page_module_becomes_a_generic_module_and_the_page_still_parses(mode: str) -> None:
    payload = p.page(
        p.album_list_module(),
        {"type": "HOLOGRAPHIC_CAROUSEL", "title": "New!", "wobble": [1, 2, 3]},
        {"type": "ALBUM_LIST", "title": "broken", "pagedList": "not an object"},
        {
            "type": "PAGE_LINKS_CLOUD",
            "pagedList": p.offset_page([{"title": "Pop", "apiPath": "pages/genre_pop"}]),
        },
        {"type": "FEATURED_PROMOTIONS", "items": [{"header": "Hot", "type": "PLAYLIST", "artifactId": "x"}]},
        {"type": "TEXT_BLOCK", "text": "hello"},
        {
            "type": "MIXED_TYPES_LIST",
            "pagedList": p.offset_page(
                [
                    {"type": "ALBUM", "item": p.album()},
                    {"type": "MIX", "item": p.mix()},
                    {"type": "SPACESHIP", "item": {"id": 1}},
                ]
            ),
        },
        {
            "type": "HIGHLIGHT_MODULE",
            "highlights": [{"title": "Hot", "item": {"type": "TRACK", "item": p.track()}}],
        },
        {"type": "TRACK_LIST", "pagedList": p.offset_page([{"title": "no id"}, p.track(5)])},
        None,  # a null module
    )
    payload["rows"].append({"modules": None})
    page = _read_page(payload, mode)
    kinds = [type(module) for module in page.modules]
    assert kinds == [
        AlbumListModule,
        GenericModule,
        GenericModule,
        PageLinksModule,
        FeaturedPromotionsModule,
        TextBlockModule,
        MixedTypesListModule,
        HighlightModule,
        TrackListModule,
    ]
    unknown = page.modules[1]
    assert unknown.type == "HOLOGRAPHIC_CAROUSEL"
    assert unknown.model_extra == {"wobble": [1, 2, 3]}
    broken = page.modules[2]
    assert broken.title == "broken"
    assert broken.model_extra is not None
    assert "pagedList" in broken.model_extra
    album_list = page.modules[0]
    assert isinstance(album_list, AlbumListModule)
    assert album_list.show_more is not None
    assert album_list.show_more.api_path == "pages/m_new_albums"
    assert album_list.paged_list is not None
    assert album_list.paged_list.data_api_path == "pages/data/abc"
    mixed = page.modules[6]
    assert isinstance(mixed, MixedTypesListModule)
    assert mixed.paged_list is not None
    items: list[PageItem] = mixed.paged_list.items
    tracks = page.modules[8]
    assert isinstance(tracks, TrackListModule)
    assert tracks.paged_list is not None
    assert [track.id for track in tracks.paged_list.items] == [5]  # the broken item is skipped, not fatal
    highlight = page.modules[7]
    assert isinstance(highlight, HighlightModule)
    assert highlight.highlights[0].item is not None
    assert isinstance(highlight.highlights[0].item.item, Track)
    assert isinstance(items[0].item, Album)
    assert isinstance(items[1].item, Mix)
    assert items[2].item == {"id": 1}


@pytest.mark.parametrize("mode", ["python", "json"])
def test_a_page_module_whose_common_fields_are_odd_keeps_its_raw_fields_and_junk_modules_are_dropped(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    odd = {"type": "ALBUM_LIST", "title": {"not": "text"}, "width": "wide", "pagedList": p.offset_page([])}
    payload = p.page(
        odd,
        "a string",
        42,
        [1, 2],
        {"type": 7, "title": "typed by a number"},
        {"type": ["ALBUM_LIST"], "title": "an unhashable type"},
        p.album_list_module(),
    )
    page = _read_page(payload, mode)
    kinds = [GenericModule, GenericModule, GenericModule, AlbumListModule]
    assert [type(module) for module in page.modules] == kinds
    listed = page.modules[2]
    assert listed.type is None
    assert listed.model_extra is not None
    assert listed.model_extra["raw"]["type"] == ["ALBUM_LIST"]
    kept, numbered = page.modules[0], page.modules[1]
    assert kept.type == "ALBUM_LIST"
    assert kept.model_extra is not None
    assert kept.model_extra["raw"] == odd
    assert numbered.type == "7"
    assert numbered.title == "typed by a number"
    assert sum("does not fit" in record.getMessage() for record in caplog.records) >= 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a generic module of a known type serialises as what it is
        dumped = page.model_dump(mode="json", by_alias=True)
    assert dumped["rows"][0]["modules"][0]["raw"] == odd


def test_a_page_dump_keeps_every_module_s_content_and_reads_back_the_same() -> None:
    body = (REAL / "pages_artist__tidalrs.json").read_bytes()
    page = Page.model_validate_json(body)
    assert {type(module).__name__ for module in page.modules} >= {"ArtistHeaderModule", "TrackListModule"}
    dumped = page.model_dump(mode="json", by_alias=True)
    modules = [module for row in dumped["rows"] for module in row["modules"]]
    listed = [module for module in modules if module["type"].endswith("_LIST")]
    assert listed
    assert all(module["pagedList"]["items"] for module in listed)
    again = Page.model_validate(dumped)
    assert [type(module) for module in again.modules] == [type(module) for module in page.modules]
    assert again.model_dump() == page.model_dump()


@pytest.mark.parametrize("mode", ["python", "json"])
def test_home_feed_tolerates_unknown_modules_items_and_shapes(mode: str) -> None:
    feed = _read(
        HomeFeed,
        {
            "items": [
                {
                    "type": "NEW_FANCY_LIST",
                    "title": "x",
                    "items": [{"type": "ALBUM", "data": {"title": "no id"}}],
                },
                {"type": "HORIZONTAL_LIST", "items": {"unexpected": "object"}},
                None,
                {"type": "TRACK_LIST", "items": [None, {"type": "TRACK", "data": p.track()}]},
            ]
        },
        mode,
    )
    assert feed.items[0].items[0].data == {"title": "no id"}
    assert feed.items[1].items == []
    assert feed.items[1].model_extra == {"rawItems": {"unexpected": "object"}}
    assert isinstance(feed.items[2].items[0].data, Track)


def test_search_results_with_missing_types_and_an_unknown_top_hit() -> None:
    results = SearchResults.model_validate(
        {"artists": p.offset_page([p.artist()]), "topHit": {"type": "PODCASTS", "value": {"id": 1}}}
    )
    assert results.tracks.items == []
    assert results.top_hit is not None
    assert results.top_hit.value == {"id": 1}
    assert SearchResults.model_validate({"topHit": None}).top_hit is None


def test_open_enums_on_subscription_and_playback() -> None:
    assert (
        Subscription.model_validate({"status": "PAUSED", "subscription": {"type": "FAMILY"}}).status
        == "PAUSED"
    )
    info = PlaybackInfo.model_validate(
        {"audioQuality": "SUPER", "audioMode": "NEW_MODE", "manifestMimeType": None}
    )
    assert info.audio_quality == "SUPER"
    assert not info.is_dash
    assert not info.is_bts


def test_a_truly_wrong_payload_is_a_typed_error_naming_the_field() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        parse_model({"title": "no id"}, Track)
    assert caught.value.path == "id"


def test_models_accept_snake_case_too() -> None:
    assert Track(id=1, track_number=3).track_number == 3
    assert Track.model_validate({"id": 1, "trackNumber": 3}).model_dump(by_alias=True)["trackNumber"] == 3


def test_a_list_entry_that_does_not_fit_is_skipped_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    payload = p.offset_page([*p.media_items(p.track(1)), {"type": "track", "item": {"title": "no id"}}])
    payload["items"].append({"type": "track", "item": p.track(3)})
    with caplog.at_level("WARNING", logger="tidalkit.private"):
        page = OffsetPage[MediaItem].model_validate(payload)
    assert [entry.item.id for entry in page.items if entry.item] == [1, 3]
    assert "skipped a list item" in caplog.text
    assert page.total_number_of_items == 2  # the envelope is untouched


def test_unfit_entries_page_after_page_warn_once_then_log_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    payload = p.offset_page([*p.media_items(p.track(1)), {"type": "track", "item": {"title": "no id"}}])
    body = json.dumps(payload)
    with caplog.at_level("DEBUG", logger="tidalkit.private"):
        pages = [OffsetPage[MediaItem].model_validate_json(body) for _ in range(30)]
    skipped = [r.levelname for r in caplog.records if "skipped a list item" in r.getMessage()]
    assert skipped == ["WARNING"] + ["DEBUG"] * 29
    assert all(len(page.items) == 1 for page in pages)


def test_a_favourite_whose_item_is_gone_still_parses() -> None:
    page = OffsetPage[Favorite[Track]].model_validate(
        p.offset_page([{"created": "2024-01-01T00:00:00.000+0000", "item": None}])
    )
    assert page.items[0].item is None


def _private_models() -> list[type[Any]]:
    import importlib
    import inspect
    import pkgutil

    import tidalkit.private.models as package
    from tidalkit.private.models._base import TidalModel

    found: list[type[Any]] = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for obj in vars(module).values():
            if (
                inspect.isclass(obj)
                and issubclass(obj, TidalModel)
                and obj.__module__ == module.__name__
                and not obj.__pydantic_generic_metadata__["parameters"]
            ):
                found.append(obj)
    found += [OffsetPage[Track], SearchResults]
    return found


@pytest.mark.parametrize("model", _private_models(), ids=lambda model: model.__name__)
def test_a_null_gives_the_default_for_every_field_of_every_model(model: type[Any]) -> None:
    """No model relies on a per-payload hook: each field with a default takes a null as that default."""
    samples = {int: 1, str: "x"}
    required = {
        field.alias or name: samples[field.annotation]
        for name, field in model.model_fields.items()
        if field.is_required()
    }
    fields = model.model_fields.items()
    nulls = {field.alias or name: None for name, field in fields if not field.is_required()}
    parsed = model.model_validate({**nulls, **required})
    for name, field in model.model_fields.items():
        if not field.is_required():
            assert getattr(parsed, name) == field.get_default(call_default_factory=True), name


def test_a_video_whose_album_has_no_id_parses() -> None:
    video = Video.model_validate(p.video(album={"vibrantColor": None}))
    assert video.album is not None
    assert video.album.id is None
    assert video.album.vibrant_color is None


@pytest.mark.parametrize("key", ["lastModifiedAt", "lastUpdatedAt"])
def test_the_favourite_mixes_page_reads_either_timestamp_name(key: str) -> None:
    page = CursorPage[Mix].model_validate({key: "2024-05-01T10:00:00.000+0000", "items": [p.mix()]})
    assert page.last_updated_at is not None
    assert page.last_updated_at.tzinfo is not None
    assert page.model_extra == {}


def test_mix_graphic_and_colours_are_typed() -> None:
    mix = Mix.model_validate(
        p.mix(
            graphic={
                "type": "SQUARES_GRID",
                "text": "T",
                "images": [{"id": "a", "vibrantColor": "#fff"}, None],
            },
            contentBehavior="UNRESTRICTED",
            titleColor="#A8CADA",
            subTitleColor="#A8CADA",
            sharingImages=None,
        )
    )
    assert mix.graphic is not None
    assert mix.graphic.type == "SQUARES_GRID"
    assert [image.vibrant_color for image in mix.graphic.images] == ["#fff"]
    assert (mix.content_behavior, mix.title_color, mix.sub_title_color) == (
        "UNRESTRICTED",
        "#A8CADA",
        "#A8CADA",
    )
    assert mix.sharing_images == {}
    assert mix.model_extra == {}


@pytest.mark.parametrize("mode", ["python", "json"])
@pytest.mark.parametrize(
    ("images", "expected"),
    [
        ({"SMALL": {"url": "s", "width": 320}}, {"SMALL": "s"}),
        ([{"size": "SMALL", "url": "s"}, {"size": "LARGE", "url": "l"}], {"SMALL": "s", "LARGE": "l"}),
        ([{"url": "first"}, "junk", None, {"size": "X", "url": "x"}], {"0": "first", "X": "x"}),
        (None, {}),
        ([], {}),
    ],
)
def test_mix_images_read_as_a_mapping_whatever_shape_tidal_sends(
    mode: str, images: Any, expected: dict[str, str]
) -> None:
    raw = {"id": "m", "images": images, "detailImages": images, "sharingImages": images}
    mix = Mix.model_validate(raw) if mode == "python" else Mix.model_validate_json(json.dumps(raw))
    for read in (mix.images, mix.detail_images, mix.sharing_images):
        assert {size: image.url for size, image in read.items()} == expected


@pytest.mark.parametrize("mode", ["python", "json"])
def test_a_cursor_page_reads_its_list_from_items_or_content_items_first(mode: str) -> None:
    def read(raw: dict[str, Any]) -> CursorPage[str]:
        model = CursorPage[str]
        return model.model_validate(raw) if mode == "python" else model.model_validate_json(json.dumps(raw))

    assert read({"content": ["a", "b"], "cursor": "c1"}).items == ["a", "b"]
    assert read({"items": ["a"], "content": ["ignored"]}).items == ["a"]
    assert read({"items": None, "cursor": None}).items == []
    assert read({}).items == []


@pytest.mark.parametrize("mode", ["python", "json"])
@pytest.mark.parametrize(
    ("kind", "expected"),
    [("ALBUM", Album), ("ALBUMS", Album), ("album", Album), ("Albums", Album), ("SPACESHIP", dict)],
)
def test_a_mixed_list_item_is_the_model_its_type_names_however_spelled(
    mode: str, kind: str, expected: type[Any]
) -> None:
    item = _read(PageItem, {"type": kind, "item": p.album()}, mode)
    assert isinstance(item, PageItem)
    assert isinstance(item.item, expected)
    assert item.type == kind
    assert repr(item).startswith("PageItem(")


@pytest.mark.parametrize("mode", ["python", "json"])
def test_an_item_that_does_not_fit_the_model_its_type_names_stays_a_dict(mode: str) -> None:
    raw = {"type": "TRACK", "item": {"title": "no id", "duration": "long"}}
    item = _read(PageItem, raw, mode)
    assert item.item == raw["item"]
    assert _read(PageItem, {"type": "TRACK", "item": None}, mode).item is None
    assert _read(PageItem, {"item": p.track()}, mode).item == p.track()  # no type: nothing to go by


def test_items_read_by_either_path_or_built_compare_and_dump_alike() -> None:
    fast = PageItem.model_validate_json(json.dumps({"type": "ALBUM", "item": p.album()}))
    slow = PageItem.model_validate({"type": "ALBUM", "item": p.album()})  # the same, from dicts
    odd = PageItem.model_validate({"type": "album", "item": p.album()})
    built = PageItem(type="ALBUM", item=Album.model_validate(p.album()))
    assert fast == slow == built
    assert odd != fast  # its type differs
    assert fast != PageItem.model_validate({"type": "ALBUM", "item": p.album(2)})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dumped = [item.model_dump(mode="json", by_alias=True) for item in (fast, odd, built)]
    assert dumped[0] == dumped[2]
    assert dumped[0]["item"]["title"] == p.album()["title"]
    assert PageItem.model_validate(dumped[0]) == fast


@pytest.mark.parametrize("mode", ["python", "json"])
def test_top_hits_home_items_and_collection_items_are_typed_by_their_kind(mode: str) -> None:
    results = _read(SearchResults, {"topHit": {"type": "TRACKS", "value": p.track()}}, mode)
    assert results.top_hit is not None
    assert isinstance(results.top_hit.value, Track)
    feed = _read(HomeFeed, {"items": [{"type": "X", "items": [{"type": "MIX", "data": p.mix()}]}]}, mode)
    assert isinstance(feed.items[0].items[0].data, Mix)
    page = _read(
        CursorPage[CollectionItem],
        {"items": [p.collection_item("FOLDER"), p.collection_item("PLAYLIST"), p.collection_item("folder")]},
        mode,
    )
    assert [type(item.data) for item in page.items] == [Folder, Playlist, Folder]
    by_name = CollectionItem.model_validate(
        {"item_type": "FOLDER", "data": p.collection_item("FOLDER")["data"]}
    )
    assert isinstance(by_name.data, Folder)


def test_items_typed_by_their_kind_pickle_and_copy_as_what_they_are() -> None:
    page = Page.model_validate_json(
        json.dumps(
            p.page(
                {
                    "type": "MIXED_TYPES_LIST",
                    "pagedList": p.offset_page(
                        [{"type": "ALBUM", "item": p.album()}, {"type": "x", "item": {}}]
                    ),
                }
            )
        )
    )
    mixed = page.modules[0]
    assert isinstance(mixed, MixedTypesListModule)
    assert mixed.paged_list is not None
    parsed: list[Any] = [
        *mixed.paged_list.items,
        _read(SearchResults, {"topHit": {"type": "TRACKS", "value": p.track()}}, "json").top_hit,
        _read(HomeFeed, {"items": [{"items": [{"type": "MIX", "data": p.mix()}]}]}, "json").items[0].items[0],
        _read(CollectionItem, p.collection_item("FOLDER"), "json"),
    ]
    for value in parsed:
        for again in (pickle.loads(pickle.dumps(value)), copy.deepcopy(value)):  # noqa: S301  # our own bytes
            assert type(again) is type(value)
            assert again == value
