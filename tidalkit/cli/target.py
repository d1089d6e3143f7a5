"""Where a command runs: TIDAL itself (credentials from the environment) or the built-in sandbox.

TIDAL: ``TIDAL_CLIENT_ID``/``TIDAL_CLIENT_SECRET`` (API v2) and ``TIDAL_PRIVATE_CLIENT_ID``/
``TIDAL_PRIVATE_CLIENT_SECRET`` (private API). The sandbox: in-process (a fresh
`Sandbox` per command) or a loopback server (``tidalkit sandbox serve``)
reached with ``--sandbox-url``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

import httpx

from tidalkit.auth.config import ENV_VARS, AuthEndpoints
from tidalkit.auth.repository import StoredToken
from tidalkit.cli.errors import UsageError

if TYPE_CHECKING:
    from tidalkit.testing import Sandbox

__all__ = [
    "SANDBOX_HINT",
    "ApiName",
    "NoCredentialsError",
    "Target",
    "make_sandbox",
    "register_tokens",
]

ApiName = Literal["v2", "private"]

SANDBOX_HINT = (
    "to try tidalkit without TIDAL credentials, add --sandbox (e.g. `tidalkit --sandbox get track 1`) "
    "or run `tidalkit demo`"
)

# The CLI's in-process sandbox: the device login is approved on the 3rd poll, 0.2 s apart.
SANDBOX_DEVICE_INTERVAL = 0.2
SANDBOX_DEVICE_POLLS = 3


class NoCredentialsError(UsageError):
    """No client id (or secret) for the API in the environment; the message says what to set."""


def make_sandbox(**knobs: Any) -> Sandbox:
    """A sandbox whose device login is approved within a second (the CLI's default knobs)."""
    from tidalkit.testing import Sandbox

    settings: dict[str, Any] = {
        "device_interval": SANDBOX_DEVICE_INTERVAL,
        "device_polls": SANDBOX_DEVICE_POLLS,
    }
    settings.update(knobs)
    return Sandbox(**settings)


@dataclass(slots=True)
class Target:
    """The servers of one command run and the app credentials to use with them."""

    name: str
    endpoints: AuthEndpoints
    v2_url: str
    private_url: str
    transport: httpx.AsyncBaseTransport | None = None
    sandbox: Sandbox | None = None
    credentials: Mapping[str, tuple[str | None, str | None]] = field(
        default_factory=dict[str, tuple[str | None, str | None]]
    )
    served_at: str | None = None
    """The base URL of a loopback sandbox (``--sandbox-url``)."""

    @property
    def is_sandbox(self) -> bool:
        """Whether this is the sandbox (in-process or loopback)."""
        return self.name != "TIDAL"

    @classmethod
    def tidal(cls, environ: Mapping[str, str] | None = None) -> Target:
        """The real TIDAL, with client ids and secrets from ``environ`` (default ``os.environ``)."""
        env = os.environ if environ is None else environ
        credentials = {
            api: (env.get(id_var) or None, env.get(secret_var) or None)
            for api, (id_var, secret_var) in ENV_VARS.items()
        }
        return cls(
            "TIDAL",
            AuthEndpoints(),
            "https://openapi.tidal.com/v2/",
            "https://api.tidal.com/",
            credentials=credentials,
        )

    @classmethod
    def in_process(cls, sandbox: Sandbox | None = None) -> Target:
        """The built-in sandbox in this process (``sandbox``, or a new one)."""
        sandbox = sandbox if sandbox is not None else make_sandbox()
        urls = sandbox.urls
        return cls._sandbox(
            "sandbox", urls.auth, urls.login, urls.v2, urls.private, sandbox.transport(), sandbox
        )

    @classmethod
    def loopback(cls, base_url: str) -> Target:
        """A sandbox served on loopback (``tidalkit sandbox serve`` prints its URL)."""
        from tidalkit.testing import SandboxURLs

        urls = SandboxURLs.for_base(base_url)
        target = cls._sandbox(
            f"sandbox at {urls.base}", urls.auth, urls.login, urls.v2, urls.private, None, None
        )
        target.served_at = urls.base
        return target

    @classmethod
    def _sandbox(
        cls,
        name: str,
        auth: str,
        login: str,
        v2: str,
        private: str,
        transport: httpx.AsyncBaseTransport | None,
        sandbox: Sandbox | None,
    ) -> Target:
        from tidalkit.testing import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET

        app = (SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET)
        return cls(
            name,
            AuthEndpoints.at(auth, login=login),
            v2,
            private,
            transport,
            sandbox,
            {"v2": app, "private": app},
        )

    def cli_flags(self) -> str:
        """The global options that select this target on the command line (``--sandbox``, ...)."""
        if self.served_at is not None:
            return f" --sandbox-url {self.served_at}"
        return " --sandbox" if self.sandbox is not None else ""

    def client_id(self, api: ApiName) -> str:
        """The app's client id for ``api``; `NoCredentialsError` names the variable to set."""
        client_id = self.credentials.get(api, (None, None))[0]
        if not client_id:
            id_var = ENV_VARS[api][0]
            what = (
                "a TIDAL app client id" if api == "private" else "your app's client id (developer.tidal.com)"
            )
            raise NoCredentialsError(
                f"no TIDAL credentials for the {api} API: set {id_var} to {what}; {SANDBOX_HINT}"
            )
        return client_id

    def client_secret(self, api: ApiName) -> str | None:
        """The app's client secret for ``api``, if one is configured."""
        return self.credentials.get(api, (None, None))[1]

    def require_secret(self, api: ApiName) -> str:
        """The client secret, or `NoCredentialsError` (catalogue reads without a login need one)."""
        self.client_id(api)
        secret = self.client_secret(api)
        if not secret:
            secret_var = ENV_VARS[api][1]
            raise NoCredentialsError(
                f"no stored login and no {secret_var}: run `tidalkit login` first, or set {secret_var} "
                f"for catalogue reads; {SANDBOX_HINT}"
            )
        return secret


def register_tokens(sandbox: Sandbox, rows: Iterable[StoredToken]) -> int:
    """Make a fresh in-process sandbox accept tokens a previous command stored; returns how many.

    Each ``tidalkit --sandbox`` command gets a new in-process sandbox, which knows none of the
    tokens an earlier ``tidalkit --sandbox login`` stored. This registers them with the new
    sandbox's auth server, with their remaining lifetime, as a long-running sandbox would have
    kept them. Tokens of other clients are left alone.
    """
    from tidalkit.testing import SANDBOX_CLIENT_ID

    auth = sandbox.auth
    now = datetime.now(UTC)
    count = 0
    for row in rows:
        token = row.token
        if row.key.client_id != SANDBOX_CLIENT_ID:
            continue
        access = token.access_token.get_secret_value()
        if auth.lookup(access)[0] is not None:
            continue  # issued by this very sandbox
        user_id = int(token.user_id) if token.user_id and token.user_id.isdigit() else None
        auth.adopt_token(
            access,
            refresh_token=token.refresh_token.get_secret_value() if token.refresh_token else None,
            client_id=row.key.client_id,
            user_id=user_id,
            scope=" ".join(sorted(token.scopes)),
            lifetime=(token.expires_at - now).total_seconds() if token.expires_at is not None else None,
        )
        count += 1
    return count
