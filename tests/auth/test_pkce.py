"""Authorization code + PKCE through the real loopback listener; redirect checks; paste receiver."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl, urlsplit

import anyio
import httpx
import pytest

from tests.auth.fakes import AUTH, CLIENT_ID, CLIENT_SECRET, LOGIN, FakeAuthServer, last_form
from tidalkit.auth import (
    AccessDeniedError,
    AuthEndpoints,
    AuthorizationCodeGrant,
    LoginTimeoutError,
    LoopbackReceiver,
    MissingClientIdError,
    PasteReceiver,
    PKCEGrant,
    StateMismatchError,
    Token,
)
from tidalkit.auth.pkce import code_challenge


class Browser:
    """Follows the authorize URL: the login host is the fake server, 127.0.0.1 is real loopback."""

    def __init__(self, server: FakeAuthServer, *, state: str | None = None, error: str | None = None) -> None:
        self.server = server
        self.state = state
        self.error = error
        self.final: httpx.Response | None = None
        self.visited: list[str] = []
        self._real = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.visited.append(str(request.url))
        if str(request.url).startswith(LOGIN):
            params = dict(parse_qsl(request.url.query.decode()))
            return self.server.authorize(params, state=self.state, error=self.error)
        assert request.url.host in ("127.0.0.1", "::1", "localhost")
        return await self._real.handle_async_request(request)

    async def open(self, url: str) -> None:
        """GET ``url`` and follow redirects at the transport level (no client-side request logs)."""
        for _ in range(5):
            response = await self.handle_async_request(httpx.Request("GET", url))
            await response.aread()
            if response.status_code not in (301, 302, 303, 307, 308):
                self.final = response
                return
            url = response.headers["location"]
        raise AssertionError("too many redirects")


def in_background(tg: anyio.abc.TaskGroup, browser: Browser) -> Callable[[str], Awaitable[None]]:
    async def on_url(url: str) -> None:
        tg.start_soon(browser.open, url)

    return on_url


async def login_with(
    server: FakeAuthServer,
    browser: Browser,
    cls: type[AuthorizationCodeGrant] = PKCEGrant,
    listen_for: float = 10,
    **kw: object,
) -> Token:
    """Run ``obtain`` while the browser follows the URL in the background; errors come out unwrapped."""
    outcome: dict[str, object] = {}
    async with anyio.create_task_group() as tg:
        receiver = LoopbackReceiver(timeout=listen_for, on_url=in_background(tg, browser))
        grant = make_grant(server, receiver, cls, **kw)
        try:
            with anyio.fail_after(10):
                outcome["token"] = await grant.obtain()
        except Exception as exc:
            outcome["error"] = exc
        finally:
            await grant.aclose()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["token"]  # type: ignore[return-value]


def make_grant(
    server: FakeAuthServer,
    receiver: object,
    cls: type[PKCEGrant] | type[AuthorizationCodeGrant] = PKCEGrant,
    **kw: object,
) -> PKCEGrant:
    return cls(  # type: ignore[return-value]
        client_id=CLIENT_ID,
        redirect_uri="http://127.0.0.1:0/callback",
        receiver=receiver,  # type: ignore[arg-type]
        endpoints=AuthEndpoints.at(AUTH, login=LOGIN),
        transport=server.transport(),
        scopes="collection.read playlists",
        **kw,  # type: ignore[arg-type]
    )


async def test_pkce_login_end_to_end_through_the_loopback_listener(server: FakeAuthServer) -> None:
    browser = Browser(server)
    token = await login_with(server, browser)
    assert token.user_id == "12345"
    assert browser.final is not None
    assert browser.final.status_code == 200
    assert "close this tab" in browser.final.text
    authorize = urlsplit(browser.visited[0])
    params = dict(parse_qsl(authorize.query))
    assert params["response_type"] == "code"
    assert params["client_id"] == CLIENT_ID
    assert params["code_challenge_method"] == "S256"
    assert params["scope"] == "collection.read playlists.read playlists.write"
    redirect = params["redirect_uri"]
    assert redirect.startswith("http://127.0.0.1:")
    assert redirect.endswith("/callback")
    assert browser.visited[1].startswith(redirect + "?code=")
    form = last_form(server)
    assert form["grant_type"] == "authorization_code"
    assert form["redirect_uri"] == redirect
    assert code_challenge(form["code_verifier"]) == params["code_challenge"]
    assert 43 <= len(form["code_verifier"]) <= 128


async def test_a_redirect_with_a_foreign_state_is_ignored_until_the_timeout(server: FakeAuthServer) -> None:
    browser = Browser(server, state="forged-state")
    with pytest.raises(LoginTimeoutError):
        await login_with(server, browser, listen_for=0.5)
    assert server.calls["token"] == 0
    assert browser.final is not None
    assert browser.final.status_code == 400
    assert "not started here" in browser.final.text


async def test_a_pasted_redirect_with_a_foreign_state_is_refused_even_with_an_error() -> None:
    grant = PKCEGrant(client_id=CLIENT_ID, redirect_uri="tidal://login/auth")
    request = grant.authorization_request()
    with pytest.raises(StateMismatchError):
        await grant.exchange(request, "tidal://login/auth?error=access_denied&error_description=evil")


async def test_redirect_with_access_denied_raises_access_denied(server: FakeAuthServer) -> None:
    browser = Browser(server, error="access_denied")
    with pytest.raises(AccessDeniedError):
        await login_with(server, browser)
    assert browser.final is not None
    assert "Login failed" in browser.final.text
    assert server.calls["token"] == 0


@pytest.mark.parametrize(
    "uri",
    [
        "http://0.0.0.0:8080/callback",
        "http://192.168.1.20:8080/callback",
        "http://example.com/callback",
        "https://127.0.0.1:8443/callback",
        "tidal://login/auth",
    ],
)
def test_listener_refuses_non_loopback_hosts(uri: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        LoopbackReceiver(uri)


def test_listener_accepts_the_three_loopback_names() -> None:
    for uri in ("http://127.0.0.1:8400/cb", "http://[::1]:8400/cb", "http://localhost:8400/cb"):
        receiver = LoopbackReceiver(uri)
        assert receiver.port == 8400
        assert receiver.path == "/cb"


async def test_listener_answers_other_paths_with_404_and_keeps_waiting(server: FakeAuthServer) -> None:
    receiver = LoopbackReceiver("http://localhost:0/cb", timeout=10)
    async with receiver.listen() as inbox:
        assert inbox.redirect_uri.startswith("http://127.0.0.1:")

        async def visit() -> list[int]:
            async with httpx.AsyncClient() as client:
                first = await client.get(inbox.redirect_uri.replace("/cb", "/favicon.ico"))
                second = await client.get(inbox.redirect_uri + "?code=abc&state=s1")
            return [first.status_code, second.status_code]

        statuses: list[int] = []
        params: dict[str, str] = {}
        async with anyio.create_task_group() as tg:

            async def run() -> None:
                statuses.extend(await visit())

            tg.start_soon(run)
            with anyio.fail_after(10):
                params = await inbox.wait("https://login.example/authorize")
    assert params == {"code": "abc", "state": "s1"}
    assert statuses == [404, 200]


async def test_listener_times_out_when_no_redirect_arrives() -> None:
    receiver = LoopbackReceiver(timeout=0.1)
    async with receiver.listen() as inbox:
        with pytest.raises(LoginTimeoutError):
            await inbox.wait("https://login.example/authorize")


async def test_private_redirect_uri_defaults_to_the_paste_receiver(server: FakeAuthServer) -> None:
    pasted: list[str] = []

    async def prompt(url: str) -> str:
        pasted.append(url)
        params = dict(parse_qsl(urlsplit(url).query))
        response = server.authorize(params)
        return response.headers["location"]

    grant = PKCEGrant(
        api="private",
        client_id=CLIENT_ID,
        redirect_uri="https://tidal.com/login/auth",
        endpoints=AuthEndpoints.at(AUTH, login=LOGIN),
        transport=server.transport(),
        scopes="r_usr w_usr",
        client_unique_key="unique-1",
    )
    assert isinstance(grant.receiver, PasteReceiver)
    grant.receiver = PasteReceiver(grant.redirect_uri, prompt)
    token = await grant.obtain()
    assert token.user_id == "12345"
    form = last_form(server)
    assert form["redirect_uri"] == "https://tidal.com/login/auth"
    assert form["client_unique_key"] == "unique-1"
    assert pasted[0].startswith(f"{LOGIN}/authorize?")
    await grant.aclose()


async def test_confidential_authorization_code_sends_basic_auth_and_no_verifier(
    server: FakeAuthServer,
) -> None:
    browser = Browser(server)
    token = await login_with(server, browser, AuthorizationCodeGrant, client_secret=CLIENT_SECRET)
    assert token.refresh_token is not None
    request = server.requests[-1]
    assert request.headers["authorization"].startswith("Basic ")
    assert "code_verifier" not in last_form(server)
    assert "code_challenge" not in browser.visited[0]


def test_confidential_authorization_code_requires_a_secret() -> None:
    with pytest.raises(MissingClientIdError):
        AuthorizationCodeGrant(client_id=CLIENT_ID, redirect_uri="http://127.0.0.1:0/cb")


def test_code_challenge_is_s256_base64url_without_padding() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    assert code_challenge(verifier) == expected == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
