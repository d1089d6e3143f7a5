"""Transport layer: client lifecycle, the request pipeline, retries, limits, errors, cache."""

from tidalkit._http.cache import TTL, ResponseCache
from tidalkit._http.client import DEFAULT_TIMEOUT, BaseClient
from tidalkit._http.credentials import Authorization, HeaderAuth, RequestAuth
from tidalkit._http.limiter import Clock, Limiter, SystemClock
from tidalkit._http.request import Request, encode_query
from tidalkit._http.retry import RetryPolicy

__all__ = [
    "DEFAULT_TIMEOUT",
    "TTL",
    "Authorization",
    "BaseClient",
    "Clock",
    "HeaderAuth",
    "Limiter",
    "Request",
    "RequestAuth",
    "ResponseCache",
    "RetryPolicy",
    "SystemClock",
    "encode_query",
]
