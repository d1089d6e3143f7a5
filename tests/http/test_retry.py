"""The retry loop: Retry-After, backoff, which statuses and methods are retried, idempotency keys."""

from __future__ import annotations

import email.utils
import time

import anyio
import httpx
import pytest

from tidalkit import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnauthorizedError,
    UnprocessableEntityError,
)
from tidalkit._http import Request, RetryPolicy

from .helpers import FakeClock, make_client


def sequence(*responses: httpx.Response | Exception):
    queue = list(responses)

    async def handler(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return handler


async def test_retry_after_seconds_is_honoured_without_real_sleeping() -> None:
    clock = FakeClock()
    handler = sequence(
        httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json={"ok": True})
    )
    client, rec = make_client(handler, clock=clock)
    started = time.monotonic()
    async with client:
        assert await client.request_json(Request("GET", "tracks/1")) == {"ok": True}
    assert rec.calls == 2
    assert clock.sleeps == [7.0]
    assert time.monotonic() - started < 5.0  # a real sleep would take 7 s


async def test_retry_after_http_date_is_honoured() -> None:
    clock = FakeClock()
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    handler = sequence(httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json=[1]))
    client, rec = make_client(handler, clock=clock)
    async with client:
        assert await client.request_json(Request("GET", "tracks/1")) == [1]
    assert rec.calls == 2
    assert len(clock.sleeps) == 1
    assert 27.0 <= clock.sleeps[0] <= 31.0


async def test_retry_after_above_cap_raises_rate_limit_error_instead_of_sleeping() -> None:
    clock = FakeClock()
    handler = sequence(httpx.Response(429, headers={"Retry-After": "3600"}, json={"errors": []}))
    client, rec = make_client(handler, clock=clock, retry=RetryPolicy(max_retry_after=60))
    async with client:
        with pytest.raises(RateLimitError) as info:
            await client.send(Request("GET", "tracks/1"))
    assert info.value.retry_after == 3600
    assert rec.calls == 1
    assert clock.sleeps == []


async def test_5xx_is_retried_with_growing_backoff_then_raised() -> None:
    clock = FakeClock()
    client, rec = make_client(
        sequence(httpx.Response(503, text="busy")),
        clock=clock,
        retry=RetryPolicy(max_retries=4, backoff_base=1.0, backoff_max=100.0),
    )
    async with client:
        with pytest.raises(InternalServerError) as info:
            await client.send(Request("GET", "tracks/1"))
    assert info.value.status_code == 503
    assert rec.calls == 5
    assert len(clock.sleeps) == 4
    # equal jitter: each wait lies in [ceiling/2, ceiling] with ceiling = 1, 2, 4, 8
    for attempt, slept in enumerate(clock.sleeps):
        assert 2**attempt / 2 <= slept <= 2**attempt


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
    ],
)
async def test_client_errors_are_never_retried(status: int, error: type[Exception]) -> None:
    clock = FakeClock()
    client, rec = make_client(sequence(httpx.Response(status, json={"status": status})), clock=clock)
    async with client:
        with pytest.raises(error):
            await client.send(Request("GET", "tracks/1"))
    assert rec.calls == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_retryable_statuses_are_retried(status: int) -> None:
    handler = sequence(httpx.Response(status), httpx.Response(200, json={}))
    client, rec = make_client(handler)
    async with client:
        await client.send(Request("GET", "x"))
    assert rec.calls == 2


async def test_mutation_without_idempotency_key_is_not_retried() -> None:
    client, rec = make_client(sequence(httpx.Response(503), httpx.Response(201)))
    async with client:
        with pytest.raises(InternalServerError):
            await client.send(Request("POST", "playlists", json={"a": 1}))
    assert rec.calls == 1


async def test_idempotent_mutation_keeps_one_key_across_retries() -> None:
    handler = sequence(
        httpx.Response(503), httpx.ConnectTimeout("slow"), httpx.Response(502), httpx.Response(201)
    )
    client, rec = make_client(handler)
    async with client:
        response = await client.send(Request("POST", "playlists", json={"a": 1}, idempotent=True))
        assert response.status_code == 201
        await client.send(Request("POST", "playlists", json={"a": 1}, idempotent=True))
    keys = [r.headers["Idempotency-Key"] for r in rec.requests]
    assert len(keys) == 5
    assert len(set(keys[:4])) == 1, "one logical mutation, one key"
    assert keys[4] != keys[0], "a new logical mutation gets a new key"


