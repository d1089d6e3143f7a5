"""What a failed command prints: one or two lines (what failed, why, what to do) and an exit code.

Exit codes: 0 success, 1 the command ran and failed (TIDAL said no, network, login), 2 bad
arguments or configuration (also what typer uses for usage errors), 130 cancelled with Ctrl-C.
Nothing here prints a traceback; ``tidalkit --debug`` lets the exception through instead.
"""

from __future__ import annotations

import re
import socket
import ssl
from dataclasses import dataclass
from types import UnionType

import httpx

from tidalkit._http.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    ResponseValidationError,
    TidalError,
    UnauthorizedError,
)
from tidalkit.auth import errors as auth

__all__ = [
    "EXIT_FAILURE",
    "EXIT_INTERRUPTED",
    "EXIT_USAGE",
    "Failure",
    "UsageError",
    "connection_cause",
    "describe",
    "innermost",
]

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_NETWORK_HINT = "check the network connection (and HTTPS_PROXY, if you use a proxy), then retry"


class UsageError(Exception):
    """A command's arguments or configuration are wrong; the message says what to change."""


@dataclass(frozen=True, slots=True)
class Failure:
    """The message, the optional hint line and the exit code of a failed command."""

    message: str
    hint: str | None = None
    code: int = EXIT_FAILURE


def innermost(exc: BaseException) -> BaseException:
    """The exception that explains ``exc``: task groups' exception groups are unwrapped.

    Within a group, a `TidalError` (or a group holding one) wins over others.
    """
    while isinstance(exc, BaseExceptionGroup):
        members: tuple[BaseException, ...] = exc.exceptions  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        typed = [m for m in members if isinstance(innermost(m), TidalError | UsageError)]
        exc = (typed or list(members))[0]
    return exc


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


# What the transports' messages say, when the chain is gone (tidalkit raises without it, so the
# request and its credential headers do not travel with the error)
_CAUSES = (
    (("name or service not known", "nodename nor servname", "name resolution", "getaddrinfo"), "dns"),
    (("connect call failed", "connection refused", "errno 111", "errno 61"), "refused"),
    (("ssl", "certificate", "tls"), "tls"),
    (("timed out", "timeout", "deadline"), "timeout"),
    (("disconnected", "reset", "closed"), "closed"),
)
_CAUSE_TEXT = {
    "dns": "the host name could not be resolved (DNS)",
    "refused": "the connection was refused",
    "tls": "the TLS handshake failed",
    "timeout": "it timed out",
    "closed": "the server closed the connection",
}


def _not_http(exc: BaseException) -> bool:
    """The server answered, but not in HTTP (a bad status line, oversized headers, a bad chunk)."""
    return "invalid http response" in str(exc).lower()


def connection_cause(exc: BaseException) -> str:
    """Why a connection failed: DNS, refused, TLS, timeout or reset (from the chain, or the message)."""
    for link in _chain(exc):
        if isinstance(link, socket.gaierror):
            return "the host name could not be resolved (DNS)"
        if isinstance(link, ConnectionRefusedError):
            return "the connection was refused"
        if isinstance(link, ssl.SSLError):
            return f"the TLS handshake failed ({link.reason or link})"
        if isinstance(link, TimeoutError | httpx.TimeoutException | APITimeoutError):
            return "it timed out"
        if isinstance(link, ConnectionResetError | httpx.RemoteProtocolError):
            return "the server closed the connection"
    text = str(exc).lower()
    for needles, cause in _CAUSES:
        if any(needle in text for needle in needles):
            return _CAUSE_TEXT[cause]
    return "the connection failed"


def _host(exc: BaseException) -> str:
    for link in _chain(exc):
        try:
            request = getattr(link, "request", None)
        except RuntimeError:  # an httpx error without its request
            continue
        if isinstance(request, httpx.Request):
            return request.url.host + (f":{request.url.port}" if request.url.port else "")
    # "GET api.tidal.com/v1/tracks/1 failed (...)": the client names the host first
    where = re.match(r"[A-Z]+ ([^/\s]+)/", str(exc))
    return where.group(1) if where else "the server"


def _status(exc: BaseException) -> str:
    status: object = getattr(exc, "status_code", None)
    return f"{status}" if status else "an error"


