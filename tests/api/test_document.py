"""The JSON:API document layer: included resolution, identifier meta, tolerance, speed."""

from __future__ import annotations

import json
import time
from datetime import UTC, timedelta

import pytest

from tests.api import samples
from tidalkit.api._generated.albums import AlbumsItemsMultiRelationshipDataDocument, AlbumsResourceObject
from tidalkit.api._generated.playlists import PlaylistsItemsMultiRelationshipDataDocument
from tidalkit.api._generated.tracks import TracksMultiResourceDataDocument, TracksSingleResourceDataDocument
from tidalkit.api.model import GenericResource, RelationshipNotIncludedError


def _track_document() -> dict[str, object]:
    track = samples.resource(
        "tracks", "t1", albums=[("albums", "a1")], artists=[("artists", "r1"), ("artists", "r2")]
    )
    album = samples.resource("albums", "a1", artists=[("artists", "r1")])
    album["attributes"]["title"] = "Kind of Blue"
    r1 = samples.resource("artists", "r1")
    r2 = samples.resource("artists", "r2")
    r2["attributes"]["name"] = "John Coltrane"
    return {
        "data": track,
        "included": [album, r1, r2],
        "links": {"self": "/tracks/t1"},
        "meta": {"note": "x"},
    }


def test_included_relationships_resolve_to_typed_resources() -> None:
    doc = TracksSingleResourceDataDocument.model_validate_json(json.dumps(_track_document()))
    track = doc.data
    assert track.albums[0].title == "Kind of Blue"
    assert isinstance(track.albums[0], AlbumsResourceObject)
    assert [a.name for a in track.artists] == ["Miles Davis", "John Coltrane"]
    assert track.albums[0].artists[0].name == "Miles Davis"  # nested include
    assert doc.links.self == "/tracks/t1"
    assert doc.meta == {"note": "x"}


def test_relationship_not_included_says_which_include_to_pass() -> None:
    doc = TracksSingleResourceDataDocument.model_validate(_track_document())
    with pytest.raises(
        RelationshipNotIncludedError, match=r"genres not included — pass include=\['genres'\]"
    ):
        _ = doc.data.genres
    with pytest.raises(AttributeError):  # still an AttributeError for hasattr()/getattr() users
        _ = doc.data.similar_tracks


def test_identifier_meta_is_kept_and_resolves_to_the_resource() -> None:
    album_items = {
        "data": [
            {"id": "t1", "type": "tracks", "meta": {"trackNumber": 1, "volumeNumber": 1}},
            {"id": "v1", "type": "videos", "meta": {"trackNumber": 2, "volumeNumber": 1}},
        ],
        "included": [samples.resource("tracks", "t1"), samples.resource("videos", "v1")],
        "links": {"self": "/albums/a/relationships/items"},
    }
    doc = AlbumsItemsMultiRelationshipDataDocument.model_validate(album_items)
    assert [(i.meta.track_number, i.meta.volume_number) for i in doc.data if i.meta] == [(1, 1), (2, 1)]
    assert [type(i.resource).__name__ for i in doc.data] == ["TracksResourceObject", "VideosResourceObject"]

    playlist_items = {
        "data": [{"id": "t1", "type": "tracks", "meta": {"itemId": "e-1", "addedAt": "2024-03-01T10:00:00"}}],
        "links": {"self": "/playlists/p/relationships/items"},
    }
    entry = PlaylistsItemsMultiRelationshipDataDocument.model_validate(playlist_items).data[0]
    assert entry.meta is not None
    assert entry.meta.item_id == "e-1"
    assert entry.meta.added_at is not None
    assert entry.meta.added_at.tzinfo is UTC
    with pytest.raises(RelationshipNotIncludedError, match="include"):
        _ = entry.resource


