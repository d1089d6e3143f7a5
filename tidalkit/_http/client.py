"""The base client: one ``httpx.AsyncClient`` and the one request pipeline both TIDAL APIs use.

caller → Request → auth → cache → limiter (gate, rate, slot) → send → retry → errors → response
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Mapping
from dataclasses import replace
from types import TracebackType
from typing import Any, ClassVar, Self

import httpx

from tidalkit._http.cache import CacheKey, ResponseCache
from tidalkit._http.credentials import Authorization, RequestAuth
from tidalkit._http.errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    error_from_response,
    parse_retry_after,
)
from tidalkit._http.limiter import Clock, Limiter
from tidalkit._http.parsing import decode_json
from tidalkit._http.request import Request, encode_query
from tidalkit._http.retry import RetryPolicy
from tidalkit._http.transport import default_transport
from tidalkit._version import __version__

__all__ = ["DEFAULT_TIMEOUT", "BaseClient"]

logger = logging.getLogger("tidalkit")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
_ANONYMOUS = Authorization({}, "anonymous")


class BaseClient:
    """Owns one ``httpx.AsyncClient`` and runs every request through the shared pipeline.

    Use as ``async with Client(...) as client:`` or call :meth:`aclose`. Pass ``http_client`` to
    share your own ``httpx.AsyncClient`` (you keep owning it), or ``transport`` to choose the
    transport of the client tidalkit creates. ``max_concurrency`` caps requests in flight,
    ``rate_limit`` (requests/second) adds a token bucket, ``adaptive_rate`` (on by default) paces
    requests at the rate a server was seen to accept once it answers 429, ``cache=False`` turns
    the response cache off, ``max_retries`` overrides the retry policy's count.
    """

    api_name: ClassVar[str] = "http"

    def __init__(
        self,
        *,
        base_url: str,
        auth: RequestAuth | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        max_concurrency: int = 64,
        rate_limit: float | None = None,
        adaptive_rate: bool = True,
        cache: ResponseCache | bool = True,
        headers: Mapping[str, str] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.auth = auth
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = replace(policy, max_retries=max_retries)
        self.retry = policy
        self.limiter = Limiter(max_concurrency, rate=rate_limit, clock=clock, adaptive=adaptive_rate)
        # a ResponseCache is falsy when empty: test its type, not its truth
        self.cache: ResponseCache | None = (
            cache if isinstance(cache, ResponseCache) else ResponseCache() if cache else None
        )
        self._headers = {"User-Agent": f"tidalkit/{__version__}", **(headers or {})}
        self._owns_http = http_client is None
        if http_client is None:
            if transport is None:
                transport = default_transport(max_connections=max_concurrency)
            http_client = httpx.AsyncClient(transport=transport, timeout=timeout)
        self._http = http_client
        self._timeout = timeout
        self._closed = False

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
        """Close the underlying connections (unless the ``httpx.AsyncClient`` was injected)."""
        if self._closed:
            return
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` has been called."""
        return self._closed

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``."""
        return self._http

    def clear_cache(self, operation: str | None = None) -> int:
        """Drop cached responses (all, or one operation or operation prefix); returns how many."""
        return self.cache.clear(operation) if self.cache is not None else 0

    # ---- the pipeline --------------------------------------------------------------------------

    def _url(self, request: Request) -> str:
        path = request.path
        url = path if path.startswith(("http://", "https://")) else self.base_url + path.lstrip("/")
        query = encode_query(request.params)
        if query:
            url += ("&" if "?" in url else "?") + query
        return url

    def _build(
        self, request: Request, url: str, authorization: Authorization, key: str | None
    ) -> httpx.Request:
        headers = dict(self._headers)
        if request.headers:
            headers.update(request.headers)
        headers.update(authorization.headers)
        if key is not None:
            headers["Idempotency-Key"] = key
        extensions: dict[str, Any] = {}
        if request.timeout is not None:
            extensions["timeout"] = httpx.Timeout(request.timeout).as_dict()
        return self._http.build_request(
            request.method,
            url,
            headers=headers,
            json=request.json,
            data=request.data,
            extensions=extensions or None,
        )

    async def _authorize(self, request: Request) -> Authorization:
        if not request.authenticated or self.auth is None:
            return _ANONYMOUS
        return await self.auth.authorize()

    async def send(self, request: Request) -> httpx.Response:
        """Send ``request`` through auth, cache, limiter and retries; return a read 2xx/3xx response.

        Raises a typed :class:`~tidalkit.TidalError`: ``APIStatusError`` subclasses for 4xx/5xx,
        ``APIConnectionError``/``APITimeoutError`` when no answer came, ``RateLimitError`` when the
        server asks for a wait above the policy's cap.
        """
        if self._closed:
            raise ClientClosedError(f"{type(self).__name__} is closed: requests after aclose() are refused")
        method = request.method.upper()
        url = self._url(request)
        key = request.headers.get("Idempotency-Key") if request.headers else None
        if key is None and request.idempotent and method not in ("GET", "HEAD"):
            key = str(uuid.uuid4())
        policy = self.retry
        max_retries = policy.max_retries if request.max_retries is None else request.max_retries
        may_retry = policy.may_retry(method, has_idempotency_key=key is not None)
        operation = request.operation or f"{method} {request.path}"

        authorization = await self._authorize(request)
        cache_key: CacheKey | None = None
        if self.cache is not None and request.cache_ttl and method == "GET":
            cache_key = CacheKey(self.api_name, operation, url, authorization.identity)
            hit = self.cache.get(cache_key)
            if hit is not None:
                return httpx.Response(
                    hit.status_code,
                    headers=list(hit.headers),
                    content=hit.content,
                    request=self._http.build_request(method, url),
                )

        attempt = 0
        throttled = 0
        replayed = False
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            http_request = self._build(request, url, authorization, key)
            started = time.perf_counter()
            try:
                async with self.limiter.slot():
                    sent_at = self.limiter.clock.now()
                    response = await self._http.send(http_request)
                    # reported while the slot is held: a wave released by this answer sees its verdict
                    status = response.status_code
                    retry_after = parse_retry_after(response.headers) if status >= 400 else None
                    if status != 429:
                        self.limiter.record_success()
                    elif retry_after is None or retry_after <= policy.max_retry_after:
                        delay = retry_after if retry_after is not None else policy.backoff(throttled)
                        self.limiter.rate_limited(delay, sent_at)
            except httpx.TransportError as exc:
                timed_out = isinstance(exc, httpx.TimeoutException)
                never_sent = isinstance(exc, httpx.ConnectError | httpx.PoolTimeout)
                kind = "timed out" if timed_out else f"failed ({type(exc).__name__})"
                if (may_retry or never_sent) and attempt < max_retries:
                    delay = policy.backoff(attempt)
                    logger.debug(
                        "%s %s %s; retry %d in %.2fs", method, http_request.url.path, kind, attempt + 1, delay
                    )
                    await self.limiter.clock.sleep(delay)
                    attempt += 1
                    continue
                error_cls = APITimeoutError if timed_out else APIConnectionError
                raise error_cls(
                    f"{method} {http_request.url.path} {kind} after {attempt + 1} attempt(s)",
                    request=http_request,
                ) from exc
            if debug:
                logger.debug(
                    "%s %s -> %d in %.1f ms (attempt %d)",
                    method,
                    http_request.url.path,
                    response.status_code,
                    (time.perf_counter() - started) * 1000,
                    attempt + 1,
                )
            if status < 400:
                if cache_key is not None and self.cache is not None and request.cache_ttl:
                    self.cache.put(
                        cache_key,
                        status_code=status,
                        headers=tuple(response.headers.multi_items()),
                        content=response.content,
                        ttl=request.cache_ttl,
                    )
                if request.invalidates and self.cache is not None:
                    for name in request.invalidates:
                        self.cache.clear(name, identity=authorization.identity)
                return response

            await response.aclose()
            if (
                status == 401
                and not replayed
                and self.auth is not None
                and request.authenticated
                and await self.auth.unauthorized(authorization)
            ):
                replayed = True
                authorization = await self.auth.authorize()
                continue
            if retry_after is not None and retry_after > policy.max_retry_after:
                raise error_from_response(response, retry_after=retry_after)
            if status == 429:
                # 429s have their own budget: under a shared rate limit, waiting is the normal way
                # through, and it must not use up the retries meant for failures
                if may_retry and max_retries > 0 and throttled < policy.max_rate_limit_retries:
                    await self.limiter.wait_gate()
                    throttled += 1
                    continue
            elif policy.retryable_status(status) and may_retry and attempt < max_retries:
                delay = retry_after if retry_after is not None else policy.backoff(attempt)
                await self.limiter.clock.sleep(delay)
                attempt += 1
                continue
            raise error_from_response(response, retry_after=retry_after)

    async def request_json(self, request: Request) -> Any:
        """Send ``request`` and decode its JSON body (``None`` for an empty body)."""
        return decode_json(await self.send(request))
