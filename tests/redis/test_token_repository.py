"""RedisTokenRepository against a real redis-server: the SQLite store's contract, atomic rotation
across clients, and the refresh lease (exclusive, expires after a crash, released only by its owner)."""

from __future__ import annotations

import anyio
import pytest
import redis

from tidalkit.auth import (
    StaticTokenGrant,
    Token,
    TokenKey,
    TokenRepository,
    TokenStoreCorruptError,
    TokenStoreError,
    TokenStoreLockedError,
    login,
)
from tidalkit.auth.redis import RedisTokenRepository

from .servers import RedisServer

CLIENT = "client:with:colons"


def key(user: str | None = None, flow: str = "pkce") -> TokenKey:
    return TokenKey("v2", CLIENT, flow, user)


def raw_dump(url: str) -> bytes:
    """Every key and value in the database, for "is this secret stored?" checks."""
    with redis.Redis.from_url(url) as client:
        out = b""
        for name in client.keys("*"):
            kind = client.type(name)
            value = client.hgetall(name) if kind == b"hash" else client.dump(name)
            out += name + repr(value).encode()
        return out


async def test_round_trip_keeps_every_field(redis_url: str) -> None:
    repo = RedisTokenRepository(redis_url)
    token = Token.from_response(
        {
            "access_token": "access-xyz",
            "refresh_token": "refresh-xyz",
            "expires_in": 3600,
            "scope": "r_usr w_usr",
            "user_id": 42,
            "user": {"userId": 42, "countryCode": "NO"},
        },
        client_id=CLIENT,
    )
    await repo.save(key("42"), token)
    stored = await repo.get(key("42"))
    assert stored is not None
    assert stored.token == token
    assert stored.key == key("42")
    assert stored.token.refresh_token is not None
    assert stored.token.refresh_token.get_secret_value() == "refresh-xyz"
    assert stored.created_at <= stored.updated_at <= stored.last_used_at
    assert isinstance(repo, TokenRepository)
    await repo.aclose()


async def test_lookup_without_identifier_picks_the_most_recently_used(redis_url: str) -> None:
    repo = RedisTokenRepository(redis_url)
    await repo.save(key("alice"), Token.static("access-alice"))
    await repo.save(key("bob"), Token.static("access-bob"))
    latest = await repo.get(key(None))
    assert latest is not None
    assert latest.key.user == "bob"
    await repo.get(key("alice"))
    latest = await repo.get(key(None))
    assert latest is not None
    assert latest.key.user == "alice"
    assert await repo.get(key(None, flow="device")) is None
    # a client id that is a prefix of another (or differs by a colon) is another namespace
    assert await repo.get(TokenKey("v2", "client", "with:colons:pkce", None)) is None
    await repo.aclose()


async def test_filters_delete_and_remove(redis_url: str) -> None:
    repo = RedisTokenRepository(redis_url)
    await repo.save(key("alice"), Token.static("a-1"))
    await repo.save(key("bob"), Token.static("a-2"))
    await repo.save(key("", flow="client_credentials"), Token.static("a-3"))
    await repo.save(TokenKey("private", "other", "device", "carol"), Token.static("a-4"))
    assert len(await repo.get_tokens()) == 4
    assert {s.key.user for s in await repo.get_tokens(flows="pkce")} == {"alice", "bob"}
    assert [s.key.user for s in await repo.get_tokens(apis="private", users=["carol"])] == ["carol"]
    assert await repo.remove_tokens(client_ids=CLIENT, users="alice") == 1
    assert await repo.delete(key("bob")) is True
    assert await repo.delete(key("bob")) is False
    assert await repo.get(key(None)) is None  # bob left the "most recent" set too
    assert await repo.remove_tokens() == 2
    assert await repo.list() == []
    assert await repo.update(key("x"), lambda current: None) is None
    await repo.aclose()


async def test_client_secrets_are_stored_only_on_opt_in(redis_url: str) -> None:
    plain = RedisTokenRepository(redis_url, prefix="plain")
    await plain.save(key("a"), Token.static("access-1"), client_secret="the-client-secret")
    stored = await plain.get(key("a"))
    assert stored is not None
    assert stored.client_secret is None
    assert b"the-client-secret" not in raw_dump(redis_url)
    opted = RedisTokenRepository(redis_url, prefix="opted", store_client_secrets=True)
    await opted.save(key("a"), Token.static("access-1"), client_secret="the-client-secret")
    await opted.save(key("a"), Token.static("access-2"))  # a later save keeps the stored secret
    stored = await opted.get(key("a"))
    assert stored is not None
    assert stored.client_secret is not None
    assert stored.client_secret.get_secret_value() == "the-client-secret"
    assert stored.token.access_token.get_secret_value() == "access-2"
    assert "the-client-secret" not in repr(stored)
    await plain.aclose()
    await opted.aclose()


async def test_login_reuses_stored_tokens_and_tilde_forces_a_new_login(redis_url: str) -> None:
    repo = RedisTokenRepository(redis_url)
    obtained: list[str] = []

    class Counting(StaticTokenGrant):
        async def obtain(self) -> Token:
            obtained.append("x")
            return await super().obtain()

    grant = Counting("access-777", user_id="777", client_id=CLIENT, flow="pkce")
    first = await login(grant, user="alice", repository=repo)
    again = await login(grant, user="alice", repository=repo)
    assert len(obtained) == 1
    assert again.token == first.token
    forced = await login(grant, user="~alice", repository=repo)
    assert len(obtained) == 2
    assert forced.key.user == "alice"
    assert [s.key.user for s in await repo.get_tokens()] == ["alice"]
    await repo.aclose()


