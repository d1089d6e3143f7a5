"""The base client: one ``httpx.AsyncClient``, its options, derived clients and their lifecycle.

Every request runs through `RequestPipeline` (``tidalkit._http.pipeline``); the
``httpx.AsyncClient`` is made at its first use (``tidalkit._http.pool``).
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, ClassVar, Self, Unpack

from tidalkit._core.options import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    ClientOptionsDict,
    RequestOptions,
)
from tidalkit._http.cache import ResponseCache
from tidalkit._http.credentials import RequestAuth, SharesConnections
from tidalkit._http.errors import ClientClosedError
from tidalkit._http.limiter import Limiter
from tidalkit._http.logs import install_log_filters
from tidalkit._http.pipeline import RequestPipeline
from tidalkit._http.pool import ConnectionPool
from tidalkit._version import __version__

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "DEFAULT_TIMEOUT", "BaseClient"]

install_log_filters()  # httpx, httpcore, aiohttp, asyncio: their records lose credentials


class BaseClient(RequestPipeline):
    """Owns one ``httpx.AsyncClient`` and runs every request through the shared pipeline.

    Takes the options of `ClientOptions` as keyword arguments. Use as
    ``async with Client(...) as client:`` or call `aclose`. `with_options` derives a
    client for other per-request settings (another user's ``auth``, a timeout, headers, retries)
    that shares this one's connection pool, limiter and cache. ``deadline`` bounds one exchange,
    connect to last body byte (default: twice the largest timeout); ``max_response_bytes`` caps a
    body after decompression (default 32 MiB). ``rate_budget`` (e.g.
    `SharedRateBudget`) shares one rate with other processes and hosts.
    """

    default_base_url: ClassVar[str] = ""
    options: ClientOptions

    def __init__(self, **options: Unpack[ClientOptionsDict]) -> None:
        self._apply(ClientOptions(**options))
        settings = self.options
        self.base_url = (settings.base_url or self.default_base_url).rstrip("/") + "/"
        self.limiter = Limiter(
            settings.max_concurrency,
            rate=settings.rate_limit,
            clock=settings.clock,
            adaptive=settings.adaptive_rate,
            budget=settings.rate_budget,
        )
        cache = settings.cache
        # a ResponseCache is falsy when empty: test its type, not its truth
        self.cache: ResponseCache | None = (
            cache if isinstance(cache, ResponseCache) else ResponseCache() if cache else None
        )
        self._pool = ConnectionPool(settings)  # shared by every client derived from this one
        self._request_timeout: httpx.Timeout | None = None  # None: the http client's own
        self.deadline = settings.deadline
        self.max_response_bytes = settings.max_response_bytes
        self._refused: dict[str, str] = {}  # identity -> token id refused again after a renewal
        self._root = self
        self._closed_here = False
        self._share_connections(self.auth)

    def _apply(self, options: ClientOptions) -> None:
        """Take the per-request settings of ``options`` (at construction and in `with_options`)."""
        self.options = options
        self.auth = options.auth
        self.retry = options.retry_policy
        self._headers = {"User-Agent": f"tidalkit/{__version__}", **options.headers}
        self._prepared = {}  # the headers of bodiless requests, per host and token (see _build)

    def _share_connections(self, auth: RequestAuth | None) -> None:
        # token requests of a token provider go through this client's pool, not one of their own
        if isinstance(auth, SharesConnections):
            auth.use_connections(self._pool)

    def with_options(self, **overrides: Unpack[RequestOptions]) -> Self:
        """A client of the same class with other per-request settings, sharing this one's pool.

        ``auth``, ``timeout``, ``headers`` (merged over this client's), ``retry``, ``max_retries``
        and ``country_code`` can change; the connection pool, limiter and response cache are
        shared (the cache is keyed by each request's auth identity). Closing a derived client
        closes nothing shared: the client built with the constructor owns the pool.
        """
        if "headers" in overrides:
            overrides["headers"] = {**self.options.headers, **overrides["headers"]}
        derived = copy.copy(self)
        for cls in type(self).__mro__:  # namespaces are cached per client: rebuild them bound to `derived`
            for name, value in vars(cls).items():
                if isinstance(value, cached_property):
                    derived.__dict__.pop(name, None)
        derived._apply(replace(self.options, **overrides))
        if "timeout" in overrides:
            import httpx

            timeout = overrides["timeout"]
            derived._request_timeout = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        derived._closed_here = False
        derived._derive(self)
        if "auth" in overrides:
            derived._share_connections(derived.auth)
        return derived

    def _derive(self, parent: BaseClient) -> None:
        """Hook for subclasses: adjust a client just derived from ``parent`` by `with_options`."""

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"{type(self).__name__}(base_url={self.base_url!r}, {state})"

    # ---- lifecycle -----------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        if self._closed:
            raise ClientClosedError(f"{type(self).__name__} is closed; create a new one")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the client.

        The client built with the constructor closes its connections (unless the
        ``httpx.AsyncClient`` was injected) and any its auth opened for token requests; a client from
        `with_options` only stops taking requests.
        """
        if self._closed_here:
            return
        self._closed_here = True
        if self._root is not self:
            return
        closing: Callable[[], Awaitable[object]] | None = getattr(self.auth, "aclose", None)
        if closing is not None:
            await closing()
        await self._pool.aclose()

    @property
    def closed(self) -> bool:
        """Whether `aclose` has been called on this client or on the client it derives from."""
        return self._closed

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (the injected one, else made at first use; shared by
        every client derived from this one)."""
        return self._http

    def known_country_code(self) -> str | None:
        """The country code known without a request: ``country_code=``, else the auth's token's."""
        if self.options.country_code is not None:
            return self.options.country_code
        carried = getattr(self.auth, "country_code", None)
        return carried.upper() if isinstance(carried, str) and carried else None

    def clear_cache(self, operation: str | None = None) -> int:
        """Drop cached responses (all, or one operation or operation prefix); returns how many."""
        return self.cache.clear(operation) if self.cache is not None else 0
