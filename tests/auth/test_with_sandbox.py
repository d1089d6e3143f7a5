"""The flows against tidalkit's sandbox TIDAL (in-process ASGI), which speaks TIDAL's auth dialect."""

from __future__ import annotations

import anyio
import httpx
import pytest

from tidalkit._http import BaseClient, Request
from tidalkit.auth import (
    AuthEndpoints,
    ClientCredentialsGrant,
    DeviceCode,
    DeviceCodeGrant,
    LoginRequiredError,
    PKCEGrant,
    TokenProvider,
    UserAuthTokenGrant,
)
from tidalkit.testing.config import ManualClock
from tidalkit.testing.sandbox import Sandbox


class SharedClock:
    """Drives the device poller and the sandbox with one manual clock."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock

    def now(self) -> float:
        return self.clock()

    async def sleep(self, seconds: float) -> None:
        self.clock.advance(seconds)
        await anyio.lowlevel.checkpoint()


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(clock=ManualClock(), device_interval=2.0, device_polls=3)


def endpoints(sandbox: Sandbox) -> AuthEndpoints:
    return AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login)


async def device_token_provider(sandbox: Sandbox) -> TokenProvider:
    shown: list[DeviceCode] = []

    async def display(code: DeviceCode) -> None:
        shown.append(code)

    grant = DeviceCodeGrant(
        client_id="sandbox-app",
        endpoints=endpoints(sandbox),
        transport=sandbox.transport(),
        clock=SharedClock(sandbox.config.clock),  # type: ignore[arg-type]
        display=display,
    )
    token = await grant.obtain()
    assert shown[0].verification_uri_complete.startswith("https://link.tidal.com/")  # type: ignore[union-attr]
    return TokenProvider(grant, token=token)


async def test_device_login_and_a_401_refresh_against_the_sandbox(sandbox: Sandbox) -> None:
    provider = await device_token_provider(sandbox)
    assert provider.user_id is not None
    assert provider.country_code is not None
    first = provider.token
    assert first is not None
    async with BaseClient(base_url=sandbox.urls.private, auth=provider, transport=sandbox.transport()) as api:
        path = f"v1/users/{provider.user_id}"
        await api.request_json(Request("GET", path, params={"countryCode": provider.country_code}))
        sandbox.auth.expire_access_token(first.access_token.get_secret_value())
        await api.request_json(Request("GET", path, params={"countryCode": provider.country_code}))
    assert provider.refresh_count == 1
    assert provider.token is not None
    assert provider.token.refresh_token != first.refresh_token  # the sandbox rotates
    await provider.aclose()


async def test_revoked_refresh_token_against_the_sandbox_asks_for_login(sandbox: Sandbox) -> None:
    provider = await device_token_provider(sandbox)
    token = provider.token
    assert token is not None
    assert token.refresh_token is not None
    sandbox.auth.revoke_refresh_token(token.refresh_token.get_secret_value())
    async with BaseClient(base_url=sandbox.urls.private, auth=provider, transport=sandbox.transport()) as api:
        with pytest.raises(LoginRequiredError):
            await api.request_json(
                Request("GET", f"v1/users/{provider.user_id}", params={"countryCode": "US"})
            )
    await provider.aclose()


async def test_pkce_user_auth_token_and_client_credentials_against_the_sandbox(sandbox: Sandbox) -> None:
    ep = endpoints(sandbox)
    pkce = PKCEGrant(
        client_id="sandbox-app",
        redirect_uri="http://127.0.0.1:8400/cb",
        endpoints=ep,
        transport=sandbox.transport(),
    )
    request = pkce.authorization_request()
    async with httpx.AsyncClient(transport=sandbox.transport()) as browser:
        redirect = await browser.get(request.url)
    assert redirect.status_code == 302
    token = await pkce.exchange(request, redirect.headers["location"])
    assert token.refresh_token is not None
    await pkce.aclose()

    uat = UserAuthTokenGrant(
        sandbox.auth.user_auth_token(), client_id="sandbox-app", endpoints=ep, transport=sandbox.transport()
    )
    assert (await uat.obtain()).user_id == token.user_id
    await uat.aclose()

    cc = ClientCredentialsGrant(
        client_id="sandbox-app", client_secret="any-secret", endpoints=ep, transport=sandbox.transport()
    )
    app_token = await cc.obtain()
    assert app_token.user_id is None
    await cc.aclose()
