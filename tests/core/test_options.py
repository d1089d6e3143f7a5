"""One options object for both clients, and ``with_options`` deriving clients on the same pool."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from tests.http.helpers import FakeClock
from tidalkit import ClientOptions, HeaderAuth, RetryPolicy
from tidalkit._core.options import ClientOptionsDict
from tidalkit._http import BaseClient
from tidalkit._http.errors import ClientClosedError
from tidalkit.api import TidalAPI
from tidalkit.private import PrivateAPI


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"countryCode": "SE", "id": 1, "title": "t"}, request=request)


def test_every_client_takes_every_base_option_including_adaptive_rate() -> None:
    option_names = set(ClientOptionsDict.__optional_keys__)
    assert option_names == {field.name for field in dataclasses.fields(ClientOptions)}
    assert {"adaptive_rate", "auth", "timeout", "headers", "max_retries", "rate_limit"} <= option_names
    tidal = TidalAPI(adaptive_rate=False, rate_limit=5.0, max_concurrency=3)
    private = PrivateAPI(client_id="c", adaptive_rate=False, rate_limit=5.0, max_concurrency=3)
    for client in (tidal, private):
        assert client.options.adaptive_rate is False
        assert client.limiter._adaptive is None
        assert client.options.max_concurrency == 3


def test_options_are_one_frozen_object_and_its_repr_shows_what_was_set() -> None:
    options = TidalAPI(country_code="se", max_retries=1).options
    assert isinstance(options, ClientOptions)
    assert options.country_code == "SE"
    assert options.retry_policy.max_retries == 1
    with pytest.raises(AttributeError):
        options.country_code = "US"  # type: ignore[misc]
    assert "country_code='SE'" in repr(options)
    assert "max_concurrency" not in repr(options)  # defaults are not shown


async def test_a_derived_client_shares_the_pool_limiter_and_cache_and_has_its_own_settings() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    root = PrivateAPI(
        client_id="c", country_code="US", user_id=1, transport=httpx.MockTransport(handler), clock=FakeClock()
    )
    derived = root.with_options(
        auth=HeaderAuth({"Authorization": "Bearer bob"}, identity="user:2"),
        timeout=3.5,
        headers={"X-Trace": "t1"},
        max_retries=0,
    )
    assert type(derived) is PrivateAPI
    assert derived.http_client is root.http_client
    assert derived.limiter is root.limiter
    assert derived.cache is root.cache
    assert derived.retry.max_retries == 0
    assert root.retry.max_retries == RetryPolicy().max_retries
    # namespaces are bound to the client they were read from
    assert derived.tracks is not root.tracks
    assert derived.tracks._client is derived
    assert root.tracks._client is root

    await derived.tracks.get(1)
    request = seen[-1]
    assert request.headers["Authorization"] == "Bearer bob"
    assert request.headers["X-Trace"] == "t1"
    assert request.headers["x-tidal-client-version"]  # the client's own headers are kept
    assert request.extensions["timeout"]["read"] == 3.5
    await root.tracks.get(1)
    assert seen[-1].headers["x-tidal-token"] == "c"
    assert "X-Trace" not in seen[-1].headers
    assert seen[-1].extensions["timeout"]["read"] == 30.0

    await derived.aclose()  # closes nothing shared
    assert derived.closed
    assert not root.closed
    assert not root.http_client.is_closed
    await root.tracks.get(2)
    with pytest.raises(ClientClosedError):
        await derived.tracks.get(2)
    await root.aclose()
    assert root.http_client.is_closed


async def test_closing_the_root_client_closes_every_client_derived_from_it() -> None:
    root = TidalAPI(transport=httpx.MockTransport(ok))
    derived = root.with_options(timeout=1).with_options(headers={"X-A": "1"})
    await root.aclose()
    assert derived.closed
    with pytest.raises(ClientClosedError):
        await derived.tracks.get("1")


async def test_a_derived_private_client_forgets_the_constructor_user_id_when_the_auth_changes() -> None:
    root = PrivateAPI(client_id="c", user_id=5, transport=httpx.MockTransport(ok))
    assert await root.user_id() == 5
    same_user = root.with_options(timeout=2)
    assert await same_user.user_id() == 5
    other = root.with_options(auth=HeaderAuth({"Authorization": "Bearer x"}, identity="user:9"))
    assert other._user_id is None
    anonymous = root.with_options(auth=None)  # back to catalogue calls with the client id
    assert isinstance(anonymous.auth, HeaderAuth)
    await root.aclose()


async def test_base_client_with_options_keeps_an_injected_http_client_open() -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(ok)) as http:
        root = BaseClient(base_url="https://x.test", http_client=http)
        derived = root.with_options(max_retries=1)
        await derived.aclose()
        await root.aclose()
        assert not http.is_closed
