"""Hostile servers: every answer a broken or malicious server can give ends in a typed error,
within the deadline and the size cap, with no secret reachable and nothing cached.

Every case runs through both clients (``TidalAPI``, ``PrivateAPI``) on both transports (the default
aiohttp one and ``httpx.AsyncHTTPTransport``). Sizes are reduced by default; ``nox -s stress``
(``TIDALKIT_FULL=1``) runs the 1 GiB gzip bomb against the default 32 MiB cap.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
import time
import traceback
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from tidalkit import (
    APIConnectionError,
    APITimeoutError,
    NotFoundError,
    RedirectError,
    ResponseTooLargeError,
    ResponseValidationError,
    TidalError,
    UnauthorizedError,
)
from tidalkit._http import Authorization, BaseClient, HeaderAuth
from tidalkit.api import TidalAPI
from tidalkit.private import PrivateAPI

from .hostile import (
    Behaviour,
    answer,
    continue_then_silence,
    endless_gzip,
    gzip_bomb,
    hostile_server,
    huge_body,
    slow_body,
    slow_headers,
)
from .secret_audit import SecretAudit
from .support import FULL, size

SECRET = "hostile-" + secrets.token_urlsafe(24)
DEADLINE = 2.0
"""The deadline of the slow cases."""
TIME_BOUND = 10.0
"""Generous on purpose: the unbounded behaviours run for a minute (MAX_SECONDS), not 10 s."""
ROOMY_DEADLINE = 30.0
"""The deadline of every other case: a busy core must not turn their answers into timeouts."""
MEMORY_BOUND = 100 * 1024 * 1024

APIS = ("v2", "private")
TRANSPORTS = ("default", "httpx")


@pytest.fixture(autouse=True)
def _register_secret(tidalkit_secret_audit: SecretAudit) -> None:
    tidalkit_secret_audit.add(SECRET)


def make_client(
    api: str,
    url: str,
    transport: str,
    *,
    max_response_bytes: int | None = None,
    deadline: float = ROOMY_DEADLINE,
    **options: Any,
) -> TidalAPI | PrivateAPI:
    chosen = httpx.AsyncHTTPTransport() if transport == "httpx" else None
    auth = HeaderAuth({"Authorization": f"Bearer {SECRET}"}, "user:1")
    # timeouts above the deadline: the deadline is what ends the slow cases, whatever the transport
    common: dict[str, Any] = {"auth": auth, "base_url": url, "transport": chosen, "timeout": 2 * deadline}
    common.update({"max_retries": 0, **options})
    client: TidalAPI | PrivateAPI
    if api == "v2":
        client = TidalAPI(country_code="US", **common)
    else:
        client = PrivateAPI(country_code="US", user_id=1, **common)
    client.deadline = deadline
    if max_response_bytes is not None:
        client.max_response_bytes = max_response_bytes
    return client


async def read(client: TidalAPI | PrivateAPI) -> object:
    if isinstance(client, TidalAPI):
        return await client.tracks.get("1")
    return await client.tracks.get(1)


async def write(client: TidalAPI | PrivateAPI) -> object:
    if isinstance(client, TidalAPI):
        return await client.playlists.delete("p-1")
    return await client.favorites.remove_tracks([1])


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    stack: list[BaseException | None] = [error]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack.extend([current.__cause__, current.__context__])


def assert_nothing_secret(error: BaseException, *extra: str) -> None:
    """No secret in the error, its chain, reprs, attributes or formatted traceback."""
    forbidden = [SECRET, *extra]
    for link in chain(error):
        texts = [str(link), repr(link), repr(getattr(link, "__dict__", {}))]
        texts.append("".join(traceback.format_exception(link)))
        texts.extend(str(note) for note in getattr(link, "__notes__", ()))
        for text in texts:
            for secret in forbidden:
                assert secret not in text, f"secret reachable from {type(link).__name__}"
        assert not isinstance(getattr(link, "request", None), httpx.Request)


async def expect(
    behaviour: Behaviour,
    call: Callable[[TidalAPI | PrivateAPI], Awaitable[object]],
    api: str,
    transport: str,
    error_type: type[TidalError],
    deadline: float = ROOMY_DEADLINE,
    **options: Any,
) -> TidalError:
    """Run ``call`` against ``behaviour``: assert the error type, the time bound, the chain and the cache."""
    async with (
        hostile_server(behaviour) as server,
        make_client(api, server.url, transport, deadline=deadline, **options) as client,
    ):
        started = time.monotonic()
        with pytest.raises(TidalError) as caught:
            await call(client)
        elapsed = time.monotonic() - started
        cached = len(client.cache) if client.cache is not None else 0
    error = caught.value
    print(f"\n{api}/{transport}: {type(error).__name__} in {elapsed:.2f} s: {str(error)[:100]}")
    assert isinstance(error, error_type), f"{type(error).__name__}: {error}"
    assert elapsed < max(TIME_BOUND, deadline), f"{elapsed:.1f} s"
    assert cached == 0
    assert len(str(error)) < 2000
    assert_nothing_secret(error)
    return error


# ---- malformed answers ---------------------------------------------------------------------------

MALFORMED: dict[str, tuple[Behaviour, type[TidalError]]] = {
    "bad status line": (answer("HTTP/1.1 abc Nope"), APIConnectionError),
    "not HTTP at all": (answer("SSH-2.0-OpenSSH_9.6", close=True), APIConnectionError),
    "header over 8190 bytes": (answer(headers={"X-Big": "a" * 200_000}), APIConnectionError),
    "too many headers": (answer(headers=[(f"X-H{i}", "v") for i in range(20_000)]), APIConnectionError),
    "bad chunk size": (
        answer(headers={"Transfer-Encoding": "chunked"}, body=b"ZZ\r\nxx\r\n0\r\n\r\n"),
        APIConnectionError,
    ),
    "bad gzip": (
        answer(headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}, body=b"not gzip"),
        APIConnectionError,
    ),
    "truncated body": (
        answer(headers={"Content-Length": "100"}, body=b'{"id": 1', close=True),
        APIConnectionError,
    ),
    "deep JSON 200": (
        answer(headers={"Content-Type": "application/json"}, body=b"[" * 100_000 + b"]" * 100_000),
        ResponseValidationError,
    ),
    "deep JSON 404": (
        answer("HTTP/1.1 404 Not Found", {"Content-Type": "application/json"}, b'{"a":' * 50_000),
        NotFoundError,
    ),
    "HTML 200": (
        answer(headers={"Content-Type": "text/html"}, body=b"<html><body>maintenance</body></html>"),
        ResponseValidationError,
    ),
    "302 without a body": (answer("HTTP/1.1 302 Found", {"Location": "http://127.0.0.1:9/"}), RedirectError),
}


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("case", list(MALFORMED))
async def test_a_malformed_answer_is_a_typed_error(case: str, api: str, transport: str) -> None:
    behaviour, error_type = MALFORMED[case]
    await expect(behaviour, read, api, transport, error_type)


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_write_answered_with_a_redirect_fails(api: str, transport: str, status: int) -> None:
    behaviour = answer(f"HTTP/1.1 {status} Moved", {"Location": "http://127.0.0.1:9/x"})
    error = await expect(behaviour, write, api, transport, RedirectError)
    assert isinstance(error, RedirectError)
    assert error.status_code == status
    assert error.location == "http://127.0.0.1:9/x"


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("api", APIS)
async def test_a_bad_answer_is_not_retried_from_the_cache(api: str, transport: str) -> None:
    """An HTML 200 is not cached: the next call asks the server again (and succeeds once it is well)."""
    html = answer(headers={"Content-Type": "text/html"}, body=b"<html>oops</html>")
    good = answer(headers={"Content-Type": "application/json"}, body=b'{"id": 1, "title": "Song"}')
    current = [html]

    async def behaviour(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await current[0](reader, writer)

    async with hostile_server(behaviour) as server, make_client(api, server.url, transport) as client:
        with pytest.raises(ResponseValidationError):
            await read(client)
        assert client.cache is not None
        assert len(client.cache) == 0
        if api == "private":
            current[0] = good
            track = await client.tracks.get(1)  # type: ignore[union-attr]
            assert track.title == "Song"
            await client.tracks.get(1)  # type: ignore[union-attr]
            assert server.hits == 2  # the good answer was cached, the bad one was not
        else:
            with pytest.raises(ResponseValidationError):
                await read(client)
            assert server.hits == 2


# ---- time ----------------------------------------------------------------------------------------

SLOW: dict[str, Behaviour] = {
    "slowloris headers": slow_headers(),
    "slowloris body": slow_body(),
    "100 Continue then silence": continue_then_silence(),
}


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("case", list(SLOW))
async def test_a_slow_server_ends_in_a_timeout_within_the_deadline(
    case: str, api: str, transport: str
) -> None:
    await expect(SLOW[case], read, api, transport, APITimeoutError, deadline=DEADLINE)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_the_deadline_holds_with_retries_on(transport: str) -> None:
    """A trickling server is not asked again: the deadline bounds the whole call, retries or not
    (tidalkit's transport keeps it as aiohttp's total timeout, httpx's under a cancel scope)."""
    async with (
        hostile_server(slow_body()) as server,
        make_client("private", server.url, transport, max_retries=4, deadline=DEADLINE) as client,
    ):
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=f"within its {DEADLINE:g} s deadline"):
            await read(client)
        assert time.monotonic() - started < TIME_BOUND
    assert server.hits == 1


