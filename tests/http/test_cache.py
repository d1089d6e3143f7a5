"""The response cache: opt-in, per user, TTL + LRU, invalidation."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from tidalkit import RedirectError, ResponseValidationError
from tidalkit._http import TTL, HeaderAuth, Request, ResponseCache
from tidalkit._http.cache import CacheKey

from .helpers import make_client


def counting_handler():
    count = {"n": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        count["n"] += 1
        who = request.headers.get("Authorization", "none")
        return httpx.Response(200, json={"n": count["n"], "who": who})

    return handler


async def test_cached_get_is_served_once_per_user() -> None:
    client, rec = make_client(counting_handler(), auth=HeaderAuth({"Authorization": "Bearer a"}, "user:1"))
    req = Request("GET", "tracks/1", operation="tracks.get", cache_ttl=TTL.MEDIUM)
    async with client:
        first = await client.request_json(req)
        second = await client.request_json(req)
    assert first == second
    assert rec.calls == 1


async def test_cache_entries_are_not_shared_between_two_users() -> None:
    shared = ResponseCache()
    handler = counting_handler()
    alice, rec_a = make_client(
        handler, cache=shared, auth=HeaderAuth({"Authorization": "Bearer A"}, "user:1")
    )
    bob, rec_b = make_client(handler, cache=shared, auth=HeaderAuth({"Authorization": "Bearer B"}, "user:2"))
    req = Request("GET", "users/me/favorites", operation="favorites.list", cache_ttl=TTL.SHORT)
    async with alice, bob:
        a = await alice.request_json(req)
        b = await bob.request_json(req)
        a2 = await alice.request_json(req)
    assert a["who"] == "Bearer A"
    assert b["who"] == "Bearer B"
    assert a2 == a
    assert rec_a.calls == 1
    assert rec_b.calls == 1


async def test_uncached_operations_and_mutations_always_hit_the_network() -> None:
    client, rec = make_client(counting_handler())
    async with client:
        await client.send(Request("GET", "x"))
        await client.send(Request("GET", "x"))
        await client.send(Request("POST", "x", json={}, cache_ttl=TTL.LONG))
        await client.send(Request("POST", "x", json={}, cache_ttl=TTL.LONG))
    assert rec.calls == 4


async def test_cache_can_be_disabled() -> None:
    client, rec = make_client(counting_handler(), cache=False)
    req = Request("GET", "x", operation="x.get", cache_ttl=TTL.LONG)
    async with client:
        await client.request_json(req)
        await client.request_json(req)
        assert client.clear_cache() == 0
    assert rec.calls == 2


async def test_write_invalidates_the_named_operations() -> None:
    client, rec = make_client(counting_handler())
    read = Request("GET", "playlists/1/items", operation="playlists.items", cache_ttl=TTL.MEDIUM)
    other = Request("GET", "tracks/1", operation="tracks.get", cache_ttl=TTL.MEDIUM)
    write = Request(
        "POST", "playlists/1/items", json={}, operation="playlists.add", invalidates=("playlists",)
    )
    async with client:
        await client.request_json(read)
        await client.request_json(other)
        await client.request_json(write)
        await client.request_json(read)
        await client.request_json(other)
    assert rec.calls == 4  # read, other, write, read again; other stayed cached


async def test_clear_cache_by_operation() -> None:
    client, rec = make_client(counting_handler())
    a = Request("GET", "a", operation="albums.get", cache_ttl=TTL.MEDIUM)
    t = Request("GET", "t", operation="tracks.get", cache_ttl=TTL.MEDIUM)
    async with client:
        await client.request_json(a)
        await client.request_json(t)
        assert client.clear_cache("albums") == 1
        await client.request_json(a)
        await client.request_json(t)
    assert rec.calls == 3


async def test_cached_response_bodies_are_independent_copies() -> None:
    client, _ = make_client(counting_handler())
    req = Request("GET", "x", operation="x", cache_ttl=TTL.MEDIUM)
    async with client:
        first = await client.request_json(req)
        first["n"] = "mutated by caller"
        again = await client.request_json(req)
    assert again["n"] == 1


def test_ttl_expiry_and_lru_eviction() -> None:
    now = {"t": 0.0}
    cache = ResponseCache(max_entries=2, clock=lambda: now["t"])

    def key(i: int) -> CacheKey:
        return CacheKey("v2", "op", f"u{i}", "user:1")

    for i in range(3):
        cache.put(key(i), status_code=200, headers=(), content=b"%d" % i, ttl=10)
    assert len(cache) == 2
    assert cache.get(key(0)) is None  # evicted, least recently used
    assert cache.get(key(1)) is not None
    now["t"] = 11
    assert cache.get(key(1)) is None  # expired
    assert len(cache) == 1


def test_clear_by_identity_only() -> None:
    cache = ResponseCache()
    cache.put(CacheKey("v2", "op", "u", "user:1"), status_code=200, headers=(), content=b"", ttl=10)
    cache.put(CacheKey("v2", "op", "u", "user:2"), status_code=200, headers=(), content=b"", ttl=10)
    assert cache.clear(identity="user:1") == 1
    assert len(cache) == 1


def test_cache_is_bounded_by_bytes_too() -> None:
    cache = ResponseCache(max_entries=100, max_bytes=10)

    def key(i: int) -> CacheKey:
        return CacheKey("v2", "op", f"u{i}", "user:1")

    cache.put(key(0), status_code=200, headers=(), content=b"1234", ttl=10)
    cache.put(key(1), status_code=200, headers=(), content=b"5678", ttl=10)
    cache.put(key(2), status_code=200, headers=(), content=b"9abc", ttl=10)  # evicts key 0
    assert cache.get(key(0)) is None
    assert cache.size_bytes == 8
    cache.put(key(3), status_code=200, headers=(), content=b"x" * 11, ttl=10)  # too big to keep
    assert cache.get(key(3)) is None
    cache.put(key(1), status_code=200, headers=(), content=b"12", ttl=10)  # replacing recounts
    assert cache.size_bytes == 6
    assert cache.clear() == 2
    assert cache.size_bytes == 0


def answers(*responses: httpx.Response):
    queue = list(responses)

    async def handler(request: httpx.Request) -> httpx.Response:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler


async def test_a_body_that_fails_to_parse_is_not_cached_and_the_next_call_asks_again() -> None:
    html = httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<html>down</html>")
    truncated = httpx.Response(200, content=b'{"id": 1, "tit')
    good = httpx.Response(200, json={"id": 1})
    client, rec = make_client(answers(html, truncated, good))
    req = Request("GET", "tracks/1", operation="tracks.get", cache_ttl=TTL.MEDIUM)
    async with client:
        for _ in range(2):
            with pytest.raises(ResponseValidationError):
                await client.request_json(req)
            assert client.cache is not None
            assert len(client.cache) == 0
        assert await client.request_json(req) == {"id": 1}
        assert await client.request_json(req) == {"id": 1}
    assert rec.calls == 3  # html, truncated, good; the good one then came from the cache


async def test_a_parser_that_refuses_the_body_leaves_the_cache_empty() -> None:
    client, rec = make_client(answers(httpx.Response(200, json={"unexpected": True})))
    req = Request("GET", "tracks/1", operation="tracks.get", cache_ttl=TTL.MEDIUM)

    def parse(response: httpx.Response) -> int:
        data = response.json()
        if "id" not in data:
            raise ResponseValidationError("no id")
        return int(data["id"])

    async with client:
        for _ in range(2):
            with pytest.raises(ResponseValidationError):
                await client.send_parsed(req, parse)
        assert client.cache is not None
        assert len(client.cache) == 0
    assert rec.calls == 2


async def test_a_redirect_is_an_error_and_never_an_entry() -> None:
    client, rec = make_client(answers(httpx.Response(302, headers={"Location": "https://elsewhere.test/"})))
    req = Request("GET", "tracks/1", operation="tracks.get", cache_ttl=TTL.MEDIUM)
    async with client:
        for _ in range(2):
            with pytest.raises(RedirectError) as caught:
                await client.request_json(req)
            assert caught.value.location == "https://elsewhere.test/"
        assert client.cache is not None
        assert len(client.cache) == 0
    assert rec.calls == 2


async def test_a_gzipped_answer_is_cached_decoded_and_served_again() -> None:
    body = gzip.compress(json.dumps({"id": 7}).encode())
    response = httpx.Response(
        200, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}, content=body
    )
    client, rec = make_client(answers(response))
    req = Request("GET", "tracks/7", operation="tracks.get", cache_ttl=TTL.MEDIUM)
    async with client:
        assert await client.request_json(req) == {"id": 7}
        assert await client.request_json(req) == {"id": 7}
    assert rec.calls == 1


async def test_a_cached_entry_the_parser_now_refuses_is_dropped() -> None:
    client, rec = make_client(answers(httpx.Response(200, json={"id": 1})))
    req = Request("GET", "tracks/1", operation="tracks.get", cache_ttl=TTL.MEDIUM)

    def refuse(response: httpx.Response) -> None:
        raise ResponseValidationError("changed model")

    async with client:
        await client.request_json(req)
        assert client.cache is not None
        assert len(client.cache) == 1
        with pytest.raises(ResponseValidationError):
            await client.send_parsed(req, refuse)
        assert len(client.cache) == 0
    assert rec.calls == 1


async def test_a_cache_hit_carries_the_url_the_request_was_sent_to() -> None:
    seen: list[httpx.URL] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"ok": True})

    client, rec = make_client(handler)
    params = [("filter[id]", "1"), ("filter[id]", "2"), ("include", "albums,artists"), ("q", "a b/ü")]
    req = Request("GET", "tracks", params=params, operation="tracks.list", cache_ttl=TTL.MEDIUM)
    responses: list[httpx.Response] = []

    def keep(response: httpx.Response) -> object:
        responses.append(response)
        return response.json()

    async with client:
        await client.send_parsed(req, keep)
        await client.send_parsed(req, keep)
    assert rec.calls == 1
    sent, hit = responses
    assert hit is not sent
    assert hit.request.url == sent.request.url == seen[0]
    assert str(hit.request.url) == str(seen[0])
