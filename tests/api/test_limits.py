"""The spec's query-parameter limits are checked before a request is sent."""

from __future__ import annotations

import httpx
import pytest
import respx

from tests.api.helpers import make_client
from tidalkit._http.errors import TidalError
from tidalkit.api import ParameterLimitError


async def test_more_ids_than_the_spec_allows_are_refused_before_sending() -> None:
    router = respx.MockRouter(assert_all_called=False)
    route = router.get(url__startswith="https://openapi.tidal.com/v2/").mock(return_value=httpx.Response(200))
    async with make_client(router) as api:
        with pytest.raises(
            ParameterLimitError, match=r"tracks.list: filter\[id\] takes at most 20 values"
        ) as info:
            await api.tracks.list(filter_id=[str(i) for i in range(21)])
        with pytest.raises(ParameterLimitError, match="at most 256 characters"):
            await api.raw.search_suggestions.list(filter_query="x" * 257)
        with pytest.raises(ParameterLimitError, match="at least 1 characters"):
            await api.albums.list(filter_barcode_id=[""])
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, TidalError)
    assert info.value.parameter == "filter[id]"
    assert not route.called


async def test_a_value_breaking_a_pattern_is_refused() -> None:
    router = respx.MockRouter(assert_all_called=False)
    router.get(url__startswith="https://openapi.tidal.com/v2/").mock(return_value=httpx.Response(200))
    async with make_client(router) as api:
        with pytest.raises(ParameterLimitError, match="does not match"):
            await api.raw.provider_product_infos.list(filter_provider_id=["1"], filter_grid=["lower-case"])


async def test_get_many_chunks_within_the_limit() -> None:
    seen: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        ids = [v for k, v in request.url.params.multi_items() if k == "filter[id]"]
        seen.append(len(ids))
        return httpx.Response(200, json={"data": [], "links": {"self": "/tracks"}})

    router = respx.MockRouter()
    router.get(url__startswith="https://openapi.tidal.com/v2/tracks").mock(side_effect=answer)
    async with make_client(router) as api:
        await api.tracks.get_many([str(i) for i in range(45)])
    assert sorted(seen) == [5, 20, 20]
