"""The two ways a private payload is read: as sent (pydantic-core alone, from the bytes) and, only
for what that refuses, mended in Python. Both must give the same models, from bytes and from dicts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.private import payloads as p
from tidalkit._http.errors import ResponseValidationError
from tidalkit._http.parsing import parse_model
from tidalkit.private.models import Artist, MediaItem, OffsetPage, Track, Video

Page = OffsetPage[MediaItem]


def both(payload: Any) -> list[Any]:
    """``payload`` as a dict and as the JSON bytes TIDAL would send."""
    return [payload, json.dumps(payload).encode()]


@pytest.mark.parametrize("form", ["dict", "bytes"])
def test_naive_and_aware_timestamps_both_come_out_aware(form: str) -> None:
    naive, aware = "2020-01-02T03:04:05", "2021-05-06T07:08:09.5+0200"
    payload = {**p.track(1), "streamStartDate": naive, "dateAdded": aware}
    track = parse_model(both(payload)[form == "bytes"], Track)
    assert track.stream_start_date == datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert track.date_added is not None
    assert track.date_added.utcoffset() is not None
    assert track.date_added.astimezone(UTC).hour == 5


@pytest.mark.parametrize("form", ["dict", "bytes"])
def test_a_timestamp_that_is_no_timestamp_names_its_field(form: str) -> None:
    payload = {**p.track(1), "streamStartDate": "yesterday"}
    with pytest.raises(ResponseValidationError) as caught:
        parse_model(both(payload)[form == "bytes"], Track)
    assert caught.value.path == "streamStartDate"


@pytest.mark.parametrize("form", ["dict", "bytes"])
def test_null_lists_and_null_entries_are_mended(form: str) -> None:
    roles = [None, {"category": "x"}]
    artist = {"id": 7, "name": "A", "artistTypes": None, "mixes": None, "artistRoles": roles}
    payload = {**p.track(1), "audioModes": None, "artists": [None, artist, None], "mixes": None}
    track = parse_model(both(payload)[form == "bytes"], Track)
    assert track.audio_modes == []
    assert track.mixes == {}
    assert [a.id for a in track.artists] == [7]
    assert track.artists[0].artist_types == []
    assert track.artists[0].mixes == {}
    assert [role.category for role in track.artists[0].artist_roles] == ["x"]


@pytest.mark.parametrize("form", ["dict", "bytes"])
def test_a_bad_nested_entry_fails_with_a_plain_path(form: str) -> None:
    payload = {**p.track(1), "artists": [{"id": "not a number"}]}
    with pytest.raises(ResponseValidationError) as caught:
        parse_model(both(payload)[form == "bytes"], Track)
    assert caught.value.path == "artists.0.id"  # no labels of the two tries in it
    assert "[" not in str(caught.value)


@pytest.mark.parametrize("form", ["dict", "bytes"])
def test_entries_are_typed_by_their_type_and_placed_at_both_levels(form: str) -> None:
    video = {**p.video(5), "dateAdded": "2022-01-01T00:00:00.000+0000", "index": 3}
    track = {**p.track(6)}
    track.pop("itemUuid", None)
    entries = [
        {"type": "video", "item": video, "cut": None},
        {"type": "track", "item": track, "cut": None, "itemUuid": "u-6", "index": 4},
        {"type": "VIDEO", "item": {**p.video(8)}},
    ]
    page = parse_model(both(p.offset_page(entries))[form == "bytes"], Page)
    first, second, third = page.items
    assert isinstance(first.item, Video)
    assert first.item.id == 5
    assert first.item.quality == video["quality"]
    assert first.item.image_id == video.get("imageId")
    assert first.index == 3
    assert first.date_added is not None
    assert isinstance(second.item, Track)
    assert second.item.item_uuid == "u-6"
    assert second.item.index == 4
    assert isinstance(third.item, Video)


@pytest.mark.parametrize("form", ["dict", "bytes"])
def test_a_page_keeps_the_entries_that_fit(form: str, caplog: pytest.LogCaptureFixture) -> None:
    entries = [*p.media_items(p.track(1)), None, {"type": "track", "item": {"id": {"no": 1}}}]
    entries.append({"type": "track", "item": p.track(3)})
    with caplog.at_level("WARNING", logger="tidalkit.private"):
        page = parse_model(both(p.offset_page(entries))[form == "bytes"], Page)
    assert [entry.item.id for entry in page.items if entry.item] == [1, 3]
    assert "does not fit (item.Track.id: Input should be a valid integer)" in caplog.text
    assert "[as sent]" not in caplog.text
    assert "[mended]" not in caplog.text


def test_placement_copied_between_levels_counts_as_set() -> None:
    entry = MediaItem.model_validate({"type": "track", "item": {**p.track(6), "index": 9}, "itemUuid": "u"})
    assert entry.index == 9
    assert entry.item is not None
    assert entry.item.item_uuid == "u"
    assert entry.model_dump(exclude_unset=True)["index"] == 9
    assert entry.item.model_dump(exclude_unset=True, by_alias=True)["itemUuid"] == "u"


def test_a_naive_datetime_object_is_taken_as_utc() -> None:
    track = Track(id=1, stream_start_date=datetime(2020, 1, 2, 3, 4, 5))  # naive, as tested
    assert track.stream_start_date == datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_models_built_in_python_take_the_same_paths() -> None:
    artist = Artist(id=1, artist_types=None)  # type: ignore[arg-type]  # what a null from TIDAL does
    assert artist.artist_types == []
