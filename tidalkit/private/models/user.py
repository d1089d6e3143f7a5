"""Users, sessions, subscriptions, profiles and the activity feed."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field

from tidalkit.private.models._base import NullFreeList, TidalModel, UtcDatetime, new_list

__all__ = [
    "Client",
    "FeedActivities",
    "FeedActivity",
    "Session",
    "SessionClient",
    "Subscription",
    "SubscriptionPlan",
    "User",
    "UserProfile",
]


class User(TidalModel):
    """GET v1/users/{id}, or the account of https://login.tidal.com/oauth2/me (``user_id``)."""

    id: int | None = None
    user_id: int | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    nickname: str | None = None
    email: str | None = None
    country_code: str | None = None
    created: UtcDatetime | None = None
    picture: str | None = None
    date_of_birth: date | None = None

    @property
    def account_id(self) -> int | None:
        """``id`` or ``user_id``, whichever the endpoint returned."""
        return self.id if self.id is not None else self.user_id


class SessionClient(TidalModel):
    """The app a session belongs to."""

    id: int | None = None
    name: str | None = None
    authorized_for_offline: bool | None = None


class Session(TidalModel):
    """GET v1/sessions: the token's user, country and client."""

    session_id: str | None = None
    user_id: int | None = None
    country_code: str | None = None
    channel_id: int | None = None
    partner_id: int | None = None
    client: SessionClient | None = None


class SubscriptionPlan(TidalModel):
    """The plan part of a subscription (``type`` e.g. HIFI, PREMIUM, FREE)."""

    type: Literal["FREE", "HIFI", "PREMIUM", "PREMIUM_PLUS", "INTRO"] | str | None = None
    offline_grace_period: int | None = None


class Subscription(TidalModel):
    """GET v1/users/{id}/subscription."""

    start_date: UtcDatetime | None = None
    valid_until: UtcDatetime | None = None
    status: Literal["ACTIVE", "INACTIVE", "CANCELLED"] | str | None = None
    subscription: SubscriptionPlan | None = None
    highest_sound_quality: str | None = None
    premium_access: bool | None = None
    can_get_trial: bool | None = None
    payment_type: str | None = None
    payment_overdue: bool | None = None


class Client(TidalModel):
    """GET v1/users/{id}/clients: a device or app authorised on the account."""

    id: int | None = None
    name: str | None = None
    unique_key: str | None = None
    authorized_for_offline: bool | None = None
    authorized_for_offline_date: UtcDatetime | None = None
    last_login: UtcDatetime | None = None
    created: UtcDatetime | None = None
    application: dict[str, Any] | None = None


class UserProfile(TidalModel):
    """GET v2/profiles/{id}, and the entries of followers / following lists."""

    user_id: int | None = None
    name: str | None = None
    color: Annotated[list[str], NullFreeList] = Field(default_factory=new_list)
    picture: str | None = None
    number_of_followers: int | None = None
    number_of_follows: int | None = None
    im_following: bool | None = None
    trn: str | None = None


class FeedActivity(TidalModel):
    """One entry of the activity feed (new releases of followed artists …); the rest stays in extras."""

    seen: bool | None = None
    occurred_at: UtcDatetime | None = None
    followable_activity: dict[str, Any] | None = None


class FeedActivities(TidalModel):
    """GET v2/feed/activities."""

    activities: Annotated[list[FeedActivity], NullFreeList] = Field(default_factory=new_list)
