"""Mixes: GET v1/mixes/{id}/items (favourite mixes live in ``client.favorites``)."""

from __future__ import annotations

from tidalkit._http.cache import TTL
from tidalkit._http.request import path_id
from tidalkit.private._resource import EndpointGroup
from tidalkit.private.models.catalog import MediaItem, Mix
from tidalkit.private.models.page import MixHeaderModule
from tidalkit.private.models.paging import OffsetPage
from tidalkit.private.pagination import OffsetPaginator

__all__ = ["Mixes"]


class Mixes(EndpointGroup):
    """``client.mixes``."""

    def items(
        self, mix_id: str, *, page_size: int = 100, max_items: int | None = None
    ) -> OffsetPaginator[MediaItem]:
        """GET v1/mixes/{id}/items: the tracks and videos of a mix."""
        return self._offset(
            f"v1/mixes/{path_id(mix_id)}/items",
            OffsetPage[MediaItem],
            operation="mixes.items",
            page_size=page_size,
            max_items=max_items,
            ttl=TTL.SHORT,
        )

    async def get(self, mix_id: str) -> Mix | None:
        """The mix's metadata, from the MIX_HEADER module of GET v1/pages/mix?mixId= (None if absent)."""
        page = await self._client.pages.mix(mix_id)
        for module in page.modules:
            if isinstance(module, MixHeaderModule) and module.mix is not None:
                return module.mix
        return None
