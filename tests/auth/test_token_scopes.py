"""The token model and scope resolution."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tidalkit.auth import PrivateScope, Token, V2Scope, format_scopes, resolve_scopes
from tidalkit.auth.scopes import V2_SCOPE_CATEGORIES


def test_token_from_private_api_response() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    token = Token.from_response(
        {
            "access_token": "a-1",
            "refresh_token": "r-1",
            "token_type": "Bearer",
            "expires_in": 604800,
            "user": {"userId": 12345678, "countryCode": "DE", "username": "x"},
            "clientName": "App",
        },
        now=now,
        requested_scopes=frozenset({"r_usr"}),
    )
    assert token.expires_at == now + timedelta(days=7)
    assert token.user_id == "12345678"
    assert token.country_code == "DE"
    assert token.scopes == {"r_usr"}
    assert token.extras["clientName"] == "App"
    assert token.extras["user"]["username"] == "x"
    assert token.expires_in(now) == timedelta(days=7)
    assert not token.is_expired(now=now)
    assert token.is_expired(margin=timedelta(days=7), now=now)
    assert token.refresh_margin() == timedelta(seconds=60)


def test_expiry_is_aware_utc_and_margin_is_a_tenth_of_short_lifetimes() -> None:
    cet = timezone(timedelta(hours=1))
    token = Token.static(
        "a",
        expires_at=datetime(2026, 1, 1, 12, tzinfo=cet),
        issued_at=datetime(2026, 1, 1, 11, 59, tzinfo=cet),
    )
    assert token.expires_at is not None
    assert token.expires_at.tzinfo is UTC
    assert token.expires_at.hour == 11
    assert token.refresh_margin() == timedelta(seconds=6)
    with pytest.raises(ValueError):
        Token.static("a", expires_at=datetime(2026, 1, 1))  # naive datetimes are refused


def test_token_without_expiry_never_counts_as_expired() -> None:
    token = Token.static("a")
    assert token.expires_in() is None
    assert not token.is_expired()
    assert not token.needs_refresh()


def test_fingerprint_is_stable_and_distinct() -> None:
    a, b = Token.static("token-a"), Token.static("token-b")
    assert a.fingerprint == Token.static("token-a").fingerprint != b.fingerprint
    assert len(a.fingerprint) == 16
    assert "token-a" not in a.fingerprint


def test_resolve_scopes_by_category_name_and_substring() -> None:
    assert resolve_scopes("collection") == {"collection.read", "collection.write"}
    assert resolve_scopes("read") == {
        "collection.read",
        "entitlements.read",
        "playlists.read",
        "recommendations.read",
        "search.read",
        "user.read",
    }
    assert resolve_scopes(["playlists", "user"]) == {"playlists.read", "playlists.write", "user.read"}
    assert resolve_scopes("search.wr") == {"search.write"}
    assert resolve_scopes("playback") == {V2Scope.PLAYBACK}
    assert "r_usr" not in resolve_scopes()
    assert resolve_scopes("all") == {s.value for s in V2Scope}
    assert resolve_scopes("internal") == {"r_usr", "w_usr"}
    assert resolve_scopes(api="private") == {s.value for s in PrivateScope}
    assert resolve_scopes("r_usr+w_usr", api="private") == {"r_usr", "w_usr"}
    assert resolve_scopes("subscription", api="private") == {"w_sub"}


def test_resolve_scopes_rejects_typos() -> None:
    with pytest.raises(ValueError, match="matches no v2 scope"):
        resolve_scopes("colection")


def test_v2_scopes_match_the_spec() -> None:
    import json
    from pathlib import Path

    spec = Path("/work/shared/spec/tidal-api-oas.json")
    if spec.exists():
        schemes = json.loads(spec.read_text())["components"]["securitySchemes"]
        declared = set(schemes["Authorization_Code_PKCE"]["flows"]["authorizationCode"]["scopes"])
        assert declared == {s.value for s in V2Scope}
    assert V2_SCOPE_CATEGORIES["all"] == {s.value for s in V2Scope}
    assert format_scopes(["w_usr", "r_usr", "r_usr"]) == "r_usr w_usr"


def test_grants_send_unknown_scope_names_as_given() -> None:
    from tidalkit.auth import PKCEGrant

    grant = PKCEGrant(client_id="c", redirect_uri="http://127.0.0.1:0/cb", scopes="playlists future.scope")
    assert grant.scopes == {"playlists.read", "playlists.write", "future.scope"}
    assert resolve_scopes("future.scope", strict=False) == {"future.scope"}
