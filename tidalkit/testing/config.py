"""The sandbox's knobs: catalogue size, auth behaviour, latency, rate limit and fault injection."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "DEFAULT_PLAYLISTS",
    "SANDBOX_CLIENT_ID",
    "SANDBOX_CLIENT_SECRET",
    "ManualClock",
    "SandboxConfig",
]

SANDBOX_CLIENT_ID = "sandbox-client-id"
SANDBOX_CLIENT_SECRET = "sandbox-client-secret"  # noqa: S105 - a public test fixture, not a secret

#: Named playlists every sandbox has: name → number of items (generated lazily, never stored).
DEFAULT_PLAYLISTS: Mapping[str, int] = {"small": 50, "large": 5_000, "huge": 100_000}


class ManualClock:
    """A clock tests move by hand: ``clock()`` reads it, ``clock.advance(s)`` moves it."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass(slots=True)
class SandboxConfig:
    """Every knob of the sandbox. All have defaults that make a fast, fault-free TIDAL.

    Catalogue: ``num_tracks`` tracks (ids 1..N) in albums of ``tracks_per_album``, ``num_artists``
    artists, ``num_videos`` videos, the named ``playlists`` and a favourites collection of the given
    sizes, all derived from ``seed``. v2 relationship pages hold ``v2_page_size`` items;
    ``v2_max_filter_ids`` (None: no cap) refuses larger ``filter[id]`` batches with 400.
    Auth: ``token_lifetime`` seconds; the device flow authorizes on poll ``device_polls`` and answers
    ``slow_down`` when polled within ``device_interval`` seconds; ``device_outcome`` / ``login_outcome``
    choose denial or expiry; ``refresh_rotation`` issues a new refresh token on every refresh and
    invalidates the old one; ``refresh_reuse="revoke"`` treats a second use of a rotated-away refresh
    token as theft and revokes its whole token family (every access and refresh token descended from
    the same login), as OAuth 2.1 recommends; ``require_auth=False`` serves the APIs without a token.
    Traffic: ``latency`` seconds per request, plus a random ``0..latency_jitter`` seconds that
    reorders concurrent answers as a real network does; ``rate_limit`` requests/second per client
    id (the token's, ``x-tidal-token`` or the auth request's: one token bucket of
    ``rate_limit_burst`` per client id, shared by every connection) answered with 429 +
    ``Retry-After``; v2 answers announce that bucket in ``x-ratelimit-*`` headers as TIDAL's
    gateway does (``rate_limit_headers=False``: they don't; the private API never does);
    ``fault_rate`` of 503s with an HTML body and ``drop_rate`` of dropped connections. Jitter and
    faults are drawn from generators seeded with ``fault_seed``.
    Shape drift: ``private_drift`` is the share (0..1) of private-API payloads served the way older
    or sparser real answers look (optional fields missing, nulls, legacy shapes), stable per id.
    ``v2_drift`` is the same for v2 resources: attributes left out, ``copyright`` as a plain string,
    targets absent from ``included``, the same resources in every response for a given ``seed``.
    ``clock`` (seconds, monotonic) drives token expiry, device polling and the rate limit.
    """

    seed: int = 0
    num_tracks: int = 10_000
    tracks_per_album: int = 10
    num_artists: int = 500
    num_videos: int = 500
    playlists: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_PLAYLISTS))
    favorite_tracks: int = 30
    favorite_albums: int = 10
    favorite_artists: int = 10
    favorite_videos: int = 5
    search_results: int = 60
    v2_page_size: int = 20
    v2_max_filter_ids: int | None = None
    private_default_limit: int = 10
    private_max_limit: int = 100
    user_id: int = 192_837_465
    username: str = "sandbox@example.com"
    country_code: str = "US"
    private_drift: float = 0.0

    clients: Mapping[str, str | None] = field(
        default_factory=lambda: {SANDBOX_CLIENT_ID: SANDBOX_CLIENT_SECRET}
    )
    allow_unknown_clients: bool = True
    token_lifetime: float = 3_600.0
    device_polls: int = 2
    device_interval: float = 2.0
    device_expires_in: float = 300.0
    device_outcome: Literal["approve", "deny", "expire"] = "approve"
    login_outcome: Literal["approve", "deny"] = "approve"
    refresh_rotation: bool = True
    refresh_reuse: Literal["reject", "revoke"] = "reject"
    require_auth: bool = True

    latency: float = 0.0
    latency_jitter: float = 0.0
    rate_limit: float | None = None
    rate_limit_burst: int | None = None
    retry_after_integer: bool = False
    rate_limit_headers: bool = True
    fault_rate: float = 0.0
    drop_rate: float = 0.0
    fault_seed: int | None = None
    clock: Callable[[], float] = time.monotonic
    v2_drift: float = 0.0

    def __post_init__(self) -> None:
        if self.num_tracks < 1 or self.tracks_per_album < 1 or self.num_artists < 1:
            raise ValueError("num_tracks, tracks_per_album and num_artists must be at least 1")
        if not 0.0 <= self.fault_rate + self.drop_rate <= 1.0:
            raise ValueError("fault_rate + drop_rate must be within [0, 1]")
        if not 0.0 <= self.private_drift <= 1.0:
            raise ValueError("private_drift must be within [0, 1]")
        if self.latency < 0 or self.latency_jitter < 0:
            raise ValueError("latency and latency_jitter must not be negative")
        if self.device_polls < 1:
            raise ValueError("device_polls must be at least 1")
        if not 0.0 <= self.v2_drift <= 1.0:
            raise ValueError("v2_drift must be within [0, 1]")
        if self.rate_limit is not None and self.rate_limit <= 0:
            raise ValueError("rate_limit must be positive")
