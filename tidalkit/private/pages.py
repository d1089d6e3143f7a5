"""Editorial pages (GET v1/pages/{name}) and the home feed (GET v2/home/feed/static)."""

from __future__ import annotations

from tidalkit._http.cache import TTL
from tidalkit._http.request import ParamValue
from tidalkit.private._resource import EndpointGroup
from tidalkit.private.models.page import HomeFeed, HomeModule, Page, PageLink, ShowMore, ViewAllPage

__all__ = ["Pages"]


def _v1_path(api_path: str) -> str:
    path = api_path.strip().lstrip("/")
    return path if path.startswith(("v1/", "v2/", "http://", "https://")) else f"v1/{path}"


class Pages(EndpointGroup):
    """``client.pages``: v1 pages (rows of modules) and the v2 home feed."""

    async def get(self, name: str, **params: ParamValue) -> Page:
        """GET v1/pages/{name} with ``deviceType``, ``locale`` and extra ``params`` (e.g. albumId)."""
        query: dict[str, ParamValue] = {"deviceType": self._client.device_type, "locale": self._client.locale}
        query.update(params)
        return await self._get(
            _v1_path(f"pages/{name}"), Page, operation="pages.get", params=query, ttl=TTL.SHORT
        )

    async def home(self) -> Page:
        """GET v1/pages/home (the legacy home page; see `home_feed`)."""
        return await self.get("home")

    async def explore(self) -> Page:
        """GET v1/pages/explore."""
        return await self.get("explore")

    async def hires(self) -> Page:
        """GET v1/pages/hires."""
        return await self.get("hires")

    async def for_you(self) -> Page:
        """GET v1/pages/for_you."""
        return await self.get("for_you")

    async def videos(self) -> Page:
        """GET v1/pages/videos."""
        return await self.get("videos")

    async def genres(self) -> Page:
        """GET v1/pages/genre_page."""
        return await self.get("genre_page")

    async def local_genres(self) -> Page:
        """GET v1/pages/genre_page_local."""
        return await self.get("genre_page_local")

    async def moods(self) -> Page:
        """GET v1/pages/moods."""
        return await self.get("moods")

    async def my_mixes(self) -> Page:
        """GET v1/pages/my_collection_my_mixes: the user's personal mixes."""
        return await self.get("my_collection_my_mixes")

    async def album(self, album_id: int | str) -> Page:
        """GET v1/pages/album?albumId=."""
        return await self.get("album", albumId=str(album_id))

    async def artist(self, artist_id: int | str) -> Page:
        """GET v1/pages/artist?artistId= (influencers, credits and appearances live here)."""
        return await self.get("artist", artistId=str(artist_id))

    async def mix(self, mix_id: str) -> Page:
        """GET v1/pages/mix?mixId=: the mix header and its items."""
        return await self.get("mix", mixId=mix_id)

    async def video(self, video_id: int | str) -> Page:
        """GET v1/pages/videos?videoId=."""
        return await self.get("videos", videoId=str(video_id))

    async def show_more(self, link: ShowMore | PageLink | str) -> Page:
        """GET v1/{apiPath}: follow a module's "show more" link or a page link."""
        api_path = link if isinstance(link, str) else link.api_path
        if not api_path:
            raise ValueError("this link has no apiPath to follow")
        query: dict[str, ParamValue] = {"deviceType": self._client.device_type, "locale": self._client.locale}
        return await self._get(_v1_path(api_path), Page, operation="pages.get", params=query, ttl=TTL.SHORT)

    async def home_feed(self, *, platform: str = "WEB") -> HomeFeed:
        """GET v2/home/feed/static: the current home screen (modules of items)."""
        return await self._get(
            "v2/home/feed/static",
            HomeFeed,
            operation="pages.home_feed",
            params={
                "deviceType": self._client.device_type,
                "locale": self._client.locale,
                "platform": platform,
            },
            ttl=TTL.SHORT,
        )

    async def view_all(self, module: HomeModule | str, *, platform: str = "WEB") -> ViewAllPage:
        """GET v2/{viewAll}: every item of a home feed module."""
        path = module if isinstance(module, str) else module.view_all
        if not path:
            raise ValueError("this module has no viewAll link")
        path = path.strip().lstrip("/")
        if not path.startswith(("v2/", "http://", "https://")):
            path = f"v2/{path}"
        return await self._get(
            path,
            ViewAllPage,
            operation="pages.view_all",
            params={
                "deviceType": self._client.device_type,
                "locale": self._client.locale,
                "platform": platform,
            },
            ttl=TTL.SHORT,
        )
