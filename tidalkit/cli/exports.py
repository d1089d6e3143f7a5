"""``tidalkit export playlist|favorites``: every item, fetched concurrently, as JSON or CSV."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tidalkit.api.client import TidalAPI
from tidalkit.cli import fetch
from tidalkit.cli.records import TrackRecord
from tidalkit.cli.render import export_text, progress_bar, write_export
from tidalkit.cli.session import Session
from tidalkit.cli.state import State, catalogue, run, state_of
from tidalkit.private.client import PrivateAPI

__all__ = ["Format", "export_app"]


class Format(StrEnum):
    """Export file formats."""

    json = "json"
    csv = "csv"


export_app = typer.Typer(
    help="Export a playlist or your favourite tracks as JSON or CSV.", no_args_is_help=True
)


def _export(
    state: State,
    what: str,
    fmt: Format,
    output: Path | None,
    v2_job: Callable[[TidalAPI, fetch.ProgressSink], Awaitable[list[TrackRecord]]],
    private_job: Callable[[PrivateAPI, fetch.ProgressSink], Awaitable[list[TrackRecord]]],
) -> None:
    user_required = what == "favorites"

    async def read(session: Session, app_only: bool) -> list[TrackRecord]:
        with progress_bar(state.err) as progress:
            if session.api == "v2":
                api = await session.v2(user_required=user_required, app_only=app_only)
                return await v2_job(api, progress)
            private = await session.private(user_required=user_required, app_only=app_only)
            return await private_job(private, progress)

    async def job() -> list[TrackRecord]:
        if user_required:
            async with state.session() as session:
                return await read(session, False)
        return await catalogue(state, read)  # a playlist needs no login

    records = run(state, job)
    if output is None:
        sys.stdout.write(export_text(records, fmt.value))  # type: ignore[arg-type]
        sys.stdout.flush()
        return
    write_export(records, fmt.value, output)  # type: ignore[arg-type]
    state.err.print(f"Exported {len(records)} items to {output} ({fmt.value}).")


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file (default: standard output).")
]


@export_app.command("playlist")
def export_playlist(
    ctx: typer.Context,
    playlist_id: Annotated[str, typer.Argument(help="The playlist's UUID.")],
    fmt: FormatOption = Format.json,
    output: OutputOption = None,
) -> None:
    """Export every track and video of a playlist, fetched concurrently."""

    async def v2_job(api: TidalAPI, progress: fetch.ProgressSink) -> list[TrackRecord]:
        return await fetch.v2_playlist(api, playlist_id, progress)

    async def private_job(api: PrivateAPI, progress: fetch.ProgressSink) -> list[TrackRecord]:
        return await fetch.private_playlist(api, playlist_id, progress)

    _export(state_of(ctx), "playlist", fmt, output, v2_job, private_job)


@export_app.command("favorites")
def export_favorites(
    ctx: typer.Context, fmt: FormatOption = Format.json, output: OutputOption = None
) -> None:
    """Export the logged-in user's favourite (collected) tracks."""
    _export(state_of(ctx), "favorites", fmt, output, fetch.v2_favorites, fetch.private_favorites)
