"""Device authorization: polling, slow_down, denial, expiry, cancellation, the handle."""

from __future__ import annotations

import time

import anyio
import pytest

from tests.auth.fakes import AUTH, CLIENT_ID, CLIENT_SECRET, FakeAuthServer, FakeClock, last_form
from tidalkit._http.errors import AuthenticationError
from tidalkit.auth import (
    AccessDeniedError,
    AuthEndpoints,
    DeviceCode,
    DeviceCodeExpiredError,
    DeviceCodeGrant,
    DeviceLoginStatus,
    LoginCancelledError,
)


def make_grant(server: FakeAuthServer, clock: object | None = None, **kwargs: object) -> DeviceCodeGrant:
    shown: list[DeviceCode] = []

    async def display(code: DeviceCode) -> None:
        shown.append(code)

    grant = DeviceCodeGrant(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        endpoints=AuthEndpoints.at(AUTH),
        transport=server.transport(),
        clock=clock or FakeClock(),  # type: ignore[arg-type]
        display=display,
        **kwargs,  # type: ignore[arg-type]
    )
    SHOWN[id(grant)] = shown
    return grant


SHOWN: dict[int, list[DeviceCode]] = {}


async def test_device_login_polls_while_pending_then_returns_the_token(server: FakeAuthServer) -> None:
    clock = FakeClock()
    server.device_defaults.approve_after = 3
    grant = make_grant(server, clock)
    token = await grant.obtain()
    assert server.calls["token:urn:ietf:params:oauth:grant-type:device_code"] == 4
    assert clock.sleeps == [2, 2, 2, 2]
    assert token.user_id == "12345"
    assert token.country_code == "DE"
    assert token.refresh_token is not None
    assert token.scopes == {"r_usr", "w_usr", "w_sub"}
    code = SHOWN[id(grant)][0]
    assert code.user_code == "ABCDE"
    assert code.verification_uri_complete == "https://link.tidal.test/ABCDE"
    form = last_form(server)
    assert form["grant_type"] == "urn:ietf:params:oauth:grant-type:device_code"
    assert form["client_id"] == CLIENT_ID
    assert form["scope"] == "r_usr w_sub w_usr"
    assert form["device_code"] in server.devices
    await grant.aclose()


async def test_device_authorization_request_sends_client_id_and_scope(server: FakeAuthServer) -> None:
    grant = make_grant(server, scopes="r_usr")
    code = await grant.start()
    req = server.requests[0]
    assert str(req.url) == f"{AUTH}/oauth2/device_authorization"
    assert b"client_id=test-client-id" in req.content
    assert b"scope=r_usr" in req.content
    assert code.expires_in == 300
    assert code.interval == 2
    await grant.aclose()


async def test_slow_down_adds_five_seconds_to_the_interval(server: FakeAuthServer) -> None:
    clock = FakeClock()
    server.device_defaults.approve_after = 4
    server.device_defaults.slow_down_on = {2}
    grant = make_grant(server, clock)
    await grant.obtain()
    assert clock.sleeps == [2, 2, 7, 7, 7]
    await grant.aclose()


async def test_access_denied_raises_access_denied_error(server: FakeAuthServer) -> None:
    server.device_defaults.outcome = "deny"
    grant = make_grant(server)
    with pytest.raises(AccessDeniedError) as info:
        await grant.obtain()
    assert info.value.code == "access_denied"
    assert isinstance(info.value, AuthenticationError)
    await grant.aclose()


async def test_expired_token_raises_device_code_expired_error(server: FakeAuthServer) -> None:
    server.device_defaults.outcome = "expire"
    grant = make_grant(server)
    with pytest.raises(DeviceCodeExpiredError):
        await grant.obtain()
    assert server.calls["token"] == 1
    await grant.aclose()


async def test_local_deadline_ends_polling_when_the_server_keeps_answering_pending(
    server: FakeAuthServer,
) -> None:
    clock = FakeClock()
    server.device_defaults.outcome = "pending"
    server.device_expires_in = 9
    grant = make_grant(server, clock)
    with pytest.raises(DeviceCodeExpiredError):
        await grant.obtain()
    assert server.calls["token"] == 4  # t = 2, 4, 6, 8; the sleep to 9 hits the deadline
    assert clock.t == 1009
    await grant.aclose()


