"""One shared client serves many users: ids, countries and cache entries follow each request's auth."""

from __future__ import annotations

import anyio
import httpx

from tidalkit._http import HeaderAuth
from tidalkit.api import TidalAPI
from tidalkit.auth import StaticTokenGrant, TokenProvider
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox

ALICE, BOB = 111_111, 222_222


class Traffic(httpx.AsyncBaseTransport):
    """The sandbox's transport, logging (bearer token, method, path) of every request it carries."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.log: list[tuple[str, str, str]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
        self.log.append((bearer, request.method, request.url.path))
        return await self.inner.handle_async_request(request)

    def paths(self, token: str) -> list[str]:
        return [path for bearer, _, path in self.log if bearer == token]


def two_users(sandbox: Sandbox) -> tuple[str, str]:
    alice, bob = "sbx-alice-access-token", "sbx-bob-access-token"
    sandbox.auth.adopt_token(alice, user_id=ALICE)
    sandbox.auth.adopt_token(bob, user_id=BOB)
    return alice, bob


async def test_one_shared_private_client_serves_two_users_concurrently_on_their_own_paths() -> None:
    sandbox = Sandbox(latency=0.01, rate_limit=None)
    alice_token, bob_token = two_users(sandbox)
    traffic = Traffic(sandbox.transport())
    # alice's token response named her user and country; bob's auth knows nothing about him
    alice = TokenProvider(StaticTokenGrant(alice_token, user_id=str(ALICE), country_code="se"))
    bob = HeaderAuth({"Authorization": f"Bearer {bob_token}"}, identity=f"user:{BOB}")
    async with PrivateAPI(
        client_id=SANDBOX_CLIENT_ID, base_url=sandbox.urls.private, transport=traffic
    ) as shared:
        results: dict[str, list[int]] = {"alice": [], "bob": []}

        async def serve(name: str, auth: TokenProvider | HeaderAuth) -> None:
            client = shared.with_options(auth=auth)  # what a request handler does per request
            results[name].append(await client.user_id())
            await client.favorites.ids()
            await client.tracks.get(1)

        async with anyio.create_task_group() as group:
            for _ in range(10):
                group.start_soon(serve, "alice", alice)
                group.start_soon(serve, "bob", bob)

        # the response cache is per user: bob does not get the copy cached for alice
        await shared.with_options(auth=alice).tracks.get(2)
        await shared.with_options(auth=bob).tracks.get(2)
        await shared.with_options(auth=alice).tracks.get(2)

    assert results == {"alice": [ALICE] * 10, "bob": [BOB] * 10}
    alice_paths, bob_paths = traffic.paths(alice_token), traffic.paths(bob_token)
    assert f"/api/v1/users/{ALICE}/favorites/ids" in alice_paths
    assert f"/api/v1/users/{BOB}/favorites/ids" in bob_paths
    assert not any(str(BOB) in path for path in alice_paths)
    assert not any(str(ALICE) in path for path in bob_paths)
    # alice's token carried her id and country: no lookup; bob's were looked up once each
    assert "/api/v1/sessions" not in alice_paths
    assert "/api/v1/country" not in alice_paths
    assert bob_paths.count("/api/v1/sessions") == 1
    assert bob_paths.count("/api/v1/country") == 1
    assert alice_paths.count("/api/v1/tracks/2") == 1
    assert bob_paths.count("/api/v1/tracks/2") == 1


async def test_the_configured_country_code_needs_no_country_lookup_for_any_user() -> None:
    sandbox = Sandbox(latency=0.0, rate_limit=None)
    _, bob_token = two_users(sandbox)
    traffic = Traffic(sandbox.transport())
    bob = HeaderAuth({"Authorization": f"Bearer {bob_token}"}, identity=f"user:{BOB}")
    async with PrivateAPI(
        client_id=SANDBOX_CLIENT_ID, country_code="no", base_url=sandbox.urls.private, transport=traffic
    ) as shared:
        client = shared.with_options(auth=bob)
        assert await client.country_code() == "NO"
        await client.tracks.get(1)
    assert not any(path.endswith("/v1/country") for _, _, path in traffic.log)


async def test_the_v2_country_code_comes_from_the_option_or_the_token() -> None:
    with_option = TidalAPI(country_code="dk")
    assert await with_option.country_code() == "DK"
    token_country = TidalAPI(auth=TokenProvider(StaticTokenGrant("a-token", country_code="fi")))
    assert await token_country.country_code() == "FI"
    assert token_country.known_country_code() == "FI"
    assert await TidalAPI().country_code() is None
    for client in (with_option, token_country):
        await client.aclose()