async def test_the_default_deadline_is_twice_the_timeout() -> None:
    async with BaseClient(base_url="http://127.0.0.1:9", timeout=httpx.Timeout(3.0, connect=1.0)) as client:
        from tidalkit._http import Request

        assert client._deadline(Request("GET", "x")) == 6.0
        assert client._deadline(Request("GET", "x", timeout=0.5)) == 1.0
        client.deadline = 4.0
        assert client._deadline(Request("GET", "x", timeout=0.5)) == 4.0


# ---- memory --------------------------------------------------------------------------------------


async def measured(coroutine: Awaitable[TidalError]) -> tuple[TidalError, int]:
    tracemalloc.start()
    try:
        error = await coroutine
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    print(f"tracemalloc peak {peak / 2**20:.1f} MiB")
    return error, peak


@pytest.mark.stress
@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("api", APIS)
async def test_a_gzip_bomb_stops_at_the_size_cap(api: str, transport: str) -> None:
    """128 MiB against an 8 MiB cap; full size: 1 GiB (1 MB packed) against the default 32 MiB cap."""
    unpacked = size(128, 1024) << 20
    cap = 32 << 20 if FULL else 8 << 20
    options = {} if FULL else {"max_response_bytes": cap}
    error, peak = await measured(
        expect(gzip_bomb(unpacked), read, api, transport, ResponseTooLargeError, **options)
    )
    assert isinstance(error, ResponseTooLargeError)
    assert error.limit == cap
    assert peak < MEMORY_BOUND, f"peak {peak / 2**20:.0f} MiB"


