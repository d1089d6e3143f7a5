"""Are the bench server's payloads the size and shape of TIDAL's? The sandbox's answers beside the real ones.

For each payload the request scenarios parse, the sandbox's answer (in-process, the bench server's
knobs) and the recorded TIDAL payload (``tests/fixtures/real/``) are compared by compact JSON bytes
and by field count (every key of every object, nested). "Comparable" means both within 0.67–1.5×.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

import httpx

from bench._floors import Params
from bench.parse_cost import REAL, compact

LOW, HIGH = 0.67, 1.5


def fields(value: Any) -> int:
    """Keys of every object in ``value``, nested."""
    if isinstance(value, dict):
        return len(value) + sum(fields(v) for v in value.values())
    if isinstance(value, list):
        return sum(fields(v) for v in value)
    return 0


def size(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())


@dataclass(frozen=True)
class Shape:
    name: str
    sandbox_bytes: int
    sandbox_fields: int
    real_bytes: int
    real_fields: int
    real_file: str

    @property
    def comparable(self) -> bool:
        pairs = ((self.sandbox_bytes, self.real_bytes), (self.sandbox_fields, self.real_fields))
        return all(LOW <= ours / theirs <= HIGH for ours, theirs in pairs)


def _shape(name: str, ours: Any, real_file: str, theirs: Any | None = None) -> Shape:
    real = theirs if theirs is not None else json.loads(compact(REAL / real_file))
    return Shape(name, size(ours), fields(ours), size(real), fields(real), real_file)


async def _fetch() -> dict[str, Any]:
    from bench._server import BenchSandbox, bench_knobs

    sandbox = BenchSandbox(**bench_knobs({"toy": 300}))
    headers = {"Authorization": f"Bearer {sandbox.user_token()}"}
    uuid = sandbox.playlist_ids["toy"]
    async with httpx.AsyncClient(transport=sandbox.transport(), headers=headers) as client:

        async def get(url: str, params: Params) -> Any:
            response = await client.get(url, params=list(params))
            response.raise_for_status()
            return response.json()

        us = [("countryCode", "US")]
        v2_one = [*us, ("include", "albums,artists"), ("filter[id]", "1")]
        return {
            "track": await get(f"{sandbox.urls.private}/v1/tracks/1", us),
            "items": await get(f"{sandbox.urls.private}/v1/playlists/{uuid}/items", [*us, ("limit", 100)]),
            "v2_one": await get(f"{sandbox.urls.v2}/tracks", v2_one),
        }


def shapes() -> list[Shape]:
    got = asyncio.run(_fetch())
    real_entries = json.loads(compact(REAL / "private/playlist_items_entries_trimmed__hifiapi.json"))["items"]
    real_track_doc = json.loads(compact(REAL / "v2/tracks_get_include__musicassistant_58756128.json"))
    entries = got["items"]["items"]
    one_track = got["v2_one"]["data"][0]
    # the recording asked for albums.coverArt,artists,genres: compare with its albums and artists only
    asked = {"albums", "artists"}
    real_asked = {
        **real_track_doc,
        "included": [r for r in real_track_doc["included"] if r["type"] in asked],
    }
    v2_file = "v2/tracks_get_include__musicassistant_58756128.json"
    return [
        _shape("(1) private track, GET v1/tracks/{id}", got["track"], "private/track__hifiapi.json"),
        _shape(
            "(2) one playlist entry of GET v1/playlists/{uuid}/items (track wrapper)",
            next(e for e in entries if e.get("type") == "track"),
            "private/playlist_items_entries_trimmed__hifiapi.json",
            real_entries[0],
        ),
        _shape("(3) v2 document of one track, include=albums,artists", got["v2_one"], v2_file, real_asked),
        _shape("(3) the track resource alone", one_track, v2_file, real_track_doc["data"]),
        _shape(
            "(3) the album resource alone (included)",
            next(r for r in got["v2_one"]["included"] if r["type"] == "albums"),
            v2_file,
            next(r for r in real_track_doc["included"] if r["type"] == "albums"),
        ),
    ]


def section(found: list[Shape]) -> list[str]:
    """The results file's section: heading, set-up line and table."""
    lines = [
        "## Payloads: the bench server's beside TIDAL's recorded ones",
        "",
        "The sandbox's answer (in-process, the bench server's knobs) and the recorded payload, by compact "
        f"JSON bytes and field count (keys of every object, nested); comparable: both within {LOW}–{HIGH}×.",
        "",
        "| payload | sandbox bytes | real bytes | sandbox fields | real fields | comparable | real file |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    for shape in found:
        lines.append(
            f"| {shape.name} | {shape.sandbox_bytes:,} | {shape.real_bytes:,} | {shape.sandbox_fields} "
            f"| {shape.real_fields} | {'yes' if shape.comparable else '**no**'} | `{shape.real_file}` |"
        )
    return lines
