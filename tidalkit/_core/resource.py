"""The base of every endpoint namespace (``client.tracks``, …) and raw-response access for all of them.

A namespace only binds its client: every request it makes goes through `Namespace._request`, so
`with_raw_response` sees the HTTP response of any endpoint method, on either API, by
construction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar

from tidalkit._http.parsing import decode_json
from tidalkit._http.request import Request

if TYPE_CHECKING:
    import httpx

__all__ = ["Namespace", "RawResponse", "Sender", "with_raw_response"]

T = TypeVar("T")
C = TypeVar("C", bound="Sender")
A = ParamSpec("A")

_captured: ContextVar[list[httpx.Response] | None] = ContextVar("tidalkit_raw_responses", default=None)


class Sender(Protocol):
    """The part of a client a namespace uses: sending one request through the pipeline."""

    async def send(self, request: Request) -> httpx.Response: ...

    async def send_parsed(self, request: Request, parse: Callable[[httpx.Response], T]) -> T: ...


def _capture(response: httpx.Response) -> None:
    captured = _captured.get()
    if captured is not None:
        captured.append(response)


class Namespace(Generic[C]):
    """One endpoint group of a client (``client.tracks``, ``client.playlists``, …)."""

    def __init__(self, client: C) -> None:
        self._client = client

    async def _request(self, request: Request) -> httpx.Response:
        """Send ``request`` through the client's pipeline (auth, limiter, retries, errors; never cached)."""
        response = await self._client.send(request)
        _capture(response)
        return response

    def _request_parsed(
        self, request: Request, parse: Callable[[httpx.Response], T]
    ) -> Coroutine[Any, Any, T]:
        """Send ``request`` and return ``parse(response)`` (the cache keeps only bodies that parse).

        The pipeline's own coroutine, not one more around it (a layer less per request in flight).
        """
        if _captured.get() is None:
            return self._client.send_parsed(request, parse)

        def parse_and_capture(response: httpx.Response) -> T:  # inside `with_raw_response`
            _capture(response)
            return parse(response)

        return self._client.send_parsed(request, parse_and_capture)

    async def _request_json(self, request: Request) -> Any:
        """Send ``request`` and decode its JSON body (``None`` for an empty body); cached once decoded."""
        return await self._request_parsed(request, decode_json)


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """An endpoint call's parsed result with the HTTP response(s) behind it.

    ``http_response`` is the last response the call received (status, headers, ``.json()``);
    ``responses`` are all of them, in arrival order (a batch or a paginated walk sends several).
    """

    result: T
    responses: list[httpx.Response] = field(default_factory=list["httpx.Response"])

    @property
    def http_response(self) -> httpx.Response:
        """The last HTTP response of the call."""
        if not self.responses:
            raise LookupError("the call sent no request")
        return self.responses[-1]

    @property
    def status_code(self) -> int:
        """The last response's HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The last response's headers."""
        return self.http_response.headers

    def parse(self) -> T:
        """The call's result, as the endpoint method returns it (already parsed)."""
        return self.result


async def with_raw_response(
    call: Callable[A, Awaitable[T]], /, *args: A.args, **kwargs: A.kwargs
) -> RawResponse[T]:
    """Run one endpoint call and keep its HTTP responses: ``await with_raw_response(tidal.tracks.get, id)``.

    Works for every endpoint method of both clients (and for a paginator: its first page).
    """
    captured: list[httpx.Response] = []
    token = _captured.set(captured)
    try:
        result = await call(*args, **kwargs)
    finally:
        _captured.reset(token)
    return RawResponse(result, captured)
