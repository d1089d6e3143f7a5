"""Receiving the authorization redirect: a one-shot loopback listener, or a pasted URL.

`LoopbackReceiver` binds 127.0.0.1, ::1 or localhost only (any other host is refused before
anything is bound), answers the browser with a small "you can close this tab" page and hands back
``code``/``state``/``error``. Only a redirect carrying the ``state`` of the authorize URL ends the
wait: any other request (wrong or missing ``state``, another path) gets an error page and is
ignored, so a local process or web page that finds the port cannot abort or steer the login.
`PasteReceiver` asks the user (an async callback) to paste the URL they were redirected to;
it is the default for TIDAL's private redirect URIs (``tidal://login/auth``,
``https://tidal.com/login/auth``), which no local server can receive.
"""

from __future__ import annotations

import errno
import logging
import secrets
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import anyio
import anyio.abc
from anyio.abc import SocketAttribute

from tidalkit._http.errors import AuthenticationError
from tidalkit.auth.errors import LoginTimeoutError

__all__ = [
    "LOOPBACK_HOSTS",
    "ListenerPortInUseError",
    "LoopbackReceiver",
    "PasteReceiver",
    "RedirectInbox",
    "RedirectReceiver",
    "is_loopback_uri",
    "parse_redirect",
]

logger = logging.getLogger("tidalkit.auth")

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
_MAX_REQUEST = 16 * 1024

_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>tidalkit</title></head>"
    "<body style='font-family:sans-serif;text-align:center;margin-top:4em'>"
    "<h1>{title}</h1><p>You can close this tab and return to the application.</p></body></html>"
)


class ListenerPortInUseError(AuthenticationError):
    """The redirect listener's port is taken by another program; ``port`` says which."""

    def __init__(self, message: str, *, host: str, port: int) -> None:
        super().__init__(message)
        self.host = host
        self.port = port


def is_loopback_uri(uri: str) -> bool:
    """Whether ``uri`` is an ``http://`` URI on 127.0.0.1, ::1 or localhost."""
    parts = urlsplit(uri)
    return parts.scheme == "http" and (parts.hostname or "") in LOOPBACK_HOSTS


def parse_redirect(url_or_query: str) -> dict[str, str]:
    """The query parameters of a redirect URL (or a bare query string), first value of each."""
    text = url_or_query.strip()
    parts = urlsplit(text)
    query = parts.query if (parts.scheme or parts.path.startswith("/")) else text.lstrip("?")
    if not query and parts.fragment:
        query = parts.fragment
    params: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        params.setdefault(key, value)
    return params


class RedirectInbox(Protocol):
    """One pending redirect: the URI to register in the authorize URL, and a way to wait for it."""

    @property
    def redirect_uri(self) -> str: ...

    async def wait(self, authorize_url: str) -> dict[str, str]: ...


class RedirectReceiver(Protocol):
    """Opens an inbox for one redirect (an async context manager: bound before the URL is shown)."""

    def listen(self) -> AbstractAsyncContextManager[RedirectInbox]: ...


UrlCallback = Callable[[str], Awaitable[None]]
PasteCallback = Callable[[str], Awaitable[str]]


async def _console_paste(authorize_url: str) -> str:
    def ask() -> str:
        print(f"Open this URL, log in, then paste the address you were redirected to:\n{authorize_url}")
        return input("Redirect URL: ")

    return await anyio.to_thread.run_sync(ask, abandon_on_cancel=True)


@dataclass(slots=True)
class _PasteInbox:
    redirect_uri: str
    prompt: PasteCallback

    async def wait(self, authorize_url: str) -> dict[str, str]:
        return parse_redirect(await self.prompt(authorize_url))


class PasteReceiver:
    """Ask the user for the redirect URL through ``prompt(authorize_url) -> pasted URL`` (async).

    The default prompt prints the URL and reads a line from the console in a worker thread.
    """

    def __init__(self, redirect_uri: str, prompt: PasteCallback | None = None) -> None:
        self.redirect_uri = redirect_uri
        self.prompt = prompt or _console_paste

    def __repr__(self) -> str:
        return f"PasteReceiver(redirect_uri={self.redirect_uri!r})"

    @asynccontextmanager
    async def listen(self) -> AsyncGenerator[RedirectInbox, None]:
        yield _PasteInbox(self.redirect_uri, self.prompt)