def test_unknown_types_fields_and_enum_values_are_tolerated() -> None:
    raw = _track_document()
    track = raw["data"]
    assert isinstance(track, dict)
    track["attributes"]["keyScale"] = "SUPER_LOCRIAN"  # an enum value TIDAL added later
    track["attributes"]["brandNewField"] = {"x": 1}
    track["relationships"]["hologram"] = {
        "data": [{"id": "h1", "type": "holograms"}],
        "links": {"self": "/x"},
    }
    raw["included"].append({"id": "h1", "type": "holograms", "attributes": {"depth": 3}})  # type: ignore[union-attr]
    raw["surprise"] = True
    doc = TracksSingleResourceDataDocument.model_validate_json(json.dumps(raw))
    assert doc.data.key_scale == "SUPER_LOCRIAN"
    assert doc.data.attributes is not None
    assert doc.data.attributes.model_extra == {"brandNewField": {"x": 1}}
    hologram = doc.data.related("hologram")[0]
    assert isinstance(hologram, GenericResource)
    assert hologram.attributes == {"depth": 3}
    assert {type(r).__name__ for r in doc.included_resources()} >= {"GenericResource", "AlbumsResourceObject"}


def test_a_server_inventing_thousands_of_resource_types_does_not_grow_memory() -> None:
    from tidalkit.api.model import resource_model

    raw = _track_document()
    track = raw["data"]
    assert isinstance(track, dict)
    invented = [{"id": str(n), "type": f"kind{n}"} for n in range(3000)]
    track["relationships"]["invented"] = {"data": invented}
    raw["included"] = [{**edge, "attributes": {}} for edge in invented]
    doc = TracksSingleResourceDataDocument.model_validate_json(json.dumps(raw))
    resolved = doc.data.related("invented")
    assert len(resolved) == 3000
    assert all(isinstance(resource, GenericResource) for resource in resolved)
    assert resource_model.cache_info().currsize <= 1024  # the type-to-model lookup stays bounded


def test_durations_are_timedeltas_and_datetimes_are_aware() -> None:
    doc = TracksSingleResourceDataDocument.model_validate(_track_document())
    assert doc.data.duration == timedelta(minutes=5, seconds=37)
    assert doc.data.created_at is not None
    assert doc.data.created_at.tzinfo is not None


def test_ten_thousand_resources_with_includes_parse_fast() -> None:
    track_tmpl, album_tmpl, artist_tmpl = (samples.resource(t, "x") for t in ("tracks", "albums", "artists"))

    def rel(type_: str, id_: str) -> dict[str, object]:
        return {"data": [{"id": id_, "type": type_}], "links": {"self": "/r"}}

    tracks = [
        {
            **track_tmpl,
            "id": f"t{n}",
            "relationships": {
                "albums": rel("albums", f"a{n % 2000}"),
                "artists": rel("artists", f"r{n % 1000}"),
            },
        }
        for n in range(10_000)
    ]
    included = [{**album_tmpl, "id": f"a{n}"} for n in range(2000)]
    included += [{**artist_tmpl, "id": f"r{n}"} for n in range(1000)]
    body = json.dumps({"data": tracks, "included": included, "links": {"self": "/tracks"}}).encode()
    TracksMultiResourceDataDocument.model_validate_json(body)  # build the schema once
    # CPU time of this process, not wall-clock time: other work on a busy machine does not count
    started = time.process_time()
    doc = TracksMultiResourceDataDocument.model_validate_json(body)
    parsed = time.process_time() - started
    started = time.process_time()
    titles = {t.albums[0].id for t in doc.data}
    resolved = time.process_time() - started
    print(
        f"\nparse 10k tracks + 3k included: {parsed * 1000:.0f} ms CPU; "
        f"resolve albums: {resolved * 1000:.0f} ms CPU"
    )
    assert len(doc.data) == 10_000
    assert len(titles) == 2000
    assert parsed < 5.0
    assert resolved < 5.0


def test_relationship_identifiers_get_their_typed_meta_lazily() -> None:
    raw = {
        "data": samples.resource("albums", "a1"),
        "links": {"self": "/albums/a1"},
    }
    raw["data"]["relationships"] = {
        "items": {
            "data": [{"id": "t1", "type": "tracks", "meta": {"trackNumber": 3, "volumeNumber": 2}}],
            "links": {"self": "/albums/a1/relationships/items"},
        }
    }
    from tidalkit.api._generated.albums import AlbumsItemsResourceIdentifier, AlbumsSingleResourceDataDocument

    album = AlbumsSingleResourceDataDocument.model_validate(raw).data
    assert isinstance(album.relationships, dict)  # raw until read: cheap to parse
    (edge,) = album.identifiers("items")
    assert isinstance(edge, AlbumsItemsResourceIdentifier)
    assert edge.meta is not None
    assert (edge.meta.track_number, edge.meta.volume_number) == (3, 2)
    documents = album.relationship_documents()
    assert documents.items is not None
    assert documents.items.data is not None
    assert documents.items.data[0].id == "t1"
    assert album.items == []  # the track itself was not included: no resource, no error


