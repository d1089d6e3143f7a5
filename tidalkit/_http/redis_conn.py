"""Connections to the Redis that tidalkit processes share (``pip install 'tidalkit[redis]'``).

The URL is an argument, else ``TIDALKIT_REDIS_URL``. The ``redis`` package is imported only when a
connection is made, so tidalkit without the extra imports fine.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["REDIS_URL_ENV", "connect", "failures", "redacted", "resolve_url"]

REDIS_URL_ENV = "TIDALKIT_REDIS_URL"
_TIMEOUT = 1.0


def resolve_url(url: str | None) -> str:
    """``url``, else ``TIDALKIT_REDIS_URL``; a clear error when neither is set."""
    found = url or os.environ.get(REDIS_URL_ENV)
    if not found:
        raise ValueError(f"no Redis URL: pass url='redis://host:6379/0' or set {REDIS_URL_ENV}")
    return found


def redacted(url: str) -> str:
    """The URL without its password (safe for reprs and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def connect(url: str, *, timeout: float = _TIMEOUT) -> Redis:
    """An asyncio Redis client for ``url`` (connections open lazily, on first use).

    Short socket timeouts: a Redis that stops answering is noticed within ``timeout`` seconds. A
    command that meets a broken connection (e.g. a pooled one from before a Redis restart) is
    retried twice on a new one.
    """
    try:
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import ExponentialBackoff
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise RuntimeError("Redis support needs the redis package: pip install 'tidalkit[redis]'") from exc
    return Redis.from_url(  # pyright: ignore[reportUnknownMemberType]
        url,
        decode_responses=True,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        retry=Retry(ExponentialBackoff(cap=0.05, base=0.005), 2),
    )


def failures() -> tuple[type[BaseException], ...]:
    """Every exception a Redis command can end with (``RedisError`` and socket errors)."""
    from redis.exceptions import RedisError

    return (RedisError, OSError)
