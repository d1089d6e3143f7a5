"""What a generated v2 operation needs at runtime: its spec, query building, sending and parsing."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, Iterable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from tidalkit._core.batch import BatchResult, fetch_batched, fetch_each, write_chunks
from tidalkit._core.resource import Namespace
from tidalkit._http.errors import PermissionDeniedError, ResponseValidationError
from tidalkit._http.parsing import parse_model
from tidalkit._http.request import ParamValue, Request, path_id
from tidalkit.api.document import DocumentBase
from tidalkit.api.limits import check_parameters
from tidalkit.api.model import Resource, resource_type
from tidalkit.api.pagination import Paginator, document_paginator

if TYPE_CHECKING:
    import httpx

    from tidalkit.api._generated.playlists import (
        PlaylistsItemsInclude,
        PlaylistsItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.tracks import TracksResourceObject

__all__ = ["JSONAPI", "OperationSpec", "Operations", "Sender", "csv", "path_id"]

JSONAPI = "application/vnd.api+json"
D = TypeVar("D", bound=DocumentBase)
T = TypeVar("T")
R = TypeVar("R")

_ALL = sys.maxsize
"""No batch-level cap on concurrent requests: the client's limiter is the one cap."""

_BODY_HEADERS = {"Content-Type": JSONAPI}


class Sender(Protocol):
    """The part of the client an operation uses."""

    def known_country_code(self) -> str | None: ...

    batch_size: int

    async def send(self, request: Request) -> httpx.Response: ...

    async def send_parsed(self, request: Request, parse: Callable[[httpx.Response], T]) -> T: ...


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """Static facts about one operation, generated from the spec."""

    name: str
    method: str
    path: str
    tier: str
    cache_ttl: float | None = None
    invalidates: tuple[str, ...] = ()


def csv(values: Sequence[str] | str | None) -> str | None:
    """Comma-join a list parameter such as ``include`` (None when empty)."""
    if values is None:
        return None
    if isinstance(values, str):
        return values or None
    return ",".join(values) or None


def _body(payload: Any) -> Any:
    dump = getattr(payload, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_none=True)
    return payload


