"""The ``tidalkit`` command line: login, accounts, whoami, get, search, export, demo, sandbox."""

import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import anyio
import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from tidalkit._http.errors import AuthenticationError, NotFoundError, TidalError
from tidalkit.api.client import TidalAPI
from tidalkit.auth.errors import LoginRequiredError
from tidalkit.auth.provider import TokenProvider
from tidalkit.cli import fetch
from tidalkit.cli.records import TrackRecord, details, from_private_item, to_json
from tidalkit.cli.render import (
    details_table,
    export_text,
    print_json,
    progress_bar,
    tracks_table,
    write_export,
)
from tidalkit.cli.session import Session
from tidalkit.cli.target import ApiName, NoCredentialsError, Target
from tidalkit.private.client import PrivateAPI

__all__ = ["Api", "Kind", "State", "app"]

T = TypeVar("T")


class Api(StrEnum):
    """Which TIDAL API a command uses."""

    v2 = "v2"
    private = "private"


class Kind(StrEnum):
    """What ``tidalkit get`` fetches."""

    track = "track"
    album = "album"
    artist = "artist"
    playlist = "playlist"
    video = "video"


class Format(StrEnum):
    """Export file formats."""

    json = "json"
    csv = "csv"


@dataclass
class State:
    """The global options of one invocation."""

    api: ApiName = "v2"
    sandbox: bool = False
    sandbox_url: str | None = None
    user: str | None = None
    country: str | None = None
    token_db: Path | None = None
    console: Console = field(default_factory=lambda: Console(highlight=False))
    err: Console = field(default_factory=lambda: Console(stderr=True, highlight=False))

    def target(self) -> Target:
        """TIDAL, the loopback sandbox (``--sandbox-url``) or a new in-process sandbox (``--sandbox``)."""
        if self.sandbox_url:
            return Target.loopback(self.sandbox_url)
        if self.sandbox:
            return Target.in_process()
        return Target.tidal()

    def session(self, target: Target | None = None) -> Session:
        """A session for this invocation's target, API, account and token store."""
        return Session(
            target or self.target(),
            api=self.api,
            user=self.user,
            country=self.country,
            token_db=self.token_db,
        )


app = typer.Typer(
    name="tidalkit",
    help="TIDAL from the command line: log in, fetch, search and export. "
    "Add --sandbox to try it offline, or run `tidalkit demo`.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
accounts_app = typer.Typer(help="List and remove stored logins.", invoke_without_command=True)
export_app = typer.Typer(
    help="Export a playlist or your favourite tracks as JSON or CSV.", no_args_is_help=True
)
sandbox_app = typer.Typer(help="The built-in sandbox TIDAL.", no_args_is_help=True)
app.add_typer(accounts_app, name="accounts")
app.add_typer(export_app, name="export")
app.add_typer(sandbox_app, name="sandbox")


def _fail(state: State, message: str, code: int = 1) -> NoReturn:
    state.err.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    raise typer.Exit(code)


def _run(state: State, job: Callable[[], Awaitable[T]]) -> T:
    """Run ``job`` on an event loop; typed errors become a message and an exit code."""
    try:
        return anyio.run(job)
    except NoCredentialsError as exc:
        _fail(state, str(exc), 2)
    except LoginRequiredError as exc:
        _fail(state, str(exc), 1)
    except NotFoundError as exc:
        _fail(state, f"not found: {exc}", 1)
    except AuthenticationError as exc:
        _fail(state, f"authentication failed: {exc}", 1)
    except TidalError as exc:
        _fail(state, f"{type(exc).__name__}: {exc}", 1)


def _state(ctx: typer.Context) -> State:
    state = ctx.find_object(State)
    if state is None:  # pragma: no cover - the callback always sets it
        state = State()
    return state


@app.callback()
def _options(
    ctx: typer.Context,
    api: Annotated[
        Api, typer.Option("--api", help="Which TIDAL API to use.", envvar="TIDALKIT_API")
    ] = Api.v2,
    sandbox: Annotated[
        bool, typer.Option("--sandbox", help="Run against the built-in sandbox TIDAL (in-process).")
    ] = False,
    sandbox_url: Annotated[
        str | None,
        typer.Option("--sandbox-url", help="Run against a sandbox served by `tidalkit sandbox serve`."),
    ] = None,
    user: Annotated[
        str | None, typer.Option("--user", help="The stored account to use (see `accounts`).")
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="Country code for catalogue reads.")
    ] = None,
    token_db: Annotated[
        Path | None,
        typer.Option("--token-db", help="The token database file.", envvar="TIDALKIT_TOKEN_DB"),
    ] = None,
) -> None:
    """Global options."""
    ctx.obj = State(
        api=api.value,  # type: ignore[arg-type]
        sandbox=sandbox,
        sandbox_url=sandbox_url,
        user=user,
        country=country,
        token_db=token_db,
    )


