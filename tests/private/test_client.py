"""PrivateAPI itself: auth modes, headers, constants, countryCode / user id resolution, caching."""

from __future__ import annotations

import anyio
import httpx
import pytest
import respx

from tests.private import payloads as p
from tests.private.conftest import make_api
from tidalkit._http import Authorization
from tidalkit._http.errors import NotFoundError
from tidalkit.auth import MissingClientIdError, config
from tidalkit.private import CLIENT_ID_ENV, PrivateAPI
from tidalkit.private.artwork import RESOURCE_URL
from tidalkit.private.models import PlaybackInfo, StreamUrl


class TokenWithUser:
    """A tiny RequestAuth like the private-API token provider: it knows the user's id and country."""

    country_code = "se"
    user_id = "77"

    async def authorize(self) -> Authorization:
        return Authorization({"Authorization": "Bearer user-token"}, "user:77", token_id="t1")

    async def unauthorized(self, failed: Authorization) -> bool:
        return False


def test_endpoint_constants_match_the_seed() -> None:
    assert config.AUTHORIZE_URL == "https://login.tidal.com/authorize"
    assert PrivateAPI.default_base_url == "https://api.tidal.com/"
    assert config.DEVICE_AUTHORIZATION_URL == "https://auth.tidal.com/v1/oauth2/device_authorization"
    assert RESOURCE_URL == "https://resources.tidal.com"
    assert config.TOKEN_URL == "https://auth.tidal.com/v1/oauth2/token"
    assert config.ME_URL == "https://login.tidal.com/oauth2/me"
    assert PrivateAPI.api_name == "private"


async def test_without_auth_catalogue_calls_carry_the_client_id_token(router: respx.MockRouter) -> None:
    route = router.get(path="/v1/tracks/1").mock(return_value=httpx.Response(200, json=p.track(1)))
    async with make_api(router, auth=None, client_id="abc123") as api:
        await api.tracks.get(1)
    request = route.calls.last.request
    assert request.headers["x-tidal-token"] == "abc123"
    assert "Authorization" not in request.headers
    assert request.headers["x-tidal-client-version"] == "2025.12.18"


async def test_the_client_id_comes_from_the_environment(
    router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CLIENT_ID_ENV, "from-env")
    route = router.get(path="/v1/tracks/1").mock(return_value=httpx.Response(200, json=p.track(1)))
    async with make_api(router, auth=None) as api:
        assert api.client_id == "from-env"
        await api.tracks.get(1)
    assert route.calls.last.request.headers["x-tidal-token"] == "from-env"


def test_without_auth_or_client_id_the_error_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CLIENT_ID_ENV, raising=False)
    with pytest.raises(MissingClientIdError, match=CLIENT_ID_ENV):
        PrivateAPI()


async def test_base_url_and_client_version_can_be_overridden(router: respx.MockRouter) -> None:
    route = router.get(host="sandbox", path="/api/v1/tracks/1").mock(
        return_value=httpx.Response(200, json=p.track(1))
    )
    async with make_api(router, base_url="http://sandbox/api", client_version="2099.1.1") as api:
        await api.tracks.get(1)
    assert route.calls.last.request.headers["x-tidal-client-version"] == "2099.1.1"


