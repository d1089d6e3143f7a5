"""The same five steps through both TIDAL APIs: get, get_many, paginate, raw response, not found.

    python examples/same_pattern.py          # against the built-in sandbox

The two functions below differ only in their client and ids: ``get`` returns the model,
``get_many`` a ``BatchResult`` (input order, ``.missing``), list endpoints a ``Paginator``,
``with_raw_response`` the HTTP response with the parsed model, and an unknown id ``NotFoundError``.
pyright (strict) checks this file: every value below has a precise type.
"""

from __future__ import annotations

from typing import assert_type

import anyio

from tidalkit import BatchResult, HeaderAuth, NotFoundError, RawResponse, with_raw_response
from tidalkit.api import TidalAPI
from tidalkit.api._generated.tracks import TracksResourceObject
from tidalkit.private import PrivateAPI
from tidalkit.private.models import Track
from tidalkit.testing import Sandbox

MISSING = "99999999"


async def with_v2(tidal: TidalAPI, playlist_id: str) -> dict[str, object]:
    """The pattern on the TIDAL API v2."""
    track = await tidal.tracks.get("1", include=["artists"])
    assert_type(track, TracksResourceObject)
    found = await tidal.tracks.get_many(["1", "2", MISSING])
    assert_type(found, BatchResult[TracksResourceObject])
    titles = [item.title for item in found]
    entries = [entry.id async for entry in tidal.playlists.items(playlist_id, max_items=10)]
    raw = await with_raw_response(tidal.tracks.get, "1")
    assert_type(raw, RawResponse[TracksResourceObject])
    try:
        await tidal.tracks.get(MISSING)
    except NotFoundError as error:
        not_found = error.status_code
    else:
        not_found = None
    return {
        "title": track.title,
        "found": titles,
        "missing": found.missing,
        "entries": len(entries),
        "raw": (raw.http_response.status_code, raw.parse().title),
        "not_found": not_found,
    }


async def with_private(tidal: PrivateAPI, playlist_id: str) -> dict[str, object]:
    """The pattern on the private API."""
    track = await tidal.tracks.get("1")
    assert_type(track, Track)
    found = await tidal.tracks.get_many(["1", "2", MISSING])
    assert_type(found, BatchResult[Track])
    titles = [item.title for item in found]
    entries = [entry.item_uuid async for entry in tidal.playlists.items(playlist_id, max_items=10)]
    raw = await with_raw_response(tidal.tracks.get, "1")
    assert_type(raw, RawResponse[Track])
    try:
        await tidal.tracks.get(MISSING)
    except NotFoundError as error:
        not_found = error.status_code
    else:
        not_found = None
    return {
        "title": track.title,
        "found": titles,
        "missing": found.missing,
        "entries": len(entries),
        "raw": (raw.http_response.status_code, raw.parse().title),
        "not_found": not_found,
    }


async def main(sandbox: Sandbox | None = None) -> tuple[dict[str, object], dict[str, object]]:
    """Run the pattern on both APIs against the sandbox; returns what each run saw."""
    sandbox = sandbox or Sandbox()
    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:example")
    playlist = sandbox.playlist_ids["small"]
    async with TidalAPI(
        auth=auth, base_url=sandbox.urls.v2, transport=sandbox.transport(), country_code="US"
    ) as tidal:
        v2 = await with_v2(tidal, playlist)
    async with PrivateAPI(auth=auth, base_url=sandbox.urls.private, transport=sandbox.transport()) as tidal:
        private = await with_private(tidal, playlist)
    print(f"v2:      {v2}\nprivate: {private}")
    return v2, private


if __name__ == "__main__":
    anyio.run(main)
