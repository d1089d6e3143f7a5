"""Scenario 8: security checks.

- a PKCE redirect whose ``state`` does not match is refused before any code is traded;
- the redirect listener binds loopback only and refuses every other host;
- TLS verification is never turned off (source scan) and the default transports verify;
- token files and directories are created 0600 / 0700, whatever the umask.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import ssl
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import anyio
import httpx
import pytest

from tidalkit._http.client import BaseClient
from tidalkit._http.transport import default_transport
from tidalkit.api import TidalAPI
from tidalkit.auth import (
    AuthEndpoints,
    LoginTimeoutError,
    LoopbackReceiver,
    PKCEGrant,
    SqliteTokenRepository,
    StateMismatchError,
    Token,
    TokenKey,
)
from tidalkit.auth.http import AuthClient
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox

PACKAGE = Path(__file__).resolve().parents[2] / "tidalkit"

# ---- PKCE state ---------------------------------------------------------------------------------


def pkce_grant(sandbox: Sandbox, receiver: LoopbackReceiver) -> PKCEGrant:
    return PKCEGrant(
        client_id=SANDBOX_CLIENT_ID,
        redirect_uri="http://127.0.0.1:0/callback",
        receiver=receiver,
        endpoints=AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login),
        transport=sandbox.transport(),
    )


async def login_through_listener(sandbox: Sandbox, *, forge_state: bool) -> Token:
    """Run a real PKCE login: a 'browser' follows the sandbox's redirect to the loopback listener."""
    urls: list[str] = []
    shown = anyio.Event()

    async def on_url(url: str) -> None:
        urls.append(url)
        shown.set()

    async def browser() -> None:
        await shown.wait()
        async with httpx.AsyncClient(transport=sandbox.transport()) as login:
            location = (await login.get(urls[0])).headers["location"]
        if forge_state:
            parts = urlsplit(location)
            params = dict(parse_qsl(parts.query))
            params["state"] = "forged-" + params["state"][::-1]
            location = urlunsplit(parts._replace(query=urlencode(params)))
        async with httpx.AsyncClient() as real_browser:  # a plain loopback request, as a browser's
            answer = await real_browser.get(location)
            assert answer.status_code == (400 if forge_state else 200)  # a foreign state is ignored

    grant = pkce_grant(sandbox, LoopbackReceiver(timeout=1 if forge_state else 5, on_url=on_url))
    outcome: list[Token | StateMismatchError | LoginTimeoutError] = []

    async def login() -> None:
        try:
            outcome.append(await grant.obtain())
        except (StateMismatchError, LoginTimeoutError) as exc:  # re-raised below, outside the task group
            outcome.append(exc)

    async with grant, anyio.create_task_group() as group:
        group.start_soon(browser)
        group.start_soon(login)
    if isinstance(outcome[0], StateMismatchError | LoginTimeoutError):
        raise outcome[0]
    return outcome[0]


async def test_pkce_login_through_the_loopback_listener_trades_the_code() -> None:
    sandbox = Sandbox()
    token = await login_through_listener(sandbox, forge_state=False)
    assert token.refresh_token is not None
    assert sandbox.stats.requests["auth.token"] == 1


async def test_a_redirect_with_a_mismatched_state_is_ignored_and_no_code_is_traded() -> None:
    sandbox = Sandbox()
    with pytest.raises(LoginTimeoutError):  # the listener waited on for the real redirect
        await login_through_listener(sandbox, forge_state=True)
    assert sandbox.stats.requests["login.authorize"] == 1
    assert sandbox.stats.requests["auth.token"] == 0  # the code never left the client


async def test_a_pasted_redirect_with_a_missing_or_other_state_is_rejected() -> None:
    sandbox = Sandbox()
    grant = pkce_grant(sandbox, LoopbackReceiver())
    request = grant.authorization_request("http://127.0.0.1:5555/callback")
    async with httpx.AsyncClient(transport=sandbox.transport()) as http:
        location = (await http.get(request.url)).headers["location"]
    params = dict(parse_qsl(urlsplit(location).query))
    assert params["state"] == request.state
    async with grant:
        for forged in ({**params, "state": ""}, {k: v for k, v in params.items() if k != "state"}):
            with pytest.raises(StateMismatchError):
                await grant.exchange(request, forged)
        other = grant.authorization_request("http://127.0.0.1:5555/callback")
        with pytest.raises(StateMismatchError):
            await grant.exchange(other, location)  # a redirect of another login attempt
    assert sandbox.stats.requests["auth.token"] == 0


