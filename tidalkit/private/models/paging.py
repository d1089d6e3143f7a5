"""Page envelopes: limit/offset pages (v1) and cursor pages (v2 collections)."""

from __future__ import annotations

from typing import Annotated, Generic, TypeVar

from pydantic import AliasChoices, Field

from tidalkit.private.models._base import FittingItems, NullFreeList, TidalModel, UtcDatetime, new_list

__all__ = ["CursorPage", "Favorite", "OffsetPage"]

T = TypeVar("T")


class OffsetPage(TidalModel, Generic[T]):
    """One limit/offset page: ``items`` from ``offset``, of ``total_number_of_items`` in all.

    ``data_api_path`` (page modules) is where the rest of the list can be fetched from.
    """

    limit: int | None = None
    offset: int | None = None
    total_number_of_items: int | None = None
    items: Annotated[list[T], NullFreeList, FittingItems] = Field(default_factory=new_list)
    data_api_path: str | None = None


class CursorPage(TidalModel, Generic[T]):
    """One cursor page of a v2 collection; ``cursor`` is None on the last page."""

    # v2/favorites/mixes/ids calls its list "content"
    items: Annotated[list[T], NullFreeList, FittingItems] = Field(
        default_factory=new_list, validation_alias=AliasChoices("items", "content")
    )
    cursor: str | None = None
    # v2/favorites/mixes sends lastModifiedAt today; older answers said lastUpdatedAt
    last_updated_at: UtcDatetime | None = Field(
        default=None, validation_alias=AliasChoices("lastModifiedAt", "lastUpdatedAt", "last_updated_at")
    )


class Favorite(TidalModel, Generic[T]):
    """A favourited item and when it was added (GET v1/users/{id}/favorites/{type})."""

    created: UtcDatetime | None = None
    item: T | None = None