def test_a_malformed_included_resource_is_salvaged_and_its_neighbours_still_resolve(
    caplog: pytest.LogCaptureFixture,
) -> None:
    raw = _track_document()
    album = raw["included"][0]  # type: ignore[index]
    del album["attributes"]["title"]
    raw["included"][2] = {"type": "artists", "attributes": {"name": "no id"}}  # type: ignore[index]
    raw["included"].append({"id": "r2", "type": "artists", "attributes": {"name": 7}})  # type: ignore[union-attr]
    doc = TracksSingleResourceDataDocument.model_validate(raw)
    with caplog.at_level("WARNING", logger="tidalkit"):
        albums = doc.data.albums
        artists = doc.data.artists
    assert albums[0].title is None  # type: ignore[comparison-overlap]
    assert albums[0].validation_issues[0].field == "attributes.title"
    assert [a.name for a in artists] == ["Miles Davis", None]
    issues = {(i.resource_type, i.resource_id, i.field, i.problem) for i in doc.validation_issues}
    assert issues == {
        ("albums", "a1", "attributes.title", "missing"),
        ("artists", "r2", "attributes.name", "invalid"),
        ("artists", "r2", "attributes.popularity", "missing"),  # required by the spec
        ("artists", None, "", "dropped"),  # no id: left out, and counted
    }
    warnings = [r.getMessage() for r in caplog.records]
    assert any("albums a1: attributes.title missing" in w for w in warnings)


def test_to_one_relationships_resolve_to_one_resource_or_none() -> None:
    raw = _track_document()
    track = raw["data"]
    assert isinstance(track, dict)
    track["relationships"]["usageRules"] = {
        "data": {"id": "u1", "type": "usageRules"},
        "links": {"self": "/x"},
    }
    track["relationships"]["sourceFile"] = {"data": None, "links": {"self": "/y"}}
    raw["included"].append(samples.resource("usageRules", "u1"))  # type: ignore[union-attr]
    doc = TracksSingleResourceDataDocument.model_validate(raw)
    rules = doc.data.usage_rules
    assert rules is not None
    assert rules.country_code == "NO"
    assert doc.data.source_file is None


def test_an_included_resource_in_an_older_shape_is_read_and_reported_when_reached(
    caplog: pytest.LogCaptureFixture,
) -> None:
    raw = _track_document()
    album = raw["included"][0]  # type: ignore[index]
    album["attributes"]["copyright"] = "(C) 1959 Columbia"
    del album["attributes"]["numberOfItems"]
    raw["included"].append({"id": "x1", "type": "holograms", "attributes": {"depth": 3}})  # type: ignore[union-attr]
    doc = TracksSingleResourceDataDocument.model_validate_json(json.dumps(raw))
    assert doc.index.issues == []  # included resources are validated when first reached
    with caplog.at_level("WARNING", logger="tidalkit"):
        (read,) = doc.data.albums
        assert doc.data.albums == [read]  # a second read reports nothing new
    assert read.copyright is not None
    assert read.copyright.text == "(C) 1959 Columbia"
    assert read.number_of_items is None  # pyright: ignore[reportUnnecessaryComparison]
    assert {(i.field, i.problem) for i in read.validation_issues} == {
        ("attributes.copyright", "mapped"),
        ("attributes.numberOfItems", "missing"),
    }
    assert len(caplog.records) == 2
    assert len(doc.validation_issues) == 2  # the unknown type is no issue: a GenericResource


def test_a_malformed_identifier_is_reported_once_however_often_the_relationship_is_read() -> None:
    raw = _track_document()
    track = raw["data"]
    assert isinstance(track, dict)
    track["relationships"]["artists"]["data"].append({"type": "artists"})  # no id
    doc = TracksSingleResourceDataDocument.model_validate(raw)
    first = doc.data.identifiers("artists")
    assert [i.id for i in first] == ["r1", "r2"]
    first.clear()  # the caller's copy
    assert [a.id for a in doc.data.artists] == ["r1", "r2"]
    assert [i.id for i in doc.data.missing_related("artists")] == []
    dropped = [i for i in doc.validation_issues if i.problem == "dropped"]
    assert [i.field for i in dropped] == ["relationships.artists.data.2"]