# ---- the loopback listener ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "uri",
    [
        "http://0.0.0.0:0/callback",
        "http://[::]:0/callback",
        "http://192.168.1.10:8080/callback",
        "http://example.com/callback",
        "http://127.0.0.1.nip.io:0/callback",
        "https://127.0.0.1:0/callback",
        "http://localhost.example.com/callback",
    ],
)
def test_the_redirect_listener_refuses_non_loopback_addresses(uri: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        LoopbackReceiver(uri)


def external_addresses() -> list[str]:
    """This machine's non-loopback IPv4 addresses (no packet is sent)."""
    found: set[str] = set()
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))  # no route: no external address to try
        found.add(probe.getsockname()[0])
    with contextlib.suppress(OSError):  # the hostname may not resolve
        found.update(
            str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        )
    return sorted(a for a in found if not a.startswith("127."))


@pytest.mark.parametrize("uri", ["http://127.0.0.1:0/cb", "http://localhost:0/cb"])
async def test_the_redirect_listener_binds_loopback_only_and_is_unreachable_from_other_hosts(
    uri: str,
) -> None:
    async with LoopbackReceiver(uri).listen() as inbox:
        parts = urlsplit(inbox.redirect_uri)
        assert parts.hostname == "127.0.0.1"
        port = parts.port
        assert port
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass  # reachable on loopback
        for address in external_addresses():
            with pytest.raises(OSError), socket.create_connection((address, port), timeout=2):
                pass
        table = anyio.Path("/proc/net/tcp")
        if await table.exists():  # Linux: the kernel's own list of listening sockets
            listening = [
                line.split()
                for line in (await table.read_text()).splitlines()[1:]
                if line.split()[1].endswith(f":{port:04X}") and line.split()[3] == "0A"
            ]
            assert listening, "the listener socket is not in /proc/net/tcp"
            for fields in listening:
                assert fields[1].split(":")[0] == "0100007F"  # 127.0.0.1, not 0.0.0.0


# ---- TLS ----------------------------------------------------------------------------------------

_TLS_OFF = re.compile(
    r"verify\s*=\s*False|ssl\s*=\s*False|CERT_NONE|check_hostname\s*=\s*False|_create_unverified_context"
    r"|verify_ssl\s*=\s*False|PYTHONHTTPSVERIFY"
)


def python_sources() -> Iterator[Path]:
    yield from sorted(PACKAGE.rglob("*.py"))


def test_no_source_file_turns_tls_verification_off() -> None:
    sources = list(python_sources())
    assert len(sources) > 50
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{n}: {line.strip()}"
        for path in sources
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _TLS_OFF.search(line)
    ]
    assert offenders == []


def assert_verifies(context: ssl.SSLContext) -> None:
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version in (
        ssl.TLSVersion.MINIMUM_SUPPORTED,
        ssl.TLSVersion.TLSv1_2,
        ssl.TLSVersion.TLSv1_3,
    )
    assert context.get_ca_certs() or context.cert_store_stats()["x509_ca"] >= 0


async def test_the_default_transport_of_every_client_verifies_certificates_and_hostnames() -> None:
    transport: Any = default_transport().chosen(httpx.URL("https://api.tidal.com/"))  # type: ignore[attr-defined]  # what asyncio runs on
    assert_verifies(transport.ssl_context)
    clients: list[BaseClient] = [
        BaseClient(base_url="https://api.tidal.com"),
        AuthClient(),
        PrivateAPI(client_id="tls-check"),
        TidalAPI(),
    ]
    for client in clients:
        async with client:
            used: Any = client.http_client._transport.chosen(client.http_client.base_url)  # type: ignore[attr-defined]
            assert_verifies(used.ssl_context)
            session = used._open()  # the aiohttp session the transport will use
            assert session.connector._ssl is used.ssl_context


# ---- token file modes ---------------------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
async def test_token_store_files_are_0600_and_its_directory_0700_whatever_the_umask(
    tmp_path: Path, umask: int
) -> None:
    path = tmp_path / "new" / "tidalkit" / "tokens.db"
    previous = os.umask(umask)
    try:
        repo = SqliteTokenRepository(path)
        await repo.save(
            TokenKey("v2", "c", "pkce", "u"), Token.static("file-mode-access", refresh_token="r" * 12)
        )
        assert (await repo.get(TokenKey("v2", "c", "pkce", "u"))) is not None
        created = [p for p in path.parent.iterdir() if p.name.startswith("tokens.db")]
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path in created
    for file in created:  # the database and its -wal / -shm companions
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
