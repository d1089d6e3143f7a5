"""The ``tidalkit`` command line: login, accounts, whoami, get, search, export, demo, sandbox."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import BaseModel
from rich.table import Table

from tidalkit.auth.provider import TokenProvider
from tidalkit.cli import fetch
from tidalkit.cli.errors import EXIT_USAGE
from tidalkit.cli.exports import export_app
from tidalkit.cli.records import TrackRecord, details, from_private_item, to_json
from tidalkit.cli.render import details_table, print_json, tracks_table
from tidalkit.cli.session import Session
from tidalkit.cli.state import State, catalogue, fail, run, state_of

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


app = typer.Typer(
    name="tidalkit",
    help="TIDAL from the command line: log in, fetch, search and export. "
    "Add --sandbox to try it offline, or run `tidalkit demo`.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
accounts_app = typer.Typer(help="List and remove stored logins.", invoke_without_command=True)
sandbox_app = typer.Typer(help="The built-in sandbox TIDAL.", no_args_is_help=True)
app.add_typer(accounts_app, name="accounts")
app.add_typer(export_app, name="export")
app.add_typer(sandbox_app, name="sandbox")


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
        typer.Option(
            "--sandbox-url",
            help="Run against a sandbox served by `tidalkit sandbox serve`.",
            envvar="TIDALKIT_SANDBOX_URL",
        ),
    ] = None,
    user: Annotated[
        str | None, typer.Option("--user", help="The stored account to use (see `accounts`).")
    ] = None,
    country: Annotated[
        str | None,
        typer.Option("--country", help="Country code for catalogue reads.", envvar="TIDALKIT_COUNTRY"),
    ] = None,
    token_db: Annotated[
        Path | None,
        typer.Option("--token-db", help="The token database file.", envvar="TIDALKIT_TOKEN_DB"),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log every request (method, path, status) to stderr.")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of a failure (and log every request).")
    ] = False,
) -> None:
    """Global options."""
    if verbose or debug:
        from tidalkit._logs import configure_logging

        configure_logging("debug")
    ctx.obj = State(
        api=api.value,  # type: ignore[arg-type]
        sandbox=sandbox,
        sandbox_url=sandbox_url,
        user=user,
        country=country,
        token_db=token_db,
        debug=debug,
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
    state = state_of(ctx)

    async def show_url(url: str) -> None:
        state.err.print("Open this URL in a browser to log in (Ctrl-C to cancel):")
        state.err.print(f"  {url}", soft_wrap=True, markup=False, highlight=False)

    async def job() -> TokenProvider:
        from tidalkit.cli.login import SandboxBrowser, device_login

        async with state.session() as session:
            sandbox = session.target.is_sandbox
            if pkce:
                receiver = SandboxBrowser(session.target.transport, on_url=show_url) if sandbox else None
                grant = session.pkce_grant(
                    redirect_uri=redirect_uri,
                    receiver=receiver,
                    open_browser=open_browser and not sandbox,
                    on_url=show_url,
                )
                token = await grant.obtain()
            else:
                grant = session.device_grant()
                token = await device_login(grant, state.err, sandbox=sandbox)
            provider = TokenProvider(grant, repository=session.repository, user=state.user)
            await provider.set_token(token)
            return provider

    provider = run(state, job)
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
    """Forget the stored login of this API (the --user account, or the most recent one).

    Needs no credentials: without a client id in the environment, logins of any app count.
    """
    state = state_of(ctx)

    async def job() -> int:
        from tidalkit.cli.session import USER_FLOWS

        async with state.session() as session:
            client_id = session.target.credentials.get(session.api, (None, None))[0]
            if all_accounts:
                return await session.repository.remove(apis=session.api, client_ids=client_id)
            rows = await session.repository.list(apis=session.api, client_ids=client_id, flows=USER_FLOWS)
            rows.sort(key=lambda row: row.last_used_at, reverse=True)
            for row in rows:
                if state.user is None or row.key.user == state.user:
                    return int(await session.repository.delete(row.key))
            return 0

    removed = run(state, job)
    if removed == 0:
        fail(state, f"no stored {state.api} login to remove", 1)
    state.console.print(f"Logged out: removed {removed} stored login(s).")


@accounts_app.callback()
def accounts(ctx: typer.Context) -> None:
    """List stored logins (`accounts remove NAME` removes one)."""
    if ctx.invoked_subcommand is not None:
        return
    state = state_of(ctx)

    async def job() -> list[Any]:
        async with state.session() as session:
            return await session.repository.list()

    rows = run(state, job)
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
    state = state_of(ctx)

    async def job() -> int:
        async with state.session() as session:
            return await session.repository.remove(users=name)

    removed = run(state, job)
    if removed == 0:
        fail(state, f"no stored login named {name!r}", 1)
    state.console.print(f"Removed {removed} stored login(s) of account {name!r}.")


# ---- whoami, get, search ------------------------------------------------------------------------


@app.command()
def whoami(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """Show the logged-in user (GET /users/me; private API: GET v1/users/{id})."""
    state = state_of(ctx)

    async def job() -> BaseModel:
        async with state.session() as session:
            if session.api == "v2":
                api = await session.v2(user_required=True)
                return await api.users.me()
            private = await session.private(user_required=True)
            return await private.users.get()

    user = run(state, job)
    _show(state, user, as_json=as_json, title=f"Logged-in user ({state.api} API)")


def _show(state: State, model: BaseModel, *, as_json: bool, title: str) -> None:
    """Print ``model`` as JSON, or as a table of its details under ``title``."""
    if as_json:
        print_json(state.console, to_json(model))
    else:
        state.console.print(details_table(details(model), title=title))


@app.command()
def get(
    ctx: typer.Context,
    kind: Annotated[Kind, typer.Argument(help="What to fetch.")],
    id: Annotated[str, typer.Argument(help="Its TIDAL id (a UUID for playlists).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full JSON.")] = False,
) -> None:
    """Fetch one track, album, artist, playlist or video (GET /{type}s/{id})."""
    state = state_of(ctx)

    async def read(session: Session, app_only: bool) -> BaseModel:
        if session.api == "v2":
            return await fetch.v2_one(await session.v2(app_only=app_only), kind.value, id)
        return await fetch.private_one(await session.private(app_only=app_only), kind.value, id)

    async def job() -> BaseModel:
        return await catalogue(state, read)

    item = run(state, job)
    _show(state, item, as_json=as_json, title=f"{kind.value} {id} ({state.api} API)")


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="What to look for.")],
    limit: Annotated[int, typer.Option("--limit", min=1, max=100, help="Tracks to show.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Search the catalogue for tracks (GET /searchResults; private API: GET v1/search)."""
    state = state_of(ctx)

    if not query.strip():
        fail(state, "the search query is empty: give some words to look for", EXIT_USAGE)

    async def read(session: Session, app_only: bool) -> list[TrackRecord]:
        if session.api == "v2":
            api = await session.v2(app_only=app_only)
            results = await api.search_results.get(query, include=["tracks"])
            ids = [("tracks", ident.id) for ident in results.identifiers("tracks")][:limit]
            return await fetch.v2_items(api, ids, fetch.NullProgress())
        private = await session.private(app_only=app_only)
        results = await private.search(query, types=["TRACKS"], limit=limit)
        return [from_private_item(track) for track in results.tracks.items[:limit]]

    async def job() -> list[TrackRecord]:
        return await catalogue(state, read)

    records = run(state, job)
    if as_json:
        print_json(state.console, [r.as_dict() for r in records])
    elif not records:
        state.console.print(f"No tracks found for {query!r}.")
    else:
        state.console.print(tracks_table(records, title=f"Tracks matching {query!r} ({state.api} API)"))


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

    state = state_of(ctx)

    async def job() -> None:
        await run_demo(state.console, state.err, tracks=tracks, playlist=playlist, out=out)

    run(state, job)


@sandbox_app.command(
    "serve",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
)
def sandbox_serve(ctx: typer.Context) -> None:
    """Serve the sandbox TIDAL on loopback (same flags as `python -m tidalkit.testing`; see --help)."""
    from tidalkit.testing.__main__ import main as serve

    raise typer.Exit(serve(ctx.args, prog="tidalkit sandbox serve"))
