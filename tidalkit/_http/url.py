"""``httpx.URL`` of a request from the client's base URL, which is parsed once, not per request.

httpx parses every URL string in full (about 15 µs: a scan for control characters, regexes for
each component, the host's encoding). A request URL is the client's base URL plus a path and a
query tidalkit built, so only that tail is new: it is quoted and normalised by httpx's own
functions and set on a copy of the parsed base. The result equals ``httpx.URL(url)`` (tested on
odd paths and queries); anything else (another host, non-ASCII or control characters, a
fragment) goes through ``httpx.URL(url)`` itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import httpx

__all__ = ["request_url"]

# httpx's own quoting and normalisation (pyproject pins httpx to 0.28, where they live here)
from httpx._urlparse import (  # pyright: ignore[reportPrivateImportUsage]
    MAX_URL_LENGTH,
    PATH_SAFE,
    QUERY_SAFE,
    UNRESERVED_CHARACTERS,
    normalize_path,
    quote,
)

_PATH_KEPT = UNRESERVED_CHARACTERS + PATH_SAFE
_QUERY_KEPT = UNRESERVED_CHARACTERS + QUERY_SAFE


def _quoted(text: str, safe: str, kept: str) -> str:
    """httpx's ``quote(text, safe)``; a text of characters it keeps as they are (``kept``: the
    unreserved ones and ``safe``, which holds ``%``) is its own quote, without the regex scan."""
    return text if not text.rstrip(kept) else quote(text, safe=safe)


@lru_cache(maxsize=64)
def _parsed_base(base_url: str) -> Any:
    """httpx's parse of ``base_url``, or None when it has a query or fragment (not a plain prefix)."""
    reference: Any = httpx.URL(base_url)._uri_reference  # pyright: ignore[reportPrivateUsage]
    if reference.query is not None or reference.fragment is not None:
        return None
    return reference


def request_url(url: str, base_url: str) -> httpx.URL:
    """``httpx.URL(url)``, reusing the parse of ``base_url`` when ``url`` extends it."""
    if len(url) <= MAX_URL_LENGTH and url.startswith(base_url):
        rest = url[len(base_url) :]
        if rest.isascii() and rest.isprintable() and "#" not in rest:
            base = _parsed_base(base_url)
            if base is not None:
                path, mark, query = rest.partition("?")
                reference = base._replace(
                    path=_quoted(normalize_path(base.path + path), PATH_SAFE, _PATH_KEPT),
                    query=_quoted(query, QUERY_SAFE, _QUERY_KEPT) if mark else None,
                )
                built = httpx.URL.__new__(httpx.URL)
                built._uri_reference = reference  # pyright: ignore[reportPrivateUsage]
                return built
    return httpx.URL(url)