async def test_country_code_is_resolved_once_under_concurrent_first_calls(router: respx.MockRouter) -> None:
    async def country(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(0.01)
        return httpx.Response(200, json={"countryCode": "no"})

    country_route = router.get(path="/v1/country").mock(side_effect=country)
    tracks = router.get(path__regex=r"^/v1/tracks/\d+$").mock(
        side_effect=lambda request: httpx.Response(200, json=p.track(int(request.url.path.rsplit("/", 1)[1])))
    )
    async with make_api(router, country_code=None) as api:
        async with anyio.create_task_group() as group:
            for n in range(20):
                group.start_soon(api.tracks.get, n)
        assert await api.country_code() == "NO"
    assert country_route.call_count == 1
    assert {call.request.url.params["countryCode"] for call in tracks.calls} == {"NO"}
    assert tracks.call_count == 20


async def test_country_code_and_user_id_come_from_the_token_when_it_knows_them(
    router: respx.MockRouter,
) -> None:
    route = router.get(path="/v1/users/77/favorites/ids").mock(return_value=httpx.Response(200, json={}))
    async with make_api(router, auth=TokenWithUser(), country_code=None, user_id=None) as api:
        await api.favorites.ids()
    request = route.calls.last.request
    assert request.url.params["countryCode"] == "SE"
    assert request.headers["Authorization"] == "Bearer user-token"


async def test_user_id_falls_back_to_one_sessions_call(router: respx.MockRouter) -> None:
    sessions = router.get(path="/v1/sessions").mock(
        return_value=httpx.Response(200, json={"sessionId": "s", "userId": 5, "countryCode": "US"})
    )
    router.get(path="/v1/users/5/subscription").mock(
        return_value=httpx.Response(200, json={"status": "ACTIVE"})
    )
    async with make_api(router, user_id=None) as api:
        async with anyio.create_task_group() as group:
            for _ in range(5):
                group.start_soon(api.users.subscription)
        assert await api.user_id() == 5
    assert sessions.call_count == 1


async def test_catalogue_reads_are_cached_and_playback_info_never_is(
    api: PrivateAPI, router: respx.MockRouter
) -> None:
    track = router.get(path="/v1/tracks/1").mock(return_value=httpx.Response(200, json=p.track(1)))
    playback = router.get(path="/v1/tracks/1/playbackinfopostpaywall").mock(
        return_value=httpx.Response(200, json=p.bts_playback(1))
    )
    for _ in range(3):
        await api.tracks.get(1)
        await api.tracks.playback_info(1)
    assert track.call_count == 1
    assert playback.call_count == 3


async def test_favourite_writes_invalidate_favourite_reads(api: PrivateAPI, router: respx.MockRouter) -> None:
    listing = router.get(path="/v1/users/1/favorites/tracks").mock(
        return_value=httpx.Response(200, json=p.offset_page([{"created": None, "item": p.track()}]))
    )
    router.post(path="/v1/users/1/favorites/tracks").mock(return_value=httpx.Response(200))
    await api.favorites.tracks().collect()
    await api.favorites.tracks().collect()
    assert listing.call_count == 1
    await api.favorites.add_tracks(5)
    await api.favorites.tracks().collect()
    assert listing.call_count == 2


async def test_bulk_favourite_writes_are_chunked(api: PrivateAPI, router: respx.MockRouter) -> None:
    add = router.post(path="/v1/users/1/favorites/tracks").mock(return_value=httpx.Response(200))
    remove = router.delete(path__startswith="/v1/users/1/favorites/tracks/").mock(
        return_value=httpx.Response(200)
    )
    ids = list(range(1200))
    await api.favorites.add_tracks(ids)
    await api.favorites.remove_tracks(tuple(ids[:250]))
    assert add.call_count == 3
    assert remove.call_count == 3
    assert remove.calls[2].request.url.path.endswith("/" + ",".join(map(str, range(200, 250))))
    assert ids == list(range(1200))  # the caller's list is untouched


async def test_private_error_bodies_become_typed_errors(api: PrivateAPI, router: respx.MockRouter) -> None:
    router.get(path="/v1/tracks/404").mock(
        return_value=httpx.Response(
            404, json={"status": 404, "subStatus": 2001, "userMessage": "Track not found"}
        )
    )
    with pytest.raises(NotFoundError) as caught:
        await api.tracks.get(404)
    assert caught.value.sub_status == 2001


def test_signed_urls_and_tokens_stay_out_of_reprs() -> None:
    info = PlaybackInfo.model_validate(p.bts_playback())
    assert "manifest=" not in repr(info)
    url = StreamUrl.model_validate({"urls": ["https://x?token=signed"], "securityToken": "s3cr3t"})
    assert "s3cr3t" not in repr(url)
    assert "signed" not in repr(url)


async def test_repr_names_no_credentials(router: respx.MockRouter) -> None:
    async with make_api(router, auth=None, client_id="abc123") as api:
        assert "abc123" not in repr(api)
        assert "abc123" not in repr(api.auth)


class LazyToken(TokenWithUser):
    """Like a token provider before its first use: it learns the user only when it loads the token."""

    country_code: str | None = None  # type: ignore[assignment]
    user_id: str | None = None  # type: ignore[assignment]

    async def authorize(self) -> Authorization:
        self.country_code, self.user_id = "dk", "88"
        return await super().authorize()


async def test_a_token_provider_is_asked_to_load_its_token_before_falling_back(
    router: respx.MockRouter,
) -> None:
    country = router.get(path="/v1/country").mock(
        return_value=httpx.Response(200, json={"countryCode": "US"})
    )
    route = router.get(path="/v1/users/88/favorites/ids").mock(return_value=httpx.Response(200, json={}))
    async with make_api(router, auth=LazyToken(), country_code=None, user_id=None) as api:
        await api.favorites.ids()
    assert route.calls.last.request.url.params["countryCode"] == "DK"
    assert country.call_count == 0


async def test_the_me_url_can_point_at_a_sandbox_login_host(router: respx.MockRouter) -> None:
    route = router.get(host="sandbox", path="/login/oauth2/me").mock(
        return_value=httpx.Response(200, json={"userId": 9, "countryCode": "US"})
    )
    async with make_api(router, me_url="http://sandbox/login/oauth2/me") as api:
        me = await api.users.me()
    assert me.user_id == 9
    assert route.call_count == 1


def test_codecs_is_none_when_the_manifest_cannot_be_read() -> None:
    info = PlaybackInfo.model_validate({"manifestMimeType": "application/vnd.tidal.bts", "manifest": "@@@"})
    assert info.codecs is None


def test_trns_accept_one_id_a_comma_list_a_sequence_or_ready_trns() -> None:
    from tidalkit.private.folders import trns

    assert trns("a", "playlist") == "trn:playlist:a"
    assert trns("a, b", "folder") == "trn:folder:a,trn:folder:b"
    assert trns(("trn:playlist:x", "y"), "playlist") == "trn:playlist:x,trn:playlist:y"
