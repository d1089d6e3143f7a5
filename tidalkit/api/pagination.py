"""Cursor pagination over v2 documents: the one `Paginator`, its pages JSON:API documents."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

from tidalkit._core.pagination import CursorPages, Paginator
from tidalkit.api.document import DocumentBase

__all__ = ["Paginator", "document_paginator", "next_cursor"]

T = TypeVar("T")
D = TypeVar("D", bound=DocumentBase)


def next_cursor(document: DocumentBase) -> str | None:
    """The cursor of the next page: ``links.meta.nextCursor``, else ``page[cursor]`` of ``links.next``."""
    links: Any = getattr(document, "links", None)
    if links is None:
        return None
    meta: Any = getattr(links, "meta", None)
    cursor: Any = getattr(meta, "next_cursor", None) if meta is not None else None
    if isinstance(cursor, str) and cursor:
        return cursor
    next_link: Any = getattr(links, "next", None)
    if isinstance(next_link, str) and next_link:
        values = parse_qs(urlsplit(next_link).query).get("page[cursor]")
        if values and values[0]:
            return values[0]
    return None


def document_paginator(
    fetch: Callable[[str | None], Awaitable[D]],
    items: Callable[[D], Sequence[T]],
    *,
    cursor: str | None = None,
    max_items: int | None = None,
) -> Paginator[D, T]:
    """A paginator over ``fetch(cursor)`` → a document, following `next_cursor` to the last page."""
    return Paginator(CursorPages(fetch, items, next_cursor, cursor=cursor), max_items=max_items)
