"""The base of every private endpoint group: typed GETs, writes, paginators and batch reads."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, Unpack, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from tidalkit._core.batch import BatchResult, fetch_each
from tidalkit._core.resource import Namespace
from tidalkit._http.cache import TTL
from tidalkit._http.errors import ResponseValidationError
from tidalkit._http.parsing import decode_json, parse_model, with_gc_deferred
from tidalkit._http.request import ParamValue, Request, path_id
from tidalkit.private.models._base import as_dict, as_list
from tidalkit.private.models.paging import CursorPage, OffsetPage
from tidalkit.private.pagination import CursorPaginator, OffsetPaginator, cursor_paginator, offset_paginator

if TYPE_CHECKING:
    import httpx

    from tidalkit.private.client import PrivateAPI
    from tidalkit.private.models.playback import AssetPresentation, PlaybackInfo, PlaybackMode, StreamUrl

__all__ = ["EndpointGroup", "GetOptions", "PlaybackOptions", "StreamOptions", "join_ids"]

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

Params = Mapping[str, ParamValue]


class GetOptions(TypedDict, total=False):
    """How an endpoint group's GET is sent (defaults: no extra query, `TTL.MEDIUM`, ``countryCode``)."""

    params: Params | None
    ttl: float | None
    country: bool


Playable = Literal["tracks", "videos"]
_QUALITY_PARAMETER: dict[Playable, str] = {"tracks": "audioquality", "videos": "videoquality"}


class PlaybackOptions(TypedDict, total=False):
    """The keywords of ``playback_info`` besides ``quality``."""

    presentation: AssetPresentation
    """``"FULL"`` (default) or ``"PREVIEW"``."""
    mode: PlaybackMode
    """``"STREAM"`` (default) or ``"OFFLINE"``."""
    postpaywall: bool
    """Ask ``.../playbackinfopostpaywall`` (default) rather than ``.../playbackinfo``."""


class StreamOptions(TypedDict, total=False):
    """The keywords of ``stream_url`` besides ``quality``."""

    presentation: AssetPresentation
    """``"FULL"`` (default) or ``"PREVIEW"``."""
    usage: PlaybackMode
    """``"STREAM"`` (default) or ``"OFFLINE"``."""


def join_ids(ids: str | int | Sequence[str | int]) -> str:
    """Comma-join one id or many (tuples, lists, generators alike; the caller's list is untouched)."""
    if isinstance(ids, str | int):
        return str(ids)
    return ",".join(str(value) for value in ids)


def _body(response: httpx.Response) -> bytes:
    return response.content


def _page(data: OffsetPage[T] | bytes, page_model: type[OffsetPage[T]]) -> OffsetPage[T]:
    return data if isinstance(data, OffsetPage) else parse_model(data, page_model)


@cache  # one per model class: bounded by the code, not by what the server sends
def _body_parser(model: type[M]) -> Callable[[httpx.Response], M]:
    """``response`` → ``model``, validated from the body's bytes by pydantic-core's JSON parser (no
    ``json.loads``, no dicts); made once per model."""

    def parser(response: httpx.Response) -> M:
        return parse_model(response.content, model)

    return parser


_LISTS: dict[type[BaseModel], TypeAdapter[Any]] = {}


def _list_of(model: type[M]) -> TypeAdapter[list[M | None]]:
    """The validator of a JSON array of ``model`` (nulls kept, dropped by the caller), built once."""
    adapter = _LISTS.get(model)
    if adapter is None:
        entries: Any = list[model | None]  # pyright: ignore[reportInvalidTypeForm]
        adapter = _LISTS[model] = TypeAdapter(entries)
    return cast("TypeAdapter[list[M | None]]", adapter)


def _items_of(data: Any, path: str, model: type[M]) -> list[M]:
    """A list answer another way: ``{"items": [...]}``, or one whose entries don't all fit (each is
    validated alone, so the error names the failing field)."""
    envelope = as_dict(data)
    items = as_list(envelope.get("items") if envelope is not None else data)
    if items is None:
        raise ResponseValidationError(
            f"GET {path} returned {type(data).__name__}, expected a list of {model.__name__}",
            model=model.__name__,
        )
    return [parse_model(item, model) for item in items if item is not None]


