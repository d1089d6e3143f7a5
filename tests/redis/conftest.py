"""Fixtures of the Redis tests: a real ``redis-server`` (no mocks), one per module, emptied per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .servers import RedisServer, redis_server_binary


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = RedisServer(redis_server_binary(), tmp_path_factory.mktemp("redis"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    """The URL of an empty database on the module's server."""
    import redis

    with redis.Redis.from_url(redis_server.url) as client:
        client.flushall()
    return redis_server.url


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A server of this test's own, to kill and restart."""
    server = RedisServer(redis_server_binary(), tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()
