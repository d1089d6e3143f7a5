"""The typed error hierarchy shared by both TIDAL APIs, and the mapping of error bodies to it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "InvalidIdError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "RedirectError",
    "RequestInfo",
    "ResponseInfo",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "TidalError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "error_from_response",
]

_BODY_LIMIT = 2000
"""Characters of a response body an error keeps (``.body``)."""
_DETAIL_LIMIT = 500
"""Characters of the server's error text an error keeps (``.detail``, and so ``str(error)``)."""
ERROR_BODY_READ_LIMIT = 64 * 1024
"""Bytes of a 3xx/4xx/5xx body the pipeline reads at most: the rest is never read."""
_REQUEST_ID_HEADERS = ("x-tidal-request-id", "x-request-id", "x-amzn-requestid", "x-amz-cf-id")


class TidalError(Exception):
    """Root of every error tidalkit raises on purpose."""


class ClientClosedError(TidalError, RuntimeError):
    """A request was made on a client after ``aclose()``."""


class InvalidIdError(TidalError, ValueError):
    """An id that cannot be a path segment (empty, ``.`` or ``..``: it would name the parent path),
    refused before any request."""


class AuthenticationError(TidalError):
    """Credentials are missing, expired beyond refresh, revoked or refused.

    The message says what to do (log in again, check the client id, ...). It never holds a secret.
    """


_SECRET_NAMES = frozenset({"code", "code_verifier", "key", "api_key", "signature"})
_SECRET_SUFFIXES = ("token", "secret", "password")


def _secret_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_NAMES or lowered.endswith(_SECRET_SUFFIXES)


@dataclass(frozen=True, slots=True)
class RequestInfo:
    """The request an error belongs to: method and URL, with secret-looking query values masked.

    Not the ``httpx.Request``: that one holds the ``Authorization`` header.
    """

    method: str
    url: str

    @classmethod
    def of(cls, request: httpx.Request) -> RequestInfo:
        """The non-secret facts of ``request`` (no headers, no body, no user info in the URL)."""
        url = request.url.copy_with(username=None, password=None)
        if url.query:
            pairs = [
                (name, "***" if _secret_param(name) else value) for name, value in url.params.multi_items()
            ]
            url = url.copy_with(params=pairs)
        return cls(request.method, str(url))

    @property
    def path(self) -> str:
        """The URL's path, percent-decoded."""
        return unquote(urlsplit(self.url).path) or "/"


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """The answer an error carries: status, headers (``set-cookie`` dropped), body excerpt."""

    status_code: int
    headers: Mapping[str, str] = field(default_factory=dict[str, str])
    body: str = ""


