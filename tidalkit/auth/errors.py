r"""Typed errors of the auth layer, and the translation of OAuth error responses into them.

Every class here is an `AuthenticationError`; the OAuth ones are also
`APIStatusError`\ s. Messages say what to do and never
hold a token, a code, a verifier or a client secret: OAuth ``error_description`` texts are scrubbed
of every secret value that was sent before they are quoted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tidalkit._http.errors import APIStatusError, AuthenticationError, TidalError

__all__ = [
    "AccessDeniedError",
    "AuthorizationFailedError",
    "DeviceCodeExpiredError",
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidScopeError",
    "LoginCancelledError",
    "LoginRequiredError",
    "LoginTimeoutError",
    "MissingClientIdError",
    "OAuthError",
    "StateMismatchError",
    "TokenRefreshError",
    "TokenStoreError",
    "oauth_error",
    "scrub",
]

LOGIN_HINT = (
    'log in again: run `tidalkit login`, or call `await tidalkit.auth.login(grant, user="~<name>")` '
    "(the ~ forces a new login)"
)


def scrub(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every non-empty value of ``secrets`` replaced by ``***``."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


class OAuthError(APIStatusError, AuthenticationError):
    """The auth server refused a request: an API status error; ``code`` is the OAuth ``error``.

    ``detail`` is the server's ``error_description`` with the secrets sent removed. An error that
    arrived by redirect (PKCE) or a local deadline (device login) has no ``request`` and reports
    400, the status of OAuth error responses (RFC 6749 §5.2).
    """

    def __init__(self, message: str, *, status_code: int = 400, **kwargs: Any) -> None:
        super().__init__(message, status_code=status_code, **kwargs)


class AccessDeniedError(OAuthError):
    """The user refused the authorization (``access_denied``)."""


class DeviceCodeExpiredError(OAuthError):
    """The device code expired before the user approved it (``expired_token`` or local deadline)."""


class InvalidGrantError(OAuthError):
    """A refresh token, code or user auth token is invalid, expired or revoked (``invalid_grant``)."""


class InvalidClientError(OAuthError):
    """The client id or secret was refused (``invalid_client``/``unauthorized_client``)."""


class InvalidScopeError(OAuthError):
    """A requested scope is unknown or not allowed for this client (``invalid_scope``)."""


class AuthorizationFailedError(OAuthError):
    """The authorization redirect carried an ``error`` other than ``access_denied``."""


class StateMismatchError(AuthenticationError):
    """The redirect's ``state`` does not match the one sent: a stale or forged redirect."""


class LoginRequiredError(AuthenticationError):
    """No usable token, and it cannot be renewed without the user: log in again."""


class TokenRefreshError(AuthenticationError):
    """The auth server could not renew the token just now (outage, timeout, rate limit); retry later.

    The original error is the ``__cause__``. Callers that queued behind a failed renewal get this
    too, without another request, until the provider's cool-down passes.
    """


class LoginTimeoutError(AuthenticationError, TimeoutError):
    """The user did not finish the login in time."""


class LoginCancelledError(AuthenticationError):
    """The login was cancelled before it finished."""


class MissingClientIdError(AuthenticationError):
    """No client id was passed and none is set in the environment."""


class TokenStoreError(TidalError):
    """The token repository could not be read or written (schema too new, store busy too long)."""


_BY_CODE: dict[str, type[OAuthError]] = {
    "access_denied": AccessDeniedError,
    "expired_token": DeviceCodeExpiredError,
    "invalid_grant": InvalidGrantError,
    "invalid_client": InvalidClientError,
    "unauthorized_client": InvalidClientError,
    "invalid_scope": InvalidScopeError,
}

_HINTS: dict[type[OAuthError], str] = {
    AccessDeniedError: "the user refused the authorization",
    DeviceCodeExpiredError: "the device code expired; start the device login again",
    InvalidGrantError: f"the grant is invalid, expired or revoked; {LOGIN_HINT}",
    InvalidClientError: "the client id or secret was refused; check TIDAL_CLIENT_ID/TIDAL_CLIENT_SECRET",
    InvalidScopeError: "a requested scope is not allowed for this client",
}


def oauth_error(exc: APIStatusError, *, operation: str, secrets: Iterable[str | None] = ()) -> OAuthError:
    """The typed auth error for a refused token-endpoint call (``exc.code`` is the OAuth error)."""
    cls = _BY_CODE.get(exc.code or "", OAuthError)
    secret_list = list(secrets)
    description = scrub(exc.detail, secret_list) if exc.detail else None
    hint = _HINTS.get(cls, "the auth server refused the request")
    code = exc.code or f"HTTP {exc.status_code}"
    message = f"{operation} failed [{code}]: {hint}"
    if description and description != exc.code:
        message += f" (server: {description[:300]})"
    return cls(
        message,
        code=exc.code,
        detail=description,
        status_code=exc.status_code,
        sub_status=exc.sub_status,
        request_id=exc.request_id,
        headers=exc.response.headers,
        body=scrub(exc.response.body, secret_list),
        request=exc.request,
    )
