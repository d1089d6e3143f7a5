"""Tolerant v2 documents: what the salvage keeps, what it records, and how often it logs."""

from __future__ import annotations

import importlib
import json
import random
from pathlib import Path
from typing import Any, cast

import pytest

from tests.api import samples
from tidalkit._http.errors import ResponseValidationError
from tidalkit.api._generated.albums import AlbumsMultiResourceDataDocument
from tidalkit.api._generated.tracks import TracksSingleResourceDataDocument
from tidalkit.api.document import DocumentBase

REAL_V2 = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "v2"


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
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 2
    assert warnings[0].startswith("TIDAL v2 albums 0: attributes.albumType missing; read as None")
    assert "albums 3: attributes.numberOfItems does not fit the model" in warnings[1]
    assert all(w.endswith("(shown once; later ones are logged at DEBUG)") for w in warnings)
    issues = doc.validation_issues
    assert len(issues) == 21  # every one is counted, though logged once
    assert [i.value for i in issues if i.problem == "invalid"] == ["many"]  # nothing lost
    assert doc.data[3].validation_issues[-1].field == "attributes.numberOfItems"


def test_the_same_drift_in_document_after_document_warns_once_then_logs_at_debug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    raw = _albums(3)
    for album in raw["data"]:
        del album["attributes"]["albumType"]
        album["attributes"].pop("type", None)
    body = json.dumps(raw)
    with caplog.at_level("DEBUG", logger="tidalkit"):
        docs = [AlbumsMultiResourceDataDocument.model_validate_json(body) for _ in range(50)]
    records = [r for r in caplog.records if "attributes.albumType missing" in r.getMessage()]
    assert [r.levelname for r in records] == ["WARNING"] + ["DEBUG"] * 49  # once per document
    assert all(len(doc.validation_issues) == 3 for doc in docs)  # each document still says it all
    other = _albums(1)
    other["data"][0]["attributes"]["numberOfItems"] = "many"
    caplog.clear()
    with caplog.at_level("DEBUG", logger="tidalkit"):
        AlbumsMultiResourceDataDocument.model_validate_json(json.dumps(other))
    assert [r.levelname for r in caplog.records] == ["WARNING"]  # a new problem is news again


def test_a_server_sending_ever_new_oddities_cannot_flood_the_warnings(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tidalkit import _logs

    monkeypatch.setattr(_logs, "WARNED_KEYS", 5)
    with caplog.at_level("DEBUG", logger="tidalkit"):
        for n in range(20):
            raw = _albums(1)
            raw["data"][0]["attributes"]["externalLinks"] = [{"href": 1, "meta": {"type": f"odd{n}"}}] * (
                n + 1
            )
            raw["data"][0]["type"] = "albums"
            raw["data"][0]["attributes"]["numberOfItems"] = f"many-{n}"
            raw["data"][0]["attributes"][f"extra{n}"] = {"nested": n}
            AlbumsMultiResourceDataDocument.model_validate_json(json.dumps(raw))
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) <= 5
    assert len(_logs._warned) <= 5  # pyright: ignore[reportPrivateUsage]


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


def _tracks_page(count: int) -> dict[str, Any]:
    data = [samples.resource("tracks", f"t{n}") for n in range(count)]
    return {"data": data, "links": {"self": "/tracks"}}


