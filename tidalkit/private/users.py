"""Users: the account, session, subscription, playlists, profiles, follows and blocks."""

from __future__ import annotations

from typing import TypeVar

from tidalkit._http.cache import TTL
from tidalkit._http.parsing import parse_model
from tidalkit._http.request import Request, path_id
from tidalkit.private._resource import EndpointGroup
from tidalkit.private.models._base import TidalModel
from tidalkit.private.models.catalog import Artist, Track, Video
from tidalkit.private.models.collection import Playlist
from tidalkit.private.models.paging import CursorPage, Favorite, OffsetPage
from tidalkit.private.models.user import Client, Session, Subscription, User, UserProfile
from tidalkit.private.pagination import CursorPaginator, OffsetPaginator, cursor_paginator

__all__ = ["Users"]

T = TypeVar("T")

_BLOCKS = ("users.blocked",)
_FOLLOWS = ("users.following", "users.followers", "users.profile")


class _PublicEntry(TidalModel):
    """An entry of GET v2/user-playlists/{id}/public: the playlist, the rest (``followInfo``) kept."""

    playlist: Playlist | None = None


class Users(EndpointGroup):
    """``client.users``. Methods taking ``user_id=None`` act on the logged-in user."""

    async def _uid(self, user_id: int | str | None) -> str:
        """``user_id`` (the logged-in user's when None) as a path segment."""
        return path_id(user_id if user_id is not None else await self._client.user_id())

    # ---- account -------------------------------------------------------------------------------

    async def me(self) -> User:
        """GET https://login.tidal.com/oauth2/me: the logged-in account."""
        request = Request("GET", self._client.me_url, operation="users.me", cache_ttl=TTL.SHORT)
        return parse_model(await self._request_json(request), User)

    async def get(self, user_id: int | str | None = None) -> User:
        """GET v1/users/{id}."""
        return await self._get(
            f"v1/users/{await self._uid(user_id)}", User, operation="users.get", ttl=TTL.SHORT
        )

    async def session(self) -> Session:
        """GET v1/sessions: the token's user id, country and client."""
        return await self._get("v1/sessions", Session, operation="users.session", ttl=None, country=False)

    async def subscription(self, user_id: int | str | None = None) -> Subscription:
        """GET v1/users/{id}/subscription."""
        return await self._get(
            f"v1/users/{await self._uid(user_id)}/subscription",
            Subscription,
            operation="users.subscription",
            ttl=TTL.SHORT,
        )

    def clients(
        self, user_id: int | str | None = None, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[Client]:
        """GET v1/users/{id}/clients: apps and devices authorised on the account."""
        return self._user_list(user_id, "clients", OffsetPage[Client], "users.clients", page_size, max_items)

    # ---- playlists -----------------------------------------------------------------------------

    def _user_list(
        self,
        user_id: int | str | None,
        suffix: str,
        page_model: type[OffsetPage[T]],
        operation: str,
        page_size: int,
        max_items: int | None,
    ) -> OffsetPaginator[T]:
        async def path() -> str:
            return f"v1/users/{await self._uid(user_id)}/{suffix}"

        return self._offset(
            path, page_model, operation=operation, ttl=TTL.SHORT, page_size=page_size, max_items=max_items
        )

    def playlists(
        self, user_id: int | str | None = None, *, page_size: int = 50, max_items: int | None = None
    ) -> OffsetPaginator[Playlist]:
        """GET v1/users/{id}/playlists: playlists the user created."""
        return self._user_list(
            user_id, "playlists", OffsetPage[Playlist], "users.playlists", page_size, max_items
        )

    def playlists_and_favorites(
        self, user_id: int | str | None = None, *, page_size: int = 50, max_items: int | None = None
    ) -> OffsetPaginator[Playlist]:
        """GET v1/users/{id}/playlistsAndFavoritePlaylists: created and favourite playlists."""
        suffix, operation = "playlistsAndFavoritePlaylists", "users.playlists_and_favorites"
        return self._user_list(user_id, suffix, OffsetPage[Playlist], operation, page_size, max_items)

    def public_playlists(
        self, user_id: int | str | None = None, *, page_size: int = 50, max_items: int | None = None
    ) -> CursorPaginator[Playlist]:
        """GET v2/user-playlists/{id}/public (by cursor)."""

        async def fetch(cursor: str | None, limit: int) -> CursorPage[Playlist]:
            page = await self._get(
                f"v2/user-playlists/{await self._uid(user_id)}/public",
                CursorPage[_PublicEntry],
                operation="users.public_playlists",
                params={"limit": limit, "cursor": cursor},
                ttl=TTL.SHORT,
            )
            # entries are {"playlist": {...}, "followInfo": {...}}; one sent as a bare playlist has
            # all its fields in the entry's extras (a null playlist is dropped, a misfit skipped)
            entries = [
                entry.playlist if "playlist" in entry.model_fields_set else entry.model_extra
                for entry in page.items
            ]
            return CursorPage[Playlist].model_validate(
                {"items": entries, "cursor": page.cursor, "lastModifiedAt": page.last_updated_at}
            )

        return cursor_paginator(fetch, page_size=page_size, max_items=max_items)

    # ---- profiles and follows ------------------------------------------------------------------

    async def profile(self, user_id: int | str | None = None) -> UserProfile:
        """GET v2/profiles/{id}: the public profile (name, picture, follower counts)."""
        return await self._get(
            f"v2/profiles/{await self._uid(user_id)}",
            UserProfile,
            operation="users.profile",
            ttl=TTL.SHORT,
        )

    def _profiles(
        self, user_id: int | str | None, suffix: str, operation: str, page_size: int, max_items: int | None
    ) -> CursorPaginator[UserProfile]:
        async def fetch(cursor: str | None, limit: int) -> CursorPage[UserProfile]:
            return await self._get(
                f"v2/profiles/{await self._uid(user_id)}/{suffix}",
                CursorPage[UserProfile],
                operation=operation,
                params={"limit": limit, "cursor": cursor},
                ttl=TTL.SHORT,
            )

        return cursor_paginator(fetch, page_size=page_size, max_items=max_items)

    def followers(
        self, user_id: int | str | None = None, *, page_size: int = 50, max_items: int | None = None
    ) -> CursorPaginator[UserProfile]:
        """GET v2/profiles/{id}/followers (by cursor)."""
        return self._profiles(user_id, "followers", "users.followers", page_size, max_items)

    def following(
        self, user_id: int | str | None = None, *, page_size: int = 50, max_items: int | None = None
    ) -> CursorPaginator[UserProfile]:
        """GET v2/profiles/{id}/following (by cursor)."""
        return self._profiles(user_id, "following", "users.following", page_size, max_items)

    async def follow(self, user_id: int | str) -> None:
        """PUT v2/follow?trn=trn:user:{id}."""
        await self._send(
            "PUT",
            "v2/follow",
            operation="users.follow",
            params={"trn": f"trn:user:{user_id}"},
            invalidates=_FOLLOWS,
        )

    async def unfollow(self, user_id: int | str) -> None:
        """DELETE v2/follow?trn=trn:user:{id}."""
        await self._send(
            "DELETE",
            "v2/follow",
            operation="users.unfollow",
            params={"trn": f"trn:user:{user_id}"},
            invalidates=_FOLLOWS,
        )

    # ---- blocks --------------------------------------------------------------------------------

    def blocked_users(
        self, *, page_size: int = 50, max_items: int | None = None
    ) -> OffsetPaginator[UserProfile]:
        """GET v2/profiles/blocked-profiles."""
        return self._offset(
            "v2/profiles/blocked-profiles",
            OffsetPage[UserProfile],
            operation="users.blocked.users",
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
            country=False,
        )

    async def block_user(self, user_id: int | str) -> None:
        """PUT v2/profiles/block/{id}."""
        await self._send(
            "PUT", f"v2/profiles/block/{path_id(user_id)}", operation="users.block_user", invalidates=_BLOCKS
        )

    async def unblock_user(self, user_id: int | str) -> None:
        """DELETE v2/profiles/block/{id}."""
        await self._send(
            "DELETE",
            f"v2/profiles/block/{path_id(user_id)}",
            operation="users.unblock_user",
            invalidates=_BLOCKS,
        )

    def _blocked(
        self, kind: str, page_model: type[OffsetPage[T]], page_size: int, max_items: int | None
    ) -> OffsetPaginator[T]:
        return self._user_list(
            None, f"blocks/{kind}", page_model, f"users.blocked.{kind}", page_size, max_items
        )

    def blocked_artists(
        self, *, page_size: int = 50, max_items: int | None = None
    ) -> OffsetPaginator[Favorite[Artist]]:
        """GET v1/users/{id}/blocks/artists."""
        return self._blocked("artists", OffsetPage[Favorite[Artist]], page_size, max_items)

    def blocked_tracks(
        self, *, page_size: int = 50, max_items: int | None = None
    ) -> OffsetPaginator[Favorite[Track]]:
        """GET v1/users/{id}/blocks/tracks."""
        return self._blocked("tracks", OffsetPage[Favorite[Track]], page_size, max_items)

    def blocked_videos(
        self, *, page_size: int = 50, max_items: int | None = None
    ) -> OffsetPaginator[Favorite[Video]]:
        """GET v1/users/{id}/blocks/videos."""
        return self._blocked("videos", OffsetPage[Favorite[Video]], page_size, max_items)

    async def _block(self, kind: str, item_id: int | str) -> None:
        await self._send(
            "POST",
            f"v1/users/{path_id(await self._client.user_id())}/blocks/{kind}s",
            operation=f"users.block_{kind}",
            data={f"{kind}Id": str(item_id)},
            invalidates=_BLOCKS,
        )

    async def _unblock(self, kind: str, item_id: int | str) -> None:
        await self._send(
            "DELETE",
            f"v1/users/{path_id(await self._client.user_id())}/blocks/{kind}s/{path_id(item_id)}",
            operation=f"users.unblock_{kind}",
            invalidates=_BLOCKS,
        )

    async def block_artist(self, artist_id: int | str) -> None:
        """POST v1/users/{id}/blocks/artists (form ``artistId``)."""
        await self._block("artist", artist_id)

    async def block_track(self, track_id: int | str) -> None:
        """POST v1/users/{id}/blocks/tracks (form ``trackId``)."""
        await self._block("track", track_id)

    async def block_video(self, video_id: int | str) -> None:
        """POST v1/users/{id}/blocks/videos (form ``videoId``)."""
        await self._block("video", video_id)

    async def unblock_artist(self, artist_id: int | str) -> None:
        """DELETE v1/users/{id}/blocks/artists/{artist id}."""
        await self._unblock("artist", artist_id)

    async def unblock_track(self, track_id: int | str) -> None:
        """DELETE v1/users/{id}/blocks/tracks/{track id}."""
        await self._unblock("track", track_id)

    async def unblock_video(self, video_id: int | str) -> None:
        """DELETE v1/users/{id}/blocks/videos/{video id}."""
        await self._unblock("video", video_id)
