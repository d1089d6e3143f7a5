"""The options every TIDAL client takes, as one frozen object and as typed keyword arguments.

``ClientOptions`` is what a client was built with; ``ClientOptionsDict`` spells the same names as
keyword arguments (``TidalAPI(**options: Unpack[ClientOptionsDict])``), so both clients accept every
option by construction and pyright checks names and types. ``RequestOptions`` are the options a
derived client (``client.with_options(...)``) may change: the ones that do not own a resource.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, TypeAlias, TypedDict

if TYPE_CHECKING:  # the transport layer imports this module: its types are only annotations here
    import httpx

    from tidalkit._http.cache import ResponseCache
    from tidalkit._http.credentials import RequestAuth
    from tidalkit._http.limiter import Clock, RateBudget
    from tidalkit._http.retry import RetryPolicy

    Timeout: TypeAlias = (
        httpx.Timeout | float | tuple[float | None, float | None, float | None, float | None] | None
    )
    """Seconds for every phase, a ``(connect, read, write, pool)`` tuple, or an ``httpx.Timeout``."""

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "ClientOptionsDict",
    "RequestOptions",
]

DEFAULT_TIMEOUT = (10.0, 30.0, 30.0, 30.0)
"""Seconds to connect, read, write and wait for a pooled connection (as httpx takes a ``timeout``)."""
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""Largest response body accepted, counted after decompression."""


class RequestOptions(TypedDict, total=False):
    """What ``with_options`` may change: per-request settings of a client sharing the same pool.

    ``auth`` (whose requests these are), ``timeout``, extra ``headers`` (merged over the
    client's), ``retry``/``max_retries`` and ``country_code`` (sent where an endpoint takes one).
    """

    auth: RequestAuth | None
    timeout: Timeout
    headers: Mapping[str, str]
    retry: RetryPolicy | None
    max_retries: int | None
    country_code: str | None


class ClientOptionsDict(RequestOptions, total=False):
    """Every option of a client, as keyword arguments (see `ClientOptions`)."""

    base_url: str
    http_client: httpx.AsyncClient | None
    transport: httpx.AsyncBaseTransport | None
    max_concurrency: int
    rate_limit: float | None
    adaptive_rate: bool
    cache: ResponseCache | bool
    clock: Clock | None
    deadline: float | None
    max_response_bytes: int
    rate_budget: RateBudget | None


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """The options of one client.

    ``auth``: any `RequestAuth` (e.g. a token provider). ``http_client``: your own
    ``httpx.AsyncClient`` (you keep owning it); ``transport``: the transport of the client tidalkit
    creates (default: aiohttp under asyncio, httpx's own under trio, chosen at first use).
    ``max_concurrency`` caps requests in flight, ``rate_limit`` (requests/second) adds a token
    bucket, ``adaptive_rate`` (on by default) paces requests at the rate a server was seen to
    accept once it answers 429, ``cache=False`` turns the response cache off, ``max_retries``
    overrides the retry policy's count. ``base_url`` ``None`` means the client's own. ``deadline``
    bounds one exchange, connect to last body byte (default: twice the largest timeout);
    ``max_response_bytes`` caps a body after decompression. ``rate_budget`` (e.g. a
    `SharedRateBudget`) shares one rate with other processes and hosts.
    """

    auth: RequestAuth | None = None
    base_url: str | None = None
    http_client: httpx.AsyncClient | None = None
    transport: httpx.AsyncBaseTransport | None = None
    timeout: Timeout = DEFAULT_TIMEOUT
    retry: RetryPolicy | None = None
    max_retries: int | None = None
    max_concurrency: int = 64
    rate_limit: float | None = None
    adaptive_rate: bool = True
    cache: ResponseCache | bool = True
    headers: Mapping[str, str] = field(default_factory=dict[str, str])
    clock: Clock | None = None
    country_code: str | None = None
    deadline: float | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    rate_budget: RateBudget | None = None

    def __post_init__(self) -> None:
        if self.max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {self.max_concurrency}")
        if self.country_code is not None:
            object.__setattr__(self, "country_code", self.country_code.upper() or None)

    def __repr__(self) -> str:
        defaults = _DEFAULTS if "_DEFAULTS" in globals() else self
        shown = ", ".join(
            f"{f.name}={getattr(self, f.name)!r}"
            for f in fields(self)
            if f.name not in ("http_client", "transport", "clock", "rate_budget")
            and getattr(self, f.name) != getattr(defaults, f.name)
        )
        return f"ClientOptions({shown})"

    @property
    def retry_policy(self) -> RetryPolicy:
        """``retry`` (or the default policy) with ``max_retries`` applied."""
        from tidalkit._http.retry import RetryPolicy

        policy = self.retry or RetryPolicy()
        return policy if self.max_retries is None else replace(policy, max_retries=self.max_retries)


_DEFAULTS = ClientOptions()