class APIError(TidalError):
    """An error in a call to TIDAL; ``request`` says which (method and URL, no secrets)."""

    def __init__(self, message: str, *, request: RequestInfo | httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request: RequestInfo | None = (
            request if request is None or isinstance(request, RequestInfo) else RequestInfo.of(request)
        )


class APIConnectionError(APIError):
    """No usable HTTP answer: DNS, connect, reset, dropped connection, malformed or undecodable response."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class ResponseValidationError(TidalError):
    """A payload did not fit its model. ``path`` names the first failing field."""

    def __init__(self, message: str, *, model: str = "", path: str = "", body: str = "") -> None:
        super().__init__(message)
        self.model = model
        self.path = path
        self.body: str = body[:_BODY_LIMIT]


class ResponseTooLargeError(TidalError):
    """A response body grew past the client's ``max_response_bytes`` (counted after decompression).

    ``limit`` is the cap in bytes; ``method`` and ``path`` name the request.
    """

    def __init__(self, message: str, *, limit: int, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.limit = limit
        self.method = method
        self.path = path


class APIStatusError(APIError):
    """TIDAL answered with a 3xx, 4xx or 5xx status.

    Attributes: ``status_code``; ``response`` (status, headers, body excerpt); ``request`` (method,
    URL); ``code`` (v2 ``errors[].code`` or OAuth ``error``); ``sub_status`` (private API / OAuth
    ``subStatus``); ``detail`` (human text); ``request_id``; ``errors`` (every v2 error object);
    ``required_scopes`` (the scopes the operation needs, when known: set on 403s).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        sub_status: int | None = None,
        detail: str | None = None,
        request_id: str | None = None,
        body: str = "",
        errors: list[Mapping[str, Any]] | None = None,
        headers: Mapping[str, str] | None = None,
        request: RequestInfo | httpx.Request | None = None,
        required_scopes: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(message, request=request)
        self.response: ResponseInfo = ResponseInfo(status_code, dict(headers or {}), body[:_BODY_LIMIT])
        self.code = code
        self.sub_status = sub_status
        self.detail = detail[:_DETAIL_LIMIT] if detail is not None else None
        self.request_id = request_id
        self.errors: list[Mapping[str, Any]] = errors or []
        self.required_scopes = required_scopes

    @property
    def status_code(self) -> int:
        """The HTTP status TIDAL answered with."""
        return self.response.status_code


class RedirectError(APIStatusError):
    """3xx: tidalkit never follows redirects, so a read or a write answered with one failed.

    ``location`` is the ``Location`` header, if any. A write answered with a redirect did not
    happen as asked: it is never counted as success.
    """

    @property
    def location(self) -> str | None:
        """Where the server pointed to."""
        return self.response.headers.get("location")


class BadRequestError(APIStatusError):
    """400: the request was malformed (unknown include path, bad filter, ...)."""

    @property
    def status_code(self) -> Literal[400]:
        return 400


class UnauthorizedError(APIStatusError, AuthenticationError):
    """401: the token is missing, expired or revoked and could not be renewed."""

    @property
    def status_code(self) -> Literal[401]:
        return 401


class PermissionDeniedError(APIStatusError):
    """403: the token lacks a scope, access tier or subscription for this call (``required_scopes``)."""

    @property
    def status_code(self) -> Literal[403]:
        return 403


class NotFoundError(APIStatusError):
    """404: no such resource, or one the token may not see."""

    @property
    def status_code(self) -> Literal[404]:
        return 404


class ConflictError(APIStatusError):
    """409: conflicting state, e.g. a mutation with the same Idempotency-Key still in progress."""

    @property
    def status_code(self) -> Literal[409]:
        return 409


class PreconditionFailedError(APIStatusError):
    """412: an ``If-None-Match``/``If-Match`` precondition (playlist ETag) did not hold."""

    @property
    def status_code(self) -> Literal[412]:
        return 412


class UnprocessableEntityError(APIStatusError):
    """422: the body was understood but refused (e.g. an Idempotency-Key reused with a new body)."""

    @property
    def status_code(self) -> Literal[422]:
        return 422


class RateLimitError(APIStatusError):
    """429: rate limited. ``retry_after`` is the server's requested wait in seconds, if given."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    @property
    def status_code(self) -> Literal[429]:
        return 429


class InternalServerError(APIStatusError):
    """5xx: TIDAL failed; retried for idempotent requests before this is raised."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _as_text(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def _fields_from_body(payload: object) -> dict[str, Any]:
    """Pull code / subStatus / detail out of any of TIDAL's error shapes."""
    if not isinstance(payload, dict):
        return {"detail": _as_text(payload)} if isinstance(payload, str) else {}
    body: dict[str, Any] = payload  # pyright: ignore[reportUnknownVariableType]
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        # v2 JSON:API: {"errors": [{"status", "code", "detail", "source"}]}
        error_list: list[dict[str, Any]] = [e for e in errors if isinstance(e, dict)]  # pyright: ignore[reportUnknownVariableType]
        first = error_list[0]
        detail = _as_text(first.get("detail")) or _as_text(first.get("title"))
        source = first.get("source")
        if isinstance(source, dict) and detail:
            where = source.get("parameter") or source.get("pointer")  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
            if where:
                detail = f"{detail} ({where})"
        return {"code": _as_text(first.get("code")), "detail": detail, "errors": error_list}
    if "error" in body and ("error_description" in body or "sub_status" in body or len(body) <= 3):
        # OAuth: {"error", "error_description", "sub_status"}
        return {
            "code": _as_text(body.get("error")),
            "sub_status": _as_int(body.get("sub_status", body.get("subStatus"))),
            "detail": _as_text(body.get("error_description")) or _as_text(body.get("error")),
        }
    # private API: {"status", "subStatus", "userMessage"} and its variants
    return {
        "code": _as_text(body.get("error")),
        "sub_status": _as_int(body.get("subStatus", body.get("sub_status"))),
        "detail": _as_text(body.get("userMessage"))
        or _as_text(body.get("detail"))
        or _as_text(body.get("description"))
        or _as_text(body.get("message"))
        or _as_text(body.get("title")),
    }


def error_from_response(response: httpx.Response, *, retry_after: float | None = None) -> APIStatusError:
    """Build the typed error for a 3xx/4xx/5xx response whose body (or its excerpt) has been read.

    Never raises itself: HTML, empty, truncated or deeply nested bodies become a plain ``detail``;
    ``detail`` and ``body`` are bounded excerpts, whatever the body's size.
    """
    import httpx  # loaded already: the response is one

    status = response.status_code
    text = ""
    try:
        text = response.text
    except (UnicodeDecodeError, LookupError):
        text = response.content.decode("utf-8", "replace")
    except httpx.ResponseNotRead:
        text = ""
    fields: dict[str, Any] = {}
    content_type = response.headers.get("content-type", "")
    if text.strip().startswith(("{", "[", '"')):
        try:
            fields = _fields_from_body(json.loads(text))
        except (ValueError, RecursionError):  # truncated, malformed or absurdly nested
            fields = {}
    elif text.strip() and "html" not in content_type and len(text) < 200:
        fields = {"detail": text.strip()}
    request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)
    cls = _BY_STATUS.get(status) or (
        InternalServerError if status >= 500 else RedirectError if 300 <= status < 400 else APIStatusError
    )
    request = response._request
    method = request.method if request is not None else ""
    path = request.url.path if request is not None else ""
    reason = response.reason_phrase or "error"
    detail = fields.get("detail")
    if isinstance(detail, str):
        detail = detail[:_DETAIL_LIMIT]
    parts = [f"{status} {reason}"]
    if method:
        parts.append(f"for {method} {path}")
    if fields.get("code"):
        parts.append(f"[{fields['code']}]")
    if fields.get("sub_status") is not None:
        parts.append(f"(subStatus {fields['sub_status']})")
    message = " ".join(parts) + (f": {detail}" if detail else "")
    if request_id:
        message += f" (request id {request_id})"
    kwargs: dict[str, Any] = {
        "status_code": status,
        "code": fields.get("code"),
        "sub_status": fields.get("sub_status"),
        "detail": detail,
        "request_id": request_id,
        "body": text[:_BODY_LIMIT],
        "errors": fields.get("errors"),
        "headers": {k: v for k, v in response.headers.items() if k.lower() != "set-cookie"},
        "request": request,
    }
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)
