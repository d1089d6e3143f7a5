"""Tolerant v2 documents: what the salvage keeps, what it records, and how often it logs."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.api import samples
from tidalkit._http.errors import ResponseValidationError
from tidalkit.api._generated.albums import AlbumsMultiResourceDataDocument
from tidalkit.api._generated.tracks import TracksSingleResourceDataDocument


def _albums(count: int) -> dict[str, Any]:
    data = [samples.resource("albums", str(n)) for n in range(count)]
    return {"data": data, "links": {"self": "/albums"}}


def test_one_warning_per_field_per_document_however_many_resources_lack_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    raw = _albums(20)
    for album in raw["data"]:
        del album["attributes"]["albumType"]
        album["attributes"].pop("type", None)  # else the deprecated twin stands in
    raw["data"][3]["attributes"]["numberOfItems"] = "many"
    with caplog.at_level("WARNING", logger="tidalkit"):
        doc = AlbumsMultiResourceDataDocument.model_validate_json(json.dumps(raw))
    assert len(doc.data) == 20
    assert [a.album_type for a in doc.data] == [None] * 20
    assert doc.data[3].number_of_items is None  # pyright: ignore[reportUnnecessaryComparison]
    assert doc.data[4].number_of_items == raw["data"][4]["attributes"]["numberOfItems"]
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert messages[0].startswith("TIDAL v2 albums 0: attributes.albumType missing; read as None")
    assert "albums 3: attributes.numberOfItems does not fit the model" in messages[1]
    issues = doc.validation_issues
    assert len(issues) == 21  # every one is counted, though logged once
    assert [i.value for i in issues if i.problem == "invalid"] == ["many"]  # nothing lost
    assert doc.data[3].validation_issues[-1].field == "attributes.numberOfItems"
    AlbumsMultiResourceDataDocument.model_validate_json(json.dumps(raw))  # a new document logs again
    assert len(caplog.records) == 4


def test_list_entries_that_do_not_fit_are_dropped_and_nested_objects_salvaged() -> None:
    raw = _albums(1)
    attributes = raw["data"][0]["attributes"]
    link = attributes["externalLinks"][0]
    attributes["externalLinks"] = [link, "not-a-link", {"meta": link["meta"]}]
    attributes["mediaTags"] = ["LOSSLESS", {"odd": 1}]
    album = AlbumsMultiResourceDataDocument.model_validate(raw).data[0]
    assert album.media_tags == ["LOSSLESS"]
    links = album.external_links
    assert links is not None
    assert [x.href for x in links] == [link["href"], None]
    assert {(i.field, i.problem) for i in album.validation_issues} == {
        ("attributes.externalLinks.1", "dropped"),
        ("attributes.externalLinks.2.href", "missing"),
        ("attributes.mediaTags.1", "dropped"),
    }


def test_a_primary_resource_without_an_id_is_left_out_of_a_collection() -> None:
    raw = _albums(3)
    del raw["data"][1]["id"]
    doc = AlbumsMultiResourceDataDocument.model_validate(raw)
    assert [a.id for a in doc.data] == ["0", "2"]
    assert [(i.field, i.problem) for i in doc.validation_issues] == [("data.1", "dropped")]


def test_a_document_that_is_not_an_object_still_raises_a_typed_error() -> None:
    from tidalkit._http.parsing import parse_model

    with pytest.raises(ResponseValidationError):
        parse_model(b"[1, 2]", TracksSingleResourceDataDocument)
    with pytest.raises(ResponseValidationError):
        parse_model(b"{not json", TracksSingleResourceDataDocument)


def test_a_valid_document_records_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="tidalkit"):
        doc = AlbumsMultiResourceDataDocument.model_validate_json(json.dumps(_albums(5)))
    assert doc.validation_issues == []
    assert all(a.validation_issues == () for a in doc.data)
    assert not caplog.records