def test_a_document_read_and_walked_is_freed_without_the_garbage_collector() -> None:
    import gc
    import weakref

    raw = _track_document()
    doc = TracksSingleResourceDataDocument.model_validate_json(json.dumps(raw))
    track = weakref.ref(doc.data)
    album = weakref.ref(doc.data.albums[0])
    _ = doc.data.artists, doc.validation_issues, doc.data.albums[0].artists
    enabled = gc.isenabled()
    gc.disable()
    try:
        del doc
        assert track() is None  # no reference cycle keeps the document's resources alive
        assert album() is None
    finally:
        if enabled:
            gc.enable()


def test_a_primary_resource_freed_meanwhile_is_read_again_from_the_document() -> None:
    raw = _track_document()
    album = raw["included"][0]  # type: ignore[index]
    album["relationships"]["items"] = {"data": [{"id": "t1", "type": "tracks"}], "links": {"self": "/x"}}
    for parse in (
        lambda: TracksSingleResourceDataDocument.model_validate_json(json.dumps(raw)),
        lambda: TracksSingleResourceDataDocument.model_validate(raw),
    ):
        doc = parse()
        (album,) = doc.data.albums
        assert album.items[0] is doc.data  # the primary resource itself while it lives
        doc = parse()
        (kept,) = doc.data.albums
        del doc  # and with it the track: the album's index holds it weakly
        (again,) = kept.items
        assert (again.type, again.id) == ("tracks", "t1")
        assert [a.id for a in again.related("artists")] == ["r1", "r2"]


@pytest.mark.parametrize(
    "odd",
    [
        {"type": ["artists"], "id": "r2"},
        {"type": "artists", "id": True},
        "artists r2",
        None,
    ],
)
def test_an_edge_that_is_no_plain_identifier_is_reported_when_the_relationship_is_read(odd: object) -> None:
    raw = _track_document()
    track = raw["data"]
    assert isinstance(track, dict)
    track["relationships"]["artists"]["data"].insert(1, odd)
    doc = TracksSingleResourceDataDocument.model_validate(raw)
    assert [a.id for a in doc.data.artists] == ["r1", "r2"]  # the plain ones still resolve
    dropped = [i for i in doc.validation_issues if i.problem == "dropped"]
    assert [i.field for i in dropped] == ["relationships.artists.data.1"]
    assert dropped[0].value == odd  # what TIDAL sent is kept


@pytest.mark.parametrize("as_sent", ["json", "python"])
def test_numeric_ids_are_read_as_their_text_in_data_edges_and_included(as_sent: str) -> None:
    # JSON:API ids are strings; a number where TIDAL drifts (its private API's ids are numbers) is
    # the same id, not a missing or invalid one
    raw = _track_document()
    track = raw["data"]
    included = raw["included"]
    assert isinstance(track, dict)
    assert isinstance(included, list)
    track["id"] = 58756128
    track["relationships"]["artists"]["data"][1]["id"] = 7
    included[2]["id"] = 7
    track["relationships"]["albums"]["data"][0]["id"] = "a1"
    text = json.dumps(raw)
    doc = (
        TracksSingleResourceDataDocument.model_validate_json(text)
        if as_sent == "json"
        else TracksSingleResourceDataDocument.model_validate(json.loads(text))
    )
    assert doc.data.id == "58756128"
    assert [(a.id, a.name) for a in doc.data.artists] == [("r1", "Miles Davis"), ("7", "John Coltrane")]
    assert doc.index.get("artists", "7") is doc.data.artists[1]
    assert doc.validation_issues == []
    assert doc.missing_included() == []


def test_reading_resources_of_a_relationship_leaves_its_identifiers_meta_to_identifiers() -> None:
    raw = _track_document()
    track = raw["data"]
    assert isinstance(track, dict)
    track["relationships"]["artists"]["data"][0]["meta"] = {"role": "main"}
    doc = TracksSingleResourceDataDocument.model_validate(raw)
    assert [a.name for a in doc.data.artists] == ["Miles Davis", "John Coltrane"]
    first = doc.data.identifiers("artists")[0]
    assert (first.type, first.id) == ("artists", "r1")
    assert first.meta == {"role": "main"}  # pyright: ignore[reportAttributeAccessIssue]
    assert first.resource is doc.data.artists[0]
