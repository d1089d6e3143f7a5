"""Interactive logins for the CLI: the device flow with a live countdown, and the browser (PKCE) flow.

Against the sandbox, the "user" is simulated: the sandbox approves device codes on its own after a
few polls, and `SandboxBrowser` follows the authorize redirect in-process.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import anyio
import httpx
from rich.console import Console
from rich.live import Live
from rich.text import Text

from tidalkit.auth.device import DeviceCodeGrant, DeviceLogin
from tidalkit.auth.redirect import RedirectInbox, UrlCallback, parse_redirect
from tidalkit.auth.token import Token

__all__ = ["SandboxBrowser", "device_login"]


def _countdown(handle: DeviceLogin) -> Text:
    left = max(0, int((handle.expires_at - datetime.now(UTC)).total_seconds()))
    minutes, seconds = divmod(left, 60)
    return Text.assemble(
        ("Waiting for approval… ", "bold"),
        (f"{minutes}:{seconds:02d}", "cyan"),
        f" left (status: {handle.status.value})",
    )


async def device_login(
    grant: DeviceCodeGrant, console: Console, *, tick: float = 0.25, sandbox: bool = False
) -> Token:
    """Start a device login, show the code and link, count down until approval; return the token.

    ``POST /v1/oauth2/device_authorization``, then ``POST /v1/oauth2/token`` polled by the grant.
    Raises the grant's typed errors (denied, expired, cancelled). With ``sandbox``, says that the
    sandbox approves the code by itself instead of showing TIDAL's link page.
    """
    async with grant.login() as handle:
        if sandbox:
            console.print(
                f"Sandbox login code [bold cyan]{handle.user_code}[/]: the sandbox approves it by itself "
                "in a moment (Ctrl-C to cancel)"
            )
        else:
            console.print(f"Open [bold]{handle.verification_uri_complete}[/] in a browser")
            console.print(
                f"  (or go to {handle.verification_uri} and enter the code "
                f"[bold cyan]{handle.user_code}[/]; Ctrl-C to cancel)"
            )
        with Live(_countdown(handle), console=console, refresh_per_second=4, transient=True) as live:
            while True:
                with anyio.move_on_after(tick):
                    return await handle.wait()
                live.update(_countdown(handle))


class _SandboxInbox:
    def __init__(
        self, redirect_uri: str, transport: httpx.AsyncBaseTransport | None, on_url: UrlCallback | None
    ) -> None:
        self._redirect_uri = redirect_uri
        self._transport = transport
        self._on_url = on_url

    @property
    def redirect_uri(self) -> str:
        return self._redirect_uri

    async def wait(self, authorize_url: str) -> dict[str, str]:
        if self._on_url is not None:
            await self._on_url(authorize_url)
        async with httpx.AsyncClient(transport=self._transport, follow_redirects=False) as http:
            response = await http.get(authorize_url)
        location = response.headers.get("location")
        if response.status_code != 302 or not location:
            raise RuntimeError(
                f"the sandbox's authorize page answered {response.status_code}, not a redirect"
            )
        return parse_redirect(location)


class SandboxBrowser:
    """A redirect receiver that plays the user's browser against the sandbox's authorize page."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None,
        redirect_uri: str = "http://127.0.0.1:8765/callback",
        *,
        on_url: UrlCallback | None = None,
    ) -> None:
        self.transport = transport
        self.redirect_uri = redirect_uri
        self.on_url = on_url

    @asynccontextmanager
    async def listen(self) -> AsyncGenerator[RedirectInbox, None]:
        """An inbox that fetches the authorize URL and reads the redirect's ``code`` and ``state``."""
        yield _SandboxInbox(self.redirect_uri, self.transport, self.on_url)
