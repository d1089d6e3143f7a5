"""The token model: what a token endpoint returned, with secrets kept out of reprs and logs."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, SecretStr, field_validator

__all__ = ["MAX_LIFETIME", "SHORT_LIFETIME", "Token", "clamp_lifetime", "fingerprint", "utc_now"]

_TOKEN_FIELDS = frozenset(
    {"access_token", "token_type", "refresh_token", "expires_in", "scope", "user_id", "user"}
)


SHORT_LIFETIME = timedelta(seconds=60)
"""The lifetime assumed when a server's ``expires_in`` is unusable (≤ 0, under 1 s, NaN, infinite)."""
MAX_LIFETIME = timedelta(days=365)
"""The longest lifetime believed; larger ``expires_in`` values are cut to it."""


def clamp_lifetime(expires_in: float) -> timedelta:
    """A sane lifetime for an ``expires_in`` value: unusable ones become `SHORT_LIFETIME`
    (renewed once a minute, never on every call), huge ones `MAX_LIFETIME`."""
    if not math.isfinite(expires_in) or expires_in < 1:
        return SHORT_LIFETIME
    return timedelta(seconds=min(expires_in, MAX_LIFETIME.total_seconds()))


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def fingerprint(secret: str) -> str:
    """A short, non-reversible id of a secret (sha256 prefix), safe to log and compare."""
    return hashlib.sha256(secret.encode()).hexdigest()[:16]


