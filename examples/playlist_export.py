"""Playlist export: every track of a playlist to CSV, through the v2 API.

    python examples/playlist_export.py PLAYLIST_ID [--output playlist.csv]

``GET /playlists/{id}/relationships/items`` (cursor pages) lists the entries; the tracks then come
in concurrent ``GET /tracks?filter[id]=…`` batches with their artists and albums included.
Without ``TIDAL_CLIENT_ID``/``TIDAL_CLIENT_SECRET`` it exports the sandbox's 5,000-item playlist.
"""

from __future__ import annotations

import argparse
import csv
import os
from pathlib import Path
from typing import Any

import anyio

from tidalkit.api import TidalAPI
from tidalkit.auth import AuthEndpoints, ClientCredentialsGrant, TokenProvider
from tidalkit.testing import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Sandbox

COLUMNS = ["position", "id", "title", "artists", "album", "duration_seconds", "isrc"]


async def main(
    playlist_id: str | None = None, output: Path = Path("playlist.csv"), *, sandbox: Sandbox | None = None
) -> dict[str, Any]:
    """Export the playlist to ``output``; returns the row count and the path."""
    if sandbox is None and not os.environ.get("TIDAL_CLIENT_ID"):
        sandbox = Sandbox()
        print("No TIDAL_CLIENT_ID: using the built-in sandbox TIDAL")
    grant_options: dict[str, Any] = {}
    api_options: dict[str, Any] = {}
    if sandbox is not None:
        playlist_id = playlist_id or sandbox.playlist_ids["large"]
        grant_options = {
            "client_id": SANDBOX_CLIENT_ID,
            "client_secret": SANDBOX_CLIENT_SECRET,
            "endpoints": AuthEndpoints.at(sandbox.urls.auth),
            "transport": sandbox.transport(),
        }
        api_options = {"base_url": sandbox.urls.v2, "transport": sandbox.transport()}
    if playlist_id is None:
        raise SystemExit("give a playlist id")

    auth = TokenProvider(ClientCredentialsGrant(**grant_options))
    async with TidalAPI(auth=auth, country_code="US", **api_options) as tidal:
        playlist = await tidal.playlists.get(playlist_id)
        entries = [entry async for entry in tidal.playlists.items(playlist_id)]
        track_ids = [entry.id for entry in entries if entry.type == "tracks"]
        tracks = await tidal.tracks.get_many(track_ids, include=["artists", "albums"])
    await auth.aclose()

    rows = 0
    with output.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for position, track_id in enumerate(track_ids, start=1):
            if track_id not in tracks.by_key:
                continue  # unavailable in this country
            track = tracks[track_id]
            writer.writerow(
                [
                    position,
                    track.id,
                    track.title,
                    ", ".join(artist.name for artist in track.artists),
                    ", ".join(album.title for album in track.albums),
                    int(track.duration.total_seconds()),
                    track.isrc,
                ]
            )
            rows += 1
    name = playlist.attributes.name if playlist.attributes else playlist_id
    print(
        f"{name}: {rows} of {len(entries)} entries are tracks → {output} ({len(tracks.missing)} unavailable)"
    )
    return {"rows": rows, "entries": len(entries), "path": output, "name": name}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("playlist_id", nargs="?")
    parser.add_argument("--output", type=Path, default=Path("playlist.csv"))
    args = parser.parse_args()
    anyio.run(lambda: main(args.playlist_id, args.output))