# ---- login, logout, accounts --------------------------------------------------------------------


@app.command()
def login(
    ctx: typer.Context,
    pkce: Annotated[bool, typer.Option("--pkce", help="Log in in the browser (PKCE) instead.")] = False,
    redirect_uri: Annotated[
        str | None, typer.Option("--redirect-uri", help="PKCE redirect URI registered for your app.")
    ] = None,
    open_browser: Annotated[
        bool, typer.Option("--open-browser/--no-browser", help="Open the login page.")
    ] = True,
) -> None:
    """Log in (device flow: a code to enter at link.tidal.com) and store the token."""
    state = _state(ctx)

    async def job() -> TokenProvider:
        from tidalkit.cli.login import SandboxBrowser, device_login

        async with state.session() as session:
            if pkce:
                receiver = SandboxBrowser(session.target.transport) if session.target.is_sandbox else None
                grant = session.pkce_grant(
                    redirect_uri=redirect_uri,
                    receiver=receiver,
                    open_browser=open_browser and receiver is None,
                )
                token = await grant.obtain()
            else:
                grant = session.device_grant()
                token = await device_login(grant, state.err)
            provider = TokenProvider(grant, repository=session.repository, user=state.user)
            await provider.set_token(token)
            return provider

    provider = _run(state, job)
    key = provider.key
    where = "the sandbox" if state.sandbox or state.sandbox_url else "TIDAL"
    state.console.print(
        f"Logged in to {where} ({key.api} API, {key.flow} flow) as user [bold]{provider.user_id or '?'}[/]"
        f" (country {provider.country_code or '?'}); stored as account [bold]{key.user or '-'}[/]."
    )


@app.command()
def logout(
    ctx: typer.Context,
    all_accounts: Annotated[bool, typer.Option("--all", help="Remove every account of this API.")] = False,
) -> None:
    """Forget the stored login of this API (the --user account, or the most recent one)."""
    state = _state(ctx)

    async def job() -> int:
        async with state.session() as session:
            client_id = session.target.client_id(session.api)
            if all_accounts:
                return await session.repository.remove(apis=session.api, client_ids=client_id)
            row = await session.stored_login()
            if row is None:
                return 0
            return int(await session.repository.delete(row.key))

    removed = _run(state, job)
    if removed == 0:
        _fail(state, f"no stored {state.api} login to remove", 1)
    state.console.print(f"Logged out: removed {removed} stored login(s).")


@accounts_app.callback()
def accounts(ctx: typer.Context) -> None:
    """List stored logins (`accounts remove NAME` removes one)."""
    if ctx.invoked_subcommand is not None:
        return
    state = _state(ctx)

    async def job() -> list[Any]:
        async with state.session() as session:
            return await session.repository.list()

    rows = _run(state, job)
    if not rows:
        state.console.print("No stored logins. Run `tidalkit login` (or `tidalkit --sandbox login`).")
        return
    table = Table(title="Stored logins (most recently used first)", title_justify="left")
    for column in ("account", "api", "flow", "client id", "user id", "expires", "refreshable"):
        table.add_column(column)
    for row in rows:
        token = row.token
        table.add_row(
            row.key.user or "-",
            row.key.api,
            row.key.flow,
            row.key.client_id,
            token.user_id or "",
            token.expires_at.isoformat(timespec="seconds") if token.expires_at else "",
            "yes" if token.refresh_token is not None else "no",
        )
    state.console.print(table)


@accounts_app.command("remove")
def accounts_remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The account name shown by `tidalkit accounts`.")],
) -> None:
    """Remove the stored logins of one account (every API and client)."""
    state = _state(ctx)

    async def job() -> int:
        async with state.session() as session:
            return await session.repository.remove(users=name)

    removed = _run(state, job)
    if removed == 0:
        _fail(state, f"no stored login named {name!r}", 1)
    state.console.print(f"Removed {removed} stored login(s) of account {name!r}.")


# ---- whoami, get, search ------------------------------------------------------------------------


