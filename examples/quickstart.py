"""Quickstart: one track, a search and a playlist through both TIDAL APIs.

    python examples/quickstart.py            # the built-in sandbox unless TIDAL_CLIENT_ID is set

Against TIDAL: ``TIDAL_CLIENT_ID``/``TIDAL_CLIENT_SECRET`` (API v2, client credentials) and
``TIDAL_PRIVATE_CLIENT_ID`` (private API catalogue reads).
"""

from __future__ import annotations

import os
from typing import Any

import anyio

from tidalkit.api import TidalAPI
from tidalkit.auth import AuthEndpoints, ClientCredentialsGrant, TokenProvider
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Sandbox


def settings(sandbox: Sandbox | None) -> dict[str, Any]:
    """Where to connect: TIDAL (credentials from the environment) or the sandbox."""
    if sandbox is None:
        return {}
    return {
        "endpoints": AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login),
        "transport": sandbox.transport(),
        "client_id": SANDBOX_CLIENT_ID,
        "client_secret": SANDBOX_CLIENT_SECRET,
    }


async def main(sandbox: Sandbox | None = None, track_id: str = "1") -> dict[str, Any]:
    """Fetch a track through each API and search the v2 catalogue; returns what it printed."""
    if sandbox is None and not os.environ.get("TIDAL_CLIENT_ID"):
        sandbox = Sandbox()
        print("No TIDAL_CLIENT_ID: using the built-in sandbox TIDAL")
    options = settings(sandbox)
    v2_urls: dict[str, Any] = {}
    private_urls: dict[str, Any] = {}
    if sandbox is not None:
        v2_urls = {"base_url": sandbox.urls.v2, "transport": sandbox.transport()}
        private_urls = {"base_url": sandbox.urls.private, "transport": sandbox.transport()}

    # --- TIDAL API v2: an app token (client credentials), renewed on its own -----------------
    auth = TokenProvider(ClientCredentialsGrant(**options))
    async with TidalAPI(auth=auth, country_code="US", **v2_urls) as tidal:
        track = await tidal.tracks.get(track_id, include=["artists", "albums"])
        artists = ", ".join(artist.name for artist in track.artists)
        print(f"v2: {track.title} by {artists} ({track.duration}), ISRC {track.isrc}")

        results = await tidal.search_results.get("love", include=["tracks"])
        hits = [t.title for t in results.tracks[:5]]
        print(f"v2 search 'love': {hits}")
    await auth.aclose()

    # --- private API: catalogue reads with a client id --------------------------------------
    client_id = options.get("client_id")
    async with PrivateAPI(client_id=client_id, country_code="US", **private_urls) as private:
        same = await private.tracks.get(track_id)
        print(f"private: {same.title} by {same.artist.name if same.artist else '?'}")
    return {"v2_title": track.title, "private_title": same.title, "search": hits}


if __name__ == "__main__":
    anyio.run(main)
