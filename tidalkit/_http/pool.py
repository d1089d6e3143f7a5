"""The connection pool a client and the clients derived from it share: one ``httpx.AsyncClient``.

The ``httpx.AsyncClient`` is the injected one, else it is made at its first use, so building a
client loads neither httpx (about 65 ms to import) nor a transport.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidalkit._http.errors import ClientClosedError

if TYPE_CHECKING:
    import httpx

    from tidalkit._core.options import ClientOptions

__all__ = ["ConnectionPool"]


class ConnectionPool:
    """One client tree's ``httpx.AsyncClient``: injected (``http_client=``), else made at first use.

    The client that made the pool closes it; a pool never used is closed without making its
    ``httpx.AsyncClient``, and makes none after that (`ClientClosedError`).
    """

    __slots__ = ("_client", "_closing", "_options", "_timeout", "owned")

    def __init__(self, options: ClientOptions) -> None:
        self._options = options
        self._client = options.http_client
        self.owned = self._client is None
        """Whether tidalkit made the ``httpx.AsyncClient`` (and so closes it)."""
        self._closing = False
        self._timeout: dict[str, float | None] = (
            {} if self._client is None else self._client.timeout.as_dict()
        )

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` (made now if this is its first use)."""
        client = self._client
        return client if client is not None else self._make()

    @property
    def closed(self) -> bool:
        """Whether requests can no longer go through: the pool was closed, or an injected client was."""
        return (self.owned and self._closing) or (self._client is not None and self._client.is_closed)

    @property
    def default_timeout(self) -> dict[str, float | None]:
        """The timeout of a request that names none, as httpx's ``timeout`` request extension."""
        if self._client is None:
            self._make()
        return self._timeout

    def _make(self) -> httpx.AsyncClient:
        if self._closing:
            raise ClientClosedError("the client is closed: it opens no connections")
        # tidalkit's own client sends straight through its transport: it never follows redirects,
        # keeps no cookies and has no hooks, so httpx's per-request client machinery is skipped
        import httpx

        from tidalkit._http.transport import default_transport

        options = self._options
        transport = options.transport or default_transport(max_connections=options.max_concurrency)
        client = httpx.AsyncClient(transport=transport, timeout=options.timeout)
        self._timeout = client.timeout.as_dict()  # worked out once, sent with every request
        self._client = client
        return client

    async def aclose(self) -> None:
        """Close the ``httpx.AsyncClient`` if it was made here (an injected one stays open)."""
        self._closing = True
        if self.owned and self._client is not None:
            await self._client.aclose()
