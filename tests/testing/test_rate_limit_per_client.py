"""The sandbox's rate limit is per client id and shared by every connection that uses it."""

from __future__ import annotations

import httpx

from tidalkit.testing import ManualClock, Sandbox


async def test_each_client_id_has_its_own_bucket_whatever_the_connection() -> None:
    clock = ManualClock()
    sandbox = Sandbox(rate_limit=3, clock=clock)
    bearer = sandbox.user_token()  # issued to the "sandbox" client id

    def connection() -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=sandbox.transport(), base_url=sandbox.urls.private)

    async def status(http: httpx.AsyncClient, headers: dict[str, str]) -> int:
        answer = await http.get("v1/tracks/1", params={"countryCode": "US"}, headers=headers)
        return answer.status_code

    async with connection() as first, connection() as second:
        # one client id over two connections: three in its bucket, then 429
        spent = [await status(c, {"x-tidal-token": "app-a"}) for c in (first, second, first, second)]
        assert spent == [200, 200, 200, 429]
        # another client id is untouched by app-a's flood
        assert await status(second, {"x-tidal-token": "app-b"}) == 200
        # a bearer token spends its own client's bucket
        assert [await status(first, {"Authorization": f"Bearer {bearer}"}) for _ in range(4)] == [
            200,
            200,
            200,
            429,
        ]
        clock.advance(1.0)
        assert await status(second, {"x-tidal-token": "app-a"}) == 200
    assert sandbox.stats.rate_limited == 2


async def test_token_requests_spend_the_bucket_of_the_client_they_name() -> None:
    sandbox = Sandbox(rate_limit=2, clock=ManualClock())
    async with httpx.AsyncClient(transport=sandbox.transport()) as http:

        async def limited(client_id: str) -> bool:
            form = {"grant_type": "client_credentials", "client_id": client_id}
            return (await http.post(sandbox.urls.token, data=form)).status_code == 429

        assert [await limited("app-c") for _ in range(3)] == [False, False, True]
        assert not await limited("app-d")
