"""``get_many``: concurrent single GETs, in order, bounded by the limiter, 404s reported as missing."""

from __future__ import annotations

import re

import anyio
import httpx
import pytest
import respx

from tests.private import payloads as p
from tests.private.conftest import make_api
from tidalkit import with_raw_response
from tidalkit._http.errors import InternalServerError

BUILDERS = {"albums": p.album, "artists": p.artist, "tracks": p.track, "videos": p.video}


@pytest.mark.parametrize("kind", sorted(BUILDERS))
async def test_get_many_fetches_each_id_concurrently_and_keeps_the_order(
    router: respx.MockRouter, kind: str
) -> None:
    in_flight = 0
    peak = 0
    four_in_flight = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == 4:
            four_in_flight.set()
        with anyio.fail_after(5):  # fails, rather than hangs, if the workers are not concurrent
            await four_in_flight.wait()
        item_id = int(request.url.path.rsplit("/", 1)[1])
        await anyio.sleep(0.001 * (item_id % 3))  # answers arrive out of order
        in_flight -= 1
        if item_id == 13:
            return httpx.Response(404, json={"status": 404, "subStatus": 2001, "userMessage": "not found"})
        return httpx.Response(200, json=BUILDERS[kind](item_id))

    route = router.get(path__regex=rf"^/v1/{kind}/\d+$").mock(side_effect=handler)
    ids = [n for n in range(1, 31)]
    async with make_api(router, max_concurrency=4) as api:
        namespace = getattr(api, kind)
        result = await namespace.get_many(ids)
        assert [item.id for item in result] == [n for n in ids if n != 13]
        assert result.missing == ["13"]
        assert result[12].id == 12
        assert peak == 4
        with pytest.raises(KeyError):
            result[13]
    assert all(re.search(r"countryCode=US", str(call.request.url)) for call in route.calls)


async def test_get_many_raises_errors_other_than_not_found(router: respx.MockRouter) -> None:
    router.get(path__regex=r"^/v1/tracks/\d+$").mock(
        side_effect=lambda request: (
            httpx.Response(500, json={"status": 500, "userMessage": "boom"})
            if request.url.path.endswith("/13")
            else httpx.Response(200, json=p.track(int(request.url.path.rsplit("/", 1)[1])))
        )
    )
    async with make_api(router, max_retries=0) as api:
        with pytest.raises(InternalServerError):
            await api.tracks.get_many([12, 13, 14])


async def test_a_raw_response_keeps_every_response_of_a_batch_and_only_of_it(
    router: respx.MockRouter,
) -> None:
    router.get(path__regex=r"^/v1/tracks/\d+$").mock(
        side_effect=lambda request: httpx.Response(
            200,
            json=p.track(int(request.url.path.rsplit("/", 1)[1])),
            headers={"x-request-id": request.url.path},
        )
    )
    async with make_api(router) as api:
        raw = await with_raw_response(api.tracks.get_many, [1, 2, 3])
        await api.tracks.get(4)  # outside the call: not captured
    assert [track.id for track in raw.parse()] == [1, 2, 3]
    assert sorted(response.headers["x-request-id"] for response in raw.responses) == [
        "/v1/tracks/1",
        "/v1/tracks/2",
        "/v1/tracks/3",
    ]
    assert raw.status_code == 200
    assert len(raw.responses) == 3
