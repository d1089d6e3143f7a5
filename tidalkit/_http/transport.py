"""The default transport: aiohttp's connector behind the httpx API.

Measured (``bench/transport.py``, loopback, 100 ms latency): httpx's own pool stops scaling above
about 32 concurrent connections, aiohttp's does not. Users can inject any httpx transport instead.
"""

from __future__ import annotations

import httpx

__all__ = ["default_transport"]


def default_transport(*, max_connections: int = 64) -> httpx.AsyncBaseTransport:
    """An ``httpx_aiohttp.AiohttpTransport`` sized for ``max_connections`` concurrent requests."""
    from httpx_aiohttp import AiohttpTransport

    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    return AiohttpTransport(limits=limits)
