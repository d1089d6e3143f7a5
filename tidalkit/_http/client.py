"""The base client: one ``httpx.AsyncClient`` and the one request pipeline both TIDAL APIs use.

caller → Request → auth → cache → limiter (gate, rate, slot) → send → retry → errors → response
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

import anyio
import httpx

from tidalkit._http.cache import CacheKey, ResponseCache
from tidalkit._http.credentials import Authorization, RequestAuth
from tidalkit._http.errors import (
    ERROR_BODY_READ_LIMIT,
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ResponseTooLargeError,
    TidalError,
    error_from_response,
    parse_retry_after,
)
from tidalkit._http.limiter import Clock, Limiter, RateBudget
from tidalkit._http.logs import install_log_filters
from tidalkit._http.parsing import decode_json, read_bounded
from tidalkit._http.request import Request, encode_query
from tidalkit._http.retry import RetryPolicy
from tidalkit._http.transport import default_transport
from tidalkit._version import __version__

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "DEFAULT_TIMEOUT", "BaseClient"]

logger = logging.getLogger("tidalkit")
install_log_filters()  # httpx, httpcore, aiohttp, asyncio: their records lose credentials

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_DEADLINE = 300.0
"""Deadline of one exchange when no timeout is finite."""
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""Largest response body accepted, counted after decompression."""
_ANONYMOUS = Authorization({}, "anonymous")