async def test_concurrent_rotations_from_two_clients_lose_no_update(redis_url: str) -> None:
    """Two repositories (two connection pools, as two processes have) bump one counter 2 x 40 times."""
    repos = [RedisTokenRepository(redis_url), RedisTokenRepository(redis_url)]

    def bump(current: Token | None) -> Token:
        n = (current.extras.get("n", 0) if current is not None else 0) + 1
        return Token.static(f"access-{n}", refresh_token=f"refresh-{n}", extras={"n": n})

    async def rotate(repo: RedisTokenRepository) -> None:
        for _ in range(20):
            await repo.update(key("shared"), bump)

    async with anyio.create_task_group() as group:
        for repo in repos:
            group.start_soon(rotate, repo)
            group.start_soon(rotate, repo)
    stored = await repos[0].get(key("shared"))
    assert stored is not None
    assert stored.token.extras["n"] == 80
    for repo in repos:
        await repo.aclose()


async def test_refresh_lock_is_exclusive_across_clients(redis_url: str) -> None:
    repos = [RedisTokenRepository(redis_url) for _ in range(3)]
    inside = 0
    most = 0
    entered = 0

    async def holder(repo: RedisTokenRepository) -> None:
        nonlocal inside, most, entered
        for _ in range(5):
            async with repo.refresh_lock(key("alice"), lease=10):
                inside += 1
                entered += 1
                most = max(most, inside)
                await anyio.sleep(0.005)
                inside -= 1

    async with anyio.create_task_group() as group:
        for repo in repos:
            group.start_soon(holder, repo)
    assert (entered, most) == (15, 1)
    # another account's lock is independent
    async with repos[0].refresh_lock(key("alice")), repos[1].refresh_lock(key("bob")):
        pass
    for repo in repos:
        await repo.aclose()


async def test_a_crashed_holders_lease_expires_and_a_late_owner_cannot_release_its_successor(
    redis_url: str,
) -> None:
    repo = RedisTokenRepository(redis_url)
    other = RedisTokenRepository(redis_url)
    acquired = anyio.Event()
    with anyio.fail_after(10):
        async with anyio.create_task_group() as group:

            async def slow_holder() -> None:
                async with repo.refresh_lock(key("alice"), lease=0.3):
                    acquired.set()
                    await anyio.sleep(0.8)  # outlives its lease, as a crashed or stalled holder
                # its release must not free the successor's lock

            group.start_soon(slow_holder)
            await acquired.wait()
            async with other.refresh_lock(key("alice"), lease=5):  # waits for the lease to end
                await anyio.sleep(0.7)  # the first holder's release happens meanwhile
                with redis.Redis.from_url(redis_url) as raw:
                    assert raw.exists("tidalkit:refresh-lock:v2:client%3Awith%3Acolons:pkce:alice") == 1
    await repo.aclose()
    await other.aclose()


async def test_waiting_past_the_lease_for_live_holders_is_a_locked_error(redis_url: str) -> None:
    holder = RedisTokenRepository(redis_url)
    waiter = RedisTokenRepository(redis_url)
    async with holder.refresh_lock(key("alice"), lease=5):
        with pytest.raises(TokenStoreLockedError):
            async with waiter.refresh_lock(key("alice"), lease=0.3):
                pass
    await holder.aclose()
    await waiter.aclose()


async def test_an_unreachable_store_raises_a_typed_error_without_secrets(own_redis: RedisServer) -> None:
    url = own_redis.url.replace("redis://", "redis://:hunter2-password@")
    repo = RedisTokenRepository(url)
    assert "hunter2" not in repr(repo)
    own_redis.stop()
    with pytest.raises(TokenStoreError) as caught:
        await repo.save(key("a"), Token.static("secret-access-token", refresh_token="secret-refresh"))
    text = str(caught.value)
    assert "secret-access" not in text
    assert "secret-refresh" not in text
    assert "hunter2" not in text
    with pytest.raises(TokenStoreError):  # the provider renews without it, and says so
        async with repo.refresh_lock(key("a")):
            pass
    await repo.aclose()


def test_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDALKIT_REDIS_URL", "redis://:pw@cache.internal:6380/2")
    repo = RedisTokenRepository()
    assert repo.url == "redis://:pw@cache.internal:6380/2"
    assert repr(repo) == "RedisTokenRepository('redis://:***@cache.internal:6380/2', prefix='tidalkit')"
    monkeypatch.delenv("TIDALKIT_REDIS_URL")
    with pytest.raises(ValueError, match="TIDALKIT_REDIS_URL"):
        RedisTokenRepository()


async def test_a_corrupt_entry_is_a_typed_error_that_shows_no_secret(redis_url: str) -> None:
    repo = RedisTokenRepository(redis_url)
    await repo.save(key("a"), Token.static("secret-access-1"))
    with redis.Redis.from_url(redis_url) as raw:
        raw.hset("tidalkit:token:v2:client%3Awith%3Acolons:pkce:a", "token", '{"access_token": "secret-ac')
    for operation in (repo.get(key("a")), repo.list(), repo.update(key("a"), lambda current: current)):
        with pytest.raises(TokenStoreCorruptError) as caught:
            await operation
        assert "secret-ac" not in str(caught.value)
    await repo.aclose()