@pytest.mark.stress
@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("api", APIS)
async def test_an_endless_gzip_stream_stops_at_the_size_cap(api: str, transport: str) -> None:
    _error, peak = await measured(
        expect(endless_gzip(), read, api, transport, ResponseTooLargeError, max_response_bytes=8 << 20)
    )
    assert peak < MEMORY_BOUND, f"peak {peak / 2**20:.0f} MiB"


@pytest.mark.stress
@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("api", APIS)
async def test_a_huge_error_body_leaves_a_bounded_error(api: str, transport: str) -> None:
    error, peak = await measured(
        expect(huge_body(404, size(8, 50) << 20), read, api, transport, NotFoundError)
    )
    assert isinstance(error, NotFoundError)
    assert len(str(error)) < 1000
    assert error.detail is None  # only the first 64 KiB were read: no complete JSON to take it from
    assert error.response.body.startswith('{"status": 404')
    assert len(error.response.body) <= 2000
    assert peak < MEMORY_BOUND, f"peak {peak / 2**20:.0f} MiB"


@pytest.mark.stress
def test_an_error_built_from_a_whole_huge_body_keeps_bounded_excerpts() -> None:
    from tidalkit._http.errors import error_from_response

    message = "x" * (size(8, 50) << 20)
    body = b'{"status": 404, "subStatus": 2001, "userMessage": "' + message.encode() + b'"}'
    request = httpx.Request("GET", "https://api.tidal.com/v1/tracks/1")
    error = error_from_response(httpx.Response(404, content=body, request=request))
    assert isinstance(error, NotFoundError)
    assert error.sub_status == 2001
    assert error.detail is not None
    assert len(error.detail) <= 500
    assert len(str(error)) < 1000
    assert len(error.response.body) <= 2000


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_huge_success_body_is_refused_past_the_cap(transport: str) -> None:
    await expect(
        huge_body(200, 4 << 20), read, "private", transport, ResponseTooLargeError, max_response_bytes=1 << 20
    )


