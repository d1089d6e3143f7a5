"""The request pipeline both TIDAL APIs' clients run every request through.

caller → Request → auth → cache → limiter (gate, rate, slot) → send → retry → errors → response
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import anyio

from tidalkit._http.announced import announced_limit
from tidalkit._http.cache import CacheKey, ResponseCache
from tidalkit._http.credentials import Authorization, RequestAuth
from tidalkit._http.errors import (
    ERROR_BODY_READ_LIMIT,
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientClosedError,
    ResponseTooLargeError,
    TidalError,
    error_from_response,
)
from tidalkit._http.limiter import Limiter
from tidalkit._http.parsing import decode_json
from tidalkit._http.request import Request, encode_query
from tidalkit._http.retry import RetryPolicy, parse_retry_after

if TYPE_CHECKING:  # httpx loads with the first request (see ConnectionPool)
    import httpx

    from tidalkit._http.pool import ConnectionPool
    from tidalkit._http.transport import PlainHeaders

__all__ = ["DEFAULT_DEADLINE", "RequestPipeline"]

logger = logging.getLogger("tidalkit")

T = TypeVar("T")

DEFAULT_DEADLINE = 300.0
"""Deadline of one exchange when no timeout is finite."""
_ANONYMOUS = Authorization({}, "anonymous")
_SIZED_METHODS = ("POST", "PUT", "PATCH")
"""Methods httpx gives ``Content-Length: 0`` when they carry no body."""
_PREPARED_HEADERS = 64


class RequestPipeline:
    """``send``, ``send_parsed`` and ``request_json``: auth, cache, limiter, the exchange, retries
    and typed errors. `BaseClient` sets the state it reads (pool, limiter, cache, policy)."""

    api_name: ClassVar[str] = "http"
    auth: RequestAuth | None
    retry: RetryPolicy
    base_url: str
    limiter: Limiter
    cache: ResponseCache | None
    deadline: float | None
    max_response_bytes: int
    _pool: ConnectionPool
    _headers: dict[str, str]
    _prepared: dict[tuple[bytes, tuple[tuple[str, str], ...]], tuple[httpx.Headers, PlainHeaders]]
    _request_timeout: httpx.Timeout | None
    _deadline_of: tuple[httpx.Timeout, float] | None = None
    """The default deadline, with the timeout it was worked out from (see `_deadline`)."""
    _refused: dict[str, str]
    _closed_here: bool
    _root: RequestPipeline

    @property
    def _closed(self) -> bool:
        return self._closed_here or self._root._closed_here

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._pool.http_client

    @property
    def _default_timeout(self) -> dict[str, float | None]:
        return self._pool.default_timeout

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
        import httpx

        import tidalkit._http.url as urls  # loaded with httpx

        timeout = httpx.Timeout(request.timeout) if request.timeout is not None else self._request_timeout
        extension = None if timeout is None else timeout.as_dict()
        if (
            self._pool.owned
            and key is None
            and not request.headers
            and request.json is None
            and request.data is None
            and request.method.upper() not in _SIZED_METHODS
        ):
            # no body, no per-request header: the headers are the same every time for this token,
            # so they are built (and checked by httpx) once, not per request
            import tidalkit._http.transport as transports

            target = urls.request_url(url, self.base_url)
            headers, plain = self._prepared_headers(target, authorization)
            built = httpx.Request(
                request.method,
                target,
                headers=headers,
                stream=httpx.ByteStream(b""),
                extensions={"timeout": extension or self._default_timeout, transports.PLAIN_HEADERS: plain},
            )
            built._content = b""  # as httpx sets it for an empty body
            return built
        import tidalkit._http.body as body

        headers = dict(self._headers)
        if request.headers:
            headers.update(request.headers)
        headers.update(authorization.headers)
        if key is not None:
            headers["Idempotency-Key"] = key
        if all(name.lower() != "accept-encoding" for name in headers):
            headers["Accept-Encoding"] = body.ACCEPT_ENCODING
        if not self._pool.owned:  # an injected client merges its own defaults into the request
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
            urls.request_url(url, self.base_url),
            headers=headers,
            json=request.json,
            data=request.data,
            extensions={"timeout": extension or self._default_timeout},
        )

    def _prepared_headers(
        self, url: httpx.URL, authorization: Authorization
    ) -> tuple[httpx.Headers, PlainHeaders]:
        """The headers of a bodiless request to ``url``'s host with ``authorization``, as httpx would
        set them (``Host`` first), built once per host and token (a few dozen kept); with them, the
        same headers as tidalkit's transport hands them to aiohttp (`transport.PlainHeaders`)."""
        import httpx

        import tidalkit._http.transport as transports

        key = (url.netloc, tuple(authorization.headers.items()))
        found = self._prepared.get(key)
        if found is None:
            import tidalkit._http.body as body

            merged = dict(self._headers)
            merged.update(authorization.headers)
            headers = httpx.Headers(merged)
            if "accept-encoding" not in headers:
                headers["Accept-Encoding"] = body.ACCEPT_ENCODING
            if "host" not in headers:
                headers = httpx.Headers([(b"Host", url.netloc), *headers.raw])
            if len(self._prepared) >= _PREPARED_HEADERS:  # many users' tokens: start again
                self._prepared.clear()
            found = self._prepared[key] = (headers, transports.PlainHeaders(headers))
        return found

    def _route(self, http_request: httpx.Request) -> tuple[httpx.AsyncBaseTransport | None, bool]:
        """The transport that sends ``http_request`` (None: an injected client sends it its way), and
        whether that transport keeps the exchange's deadline itself."""
        if not self._pool.owned:
            return None, False
        import tidalkit._http.transport as transports  # loaded with httpx

        # the client's choice of transport for the URL: respx's httpx-level mock hooks in here
        return transports.route(self._http._transport_for_url(http_request.url), http_request.url)

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
        timeout = self._request_timeout or self._http.timeout
        known = self._deadline_of
        if known is not None and known[0] is timeout:  # worked out once per timeout setting
            return known[1]
        finite = [value for value in timeout.as_dict().values() if value is not None]
        deadline = 2 * max(finite) if finite else DEFAULT_DEADLINE
        self._deadline_of = (timeout, deadline)
        return deadline

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
                import httpx

                import tidalkit._http.url as urls  # loaded with httpx

                target = urls.request_url(url, self.base_url)  # not httpx's full parse of the URL
                cached = httpx.Response(
                    hit.status_code, headers=list(hit.headers), request=httpx.Request("GET", target)
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

    async def _read_within(
        self, transport: httpx.AsyncBaseTransport | None, http_request: httpx.Request, deadline: float
    ) -> httpx.Response:
        """`_read` within ``deadline`` seconds, for a transport that does not keep the deadline itself."""
        # anyio.fail_after, without the two generator-based context managers around its scope
        with anyio.CancelScope(deadline=anyio.current_time() + deadline):
            return await self._read(transport, http_request)
        raise TimeoutError  # the scope caught its own cancellation: only its deadline cancels it

    async def _read(
        self, transport: httpx.AsyncBaseTransport | None, http_request: httpx.Request
    ) -> httpx.Response:
        """Send one request and read its body (an excerpt for 3xx+) within ``max_response_bytes``."""
        import tidalkit._http.body as body  # loaded with httpx (a `from` import costs 1.5 µs a call)

        if transport is None:  # an injected client sends it its own way
            response = await self._http.send(http_request, stream=True)
        else:
            response = await transport.handle_async_request(http_request)
            response.request = http_request
        try:
            if response.status_code < 300:
                content = await body.read_bounded(response, self.max_response_bytes)
            else:  # an excerpt is all an error keeps
                content = await body.read_bounded(response, ERROR_BODY_READ_LIMIT, excerpt=True)
        finally:
            if isinstance(response.stream, body.WireBody):
                await response.aclose()  # the connection is given back before any await
            else:  # another transport's close may wait: a cancellation must not cut it short
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
        import httpx

        import tidalkit._http.transport as transports  # loaded with httpx

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
            try:
                http_request = self._build(request, url, authorization, key)
            except httpx.InvalidURL as exc:  # e.g. past httpx's 64 KiB: a query built from a server's cursor
                raise APIError(
                    f"{method} {request.path[:80]}: the request URL cannot be sent ({exc})"
                ) from None
            started = time.perf_counter()
            failure: TidalError | None = None
            response: httpx.Response | None = None
            status, retry_after = 0, None
            try:
                transport, keeps_deadline = self._route(http_request)
                if keeps_deadline:
                    http_request.extensions[transports.DEADLINE] = deadline  # a bare TimeoutError past it
                async with self.limiter.slot():
                    sent_at = self.limiter.clock.now()
                    if keeps_deadline:  # one exchange within the deadline: its body read as well
                        response = await self._read(transport, http_request)
                    else:
                        response = await self._read_within(transport, http_request, deadline)
                    # reported while the slot is held: a wave released by this answer sees its verdict
                    status = response.status_code
                    retry_after = parse_retry_after(response.headers) if status >= 400 else None
                    limit = announced_limit(response.headers)
                    if limit is not None:
                        self.limiter.announce(limit)
                        if status == 429 and retry_after is None and limit.wait() > 0:
                            retry_after = limit.wait()  # the bucket's own refill says when
                    if status != 429:
                        self.limiter.record_success()
                    elif retry_after is None or retry_after <= policy.max_retry_after:
                        delay = retry_after if retry_after is not None else policy.backoff(throttled)
                        self.limiter.rate_limited(delay, sent_at)
            except TimeoutError:  # the deadline: a server that trickles is not asked again
                failure = APITimeoutError(
                    f"{_where(http_request)} got no full answer within its {deadline:g} s deadline"
                )
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
                failure = error_cls(f"{_where(http_request)} {kind} after {attempt + 1} attempt(s)")
            except MemoryError:
                failure = ResponseTooLargeError(
                    f"{_where(http_request)}: ran out of memory reading the response",
                    limit=self.max_response_bytes,
                )
            except TidalError:
                raise
            except Exception as exc:  # undecodable bodies (httpx.DecodingError), odd transports
                failure = APIConnectionError(
                    f"{_where(http_request)} got an unusable answer ({_summary(exc)})"
                )
            if failure is not None or response is None:
                # raised outside the handler, without a chain: transport errors hold the request,
                # whose headers carry the credentials
                raise failure or APIConnectionError(f"{_where(http_request)} got no answer") from None
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


_DERIVED_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


def _stored_headers(headers: httpx.Headers) -> tuple[tuple[bytes, bytes], ...]:
    """Headers to keep with a decoded body, as sent: the encoding ones described the bytes on the
    wire. Read from httpx's entries (name, lower-cased name, value): nothing decoded or lowered."""
    entries: list[tuple[bytes, bytes, bytes]] = headers._list  # pyright: ignore[reportPrivateUsage]
    return tuple((name, value) for name, lower, value in entries if lower not in _DERIVED_HEADERS)