class LoopbackReceiver:
    """A one-shot HTTP listener on a loopback address for the authorization redirect.

    ``redirect_uri`` must be ``http://127.0.0.1:<port>/path``, ``http://[::1]:<port>/path`` or
    ``http://localhost:<port>/path``; port 0 picks a free port (the inbox's ``redirect_uri`` then
    names it). Anything else raises ``ValueError`` at construction. ``timeout`` bounds the wait
    (`LoginTimeoutError`); ``on_url`` is awaited with the authorize URL
    once the listener is bound (print it, or open a browser).
    """

    def __init__(
        self,
        redirect_uri: str = "http://127.0.0.1:0/callback",
        *,
        timeout: float = 300.0,
        on_url: UrlCallback | None = None,
    ) -> None:
        parts = urlsplit(redirect_uri)
        host = parts.hostname or ""
        if parts.scheme != "http" or host not in LOOPBACK_HOSTS:
            raise ValueError(
                "the loopback listener binds only 127.0.0.1, ::1 or localhost over http, "
                f"not {host or redirect_uri!r}"
            )
        self.host = host
        self.port = parts.port or 0
        self.path = parts.path or "/"
        self.timeout = timeout
        self.on_url = on_url

    def __repr__(self) -> str:
        return f"LoopbackReceiver(host={self.host!r}, port={self.port}, path={self.path!r})"

    @asynccontextmanager
    async def listen(self) -> AsyncGenerator[RedirectInbox, None]:
        host = self.host
        if host == "localhost" and self.port == 0:
            host = "127.0.0.1"  # one port for one family; a free port may differ between families
        if host not in LOOPBACK_HOSTS:  # defence in depth: never bind anything else
            raise ValueError(f"refusing to bind non-loopback host {host!r}")
        try:
            listener = await anyio.create_tcp_listener(local_host=host, local_port=self.port)
        except OSError as exc:
            if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
                raise ListenerPortInUseError(
                    f"cannot listen for the login redirect on {host}:{self.port} ({exc.strerror or exc})",
                    host=host,
                    port=self.port,
                ) from None
            raise ListenerPortInUseError(
                f"port {self.port} on {host} is in use by another program, so the login redirect cannot "
                "be received there; close that program or register a redirect URI with another port",
                host=host,
                port=self.port,
            ) from None
        async with listener:
            port = listener.listeners[0].extra(SocketAttribute.local_port)
            netloc_host = f"[{host}]" if ":" in host else host
            uri = urlunsplit(("http", f"{netloc_host}:{port}", self.path, "", ""))
            logger.debug("redirect listener on %s", uri)
            yield _LoopbackInbox(uri, self.path, listener, self.timeout, self.on_url)


class _LoopbackInbox:
    def __init__(
        self,
        redirect_uri: str,
        path: str,
        listener: anyio.abc.Listener[anyio.abc.SocketStream],
        timeout: float,
        on_url: UrlCallback | None,
    ) -> None:
        self.redirect_uri = redirect_uri
        self._path = path
        self._listener = listener
        self._timeout = timeout
        self._on_url = on_url
        self._result: dict[str, str] | None = None
        self._state: str | None = None
        self._done = anyio.Event()

    async def wait(self, authorize_url: str) -> dict[str, str]:
        """The redirect's parameters; only a request with ``authorize_url``'s ``state`` counts."""
        self._state = parse_redirect(authorize_url).get("state")
        if self._on_url is not None:
            await self._on_url(authorize_url)
        with anyio.move_on_after(self._timeout):
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._listener.serve, self._handle, tg)
                await self._done.wait()
                tg.cancel_scope.cancel()
        if self._result is None:
            raise LoginTimeoutError(f"no authorization redirect arrived within {self._timeout:g} s")
        return self._result

    async def _handle(self, stream: anyio.abc.SocketStream) -> None:
        async with stream:
            try:
                with anyio.fail_after(10):
                    head = await self._read_head(stream)
            except (TimeoutError, anyio.EndOfStream, anyio.BrokenResourceError, OSError):
                logger.debug("redirect listener: dropped an incomplete request")
                return
            line = head.split(b"\r\n", 1)[0].decode("latin-1")
            fields = line.split(" ")
            target = fields[1] if len(fields) >= 3 else ""
            parts = urlsplit(target)
            params = parse_redirect(parts.query) if parts.query else {}
            redirect = fields[0] == "GET" and parts.path == self._path
            matched = redirect and ("code" in params or "error" in params) and self._expected(params)
            if matched:
                title = "Login failed" if "error" in params else "Login complete"
                status = "200 OK"
            elif redirect:
                logger.debug("redirect listener: ignored a request without this login's state")
                title, status = "This login was not started here (unknown state)", "400 Bad Request"
            else:
                title, status = "Not found", "404 Not Found"
            body = _PAGE.format(title=title).encode()
            response = (
                f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
            ).encode() + body
            try:
                await stream.send(response)
            except (anyio.BrokenResourceError, OSError):
                logger.debug("redirect listener: browser went away before the answer")
            if matched and self._result is None:
                self._result = params
                self._done.set()

    def _expected(self, params: dict[str, str]) -> bool:
        """Whether ``params`` carry this login's ``state`` (any, when the URL had none)."""
        if self._state is None:
            return True
        return secrets.compare_digest(params.get("state", "").encode(), self._state.encode())

    @staticmethod
    async def _read_head(stream: anyio.abc.SocketStream) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data and len(data) < _MAX_REQUEST:
            data += await stream.receive()
        return data