def test_required_fields_left_out_are_named_without_salvaging_the_document(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tidalkit.api import document
    from tidalkit.api._generated.tracks import TracksMultiResourceDataDocument

    def no_salvage(*args: object, **kwargs: object) -> None:
        raise AssertionError("the document fits: no salvage")

    monkeypatch.setattr(document, "salvage", no_salvage)
    raw = _tracks_page(3)
    for track in raw["data"]:  # TIDAL's tracks of 2025-07 .. 2026-02
        del track["attributes"]["key"]
        del track["attributes"]["keyScale"]
    raw["data"][1]["attributes"]["externalLinks"][0].pop("href")
    with caplog.at_level("WARNING", logger="tidalkit"):
        doc = TracksMultiResourceDataDocument.model_validate_json(json.dumps(raw))
    assert [t.key for t in doc.data] == [None] * 3
    assert doc.data[0].title == raw["data"][0]["attributes"]["title"]
    found = [(i.resource_id, i.field, i.problem) for i in doc.validation_issues]
    assert found == [
        ("t0", "attributes.key", "missing"),
        ("t0", "attributes.keyScale", "missing"),
        ("t1", "attributes.key", "missing"),
        ("t1", "attributes.keyScale", "missing"),
        ("t1", "attributes.externalLinks.0.href", "missing"),
        ("t2", "attributes.key", "missing"),
        ("t2", "attributes.keyScale", "missing"),
    ]
    assert [i.field for i in doc.data[1].validation_issues] == [
        "attributes.key",
        "attributes.keyScale",
        "attributes.externalLinks.0.href",
    ]
    assert len(caplog.records) == 3  # once per field per document


def test_an_older_shape_is_mapped_in_the_fast_path_and_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from tidalkit.api import document

    def no_salvage(*args: object, **kwargs: object) -> None:
        raise AssertionError("the document fits: no salvage")

    monkeypatch.setattr(document, "salvage", no_salvage)
    raw = _albums(2)
    first = raw["data"][0]["attributes"]
    first["copyright"] = "(C) 1959 Columbia"  # 2025-07: a plain string
    del first["albumType"]
    first["type"] = "EP"  # only the deprecated twin
    doc = AlbumsMultiResourceDataDocument.model_validate_json(json.dumps(raw))
    album = doc.data[0]
    assert album.copyright is not None
    assert album.copyright.text == "(C) 1959 Columbia"
    assert album.album_type == "EP"
    assert album.attributes is not None
    assert "album_type" in album.attributes.model_fields_set
    assert {(i.field, i.problem, i.value) for i in album.validation_issues} == {
        ("attributes.copyright", "mapped", "(C) 1959 Columbia"),
        ("attributes.albumType", "mapped", "EP"),
    }
    assert doc.data[1].validation_issues == ()
    assert len(doc.validation_issues) == 2


def test_a_deprecated_stand_in_that_does_not_fit_leaves_the_field_missing() -> None:
    raw = _albums(1)
    attributes = raw["data"][0]["attributes"]
    del attributes["albumType"]
    attributes["type"] = 7  # not a string: neither albumType nor type can take it as is
    doc = AlbumsMultiResourceDataDocument.model_validate(raw)
    assert doc.data[0].album_type is None
    problems = {(i.field, i.problem) for i in doc.validation_issues}
    assert ("attributes.albumType", "missing") in problems


def test_a_wrong_value_beside_an_absent_field_salvages_one_resource_and_reports_both() -> None:
    raw = _tracks_page(2)
    for track in raw["data"]:
        del track["attributes"]["key"]
    raw["data"][1]["attributes"]["popularity"] = "high"
    raw["data"][1]["attributes"]["copyright"] = "(P) 1959"
    from tidalkit.api._generated.tracks import TracksMultiResourceDataDocument

    doc = TracksMultiResourceDataDocument.model_validate_json(json.dumps(raw))
    assert doc.data[1].popularity is None  # pyright: ignore[reportUnnecessaryComparison]
    assert doc.data[1].copyright is not None
    assert doc.data[1].copyright.text == "(P) 1959"
    found = [(i.resource_id, i.field, i.problem) for i in doc.validation_issues]
    assert sorted(found) == sorted(
        [
            ("t0", "attributes.key", "missing"),
            ("t1", "attributes.key", "missing"),
            ("t1", "attributes.copyright", "mapped"),
            ("t1", "attributes.popularity", "invalid"),
        ]
    )
    assert len(found) == len(set(found))  # each once, though the salvage validated twice


def test_a_copyright_that_is_neither_object_nor_string_reads_as_none() -> None:
    raw = _albums(1)
    raw["data"][0]["attributes"]["copyright"] = 1959
    doc = AlbumsMultiResourceDataDocument.model_validate_json(json.dumps(raw))
    assert doc.data[0].copyright is None
    (issue,) = doc.validation_issues
    assert (issue.field, issue.problem, issue.value) == ("attributes.copyright", "invalid", 1959)


_REAL_DOCUMENTS = {
    "albums_filter_include_2025_07__harmony_GB.json": "albums:AlbumsMultiResourceDataDocument",
    "albums_filter_include__harmony_SE_443692756.json": "albums:AlbumsMultiResourceDataDocument",
    "albums_relationships_items_page2__harmony_396698918.json": (
        "albums:AlbumsItemsMultiRelationshipDataDocument"
    ),
    "artists_get_include_biography__musicassistant_10586.json": "artists:ArtistsSingleResourceDataDocument",
    "tracks_get_include__musicassistant_58756128.json": "tracks:TracksSingleResourceDataDocument",
    "userCollectionArtists_items__musicassistant.json": (
        "user_collection_artists:UserCollectionArtistsItemsMultiRelationshipDataDocument"
    ),
}


def _drop_keys(value: Any, rng: random.Random, rate: float) -> Any:
    """``value`` with object members left out at random, at every depth (ids and types kept), and
    some one-string objects sent as that string (``copyright`` in 2025-07)."""
    if isinstance(value, list):
        return [_drop_keys(item, rng, rate) for item in cast(list[Any], value)]
    if not isinstance(value, dict):
        return value
    members = cast(dict[str, Any], value)
    if list(members) == ["text"] and rng.random() < rate:
        return members["text"]
    return {
        key: _drop_keys(item, rng, rate)
        for key, item in members.items()
        if key in ("id", "type", "data", "included") or rng.random() >= rate
    }


def _issues(document_class: type[DocumentBase], body: str) -> list[tuple[Any, ...]]:
    document = document_class.model_validate_json(body)
    per_resource = [
        (resource.type, resource.id, tuple(resource.validation_issues))
        for resource in [*document.included_resources()]
    ]
    return [tuple(issue) for issue in document.validation_issues] + per_resource


@pytest.mark.parametrize("name", sorted(_REAL_DOCUMENTS))
def test_the_walk_for_absent_fields_finds_what_an_exhaustive_walk_finds(
    name: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The walk skips the subtrees where no field this process ever read as absent lives: a field left
    out for the first time, at any depth, in any resource, must still be found."""
    from tidalkit.api import tolerance

    module, _, class_name = _REAL_DOCUMENTS[name].partition(":")
    document_class: type[DocumentBase] = getattr(
        importlib.import_module(f"tidalkit.api._generated.{module}"), class_name
    )
    raw = json.loads((REAL_V2 / name).read_text())
    rng = random.Random(name)
    caplog.set_level("CRITICAL", logger="tidalkit")
    found = mapped = 0
    for _ in range(12):
        body = json.dumps(_drop_keys(raw, rng, rate=rng.choice((0.05, 0.2, 0.5))))
        monkeypatch.setattr(tolerance, "_SEEN", set[str]())  # a fresh process: nothing seen before
        pruned = _issues(document_class, body)
        monkeypatch.setattr(tolerance, "_SEEN", {tolerance._ANY})  # pyright: ignore[reportPrivateUsage]
        exhaustive = _issues(document_class, body)  # ↑ every subtree walked
        assert pruned == exhaustive
        found += len(exhaustive)
        mapped += sum(1 for issue in exhaustive if "mapped" in issue)
    assert found  # the drops left required fields out
    if '"copyright":{"text"' in json.dumps(raw, separators=(",", ":")):
        assert mapped  # and sent some copyrights as plain strings