async def test_handle_reports_status_and_result_to_another_task(server: FakeAuthServer) -> None:
    server.device_defaults.approve_after = 2
    seen: list[DeviceLoginStatus] = []
    grant = make_grant(server)
    results: list[str | None] = []
    async with anyio.create_task_group() as tg:
        handle = await grant.begin(tg, on_status=seen.append)
        assert handle.user_code == "ABCDE"
        assert handle.verification_uri_complete == "https://link.tidal.test/ABCDE"
        with pytest.raises(RuntimeError):
            handle.result()

        async def web_request() -> None:
            token = await handle.wait()
            results.append(token.user_id)

        tg.start_soon(web_request)
        await handle.wait()
        assert handle.status is DeviceLoginStatus.AUTHORIZED
        assert handle.result().user_id == "12345"
    assert results == ["12345"]
    assert seen == [DeviceLoginStatus.AUTHORIZED]
    await grant.aclose()


async def test_handle_records_denial_as_status_and_typed_error(server: FakeAuthServer) -> None:
    server.device_defaults.outcome = "deny"
    grant = make_grant(server)
    async with grant.login() as handle:
        with pytest.raises(AccessDeniedError):
            await handle.wait()
    assert handle.status is DeviceLoginStatus.DENIED
    await grant.aclose()


async def test_cancel_stops_polling_at_once(server: FakeAuthServer) -> None:
    from tidalkit._http.limiter import SystemClock

    server.device_defaults.outcome = "pending"
    server.device_interval = 0.01  # type: ignore[assignment]
    grant = make_grant(server, SystemClock())
    async with grant.login() as handle:
        with anyio.fail_after(5):
            while server.calls["token"] < 3:
                await anyio.sleep(0.005)
        started = time.perf_counter()
        handle.cancel()
        with pytest.raises(LoginCancelledError):
            await handle.wait()
        elapsed = time.perf_counter() - started
        polls = server.calls["token"]
        await anyio.sleep(0.1)
        assert server.calls["token"] == polls
    assert elapsed < 5.0  # one poll interval is 0.01 s; a loaded core may still take a while
    assert handle.status is DeviceLoginStatus.CANCELLED
    await grant.aclose()


async def test_leaving_the_context_cancels_a_long_poll_without_waiting(server: FakeAuthServer) -> None:
    from tidalkit._http.limiter import SystemClock

    server.device_interval = 60
    grant = make_grant(server, SystemClock())
    with anyio.fail_after(10):  # far below the 60 s interval, generous for a busy core
        async with grant.login() as handle:
            assert handle.status is DeviceLoginStatus.PENDING
    assert handle.status is DeviceLoginStatus.CANCELLED
    assert server.calls["token"] == 0
    with pytest.raises(LoginCancelledError):
        handle.result()
    await grant.aclose()


async def test_cancelling_the_callers_scope_stops_obtain(server: FakeAuthServer) -> None:
    from tidalkit._http.limiter import SystemClock

    server.device_interval = 60
    grant = make_grant(server, SystemClock())
    with anyio.move_on_after(0.05) as scope:
        await grant.obtain()
    assert scope.cancelled_caught
    assert server.calls["token"] == 0
    await grant.aclose()


async def test_status_stream_follows_pending_slow_down_and_success(server: FakeAuthServer) -> None:
    server.device_defaults.approve_after = 3
    server.device_defaults.slow_down_on = {2}
    grant = make_grant(server)
    seen: list[DeviceLoginStatus] = []
    async with grant.login() as handle:
        async for status in handle.statuses():
            seen.append(status)
    assert seen == [
        DeviceLoginStatus.PENDING,
        DeviceLoginStatus.SLOW_DOWN,
        DeviceLoginStatus.PENDING,
        DeviceLoginStatus.AUTHORIZED,
    ]
    assert handle.result().user_id == "12345"
    await grant.aclose()


async def test_transient_auth_server_errors_do_not_end_polling(server: FakeAuthServer) -> None:
    import httpx

    clock = FakeClock()
    inner = server.handler
    failures = 0

    async def flaky(request: httpx.Request) -> httpx.Response:
        nonlocal failures
        if "oauth2/token" in str(request.url) and failures < 2:
            failures += 1
            return httpx.Response(502, text="bad gateway")
        return await inner(request)

    server.handler = flaky  # type: ignore[method-assign]
    server.device_defaults.approve_after = 0
    grant = make_grant(server, clock)
    token = await grant.obtain()
    assert token.user_id == "12345"
    assert failures == 2
    assert clock.sleeps == [2, 2, 2]
    await grant.aclose()


async def test_handle_records_expiry_as_status_and_typed_error(server: FakeAuthServer) -> None:
    server.device_defaults.outcome = "expire"
    grant = make_grant(server)
    async with grant.login() as handle:
        with pytest.raises(DeviceCodeExpiredError):
            await handle.wait()
    assert handle.status is DeviceLoginStatus.EXPIRED
    await grant.aclose()
