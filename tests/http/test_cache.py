"""The response cache: opt-in, per user, TTL + LRU, invalidation."""

from __future__ import annotations

import httpx

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
