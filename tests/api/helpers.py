"""A TidalAPI wired to a respx router, and small request-inspection helpers."""

from __future__ import annotations

from typing import Any

import httpx
import respx

from tests.support import FakeClock as FakeClock
from tidalkit._http.credentials import HeaderAuth
from tidalkit._http.retry import RetryPolicy
from tidalkit.api.client import TidalAPI

BASE = "https://openapi.tidal.com/v2/"


def make_client(router: respx.MockRouter, **kwargs: Any) -> TidalAPI:
    kwargs.setdefault("country_code", "NO")
    kwargs.setdefault("retry", RetryPolicy(max_retries=0))
    return TidalAPI(
        auth=HeaderAuth({"Authorization": "Bearer test"}, identity="user:1"),
        transport=httpx.MockTransport(router.async_handler),
        **kwargs,
    )


def raw_query(request: httpx.Request) -> str:
    return request.url.query.decode()


def query_pairs(request: httpx.Request) -> list[tuple[str, str]]:
    return [tuple(p.split("=", 1)) for p in raw_query(request).split("&") if p]  # type: ignore[misc]


def jsonapi(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"Content-Type": "application/vnd.api+json"})


def track(id_: str, *, isrc: str | None = None, **relationships: list[tuple[str, str]]) -> dict[str, Any]:
    from tests.api import samples

    value = samples.resource("tracks", id_, **relationships)
    value["attributes"]["title"] = f"Track {id_}"
    if isrc is not None:
        value["attributes"]["isrc"] = isrc
    return value
