"""Filters that keep secrets out of the records of the libraries tidalkit runs on.

tidalkit's own logger never formats a secret. The libraries below it can: httpx and httpcore log
request lines and headers at DEBUG, and asyncio logs the ``repr`` of exceptions nobody retrieved
(an aiohttp ``ClientResponseError`` holds the request headers: ``Authorization``).

`install_log_filters` adds one `logging.Filter` to each of those loggers. It only
rewrites records: levels, handlers and propagation stay as the application configured them.
"""

from __future__ import annotations

import logging
import re

__all__ = ["SecretFilter", "install_log_filters", "redact"]

FILTERED_LOGGERS = (
    "asyncio",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "aiohttp",
    "aiohttp.client",
    "aiohttp.internal",
    "aiohttp.access",
    "aiohttp.server",
    "aiohttp.web",
    "aiohttp.websocket",
)
"""Logger filters only see records logged to that very logger, so each child is listed."""

_HIDDEN = "<redacted>"
_CREDENTIAL_FIELDS = (
    "access_token|refresh_token|id_token|client_secret|code_verifier|device_code|code|"
    "password|token|sessionId|x-tidal-token"
)
_PATTERNS = (
    # Authorization: Bearer/Basic credentials, in headers, reprs and dicts
    re.compile(r"(?i)\b(bearer|basic)(\s+|%20|\+)[A-Za-z0-9\-._~+/=%]+"),
    # 'authorization': '...' and 'x-tidal-token': '...' in a header mapping's repr
    re.compile(
        r"(?i)((?:b?['\"])(?:authorization|x-tidal-token|cookie|set-cookie)['\"]\s*[:,]\s*b?['\"])[^'\"]*"
    ),
    # access_token=..., "refresh_token": "...", in query strings, forms and JSON
    re.compile(rf"(?i)(\b(?:{_CREDENTIAL_FIELDS})\b['\"]?\s*[:=]\s*['\"]?)[^&'\",\s}}]+"),
)


def redact(text: str) -> str:
    """``text`` with credentials (bearer/basic values, token and secret fields) replaced."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + (" " if m.re is _PATTERNS[0] else "") + _HIDDEN, text)
    return text


class SecretFilter(logging.Filter):
    """Rewrites a record's message, arguments and traceback text without credentials."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the template only
            message = str(record.msg)
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None  # formatters use exc_text; the raw exception stays unreachable
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILTER = SecretFilter()


def install_log_filters() -> None:
    """Add the secret filter to every logger in `FILTERED_LOGGERS` (idempotent)."""
    for name in FILTERED_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
