"""The activity feed: GET v2/feed/activities and friends (needs a user token)."""

from __future__ import annotations

from tidalkit._http.cache import TTL
from tidalkit._http.request import Request
from tidalkit.private._resource import EndpointGroup
from tidalkit.private.models._base import as_dict
from tidalkit.private.models.user import FeedActivities

__all__ = ["Feed"]


class Feed(EndpointGroup):
    """``client.feed``."""

    async def activities(self) -> FeedActivities:
        """GET v2/feed/activities: new releases and news of what the user follows."""
        user_id = await self._client.user_id()
        return await self._get(
            "v2/feed/activities",
            FeedActivities,
            operation="feed.activities",
            params={"userId": user_id, "locale": self._client.locale},
            ttl=TTL.SHORT,
        )

    async def has_unseen(self) -> bool:
        """GET v2/feed/activities/unseen/exists."""
        user_id = await self._client.user_id()
        data = await self._get_json(
            "v2/feed/activities/unseen/exists",
            operation="feed.has_unseen",
            params={"userId": user_id},
            ttl=None,
        )
        fields = as_dict(data)
        return bool(fields.get("exists") if fields is not None else data)

    async def mark_seen(self) -> None:
        """PUT v2/feed/activities/seen."""
        user_id = await self._client.user_id()
        request = Request(
            "PUT",
            "v2/feed/activities/seen",
            params={"userId": user_id},
            operation="feed.mark_seen",
            invalidates=("feed",),
        )
        await self._request(request)