class BaseClient:
    """Owns one ``httpx.AsyncClient`` and runs every request through the shared pipeline.

    Use as ``async with Client(...) as client:`` or call :meth:`aclose`. Pass ``http_client`` to
    share your own ``httpx.AsyncClient`` (you keep owning it), or ``transport`` to choose the
    transport of the client tidalkit creates. ``max_concurrency`` caps requests in flight,
    ``rate_limit`` (requests/second) adds a token bucket, ``adaptive_rate`` (on by default) paces
    requests at the rate a server was seen to accept once it answers 429, ``cache=False`` turns
    the response cache off, ``max_retries`` overrides the retry policy's count.
    ``deadline`` bounds one exchange, connect to last body byte (default: twice the largest
    timeout); ``max_response_bytes`` caps a body after decompression (default 32 MiB).
    ``rate_budget`` (e.g. :class:`~tidalkit.SharedRateBudget`) shares one rate with other
    processes and hosts.
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
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        rate_budget: RateBudget | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.auth = auth
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = replace(policy, max_retries=max_retries)
        self.retry = policy
        self.limiter = Limiter(
            max_concurrency, rate=rate_limit, clock=clock, adaptive=adaptive_rate, budget=rate_budget
        )
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
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self._refused: dict[str, str] = {}  # identity -> token id refused again after a renewal
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

    def _deadline(self, request: Request) -> float:
        """Seconds one exchange (connect, headers, body) may take: ``deadline``, or twice the timeout."""
        if self.deadline is not None:
            return self.deadline
        if request.timeout is not None:
            return 2 * request.timeout
        phases = self._http.timeout.as_dict().values()
        finite = [value for value in phases if value is not None]
        return 2 * max(finite) if finite else DEFAULT_DEADLINE

    async def send(self, request: Request) -> httpx.Response:
        """Send ``request`` through auth, limiter and retries; return a read 2xx response.

        Never reads or fills the response cache: the cache keeps only bodies a parser accepted, so
        cached calls go through :meth:`send_parsed`. Raises a typed :class:`~tidalkit.TidalError`:
        ``APIStatusError`` subclasses for 3xx/4xx/5xx (``RedirectError`` for 3xx: redirects are never
        followed), ``APIConnectionError``/``APITimeoutError`` when no usable answer came in time,
        ``ResponseTooLargeError`` past ``max_response_bytes``, ``RateLimitError`` when the server
        asks for a wait above the policy's cap.
        """
        self._check_open()
        return await self._exchange(request, await self._authorize(request))

    async def send_parsed(self, request: Request, parse: Callable[[httpx.Response], T]) -> T:
        """Send ``request`` and return ``parse(response)``; cache the body only once ``parse`` accepted it.

        A cached body is parsed again on a hit (an entry ``parse`` now refuses is dropped). A 2xx
        whose body does not parse raises what ``parse`` raised and leaves the cache untouched.
        """
        self._check_open()
        authorization = await self._authorize(request)
        cache_key: CacheKey | None = None
        if self.cache is not None and request.cache_ttl and request.method.upper() == "GET":
            url = self._url(request)
            operation = request.operation or f"GET {request.path}"
            cache_key = CacheKey(self.api_name, operation, url, authorization.identity)
            hit = self.cache.get(cache_key)
            if hit is not None:
                cached = httpx.Response(
                    hit.status_code, headers=list(hit.headers), request=self._http.build_request("GET", url)
                )
                cached._content = hit.content
                try:
                    return parse(cached)
                except TidalError:
                    self.cache.drop(cache_key)
                    raise
        response = await self._exchange(request, authorization)
        result = parse(response)
        body = response.content
        if cache_key is not None and self.cache is not None and request.cache_ttl and body.strip():
            self.cache.put(
                cache_key,
                status_code=response.status_code,
                headers=_stored_headers(response.headers),
                content=body,
                ttl=request.cache_ttl,
            )
        return result

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError(f"{type(self).__name__} is closed: requests after aclose() are refused")

    async def _receive(self, http_request: httpx.Request, deadline: float) -> httpx.Response:
        """One exchange within ``deadline``: the response with its body read (an excerpt for 3xx+)."""
        with anyio.fail_after(deadline):
            response = await self._http.send(http_request, stream=True)
            try:
                if response.status_code < 300:
                    content = await read_bounded(response, self.max_response_bytes)
                else:  # an excerpt is all an error keeps
                    content = await read_bounded(response, ERROR_BODY_READ_LIMIT, excerpt=True)
            finally:
                with anyio.CancelScope(shield=True):
                    await response.aclose()
        if content is None:
            raise ResponseTooLargeError(
                f"{_where(http_request)}: response body exceeds max_response_bytes={self.max_response_bytes}",
                limit=self.max_response_bytes,
                method=http_request.method,
                path=http_request.url.path,
            )
        response._content = content
        return response

    async def _exchange(self, request: Request, authorization: Authorization) -> httpx.Response:
        """The pipeline after auth: limiter, send, retries, 401 replay and error mapping."""
        method = request.method.upper()
        url = self._url(request)
        key = request.headers.get("Idempotency-Key") if request.headers else None
        if key is None and request.idempotent and method not in ("GET", "HEAD"):
            key = str(uuid.uuid4())
        policy = self.retry
        max_retries = policy.max_retries if request.max_retries is None else request.max_retries
        may_retry = policy.may_retry(method, has_idempotency_key=key is not None)
        deadline = self._deadline(request)

        attempt = 0
        throttled = 0
        replayed = False
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            http_request = self._build(request, url, authorization, key)
            where = _where(http_request)
            started = time.perf_counter()
            failure: TidalError | None = None
            response: httpx.Response | None = None
            status, retry_after = 0, None
            try:
                async with self.limiter.slot():
                    sent_at = self.limiter.clock.now()
                    response = await self._receive(http_request, deadline)
                    # reported while the slot is held: a wave released by this answer sees its verdict
                    status = response.status_code
                    retry_after = parse_retry_after(response.headers) if status >= 400 else None
                    if status != 429:
                        self.limiter.record_success()
                    elif retry_after is None or retry_after <= policy.max_retry_after:
                        delay = retry_after if retry_after is not None else policy.backoff(throttled)
                        self.limiter.rate_limited(delay, sent_at)
            except TimeoutError:  # the deadline: a server that trickles is not asked again
                failure = APITimeoutError(f"{where} got no full answer within its {deadline:g} s deadline")
            except httpx.TransportError as exc:
                timed_out = isinstance(exc, httpx.TimeoutException)
                never_sent = isinstance(exc, httpx.ConnectError | httpx.PoolTimeout)
                kind = "timed out" if timed_out else f"failed ({_summary(exc)})"
                if (may_retry or never_sent) and attempt < max_retries:
                    delay = policy.backoff(attempt)
                    logger.debug(
                        "%s %s %s; retry %d in %.2fs", method, http_request.url.path, kind, attempt + 1, delay
                    )
                    await self.limiter.clock.sleep(delay)
                    attempt += 1
                    continue
                error_cls = APITimeoutError if timed_out else APIConnectionError
                failure = error_cls(f"{where} {kind} after {attempt + 1} attempt(s)")
            except MemoryError:
                failure = ResponseTooLargeError(
                    f"{where}: ran out of memory reading the response", limit=self.max_response_bytes
                )
            except TidalError:
                raise
            except Exception as exc:  # undecodable bodies (httpx.DecodingError), odd transports
                failure = APIConnectionError(f"{where} got an unusable answer ({_summary(exc)})")
            if failure is not None or response is None:
                # raised outside the handler, without a chain: transport errors hold the request,
                # whose headers carry the credentials
                raise failure or APIConnectionError(f"{where} got no answer") from None
            if debug:
                logger.debug(
                    "%s %s -> %d in %.1f ms (attempt %d)",
                    method,
                    http_request.url.path,
                    status,
                    (time.perf_counter() - started) * 1000,
                    attempt + 1,
                )
            if status < 300:
                if request.invalidates and self.cache is not None:
                    for name in request.invalidates:
                        self.cache.clear(name, identity=authorization.identity)
                return response

            if status == 401 and self.auth is not None and request.authenticated:
                token_id = authorization.token_id
                if replayed or (token_id and self._refused.get(authorization.identity) == token_id):
                    # a renewed token was refused too: no renewal per caller until the token changes
                    if token_id:
                        self._refused[authorization.identity] = token_id
                    error = error_from_response(response)
                    error.add_note("the token was renewed once and refused again; not renewing it again")
                    raise error
                if await self.auth.unauthorized(authorization):
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
        """Send ``request`` and decode its JSON body (``None`` for an empty body); cached once decoded."""
        return await self.send_parsed(request, decode_json)


def _where(request: httpx.Request) -> str:
    """``METHOD host/path`` for messages: never the query (it may carry ids a user keeps private)."""
    return f"{request.method} {request.url.host}{request.url.path}"


def _summary(exc: BaseException) -> str:
    """A bounded, secret-free description of a transport error (its ``repr`` may hold headers)."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


_DERIVED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _stored_headers(headers: httpx.Headers) -> tuple[tuple[str, str], ...]:
    """Headers to keep with a decoded body: the encoding ones described the bytes on the wire."""
    items = headers.multi_items()
    return tuple((name, value) for name, value in items if name.lower() not in _DERIVED_HEADERS)
