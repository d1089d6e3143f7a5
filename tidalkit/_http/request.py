"""The description of one logical API call, and TIDAL-style query serialisation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from tidalkit._http.errors import InvalidIdError

__all__ = ["ParamValue", "Params", "Request", "encode_query", "path_id"]

ParamScalar = str | int | float | bool
ParamValue = ParamScalar | Sequence[ParamScalar] | None
Params = Mapping[str, ParamValue] | Sequence[tuple[str, ParamValue]]

# TIDAL's clients send brackets, commas and colons unescaped: filter[id]=1, include=a,b.c, page[cursor]=...
_SAFE_KEY = "[].:"
_SAFE_VALUE = ",:[]."


def _scalar(value: ParamScalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@lru_cache(maxsize=256)
def _key(key: str) -> str:
    return quote(key, safe=_SAFE_KEY)


def _value(value: ParamScalar) -> str:
    text = _scalar(value)
    if text.isalnum() and text.isascii():  # ids, country codes, numbers: nothing to escape
        return text
    return quote(text, safe=_SAFE_VALUE)


def path_id(value: object) -> str:
    """``value`` (an id, a UUID, a genre path, free text) as one path segment, percent-encoded, so
    it cannot reach another path: ``/``, ``?``, ``#`` and the rest are escaped. An empty or dot
    segment (``.``, ``..``) names no resource, only its parent: `InvalidIdError` (a ValueError)."""
    text = str(value)
    if text.isalnum() and text.isascii():  # ids: nothing to escape
        return text
    segment = quote(text, safe="")
    if segment in ("", ".", ".."):
        raise InvalidIdError(f"{text!r} cannot be a path segment: empty or a dot segment names its parent")
    return segment


def encode_query(params: Params | None) -> str:
    """Serialise params the way TIDAL expects.

    Sequences explode into repeated keys (``filter[id]=1&filter[id]=2``); ``None`` values are
    dropped; booleans are ``true``/``false``; ``[]``, ``,``, ``:`` and ``.`` stay unescaped.
    Comma-joined parameters such as ``include`` are joined by the caller.
    """
    if not params:
        return ""
    items = params.items() if isinstance(params, Mapping) else params
    parts: list[str] = []
    for key, value in items:
        if value is None:
            continue
        k = _key(key)
        if isinstance(value, str | int | float | bool):
            parts.append(f"{k}={_value(value)}")
        else:
            parts.extend(f"{k}={_value(v)}" for v in value)
    return "&".join(parts)


@dataclass(frozen=True, slots=True)
class Request:
    """One logical call: what to send and how the pipeline should treat it.

    ``path`` is relative to the client's base URL (or absolute). ``operation`` names the call for
    logs, errors and the cache (``"tracks.get"``). ``cache_ttl`` opts the call into the response
    cache. ``idempotent`` makes the pipeline generate one ``Idempotency-Key`` for the call and keep
    it on every retry, which also makes a mutation retryable. ``invalidates`` lists operations
    whose cached entries a successful call drops. ``authenticated=False`` sends no credentials.
    """

    method: str
    path: str
    params: Params | None = None
    # bodies and headers may carry secrets (token grants, Authorization): never in the repr
    json: Any = field(default=None, repr=False)
    data: Mapping[str, str] | None = field(default=None, repr=False)
    headers: Mapping[str, str] | None = field(default=None, repr=False)
    operation: str = ""
    cache_ttl: float | None = None
    idempotent: bool = False
    invalidates: tuple[str, ...] = ()
    max_retries: int | None = None
    timeout: float | None = None
    authenticated: bool = True