class EndpointGroup(Namespace["PrivateAPI"]):
    """One endpoint group of `PrivateAPI` (``client.tracks``, …)."""

    _client: PrivateAPI

    async def _params(self, params: Params | None, *, country: bool) -> dict[str, ParamValue]:
        merged: dict[str, ParamValue] = {}
        if country:
            merged["countryCode"] = await self._client.country_code()
        if params:
            merged.update({key: value for key, value in params.items() if value is not None})
        return merged

    async def _get_parsed(
        self,
        path: str,
        parse: Callable[[httpx.Response], T],
        *,
        operation: str,
        params: Params | None = None,
        ttl: float | None = TTL.MEDIUM,
        country: bool = True,
    ) -> T:
        request = Request(
            "GET",
            path,
            params=await self._params(params, country=country),
            operation=operation,
            cache_ttl=ttl,
        )
        return await self._request_parsed(request, parse)

    async def _get_json(self, path: str, *, operation: str, **get: Unpack[GetOptions]) -> Any:
        return await self._get_parsed(path, decode_json, operation=operation, **get)

    def _get(
        self, path: str, model: type[M], *, operation: str, **get: Unpack[GetOptions]
    ) -> Coroutine[Any, Any, M]:
        # `_get_parsed`'s coroutine itself: no coroutine and no parse closure of its own per call
        return self._get_parsed(path, _body_parser(model), operation=operation, **get)

    async def _get_list(
        self, path: str, model: type[M], *, operation: str, **get: Unpack[GetOptions]
    ) -> list[M]:
        def parse(response: httpx.Response) -> list[M]:
            # a JSON array, as TIDAL sends these lists, is read by pydantic-core from the bytes
            try:
                found = with_gc_deferred(_list_of(model).validate_json, response.content)
            except ValidationError:
                return _items_of(decode_json(response), path, model)
            return [item for item in found if item is not None]

        return await self._get_parsed(path, parse, operation=operation, **get)

    async def _send(
        self,
        method: str,
        path: str,
        *,
        operation: str,
        params: Params | None = None,
        data: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        invalidates: tuple[str, ...] = (),
        country: bool = False,
    ) -> Any:
        request = Request(
            method,
            path,
            params=await self._params(params, country=country),
            data=data,
            headers=headers,
            operation=operation,
            invalidates=invalidates,
        )
        return await self._request_json(request)

    async def _playback(
        self, kind: Playable, item_id: int | str, quality: str, options: PlaybackOptions
    ) -> PlaybackInfo:
        """GET v1/{kind}/{id}/playbackinfopostpaywall (or .../playbackinfo), with ``countryCode`` as
        tidalapi sends it."""
        endpoint = "playbackinfopostpaywall" if options.get("postpaywall", True) else "playbackinfo"
        params = {
            _QUALITY_PARAMETER[kind]: quality,
            "assetpresentation": options.get("presentation", "FULL"),
            "playbackmode": options.get("mode", "STREAM"),
        }
        path, operation = f"v1/{kind}/{path_id(item_id)}/{endpoint}", f"{kind}.playback_info"
        from tidalkit.private.models.playback import PlaybackInfo  # manifests and their parsers load here

        return await self._get(path, PlaybackInfo, operation=operation, params=params, ttl=None)

    async def _stream_url(
        self, kind: Playable, item_id: int | str, quality: str, options: StreamOptions
    ) -> StreamUrl:
        """GET v1/{kind}/{id}/urlpostpaywall (never cached: the URLs are signed)."""
        params = {
            _QUALITY_PARAMETER[kind]: quality,
            "assetpresentation": options.get("presentation", "FULL"),
            "urlusagemode": options.get("usage", "STREAM"),
        }
        path, operation = f"v1/{kind}/{path_id(item_id)}/urlpostpaywall", f"{kind}.stream_url"
        from tidalkit.private.models.playback import StreamUrl

        return await self._get(path, StreamUrl, operation=operation, params=params, ttl=None)

    def _offset(
        self,
        path: str | Callable[[], Awaitable[str]],
        page_model: type[OffsetPage[T]],
        *,
        operation: str,
        page_size: int = 100,
        max_items: int | None = None,
        **get: Unpack[GetOptions],
    ) -> OffsetPaginator[T]:
        async def fetch(offset: int, limit: int) -> OffsetPage[T] | bytes:
            # a path that names the user is worked out per page: it follows the request's auth
            where = path if isinstance(path, str) else await path()
            page: GetOptions = {
                **get,
                "params": {**(get.get("params") or {}), "limit": limit, "offset": offset},
            }
            if offset == 0:  # cached (once it parsed): the only page of a long list that is
                return await self._get(where, page_model, operation=operation, **page)
            # the rest stay bytes until the caller reaches them (validated by pydantic-core then)
            page["ttl"] = None
            return await self._get_parsed(where, _body, operation=operation, **page)

        return offset_paginator(
            fetch, parse=lambda data: _page(data, page_model), page_size=page_size, max_items=max_items
        )

    def _cursor(
        self,
        path: str,
        page_model: type[CursorPage[T]],
        *,
        operation: str,
        page_size: int = 50,
        max_items: int | None = None,
        **get: Unpack[GetOptions],
    ) -> CursorPaginator[T]:
        async def fetch(cursor: str | None, limit: int) -> CursorPage[T]:
            query = {**(get.get("params") or {}), "limit": limit, "cursor": cursor}
            page: GetOptions = {"ttl": TTL.SHORT, **get, "params": query}
            return await self._get(path, page_model, operation=operation, **page)

        return cursor_paginator(fetch, page_size=page_size, max_items=max_items)

    async def _get_many(self, ids: Sequence[int | str], get: Callable[[str], Awaitable[M]]) -> BatchResult[M]:
        """``get`` every id, as many at once as the client's concurrency cap; 404s go to ``.missing``."""
        return await fetch_each(ids, get, concurrency=self._client.limiter.max_concurrency)
