"""The base client: one ``httpx.AsyncClient`` and the one request pipeline both TIDAL APIs use.

caller → Request → auth → cache → limiter (gate, rate, slot) → send → retry → errors → response
"""

from __future__ import annotations

import copy
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import cached_property
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar, Unpack

import anyio
import httpx

from tidalkit._core.options import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    ClientOptionsDict,
    RequestOptions,
)
from tidalkit._http.cache import CacheKey, ResponseCache
from tidalkit._http.credentials import Authorization, RequestAuth, SharesConnections
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
from tidalkit._http.limiter import Limiter
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

DEFAULT_DEADLINE = 300.0
"""Deadline of one exchange when no timeout is finite."""
_ANONYMOUS = Authorization({}, "anonymous")


class BaseClient:
    """Owns one ``httpx.AsyncClient`` and runs every request through the shared pipeline.

    Takes the options of `ClientOptions` as keyword arguments. Use as
    ``async with Client(...) as client:`` or call `aclose`. `with_options` derives a
    client for other per-request settings (another user's ``auth``, a timeout, headers, retries)
    that shares this one's connection pool, limiter and cache. ``deadline`` bounds one exchange,
    connect to last body byte (default: twice the largest timeout); ``max_response_bytes`` caps a
    body after decompression (default 32 MiB). ``rate_budget`` (e.g.
    `SharedRateBudget`) shares one rate with other processes and hosts.
    """

    api_name: ClassVar[str] = "http"
    default_base_url: ClassVar[str] = ""
    auth: RequestAuth | None
    options: ClientOptions
    retry: RetryPolicy
    base_url: str
    limiter: Limiter

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
        http_client = settings.http_client
        self._owns_http = http_client is None
        # tidalkit's own client sends straight through its transport: it never follows redirects,
        # keeps no cookies and has no hooks, so httpx's per-request client machinery is skipped
        if http_client is None:
            transport = settings.transport or default_transport(max_connections=settings.max_concurrency)
            http_client = httpx.AsyncClient(transport=transport, timeout=settings.timeout)
        self._http = http_client
        self._request_timeout: httpx.Timeout | None = None  # None: the http client's own
        self._default_timeout = http_client.timeout.as_dict()  # worked out once, sent with every request
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

    def _share_connections(self, auth: RequestAuth | None) -> None:
        # token requests of a token provider go through this client's pool, not one of their own
        if isinstance(auth, SharesConnections):
            auth.use_connections(self._http)

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
        if self._owns_http:
            await self._http.aclose()

    @property
    def _closed(self) -> bool:
        return self._closed_here or self._root._closed_here

    @property
    def closed(self) -> bool:
        """Whether `aclose` has been called on this client or on the client it derives from."""
        return self._closed

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``."""
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
        timeout = httpx.Timeout(request.timeout) if request.timeout is not None else self._request_timeout
        extension = None if timeout is None else timeout.as_dict()
        if not self._owns_http:  # an injected client merges its own defaults into the request
            return self._http.build_request(
                request.method,
                url,
                headers=headers,
                json=request.json,
                data=request.data,
                extensions=None if extension is None else {"timeout": extension},
            )
        return httpx.Request(
            request.method,
            url,
            headers=headers,
            json=request.json,
            data=request.data,
            extensions={"timeout": extension or self._default_timeout},
        )

    async def _dispatch(self, http_request: httpx.Request) -> httpx.Response:
        """Send one request; the response's body is not read yet."""
        if not self._owns_http:
            return await self._http.send(http_request, stream=True)
        # the client's choice of transport for the URL: respx's httpx-level mock hooks in here
        transport = self._http._transport_for_url(http_request.url)
        response = await transport.handle_async_request(http_request)
        response.request = http_request
        return response

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
        phases = (self._request_timeout or self._http.timeout).as_dict().values()
        finite = [value for value in phases if value is not None]
        return 2 * max(finite) if finite else DEFAULT_DEADLINE

    async def send(self, request: Request) -> httpx.Response:
        """Send ``request`` through auth, limiter and retries; return a read 2xx response.

        Never reads or fills the response cache: the cache keeps only bodies a parser accepted, so
        cached calls go through `send_parsed`. Raises a typed `TidalError`:
        ``APIStatusError`` subclasses for 3xx/4xx/5xx (``RedirectError`` for 3xx: redirects are never
        followed), ``APIConnectionError``/``APITimeoutError`` when no usable answer came in time,
        ``ResponseTooLargeError`` past ``max_response_bytes``, ``RateLimitError`` when the server
        asks for a wait above the policy's cap.
        """
        self._check_open()
        return await self._exchange(request, await self._authorize(request), self._url(request))

    async def send_parsed(self, request: Request, parse: Callable[[httpx.Response], T]) -> T:
        """Send ``request`` and return ``parse(response)``; cache the body only once ``parse`` accepted it.

        A cached body is parsed again on a hit (an entry ``parse`` now refuses is dropped). A 2xx
        whose body does not parse raises what ``parse`` raised and leaves the cache untouched.
        """
        self._check_open()
        authorization = await self._authorize(request)
        cache_key: CacheKey | None = None
        url = self._url(request)
        if self.cache is not None and request.cache_ttl and request.method.upper() == "GET":
            operation = request.operation or f"GET {request.path}"
            cache_key = CacheKey(self.api_name, operation, url, authorization.identity)
            hit = self.cache.get(cache_key)
            if hit is not None:
                cached = httpx.Response(
                    hit.status_code, headers=list(hit.headers), request=httpx.Request("GET", url)
                )
                cached._content = hit.content
                try:
                    return parse(cached)
                except TidalError:
                    self.cache.drop(cache_key)
                    raise
        response = await self._exchange(request, authorization, url)
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
            response = await self._dispatch(http_request)
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

    async def _exchange(self, request: Request, authorization: Authorization, url: str) -> httpx.Response:
        """The pipeline after auth (``url`` built once by the caller): limiter, send, retries, 401 replay."""
        method = request.method.upper()
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
