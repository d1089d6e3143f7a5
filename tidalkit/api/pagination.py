"""Cursor pagination over v2 documents: ``await`` a paginator for the first page, ``async for`` its items."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator
from contextlib import aclosing
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from tidalkit.api.model import DocumentBase

__all__ = ["Paginator", "next_cursor"]

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


class Paginator(Generic[D, T]):
    """The pages of a cursor-paginated operation.

    ``await paginator`` → the first page (a document); ``async for item in paginator`` → every item
    across pages (at most ``max_items``); ``async for page in paginator.pages()`` → each document.
    Iteration stops when the server gives no next cursor (or repeats one).
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[D]],
        items: Callable[[D], list[T]],
        *,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._cursor = cursor
        self.max_items = max_items

    def __await__(self) -> Generator[Any, None, D]:
        return self._fetch(self._cursor).__await__()

    async def pages(self) -> AsyncGenerator[D, None]:
        """Each page's document, following cursors until the last page."""
        cursor = self._cursor
        seen: set[str] = set()
        while True:
            document = await self._fetch(cursor)
            yield document
            cursor = next_cursor(document)
            if cursor is None or cursor in seen:
                return
            seen.add(cursor)

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self.max_items
        if remaining is not None and remaining <= 0:
            return
        async with aclosing(self.pages()) as pages:
            async for document in pages:
                for item in self._items(document):
                    yield item
                    if remaining is not None:
                        remaining -= 1
                        if remaining <= 0:
                            return

    async def collect(self) -> list[T]:
        """Every item across pages (at most ``max_items``) as a list."""
        return [item async for item in self]
