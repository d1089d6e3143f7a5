"""Hostile auth servers and local attackers: bad token bodies and lifetimes, device polling numbers,
failing polls, forged redirects, a taken port. Typed errors, bounded requests, no secret leaked.
"""

from __future__ import annotations

import json
import socket
from collections import Counter
from collections.abc import Iterator

import anyio
import httpx
import pytest

from tests.support import FakeClock
from tidalkit._http.errors import TidalError
from tidalkit.auth import (
    AuthEndpoints,
    DeviceCodeExpiredError,
    DeviceCodeGrant,
    ListenerPortInUseError,
    LoginTimeoutError,
    LoopbackReceiver,
    RefreshTokenGrant,
    TokenProvider,
    TokenRefreshError,
)
from tidalkit.auth.token import MAX_LIFETIME, SHORT_LIFETIME

from .hostile_logs import RootRecords, root_records

AUTH = "https://auth.hostile.test/v1"
REFRESH = "hostile-refresh-token-0123456789"
CALLERS = 200


@pytest.fixture
def logs() -> Iterator[RootRecords]:
    with root_records() as records:
        yield records


def refresh_provider(handler: httpx.MockTransport) -> TokenProvider:
    grant = RefreshTokenGrant(
        REFRESH,
        api="private",
        client_id="hostile-client",
        endpoints=AuthEndpoints.at(AUTH),
        transport=handler,
    )
    return TokenProvider(grant)


async def crowd(provider: TokenProvider) -> list[BaseException | None]:
    outcomes: list[BaseException | None] = []

    async def call() -> None:
        try:
            await provider.get_token()
            outcomes.append(None)
        except Exception as exc:  # collected: the test asserts on them
            outcomes.append(exc)

    with anyio.fail_after(30):
        async with anyio.create_task_group() as group:
            for _ in range(CALLERS):
                group.start_soon(call)
    return outcomes


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>Service temporarily unavailable</body></html>",
        b'{"access_token": ',
        b'["not", "an", "object"]',
        b'{"token_type": "Bearer"}',
    ],
    ids=["html", "truncated-json", "array", "no-access-token"],
)
async def test_non_token_answers_trip_the_breaker_instead_of_one_request_per_caller(
    body: bytes, logs: RootRecords
) -> None:
    calls = Counter[str]()

    def handler(request: httpx.Request) -> httpx.Response:
        calls["token"] += 1
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    provider = refresh_provider(httpx.MockTransport(handler))
    outcomes = await crowd(provider)
    errors = [o for o in outcomes if o is not None]
    assert len(errors) == CALLERS
    assert all(isinstance(e, TidalError) for e in errors)
    assert sum(isinstance(e, TokenRefreshError) for e in errors) >= CALLERS - calls["token"]
    print(f"\nnon-token answer: {calls['token']} token request(s) for {CALLERS} callers")
    assert calls["token"] <= 3  # a handful, not 200
    assert logs.leaks([REFRESH], errors) == []


@pytest.mark.parametrize(
    ("expires_in", "lifetime"),
    [
        (0, SHORT_LIFETIME),
        (-30, SHORT_LIFETIME),
        ("NaN", SHORT_LIFETIME),
        ("Infinity", SHORT_LIFETIME),
        ("-Infinity", SHORT_LIFETIME),
        (0.2, SHORT_LIFETIME),
        (1e12, MAX_LIFETIME),
        (1e308, MAX_LIFETIME),
    ],
)
async def test_bad_lifetimes_are_clamped_and_cause_one_request_for_every_caller(
    expires_in: object, lifetime: object, logs: RootRecords
) -> None:
    calls = Counter[str]()

    def handler(request: httpx.Request) -> httpx.Response:
        calls["token"] += 1
        raw = json.dumps(expires_in) if not isinstance(expires_in, str) else expires_in
        text = f'{{"access_token": "hostile-access-{calls["token"]:04d}-abcdef", "expires_in": {raw}}}'
        return httpx.Response(200, content=text.encode(), headers={"content-type": "application/json"})

    provider = refresh_provider(httpx.MockTransport(handler))
    outcomes = await crowd(provider)
    assert outcomes == [None] * CALLERS
    assert calls["token"] == 1
    token = provider.token
    assert token is not None
    assert token.lifetime == lifetime
    assert not token.needs_refresh()  # the next call does not renew again
    assert logs.leaks([REFRESH, token.access_token.get_secret_value()]) == []


# ---- device flow --------------------------------------------------------------------------------


def device_server(
    code: dict[str, object], poll: httpx.Response | Exception | None = None
) -> httpx.MockTransport:
    """Device authorization answering ``code``'s numbers; polls answer ``poll`` (default: pending)."""
    calls = Counter[str]()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("device_authorization"):
            body = {
                "deviceCode": "hostile-device-code-0123456789",
                "userCode": "ABCDE",
                "verificationUri": "link.hostile.test",
                **code,
            }
            text = json.dumps(body).replace('"__nan__"', "NaN").replace('"__inf__"', "Infinity")
            return httpx.Response(200, content=text.encode(), headers={"content-type": "application/json"})
        calls["poll"] += 1
        if isinstance(poll, Exception):
            raise poll
        if poll is not None:
            return poll
        pending = {"status": 400, "error": "authorization_pending", "sub_status": 1002}
        return httpx.Response(400, json=pending)

    transport = httpx.MockTransport(handler)
    transport.calls = calls  # type: ignore[attr-defined]
    return transport