@app.command()
def whoami(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """Show the logged-in user (GET /users/me; private API: GET v1/users/{id})."""
    state = _state(ctx)

    async def job() -> BaseModel:
        async with state.session() as session:
            if session.api == "v2":
                api = await session.v2(user_required=True)
                return await api.users.me()
            private = await session.private(user_required=True)
            return await private.users.get()

    user = _run(state, job)
    if as_json:
        print_json(state.console, to_json(user))
    else:
        state.console.print(details_table(details(user), title=f"Logged-in user ({state.api} API)"))


@app.command()
def get(
    ctx: typer.Context,
    kind: Annotated[Kind, typer.Argument(help="What to fetch.")],
    id: Annotated[str, typer.Argument(help="Its TIDAL id (a UUID for playlists).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full JSON.")] = False,
) -> None:
    """Fetch one track, album, artist, playlist or video (GET /{type}s/{id})."""
    state = _state(ctx)

    async def job() -> BaseModel:
        async with state.session() as session:
            if session.api == "v2":
                return await fetch.v2_one(await session.v2(), kind.value, id)
            return await fetch.private_one(await session.private(), kind.value, id)

    item = _run(state, job)
    if as_json:
        print_json(state.console, to_json(item))
    else:
        state.console.print(details_table(details(item), title=f"{kind.value} {id} ({state.api} API)"))


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="What to look for.")],
    limit: Annotated[int, typer.Option("--limit", min=1, max=100, help="Tracks to show.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Search the catalogue for tracks (GET /searchResults; private API: GET v1/search)."""
    state = _state(ctx)

    async def job() -> list[TrackRecord]:
        async with state.session() as session:
            if session.api == "v2":
                api = await session.v2()
                results = await api.search_results.get(query, include=["tracks"])
                ids = [("tracks", ident.id) for ident in results.identifiers("tracks")][:limit]
                return await fetch.v2_items(api, ids, fetch.NullProgress())
            private = await session.private()
            results = await private.search(query, types=["TRACKS"], limit=limit)
            return [from_private_item(track) for track in results.tracks.items[:limit]]

    records = _run(state, job)
    if as_json:
        print_json(state.console, [r.as_dict() for r in records])
    elif not records:
        state.console.print(f"No tracks found for {query!r}.")
    else:
        state.console.print(tracks_table(records, title=f"Tracks matching {query!r} ({state.api} API)"))


# ---- export -------------------------------------------------------------------------------------


def _export(
    state: State,
    what: str,
    fmt: Format,
    output: Path | None,
    v2_job: Callable[[TidalAPI, fetch.ProgressSink], Awaitable[list[TrackRecord]]],
    private_job: Callable[[PrivateAPI, fetch.ProgressSink], Awaitable[list[TrackRecord]]],
) -> None:
    async def job() -> list[TrackRecord]:
        async with state.session() as session:
            with progress_bar(state.err) as progress:
                if session.api == "v2":
                    return await v2_job(await session.v2(user_required=what == "favorites"), progress)
                return await private_job(await session.private(user_required=what == "favorites"), progress)

    records = _run(state, job)
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

    _export(_state(ctx), "playlist", fmt, output, v2_job, private_job)


@export_app.command("favorites")
def export_favorites(
    ctx: typer.Context, fmt: FormatOption = Format.json, output: OutputOption = None
) -> None:
    """Export the logged-in user's favourite (collected) tracks."""
    _export(_state(ctx), "favorites", fmt, output, fetch.v2_favorites, fetch.private_favorites)


# ---- demo and sandbox ---------------------------------------------------------------------------


@app.command()
def demo(
    ctx: typer.Context,
    tracks: Annotated[
        int, typer.Option("--tracks", min=1, max=100_000, help="Tracks to bulk-fetch.")
    ] = 2_000,
    playlist: Annotated[
        str, typer.Option("--playlist", help="Sandbox playlist to export: small (50) or large (5,000).")
    ] = "large",
    out: Annotated[
        Path | None, typer.Option("--out", help="Directory for the exports (default: a temp dir).")
    ] = None,
) -> None:
    """The main job end to end on the sandbox: device login, bulk fetch, search, export."""
    from tidalkit.cli.demo import run_demo

    state = _state(ctx)

    async def job() -> None:
        await run_demo(state.console, state.err, tracks=tracks, playlist=playlist, out=out)

    _run(state, job)


@sandbox_app.command("serve")
def sandbox_serve(
    ctx: typer.Context,
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (0 picks a free one).")] = 8750,
    seconds: Annotated[
        float | None, typer.Option("--seconds", help="Stop after this many seconds (default: Ctrl-C).")
    ] = None,
) -> None:
    """Serve the sandbox TIDAL on loopback; other commands reach it with --sandbox-url."""
    from tidalkit.cli.target import make_sandbox

    state = _state(ctx)

    async def job() -> None:
        async with make_sandbox().serve(port=port) as server:
            state.console.print(f"Sandbox TIDAL at {server.urls.base}  (Ctrl-C stops it)")
            state.console.print(f"  tidalkit --sandbox-url {server.urls.base} login")
            await anyio.sleep(seconds if seconds is not None else float("inf"))

    try:
        _run(state, job)
    except KeyboardInterrupt:
        state.console.print("Sandbox stopped.")
