"""What a generated v2 operation needs at runtime: its spec, query building, sending and parsing."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar
from urllib.parse import quote

import httpx

from tidalkit._http.parsing import parse_model
from tidalkit._http.request import ParamValue, Request
from tidalkit.api.limits import check_parameters
from tidalkit.api.model import DocumentBase
from tidalkit.api.pagination import Paginator

__all__ = ["JSONAPI", "OperationSpec", "Operations", "Sender", "csv", "path_id"]

JSONAPI = "application/vnd.api+json"
D = TypeVar("D", bound=DocumentBase)
T = TypeVar("T")

_BODY_HEADERS = {"Content-Type": JSONAPI}


class Sender(Protocol):
    """The part of the client an operation uses."""

    country_code: str | None

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


def path_id(value: str) -> str:
    """A path segment, percent-encoded (ids are opaque; search ids are free text)."""
    return quote(str(value), safe="")


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


class Operations:
    """Base of the generated operation groups (one per resource type)."""

    def __init__(self, client: Sender) -> None:
        self._client = client

    def _country(self, value: str | None) -> str | None:
        return value if value is not None else self._client.country_code

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

        return await self._client.send_parsed(request, parse)

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

        return Paginator(fetch, items, cursor=cursor, max_items=max_items)


def data_items(document: Any) -> list[Any]:
    """The ``data`` array of a collection document (empty when absent)."""
    data: Any = getattr(document, "data", None)
    if isinstance(data, list):
        return list(data)  # pyright: ignore[reportUnknownArgumentType]
    return []


def flatten_params(params: Mapping[str, ParamValue]) -> list[tuple[str, ParamValue]]:
    """Mapping → list of pairs, dropping None."""
    return [(k, v) for k, v in params.items() if v is not None]
