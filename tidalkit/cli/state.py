"""One invocation's global options, its consoles, and how a command's failure is printed."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn, TypeVar

import anyio
import typer
from rich.console import Console

from tidalkit._http.errors import UnauthorizedError
from tidalkit.auth.errors import LoginRequiredError
from tidalkit.cli.errors import describe
from tidalkit.cli.session import Session
from tidalkit.cli.target import ApiName, Target

__all__ = ["State", "catalogue", "fail", "run", "state_of"]

T = TypeVar("T")


def _console(*, stderr: bool) -> Console:
    """A console for a terminal, or one that never wraps lines when the output is piped."""
    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(stderr=stderr, highlight=False)
    return Console(stderr=stderr, highlight=False, soft_wrap=True, width=100_000)


@dataclass
class State:
    """The global options of one invocation."""

    api: ApiName = "v2"
    sandbox: bool = False
    sandbox_url: str | None = None
    user: str | None = None
    country: str | None = None
    token_db: Path | None = None
    debug: bool = False
    console: Console = field(default_factory=lambda: _console(stderr=False))
    err: Console = field(default_factory=lambda: _console(stderr=True))

    def target(self) -> Target:
        """TIDAL, the loopback sandbox (``--sandbox-url``) or a new in-process sandbox (``--sandbox``)."""
        if self.sandbox_url:
            return Target.loopback(self.sandbox_url)
        if self.sandbox:
            return Target.in_process()
        return Target.tidal()

    def login_command(self) -> str:
        """The command that logs in with this invocation's target and API."""
        where = " --sandbox" if self.sandbox else ""
        if self.sandbox_url:
            where = f" --sandbox-url {self.sandbox_url}"
        api = " --api private" if self.api == "private" else ""
        return f"tidalkit{where}{api} login"

    def session(self, target: Target | None = None) -> Session:
        """A session for this invocation's target, API, account and token store."""
        return Session(
            target or self.target(),
            api=self.api,
            user=self.user,
            country=self.country,
            token_db=self.token_db,
        )


def fail(state: State, message: str, code: int = 1, hint: str | None = None) -> NoReturn:
    state.err.print(f"[bold red]error:[/] {message}", soft_wrap=True, markup=True, highlight=False)
    if hint:
        state.err.print(f"  {hint}", soft_wrap=True, markup=False)
    raise typer.Exit(code)


def run(state: State, job: Callable[[], Awaitable[T]]) -> T:
    """Run ``job`` on an event loop; any failure becomes one or two lines and an exit code.

    With ``--debug`` the exception propagates (a traceback) instead.
    """
    try:
        return anyio.run(job)
    except (typer.Exit, typer.Abort):
        raise
    except BaseException as exc:
        if state.debug or isinstance(exc, SystemExit):
            raise
        failure = describe(exc, state.login_command())
        fail(state, failure.message, failure.code, failure.hint)


def state_of(ctx: typer.Context) -> State:
    state = ctx.find_object(State)
    if state is None:  # pragma: no cover - the callback always sets it
        state = State()
    return state


async def catalogue(state: State, read: Callable[[Session, bool], Awaitable[T]]) -> T:
    """A catalogue read with the stored login; app access when that login no longer works.

    A login needs renewing, or belongs to another sandbox (``--sandbox`` logins are not known to a
    ``--sandbox-url`` server): catalogue reads don't need one, so they fall back to app access.
    """
    async with state.session() as session:
        try:
            return await read(session, False)
        except (LoginRequiredError, UnauthorizedError):
            if not session.has_app_access():
                raise
    async with state.session() as session:
        return await read(session, True)