class Token(BaseModel):
    """An OAuth token and what came with it.

    ``access_token`` and ``refresh_token`` are `pydantic.SecretStr`: their repr is masked and
    `secret_fields` is the only way this model hands them out in bulk. ``expires_at`` and
    ``issued_at`` are aware UTC datetimes. ``extras`` holds every other field of the token response
    (e.g. the private API's ``user`` object) and is left out of the repr.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(populate_by_name=True, extra="ignore", frozen=True)

    access_token: SecretStr = Field(alias="accessToken")
    token_type: str = Field(default="Bearer", alias="tokenType")
    refresh_token: SecretStr | None = Field(default=None, alias="refreshToken")
    expires_at: AwareDatetime | None = Field(default=None, alias="expiresAt")
    issued_at: AwareDatetime = Field(default_factory=utc_now, alias="issuedAt")
    scopes: frozenset[str] = frozenset()
    user_id: str | None = Field(default=None, alias="userId")
    country_code: str | None = Field(default=None, alias="countryCode")
    client_id: str | None = Field(default=None, alias="clientId")
    extras: dict[str, Any] = Field(default_factory=dict[str, Any], repr=False)

    @field_validator("expires_at", "issued_at", mode="after")
    @classmethod
    def _to_utc(cls, value: datetime | None) -> datetime | None:
        return value.astimezone(UTC) if value is not None else None

    @field_validator("scopes", mode="before")
    @classmethod
    def _split_scopes(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(value.replace("+", " ").split())
        return value

    @field_validator("user_id", mode="before")
    @classmethod
    def _user_id_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    # ---- construction --------------------------------------------------------------------------

    @classmethod
    def from_response(
        cls,
        data: Mapping[str, Any],
        *,
        now: datetime | None = None,
        client_id: str | None = None,
        requested_scopes: frozenset[str] = frozenset(),
        previous: Token | None = None,
    ) -> Token:
        """Build a token from a token-endpoint JSON body (``POST /v1/oauth2/token``).

        ``expires_in`` becomes ``expires_at`` (clamped: see `clamp_lifetime`); ``scope``
        (space separated) the granted scopes (``requested_scopes`` when absent);
        ``user_id``/``user.userId`` and ``user.countryCode`` the account. With ``previous`` (a
        refresh), whatever the response leaves out is kept from it: the refresh token (no
        rotation), scopes, user id and country code.
        """
        issued = now or utc_now()
        expires_in = data.get("expires_in")
        if isinstance(expires_in, str) and expires_in.strip().isdigit():
            expires_in = int(expires_in)
        expires_at = (
            issued + clamp_lifetime(float(expires_in))
            if isinstance(expires_in, int | float) and not isinstance(expires_in, bool)
            else None
        )
        user: Mapping[str, Any] = data.get("user") if isinstance(data.get("user"), Mapping) else {}  # type: ignore[assignment]
        user_id = data.get("user_id", user.get("userId"))
        scope = data.get("scope")
        refresh = data.get("refresh_token")
        values: dict[str, Any] = {
            "access_token": data["access_token"],
            "token_type": str(data.get("token_type") or "Bearer"),
            "refresh_token": refresh,
            "expires_at": expires_at,
            "issued_at": issued,
            "scopes": scope if isinstance(scope, str) else requested_scopes,
            "user_id": user_id,
            "country_code": user.get("countryCode"),
            "client_id": client_id,
            "extras": {k: v for k, v in data.items() if k not in _TOKEN_FIELDS},
        }
        if user:
            values["extras"]["user"] = dict(user)
        if previous is not None:
            if not refresh:
                values["refresh_token"] = previous.refresh_token
            if not isinstance(scope, str):
                values["scopes"] = previous.scopes or requested_scopes
            values["user_id"] = values["user_id"] or previous.user_id
            values["country_code"] = values["country_code"] or previous.country_code
            values["client_id"] = client_id or previous.client_id
            values["extras"] = {**previous.extras, **values["extras"]}
        return cls.model_validate(values)

    @classmethod
    def static(
        cls,
        access_token: str,
        *,
        refresh_token: str | None = None,
        expires_at: datetime | None = None,
        expires_in: float | None = None,
        token_type: str = "Bearer",  # noqa: S107
        **fields: Any,
    ) -> Token:
        """A token supplied by the caller (e.g. loaded from their own store)."""
        issued = fields.pop("issued_at", None) or utc_now()
        if expires_at is None and expires_in is not None:
            # the caller's value, taken as given (0 or negative: already expired), only kept finite
            seconds = 0.0 if math.isnan(expires_in) else expires_in
            limit = MAX_LIFETIME.total_seconds()
            expires_at = issued + timedelta(seconds=max(-limit, min(limit, seconds)))
        return cls.model_validate(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_at": expires_at,
                "issued_at": issued,
                "token_type": token_type,
                **fields,
            }
        )

    # ---- helpers -------------------------------------------------------------------------------

    @property
    def fingerprint(self) -> str:
        """A non-secret id of the access token (sha256 prefix): compare tokens without exposing them."""
        return fingerprint(self.access_token.get_secret_value())

    @property
    def authorization_header(self) -> str:
        """The ``Authorization`` header value (``Bearer <token>``). Secret: never log it."""
        kind = "Bearer" if self.token_type.lower() == "bearer" else self.token_type
        return f"{kind} {self.access_token.get_secret_value()}"

    @property
    def lifetime(self) -> timedelta | None:
        """How long the token was valid for when issued, if known."""
        return None if self.expires_at is None else self.expires_at - self.issued_at

    def expires_in(self, now: datetime | None = None) -> timedelta | None:
        """Time left until expiry (negative once expired); None when the expiry is unknown."""
        return None if self.expires_at is None else self.expires_at - (now or utc_now())

    def is_expired(self, margin: timedelta | float = 0.0, now: datetime | None = None) -> bool:
        """Whether the token expires within ``margin`` (seconds or timedelta) from ``now``."""
        if self.expires_at is None:
            return False
        if not isinstance(margin, timedelta):
            margin = timedelta(seconds=margin)
        return (now or utc_now()) + margin >= self.expires_at

    def refresh_margin(self) -> timedelta:
        """How early to refresh: min(60 s, 10 % of the lifetime)."""
        lifetime = self.lifetime
        if lifetime is None or lifetime <= timedelta(0):
            return timedelta(seconds=60)
        return min(timedelta(seconds=60), lifetime / 10)

    def needs_refresh(self, now: datetime | None = None) -> bool:
        """Whether the token is expired or within `refresh_margin` of expiry."""
        return self.is_expired(self.refresh_margin(), now)

    def secret_fields(self) -> dict[str, Any]:
        """Every field as plain JSON data, secrets revealed: for token stores only."""
        data = self.model_dump(mode="json")
        data["access_token"] = self.access_token.get_secret_value()
        data["refresh_token"] = self.refresh_token.get_secret_value() if self.refresh_token else None
        data["scopes"] = sorted(self.scopes)
        return data

    def __repr_args__(self) -> Any:
        yield "token_type", self.token_type
        yield "fingerprint", self.fingerprint
        yield "expires_at", self.expires_at
        yield "scopes", sorted(self.scopes)
        yield "user_id", self.user_id
        yield "country_code", self.country_code
        yield "client_id", self.client_id
        yield "has_refresh_token", self.refresh_token is not None