# ---- token bodies and 401s -----------------------------------------------------------------------


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize(
    "behaviour",
    [
        answer(headers={"Content-Type": "application/json"}, body=b"[" * 100_000),
        answer("HTTP/1.1 abc Nope"),
        answer(headers={"Content-Type": "text/html"}, body=b"<html>login</html>"),
    ],
    ids=["deep JSON", "bad status line", "HTML"],
)
async def test_a_hostile_token_endpoint_is_a_typed_error_without_the_client_secret(
    behaviour: Behaviour, transport: str, tidalkit_secret_audit: SecretAudit
) -> None:
    from tidalkit.auth import ClientCredentialsGrant, TokenProvider

    basic = base64.b64encode(f"hostile-client:{SECRET}".encode()).decode()
    tidalkit_secret_audit.add(basic)
    async with hostile_server(behaviour) as server:
        chosen = httpx.AsyncHTTPTransport() if transport == "httpx" else None
        grant = ClientCredentialsGrant(
            client_id="hostile-client",
            client_secret=SECRET,
            token_url=server.url + "/v1/oauth2/token",
            transport=chosen,
        )
        async with grant:
            provider = TokenProvider(grant)
            with pytest.raises(TidalError) as caught:
                await provider.authorize()
    assert_nothing_secret(caught.value, basic)


class CountingAuth:
    """A token that renews on every 401 it is told about (what an always-401 API would exploit)."""

    def __init__(self) -> None:
        self.renewals = 0
        self._lock = asyncio.Lock()

    async def authorize(self) -> Authorization:
        return Authorization(
            {"Authorization": f"Bearer {SECRET}-{self.renewals}"}, "user:1", f"t{self.renewals}"
        )

    async def unauthorized(self, failed: Authorization) -> bool:
        async with self._lock:
            if failed.token_id == f"t{self.renewals}":
                self.renewals += 1
            return True


@pytest.mark.parametrize("api", APIS)
async def test_an_api_that_always_answers_401_costs_one_renewal_not_one_per_call(api: str) -> None:
    always = answer("HTTP/1.1 401 Unauthorized", {"Content-Type": "application/json"}, b'{"status": 401}')
    auth = CountingAuth()
    async with (
        hostile_server(always) as server,
        make_client(api, server.url, "default", auth=auth) as client,
    ):
        results = await asyncio.gather(*(read(client) for _ in range(20)), return_exceptions=True)
        results += [await asyncio.gather(read(client), return_exceptions=True) for _ in range(10)]
    errors = [r[0] if isinstance(r, list) else r for r in results]
    assert all(isinstance(e, UnauthorizedError) for e in errors), errors[:3]
    assert auth.renewals == 1
    for error in errors:
        assert isinstance(error, BaseException)
        assert_nothing_secret(error)