class Operations(Namespace[Sender]):
    """Base of the generated operation groups (one per resource type)."""

    def _country(self, value: str | None) -> str | None:
        return value if value is not None else self._client.known_country_code()

    async def _call(
        self,
        spec: OperationSpec,
        path: str,
        params: Sequence[tuple[str, ParamValue]],
        response: type[D],
        payload: Any = None,
    ) -> D:
        check_parameters(spec.name, params)
        body = _body(payload) if payload is not None else None
        request = Request(
            spec.method,
            path,
            params=[(k, v) for k, v in params if v is not None],
            json=body,
            headers=_BODY_HEADERS if body is not None else None,
            operation=spec.name,
            cache_ttl=spec.cache_ttl,
            idempotent=spec.method != "GET",
            invalidates=spec.invalidates,
        )

        def parse(http_response: httpx.Response) -> D:
            content = http_response.content
            if not content.strip():
                # DELETE/relationship writes may answer without a body; keep the documented shape.
                return parse_model({"links": {"self": "/" + path}}, response)
            return parse_model(content, response)

        try:
            return await self._request_parsed(request, parse)
        except PermissionDeniedError as exc:
            from tidalkit.api._generated._registry import SCOPES

            exc.required_scopes = frozenset(SCOPES.get(spec.name, ()))
            if exc.required_scopes:
                exc.args = (f"{exc} (the operation needs scopes: {' '.join(sorted(exc.required_scopes))})",)
            raise

    def _paginate(
        self,
        spec: OperationSpec,
        path: str,
        params: Sequence[tuple[str, ParamValue]],
        response: type[D],
        items: Any,
        cursor: str | None,
        max_items: int | None,
    ) -> Paginator[D, Any]:
        fixed = list(params)

        async def fetch(page_cursor: str | None) -> D:
            return await self._call(spec, path, [*fixed, ("page[cursor]", page_cursor)], response)

        return document_paginator(fetch, items, cursor=cursor, max_items=max_items)

    def _radio(
        self,
        radio: Paginator[Any, Any],
        country_code: str | None,
        include: Sequence[PlaylistsItemsInclude] | None,
        max_items: int | None,
    ) -> Paginator[PlaylistsItemsMultiRelationshipDataDocument, TracksResourceObject]:
        """The tracks of a radio: the playlist named by the first page of ``radio`` (a ``radio``
        relationship), then its items with the tracks included, page by page. No playlist, no tracks."""
        from tidalkit.api._generated.playlists import (
            PlaylistsItemsMultiRelationshipDataDocument,
            PlaylistsPublicOperations,
        )

        playlists = PlaylistsPublicOperations(self._client)
        paths: list[PlaylistsItemsInclude] = ["items", *(path for path in include or () if path != "items")]
        resolved: list[tuple[str | None, Any]] = []  # (playlist id, the radio document), once

        async def fetch(cursor: str | None) -> PlaylistsItemsMultiRelationshipDataDocument:
            if not resolved:
                document = await radio
                resolved.append((next((ident.id for ident in data_items(document)), None), document))
            playlist_id, document = resolved[0]
            if playlist_id is None:
                empty: dict[str, Any] = {"data": [], "links": {"self": document.links.self}}
                return PlaylistsItemsMultiRelationshipDataDocument.model_validate(empty)
            page = playlists.items(playlist_id, country_code=country_code, include=paths, cursor=cursor)
            return await page

        return document_paginator(fetch, _included_tracks, max_items=max_items)

    @staticmethod
    def _only(data: list[R]) -> R:
        """The one resource of a collection that holds exactly one (``GET /searchResults``)."""
        if not data:
            raise ResponseValidationError("the collection holds no resource", model="document")
        return data[0]

    async def _get_many(
        self,
        page: Callable[[list[str]], Paginator[Any, R]],
        keys: Iterable[str],
        key_of: Callable[[R], str | None],
        *,
        chunk_size: int | None,
        normalize: Callable[[str], str] = str,
    ) -> BatchResult[R]:
        """``page(chunk)`` for every chunk of ``keys``, all at once (the client's limiter caps them)."""

        async def fetch(chunk: list[str]) -> list[tuple[str, R]]:
            # a batch needs its own keys only: the pages of its answer are followed while each brings
            # one of them not seen yet (a server repeating itself cannot keep the walk going); a
            # resource of another type than asked for (an album in a tracks answer) is not one of them
            wanted, found = set(map(normalize, chunk)), list[tuple[str, R]]()
            async with aclosing(page(chunk).page_items()) as pages:
                async for items in pages:
                    fresh = [
                        (key, item)
                        for item in items
                        if _of_its_type(item) and (key := key_of(item)) is not None
                    ]
                    new = {normalize(key) for key, _ in fresh} & wanted
                    found += fresh
                    wanted -= new
                    if not new or not wanted:
                        break
            return found

        size = chunk_size or self._client.batch_size
        return await fetch_batched(keys, fetch, chunk_size=size, concurrency=_ALL, normalize=normalize)

    async def _get_each(self, get: Callable[[str], Awaitable[R]], ids: Iterable[str]) -> BatchResult[R]:
        """``get`` every id, all at once (the client's limiter caps them); 404s go to ``.missing``."""
        return await fetch_each(ids, get, concurrency=_ALL)

    async def _write_items(
        self,
        write: Callable[..., Awaitable[D]],
        collection: str,
        type_: str,
        ids: Sequence[str],
        limit: int,
    ) -> list[D]:
        """``write(collection, payload=…)`` for consecutive chunks of ``limit`` ids, one after another."""

        async def chunk_write(chunk: list[str]) -> D:
            return await write(collection, payload=_collection_payload(type_, chunk))

        return await write_chunks(ids, limit, chunk_write)


def _of_its_type(item: object) -> bool:
    """Whether a resource's ``type`` is the one its model is for (True for anything else)."""
    if not isinstance(item, Resource):
        return True
    expected = resource_type(type(item))
    return expected is None or item.type == expected


def _collection_payload(type_: str, ids: Sequence[str]) -> dict[str, Any]:
    return {"data": [{"id": id_, "type": type_} for id_ in ids]}


def _included_tracks(document: DocumentBase) -> list[TracksResourceObject]:
    """The tracks a page of playlist items names, in order, as included (videos and absent ones skipped)."""
    index = document.index
    found = [index.get("tracks", ident.id) for ident in data_items(document) if ident.type == "tracks"]
    return [cast("TracksResourceObject", track) for track in found if track is not None]


def data_items(document: Any) -> list[Any]:
    """The ``data`` array of a collection document (empty when absent)."""
    data: Any = getattr(document, "data", None)
    if isinstance(data, list):
        return list(data)  # pyright: ignore[reportUnknownArgumentType]
    return []