async def test_caller_supplied_idempotency_key_is_kept() -> None:
    client, rec = make_client(sequence(httpx.Response(500), httpx.Response(200)))
    async with client:
        await client.send(Request("PATCH", "p/1", json={}, headers={"Idempotency-Key": "k-1"}))
    assert [r.headers["Idempotency-Key"] for r in rec.requests] == ["k-1", "k-1"]


async def test_connect_errors_are_retried_then_raised_as_connection_error() -> None:
    client, rec = make_client(sequence(httpx.ConnectError("refused")), max_retries=2)
    async with client:
        with pytest.raises(APIConnectionError) as info:
            await client.send(Request("GET", "tracks/1"))
    assert not isinstance(info.value, APITimeoutError)
    assert rec.calls == 3
    assert "tracks/1" in str(info.value)


async def test_never_sent_mutation_is_retried_on_connect_error() -> None:
    handler = sequence(httpx.ConnectError("refused"), httpx.Response(201))
    client, rec = make_client(handler)
    async with client:
        assert (await client.send(Request("POST", "things", json={}))).status_code == 201
    assert rec.calls == 2


async def test_read_timeout_becomes_api_timeout_error() -> None:
    client, rec = make_client(sequence(httpx.ReadTimeout("slow")), max_retries=1)
    async with client:
        with pytest.raises(APITimeoutError):
            await client.send(Request("GET", "tracks/1"))
    assert rec.calls == 2


async def test_per_call_max_retries_overrides_the_client() -> None:
    client, rec = make_client(sequence(httpx.Response(503)), max_retries=5)
    async with client:
        with pytest.raises(InternalServerError):
            await client.send(Request("GET", "x", max_retries=0))
    assert rec.calls == 1


async def test_failed_response_is_closed_before_sleeping() -> None:
    closed: list[bool] = []

    class Stream(httpx.AsyncByteStream):
        async def __aiter__(self):
            yield b"busy"

        async def aclose(self) -> None:
            closed.append(True)

    class Clock(FakeClock):
        async def sleep(self, seconds: float) -> None:
            assert closed, "the failed response must be closed before the retry wait"
            await super().sleep(seconds)

    handler = sequence(httpx.Response(503, stream=Stream()), httpx.Response(200))
    client, _ = make_client(handler, clock=Clock())
    async with client:
        await client.send(Request("GET", "x"))
    assert closed


async def test_401_triggers_one_refresh_and_one_replay() -> None:
    from .helpers import SwitchingAuth

    async def handler(request: httpx.Request) -> httpx.Response:
        ok = request.headers["Authorization"] == "Bearer new"
        return httpx.Response(200 if ok else 401, json={"status": 401, "subStatus": 11003})

    auth = SwitchingAuth(["old", "new"])
    client, rec = make_client(handler, auth=auth)
    async with client:
        await client.send(Request("GET", "me"))
    assert rec.calls == 2
    assert auth.unauthorized_calls == 1


async def test_401_after_replay_is_raised_not_looped() -> None:
    from .helpers import SwitchingAuth

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"status": 401, "subStatus": 11002, "userMessage": "revoked"})

    auth = SwitchingAuth(["a", "b", "c"])
    client, rec = make_client(handler, auth=auth)
    async with client:
        with pytest.raises(UnauthorizedError) as info:
            await client.send(Request("GET", "me"))
    assert rec.calls == 2
    assert info.value.sub_status == 11002


async def test_retries_release_the_limiter_while_waiting() -> None:
    """A request waiting to retry does not hold a concurrency slot."""
    clock = FakeClock()
    handler = sequence(httpx.Response(503), httpx.Response(200))
    client, _ = make_client(handler, clock=clock, max_concurrency=1)
    async with client, anyio.create_task_group() as tg:
        for _ in range(3):
            tg.start_soon(client.send, Request("GET", "x"))
    assert client.limiter.in_flight == 0
