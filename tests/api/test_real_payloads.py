"""Every recorded TIDAL v2 response in tests/fixtures/real/v2, through the call a user would make.

Each file is served by respx for the matching client call. The document must parse; every attribute
the JSON carries must land in a declared field (or be on the allow-list of fields that stay in the
model's extras); every relationship target must resolve unless TIDAL left it out of ``included``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from tests.api.helpers import make_client
from tidalkit.api.client import TidalAPI
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import GenericResource, Identifier, Resource

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "v2"

Call = Callable[[TidalAPI], Awaitable[DocumentBase]]

CALLS: dict[str, Call] = {
    "albums_filter_include_2025_07__harmony_GB.json": lambda api: api.albums.list(
        filter_id=["381265361"], include=["artists", "items", "providers"]
    ),
    "albums_filter_include__harmony_SE_443692756.json": lambda api: api.albums.list(
        filter_id=["443692756"], include=["artists", "coverArt", "items.artists", "providers"]
    ),
    "albums_relationships_items_page2__harmony_396698918.json": lambda api: api.albums.items(
        "396698918", include=["items.artists"], cursor="3nI1Esi"
    ),
    "artists_get_include_biography__musicassistant_10586.json": lambda api: api.artists.get_document(
        "10586", include=["biography", "profileArt"]
    ),
    "trackManifests__hifiapi.json": lambda api: api.track_manifests.get_document(
        "85905134",
        manifest_type="MPEG_DASH",
        formats=["FLAC"],
        uri_scheme="HTTPS",
        usage="PLAYBACK",
        adaptive=False,
    ),
    "tracks_get_include__musicassistant_58756128.json": lambda api: api.tracks.get_document(
        "58756128", include=["albums", "artists", "genres"]
    ),
    "userCollectionArtists_items__musicassistant.json": lambda api: api.user_collection_artists.items(
        "me", include=["items"]
    ),
}

# (resource type, attribute) TIDAL sent that the spec (1.10.106) no longer declares: kept in extras.
EXTRAS_ALLOWED = {
    ("albums", "imageLinks"),  # 2025-07 shape; now the coverArt relationship
    ("albums", "videoLinks"),  # 2025-07 shape
    ("artists", "imageLinks"),  # 2025-07 shape; now the profileArt relationship
    ("artists", "roles"),  # 2025-07 shape; now the roles relationship
}

# What the tolerant path had to do on these files, as (type, field, problem): drift, not bugs.
EXPECTED_ISSUES = {
    ("albums", "attributes.albumType", "mapped"),  # 2025-07: only the deprecated ``type``
    ("albums", "attributes.copyright", "mapped"),  # 2025-07: a plain string
    ("tracks", "attributes.copyright", "mapped"),
    ("tracks", "attributes.key", "missing"),  # 2025-07 .. 2026-02 tracks
    ("tracks", "attributes.keyScale", "missing"),
}


def _files() -> list[str]:
    return sorted(p.name for p in REAL.glob("*.json"))


def test_every_recorded_file_has_a_client_call() -> None:
    assert set(_files()) == set(CALLS)


def _check_attributes(resource: Resource, raw: dict[str, Any]) -> None:
    sent: dict[str, Any] = raw.get("attributes") or {}
    attributes: Any = getattr(resource, "attributes", None)
    assert not isinstance(resource, GenericResource), raw["type"]
    if not sent:
        return
    assert attributes is not None
    by_alias = {(info.alias or name): name for name, info in type(attributes).model_fields.items()}
    extras: dict[str, Any] = attributes.model_extra or {}
    for key, value in sent.items():
        name = by_alias.get(key)
        if name is None:
            assert (raw["type"], key) in EXTRAS_ALLOWED, f"{raw['type']}.{key} is not a declared field"
            assert extras[key] == value
        elif value is not None:
            assert getattr(attributes, name) is not None, f"{raw['type']} {raw['id']}: {key} lost"


def _check_relationships(resource: Resource, raw: dict[str, Any], carried: set[tuple[str, str]]) -> None:
    for name, document in (raw.get("relationships") or {}).items():
        if "data" not in document:
            continue
        data = document["data"]
        edges = data if isinstance(data, list) else [data] if data is not None else []
        resolved = resource.related(name)
        missing = resource.missing_related(name)
        assert len(resolved) + len(missing) == len(edges)
        assert [(r.type, r.id) for r in resolved] == [
            (e["type"], e["id"]) for e in edges if (e["type"], e["id"]) in carried
        ]
        assert all((m.type, m.id) not in carried for m in missing)


@pytest.mark.parametrize("name", _files())
async def test_recorded_v2_payload_parses_through_the_client_call(name: str) -> None:
    body = (REAL / name).read_bytes()
    raw = json.loads(body)
    router = respx.MockRouter(assert_all_called=True)
    router.get(url__startswith="https://openapi.tidal.com/v2/").mock(
        return_value=httpx.Response(200, content=body, headers={"Content-Type": "application/vnd.api+json"})
    )
    async with make_client(router) as api:
        document = await CALLS[name](api)
    primary = raw["data"] if isinstance(raw["data"], list) else [raw["data"]]
    carried = {(r["type"], r["id"]) for r in primary + raw.get("included", [])}
    parsed: list[Any] = (
        document.__dict__["data"] if isinstance(raw["data"], list) else [document.__dict__["data"]]
    )
    assert len(parsed) == len(primary)
    for item, item_raw in zip(parsed, primary, strict=True):
        assert (item.type, item.id) == (item_raw["type"], item_raw["id"])
        if isinstance(item, Identifier):
            if (item.type, item.id) in {(r["type"], r["id"]) for r in raw.get("included", [])}:
                assert item.resource.id == item.id
            meta: Any = getattr(item, "meta", None)
            sent = {k for k, v in (item_raw.get("meta") or {}).items() if v is not None}
            kept = set(meta.model_dump(by_alias=True, exclude_none=True)) if meta is not None else set()
            assert kept == sent
            assert not (meta.model_extra if meta is not None else None)
        else:
            _check_attributes(item, item_raw)
            _check_relationships(item, item_raw, carried)
    included = document.included_resources()
    assert [(r.type, r.id) for r in included] == [(r["type"], r["id"]) for r in raw.get("included", [])]
    for resource, resource_raw in zip(included, raw.get("included", []), strict=True):
        _check_attributes(resource, resource_raw)
        _check_relationships(resource, resource_raw, carried)
    found = {(i.resource_type, i.field, i.problem) for i in document.validation_issues}
    assert found <= EXPECTED_ISSUES, found - EXPECTED_ISSUES


async def test_an_absent_relationship_target_is_reported_not_silently_dropped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = (REAL / "albums_filter_include__harmony_SE_443692756.json").read_bytes()
    router = respx.MockRouter()
    router.get(url__startswith="https://openapi.tidal.com/v2/albums").mock(
        return_value=httpx.Response(200, content=body)
    )
    async with make_client(router) as api:
        found = await api.albums.get_many(["443692756"], include=["artists"])
    album = found["443692756"]
    with caplog.at_level("WARNING", logger="tidalkit"):
        artists = album.artists
        _ = album.artists  # a second read does not log again
    assert [(i.type, i.id) for i in album.missing_related("artists")] == [("artists", "4854640")]
    assert len(artists) == len(album.identifiers("artists")) - 1
    absent = [r.getMessage() for r in caplog.records if "absent from included" in r.getMessage()]
    assert len(absent) == 1
    assert "albums 443692756: relationships.artists" in absent[0]
    assert "artists 4854640" in absent[0]


async def test_the_2025_shapes_are_mapped_and_counted() -> None:
    body = (REAL / "albums_filter_include_2025_07__harmony_GB.json").read_bytes()
    router = respx.MockRouter()
    router.get(url__startswith="https://openapi.tidal.com/v2/albums").mock(
        return_value=httpx.Response(200, content=body)
    )
    async with make_client(router) as api:
        document = await api.albums.list(filter_id=["381265361"], include=["artists", "items", "providers"])
    album = document.data[0]
    assert album.album_type == "SINGLE"  # from the deprecated ``type``
    assert album.copyright is not None
    assert album.copyright.text == "© 2024 Interscope Records"
    track = album.items[0]
    assert track.key is None
    assert track.key_scale is None
    assert track.copyright is not None
    assert track.copyright.text.startswith("℗ 2024")
    problems = sorted((i.resource_type, i.field, i.problem) for i in document.validation_issues)
    assert problems == sorted(EXPECTED_ISSUES)
