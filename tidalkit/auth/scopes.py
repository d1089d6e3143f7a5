"""OAuth scopes of TIDAL's two APIs, and ``resolve_scopes`` (by category or substring).

v2 scopes come from the spec's ``components.securitySchemes.Authorization_Code_PKCE``; ``r_usr`` and
``w_usr`` are marked INTERNAL there (TIDAL's own apps), the rest THIRD_PARTY. The private API uses
``r_usr``, ``w_usr`` and ``w_sub``.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Literal

__all__ = [
    "PRIVATE_SCOPE_CATEGORIES",
    "V2_SCOPE_CATEGORIES",
    "ApiName",
    "PrivateScope",
    "V2Scope",
    "all_scopes",
    "format_scopes",
    "resolve_scopes",
]

ApiName = Literal["v2", "private"]


class V2Scope(StrEnum):
    """Scopes of the TIDAL API v2 (authorization code + PKCE)."""

    COLLECTION_READ = "collection.read"
    COLLECTION_WRITE = "collection.write"
    ENTITLEMENTS_READ = "entitlements.read"
    PLAYBACK = "playback"
    PLAYLISTS_READ = "playlists.read"
    PLAYLISTS_WRITE = "playlists.write"
    RECOMMENDATIONS_READ = "recommendations.read"
    SEARCH_READ = "search.read"
    SEARCH_WRITE = "search.write"
    USER_READ = "user.read"
    R_USR = "r_usr"
    W_USR = "w_usr"


class PrivateScope(StrEnum):
    """Scopes of the private API (TIDAL's own apps' client ids)."""

    R_USR = "r_usr"
    W_USR = "w_usr"
    W_SUB = "w_sub"


_V2_INTERNAL = frozenset({V2Scope.R_USR.value, V2Scope.W_USR.value})
_V2_ALL = frozenset(s.value for s in V2Scope)
_PRIVATE_ALL = frozenset(s.value for s in PrivateScope)

V2_SCOPE_CATEGORIES: dict[str, frozenset[str]] = {
    "collection": frozenset({"collection.read", "collection.write"}),
    "entitlements": frozenset({"entitlements.read"}),
    "playback": frozenset({"playback"}),
    "playlists": frozenset({"playlists.read", "playlists.write"}),
    "recommendations": frozenset({"recommendations.read"}),
    "search": frozenset({"search.read", "search.write"}),
    "user": frozenset({"user.read"}),
    "read": frozenset(s for s in _V2_ALL - _V2_INTERNAL if s.endswith(".read")),
    "write": frozenset(s for s in _V2_ALL - _V2_INTERNAL if s.endswith(".write")),
    "third_party": _V2_ALL - _V2_INTERNAL,
    "internal": _V2_INTERNAL,
    "all": _V2_ALL,
}

PRIVATE_SCOPE_CATEGORIES: dict[str, frozenset[str]] = {
    "read": frozenset({"r_usr"}),
    "write": frozenset({"w_usr"}),
    "subscription": frozenset({"w_sub"}),
    "all": _PRIVATE_ALL,
}


def all_scopes(api: ApiName = "v2") -> frozenset[str]:
    """Every scope ``resolve_scopes(None, api=api)`` returns: v2 third-party scopes, or r_usr/w_usr/w_sub."""
    return V2_SCOPE_CATEGORIES["third_party"] if api == "v2" else _PRIVATE_ALL


def resolve_scopes(
    matches: str | Iterable[str] | None = None, *, api: ApiName = "v2", strict: bool = True
) -> frozenset[str]:
    """Resolve categories, scope names or substrings into a set of scopes.

    ``None`` gives every scope a third-party app may request (v2) or all private scopes. A string is
    a category (v2: ``collection``, ``playlists``, ``search``, ``user``, ``read``, ``write``,
    ``third_party``, ``internal``, ``all``; private: ``read``, ``write``, ``subscription``, ``all``),
    an exact scope, or a substring of scope names (``"read"`` → every ``*.read``). Several strings
    give the union. A string matching nothing raises ``ValueError`` (typos fail loudly), unless
    ``strict=False``: then it is kept as a literal scope (for scopes TIDAL adds later).
    """
    if matches is None:
        return all_scopes(api)
    items = [matches] if isinstance(matches, str) else list(matches)
    categories = V2_SCOPE_CATEGORIES if api == "v2" else PRIVATE_SCOPE_CATEGORIES
    universe = _V2_ALL if api == "v2" else _PRIVATE_ALL
    result: set[str] = set()
    for raw in items:
        for item in raw.replace("+", " ").split() or [""]:
            item = str(item).strip()
            if item in categories:
                result |= categories[item]
            elif item in universe:
                result.add(item)
            else:
                found = {s for s in universe if item and item in s}
                if not found and not strict and item:
                    found = {item}
                if not found:
                    raise ValueError(
                        f"{item!r} matches no {api} scope; known: {', '.join(sorted(universe))}; "
                        f"categories: {', '.join(sorted(categories))}"
                    )
                result |= found
    return frozenset(result)


def format_scopes(scopes: Iterable[str]) -> str:
    """Scopes as the space-separated ``scope`` form field (sorted, so it is stable)."""
    return " ".join(sorted(set(scopes)))
