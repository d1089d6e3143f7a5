"""``tidalkit demo``: the main job end to end against an in-process sandbox TIDAL.

1. device login (the sandbox approves it as the user would), 2. who am I, 3. bulk fetch of N tracks
with a progress bar, 4. search, 5. export of a playlist (CSV) and of the favourites (JSON),
6. the same favourites through the private API. Tokens stay in memory: nothing is stored.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tidalkit.auth.provider import TokenProvider
from tidalkit.cli import fetch
from tidalkit.cli.login import device_login
from tidalkit.cli.render import progress_bar, tracks_table, write_export
from tidalkit.cli.session import memory_session
from tidalkit.cli.target import Target, make_sandbox
from tidalkit.private.client import PrivateAPI

__all__ = ["DemoReport", "run_demo"]


@dataclass(slots=True)
class DemoReport:
    """What the demo did: counts, files and the number of HTTP requests the sandbox served."""

    user_id: str
    tracks_fetched: int
    bulk_seconds: float
    bulk_requests: int
    search_hits: int
    playlist_items: int
    favorites: int
    private_favorites: int
    files: list[Path]
    total_requests: int


async def run_demo(
    console: Console,
    err: Console,
    *,
    tracks: int = 2_000,
    playlist: str = "large",
    out: Path | None = None,
    query: str = "love",
) -> DemoReport:
    """Run the demo, printing each step to ``console`` (progress bars on ``err``)."""
    sandbox = make_sandbox(num_tracks=max(tracks, 10_000))
    out = out or Path(tempfile.mkdtemp(prefix="tidalkit-demo-"))
    stats = sandbox.stats
    console.rule("tidalkit demo — against the built-in sandbox TIDAL (no network, no credentials)")

    async with memory_session(Target.in_process(sandbox), api="v2") as session:
        console.print("[bold]1. Log in with the device flow[/] (the sandbox approves the code after 3 polls)")
        grant = session.device_grant()
        token = await device_login(grant, err)
        provider = TokenProvider(grant, repository=session.repository)
        await provider.set_token(token)
        console.print(
            f"   logged in as user {token.user_id} ({token.country_code}), token {token.fingerprint}"
        )

        api = await session.v2(user_required=True)
        me = await api.users.me()
        username = me.username or "?"
        console.print(f"[bold]2. Who am I[/]: GET /users/me → {username} (id {me.id})")

        console.print(
            f"[bold]3. Bulk fetch {tracks:,} tracks[/] (GET /tracks?filter\\[id]=… batches of 20, concurrent)"
        )
        ids = [("tracks", str(i)) for i in range(1, tracks + 1)]
        before = stats.requests["v2.tracks.list"]
        started = time.perf_counter()
        with progress_bar(err) as progress:
            records = await fetch.v2_items(api, ids, progress, description="Fetching tracks")
        bulk_seconds = time.perf_counter() - started
        bulk_requests = stats.requests["v2.tracks.list"] - before
        rate = len(records) / bulk_seconds if bulk_seconds > 0 else float("inf")
        console.print(
            f"   fetched {len(records):,} tracks in {bulk_seconds:.2f} s with {bulk_requests} requests "
            f"({rate:,.0f} tracks/s); first: {records[0].title!r} by {records[0].artists}"
        )

        console.print(f"[bold]4. Search[/] {query!r}: GET /searchResults?filter\\[query]=…")
        results = await api.search_results.get(query, include=["tracks"])
        hits = [("tracks", ident.id) for ident in results.identifiers("tracks")]
        found = await fetch.v2_items(api, hits[:5], fetch.NullProgress())
        console.print(tracks_table(found, title=f"   top {len(found)} of {len(hits)} tracks"))

        playlist_id = sandbox.playlist_ids[playlist]
        console.print(f"[bold]5. Export[/] the {playlist!r} playlist and the favourites")
        with progress_bar(err) as progress:
            playlist_records = await fetch.v2_playlist(api, playlist_id, progress)
            favorite_records = await fetch.v2_favorites(api, progress)
        files = [
            write_export(playlist_records, "csv", out / f"playlist-{playlist}.csv"),
            write_export(favorite_records, "json", out / "favorites.json"),
        ]
        console.print(f"   {len(playlist_records):,} playlist items → {files[0]}")
        console.print(f"   {len(favorite_records):,} favourite tracks → {files[1]}")

        # The sandbox accepts one login on both APIs; against TIDAL each API has its own client id.
        async with PrivateAPI(
            auth=provider, base_url=sandbox.urls.private, transport=sandbox.transport()
        ) as private:
            private_records = await fetch.private_favorites(private, fetch.NullProgress())
        console.print(
            "[bold]6. Private API[/]: the same account's favourites via "
            f"GET v1/users/{{id}}/favorites/tracks → {len(private_records)} tracks"
        )

    report = DemoReport(
        user_id=token.user_id or "",
        tracks_fetched=len(records),
        bulk_seconds=bulk_seconds,
        bulk_requests=bulk_requests,
        search_hits=len(hits),
        playlist_items=len(playlist_records),
        favorites=len(favorite_records),
        private_favorites=len(private_records),
        files=files,
        total_requests=stats.total,
    )
    summary = Table(title="Summary", title_justify="left", show_header=False)
    summary.add_column("what", style="bold")
    summary.add_column("result")
    summary.add_row("login", f"device flow, user {report.user_id}")
    summary.add_row("bulk fetch", f"{report.tracks_fetched:,} tracks, {report.bulk_requests} requests")
    summary.add_row("search", f"{report.search_hits} track hits for {query!r}")
    summary.add_row("exports", ", ".join(str(path) for path in files))
    summary.add_row("HTTP requests", f"{report.total_requests:,} served by the sandbox")
    console.print(summary)
    console.print("Next: set TIDAL_CLIENT_ID/TIDAL_CLIENT_SECRET and run `tidalkit login` against TIDAL.")
    return report