def device_grant(transport: httpx.MockTransport, clock: FakeClock) -> DeviceCodeGrant:
    async def display(_code: object) -> None:
        return None

    return DeviceCodeGrant(
        client_id="hostile-client",
        endpoints=AuthEndpoints.at(AUTH),
        transport=transport,
        clock=clock,
        display=display,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("interval", [0, -5, "__nan__", "__inf__", None, "fast"])
async def test_device_polling_uses_five_seconds_for_an_absent_or_invalid_interval(interval: object) -> None:
    clock = FakeClock()
    fields: dict[str, object] = {"expiresIn": 6}
    if interval is not None:
        fields["interval"] = interval
    transport = device_server(fields)
    with pytest.raises(DeviceCodeExpiredError), anyio.fail_after(10):
        await device_grant(transport, clock).obtain()
    assert transport.calls["poll"] == 1  # type: ignore[attr-defined]  # (6 s at 5 s: was thousands)
    assert clock.sleeps[0] == 5


@pytest.mark.parametrize("expires_in", ["__nan__", "__inf__", 1e12, -1, 0])
async def test_device_polling_ends_for_a_non_finite_or_huge_expiry(expires_in: object) -> None:
    clock = FakeClock()
    transport = device_server({"expiresIn": expires_in, "interval": 5})
    start = clock.t
    with pytest.raises(DeviceCodeExpiredError), anyio.fail_after(30):
        await device_grant(transport, clock).obtain()
    assert clock.t - start <= 1800 + 5
    assert transport.calls["poll"] <= 1800 // 5  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("poll", "named"),
    [
        (httpx.Response(500, text="<html>oops</html>"), "InternalServerError"),
        (httpx.Response(429, text="slow down"), "RateLimitError"),
        (httpx.ReadError("connection dropped"), "APIConnectionError"),
    ],
    ids=["500", "429", "drop"],
)
async def test_device_login_that_never_got_an_answer_names_the_last_failure(
    poll: httpx.Response | Exception, named: str, logs: RootRecords
) -> None:
    clock = FakeClock()
    transport = device_server({"expiresIn": 20, "interval": 5}, poll)
    with pytest.raises(DeviceCodeExpiredError) as caught, anyio.fail_after(60):
        await device_grant(transport, clock).obtain()
    error = caught.value
    assert named in str(error)
    assert type(error.__cause__).__name__ == named
    assert "before the user approved" not in str(error)
    assert logs.leaks(["hostile-device-code-0123456789"], [error]) == []


# ---- the PKCE listener --------------------------------------------------------------------------


async def test_forged_redirects_are_ignored_and_the_real_one_still_completes_the_login(
    logs: RootRecords,
) -> None:
    receiver = LoopbackReceiver(timeout=20)
    async with receiver.listen() as inbox, httpx.AsyncClient() as browser:
        result: dict[str, str] = {}

        async def wait() -> None:
            result.update(await inbox.wait("https://login.hostile.test/authorize?state=the-real-state-123"))

        async with anyio.create_task_group() as group:
            group.start_soon(wait)
            await anyio.sleep(0.05)
            forged = [
                "?error=access_denied&error_description=attacker+text",
                "?error=access_denied&state=guessed",
                "?code=attacker-code&state=guessed",
                "?code=attacker-code",
            ]
            for query in forged:
                answer = await browser.get(inbox.redirect_uri + query)
                assert answer.status_code == 400
            assert not result  # still waiting
            real = await browser.get(inbox.redirect_uri + "?code=the-real-code&state=the-real-state-123")
            assert real.status_code == 200
    assert result == {"code": "the-real-code", "state": "the-real-state-123"}


async def test_only_forged_redirects_end_in_the_timeout_not_in_the_attackers_error() -> None:
    receiver = LoopbackReceiver(timeout=0.5)
    outcome: list[BaseException] = []
    async with receiver.listen() as inbox, httpx.AsyncClient() as browser:

        async def wait() -> None:
            try:
                await inbox.wait("https://login.hostile.test/authorize?state=the-real-state-123")
            except Exception as exc:  # checked below
                outcome.append(exc)

        async with anyio.create_task_group() as group:
            group.start_soon(wait)
            await anyio.sleep(0.05)
            answer = await browser.get(inbox.redirect_uri + "?error=access_denied&error_description=evil")
            assert answer.status_code == 400
    assert len(outcome) == 1
    assert isinstance(outcome[0], LoginTimeoutError)
    assert "evil" not in str(outcome[0])


async def test_a_taken_port_is_a_typed_error_that_names_it() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        receiver = LoopbackReceiver(f"http://127.0.0.1:{port}/callback")
        with pytest.raises(ListenerPortInUseError, match=str(port)) as caught:
            async with receiver.listen():
                pass
    assert caught.value.port == port
    assert isinstance(caught.value, TidalError)