def describe(exc: BaseException, login_command: str = "tidalkit login") -> Failure:
    """The one- or two-line account of ``exc`` (unwrapped with `innermost`).

    ``login_command`` is the command the hints suggest for logging in again.
    """
    exc = innermost(exc)
    # the SDK's hint names a Python call too; a command line user needs the command only
    text = str(exc).replace(f"; {auth.LOGIN_HINT}", "")
    if isinstance(exc, KeyboardInterrupt | auth.LoginCancelledError):
        return Failure("cancelled (Ctrl-C)", code=EXIT_INTERRUPTED)
    if isinstance(exc, UsageError):
        return Failure(text, code=EXIT_USAGE)
    if isinstance(exc, APIConnectionError | httpx.TransportError):
        if _not_http(exc):
            return Failure(
                f"{_host(exc)} answered with something that is not valid HTTP",
                "check the URL points at a TIDAL (or sandbox) server, then retry",
            )
        return Failure(f"could not reach {_host(exc)}: {connection_cause(exc)}", _NETWORK_HINT)
    if isinstance(exc, auth.TokenRefreshError) and isinstance(exc.__cause__, APIConnectionError):
        cause = exc.__cause__
        return Failure(
            f"could not reach the auth server {_host(cause)}: {connection_cause(cause)}", _NETWORK_HINT
        )
    return _describe_typed(exc, text, f"run `{login_command}`")


# (error type, message, hint): the first row ``exc`` is an instance of wins. ``{text}`` is the
# error's message, ``{login}`` the login command, ``{status}`` the HTTP status, ``{name}`` the type.
_TYPED: tuple[tuple[type[BaseException] | UnionType, str, str | None], ...] = (
    (auth.AccessDeniedError, "the login was denied in the browser", "{login}"),
    (auth.DeviceCodeExpiredError, "the login code expired before it was approved", "{login}"),
    (auth.LoginTimeoutError, "the login timed out: {text}", "{login}"),
    (auth.StateMismatchError, "the login redirect did not match this login (state mismatch)", "{login}"),
    (
        auth.InvalidClientError,
        "TIDAL rejected the app's client id or secret: {text}",
        "check TIDAL_CLIENT_ID/TIDAL_CLIENT_SECRET (TIDAL_PRIVATE_CLIENT_ID for --api private)",
    ),
    (auth.InvalidScopeError, "TIDAL refused the requested scopes: {text}", None),
    (
        auth.InvalidGrantError | auth.TokenRefreshError,
        "the stored login can no longer be used: {text}",
        "{login}",
    ),
    (auth.OAuthError, "the login failed: {text}", None),
    (NotFoundError, "not found: {text}", "check the id (and --country: availability differs by country)"),
    (UnauthorizedError, "TIDAL refused the credentials (401): {text}", "{login}"),
    (PermissionDeniedError, "not allowed (403): {text}", "the login may lack a scope or a subscription"),
    (InternalServerError, "TIDAL answered with a server error ({status}): {text}", "retry later"),
    (RedirectError, "the server answered with a redirect tidalkit does not follow: {text}", None),
    (BadRequestError, "TIDAL rejected the request (400): {text}", None),
    (APIStatusError, "TIDAL answered {status}: {text}", None),
    (ResponseTooLargeError, "the answer was larger than the client accepts: {text}", None),
    (ResponseValidationError, "TIDAL's answer did not have the expected shape: {text}", None),
    # one line: the store's own message says what to do with the file
    (auth.TokenStoreError, "the token store cannot be used ({name}): {text}", None),
    (AuthenticationError, "authentication failed: {text}", "{login}"),
    (ClientClosedError | TidalError, "{name}: {text}", None),
)


def _describe_typed(exc: BaseException, text: str, login: str) -> Failure:
    if isinstance(exc, auth.MissingClientIdError):
        return Failure(text, code=EXIT_USAGE)
    if isinstance(exc, auth.LoginRequiredError):
        if text.startswith("no stored") and "`" in text:
            return Failure(f"not logged in: {text}")
        return Failure(f"not logged in: {text}", login)
    if isinstance(exc, RateLimitError):
        after = f" for {exc.retry_after:g} s" if exc.retry_after else ""
        return Failure(f"TIDAL is rate limiting these requests: {text}", f"wait{after} and retry")
    fields = {"text": text, "login": login, "status": _status(exc), "name": type(exc).__name__}
    for kind, message, hint in _TYPED:
        if isinstance(exc, kind):
            return Failure(message.format(**fields), hint.format(**fields) if hint else None)
    return Failure(
        f"unexpected error: {type(exc).__name__}: {text}",
        "rerun with `tidalkit --debug ...` for the traceback",
    )
