"""The sandbox's auth server: every grant, device polling, PKCE, rotation, revocation, expiry."""

from __future__ import annotations

import httpx
import pytest

from tidalkit.testing import SANDBOX_CLIENT_ID, ManualClock, Sandbox

from .helpers import DEVICE_GRANT, basic, bearer, client_for, query_of, s256

TOKEN = "/auth/v1/oauth2/token"
DEVICE = "/auth/v1/oauth2/device_authorization"


async def start_device(http: httpx.AsyncClient) -> dict[str, object]:
    response = await http.post(DEVICE, data={"client_id": SANDBOX_CLIENT_ID, "scope": "r_usr w_usr w_sub"})
    assert response.status_code == 200
    return response.json()


async def poll(http: httpx.AsyncClient, device_code: object) -> httpx.Response:
    form = {"client_id": SANDBOX_CLIENT_ID, "device_code": str(device_code), "grant_type": DEVICE_GRANT}
    return await http.post(TOKEN, data=form, auth=basic())


async def test_device_flow_authorizes_on_the_configured_poll() -> None:
    clock = ManualClock()
    sandbox = Sandbox(device_polls=4, device_interval=2.0, clock=clock)
    async with client_for(sandbox) as http:
        device = await start_device(http)
        assert set(device) >= {
            "deviceCode",
            "userCode",
            "verificationUri",
            "verificationUriComplete",
            "expiresIn",
        }
        assert device["verificationUriComplete"] == f"link.tidal.com/{device['userCode']}"
        answers: list[httpx.Response] = []
        for _ in range(4):
            answers.append(await poll(http, device["deviceCode"]))
            clock.advance(2.0)
    pending = [r.json() for r in answers[:3]]
    assert all(r.status_code == 400 for r in answers[:3])
    assert {(p["error"], p["sub_status"], p["status"]) for p in pending} == {
        ("authorization_pending", 1002, 400)
    }
    final = answers[3].json()
    assert answers[3].status_code == 200
    assert final["token_type"] == "Bearer"
    assert final["user"]["userId"] == sandbox.config.user_id
    assert final["access_token"]
    assert final["refresh_token"]


async def test_device_polled_too_fast_answers_slow_down_and_widens_interval() -> None:
    clock = ManualClock()
    sandbox = Sandbox(device_polls=3, device_interval=2.0, clock=clock)
    async with client_for(sandbox) as http:
        device = await start_device(http)
        first = await poll(http, device["deviceCode"])
        clock.advance(0.5)
        fast = await poll(http, device["deviceCode"])
        clock.advance(3.0)  # 3 s < interval 2 + 5
        still_fast = await poll(http, device["deviceCode"])
        clock.advance(12.0)  # each slow_down added 5 s: interval is now 12 s
        polite = await poll(http, device["deviceCode"])
    assert first.json()["error"] == "authorization_pending"
    assert fast.json()["error"] == "slow_down"
    assert still_fast.json()["error"] == "slow_down"
    assert polite.json()["error"] == "authorization_pending"


@pytest.mark.parametrize(("outcome", "error"), [("deny", "access_denied"), ("expire", "expired_token")])
async def test_device_flow_denial_and_expiry_knobs(outcome: str, error: str) -> None:
    sandbox = Sandbox(device_polls=2, device_interval=0, device_outcome=outcome)
    async with client_for(sandbox) as http:
        device = await start_device(http)
        first = await poll(http, device["deviceCode"])
        second = await poll(http, device["deviceCode"])
        third = await poll(http, device["deviceCode"])
    assert first.json()["error"] == "authorization_pending"
    assert second.status_code == 400
    assert second.json()["error"] == error
    assert third.status_code == 400  # a finished device code never yields tokens


async def test_device_code_expires_after_expires_in() -> None:
    clock = ManualClock()
    sandbox = Sandbox(device_polls=5, device_interval=0, device_expires_in=300, clock=clock)
    async with client_for(sandbox) as http:
        device = await start_device(http)
        clock.advance(301)
        late = await poll(http, device["deviceCode"])
    assert late.json()["error"] == "expired_token"


async def test_device_approved_by_hand_authorizes_on_next_poll() -> None:
    sandbox = Sandbox(device_polls=100, device_interval=0)
    async with client_for(sandbox) as http:
        device = await start_device(http)
        assert (await poll(http, device["deviceCode"])).status_code == 400
        sandbox.auth.approve_device(str(device["userCode"]))
        assert (await poll(http, device["deviceCode"])).status_code == 200


async def test_client_credentials_token_is_not_a_user_token(sandbox: Sandbox) -> None:
    async with client_for(sandbox) as http:
        response = await http.post(TOKEN, data={"grant_type": "client_credentials"}, auth=basic())
        token = response.json()["access_token"]
        no_secret = await http.post(TOKEN, data={"grant_type": "client_credentials", "client_id": "x"})
        wrong = await http.post(
            TOKEN, data={"grant_type": "client_credentials"}, auth=(SANDBOX_CLIENT_ID, "nope")
        )
        catalogue = await http.get("/openapi/v2/tracks/1", headers=bearer(token))
        me = await http.get("/openapi/v2/users/me", headers=bearer(token))
    assert response.status_code == 200
    assert "refresh_token" not in response.json()
    assert response.json()["expires_in"] == 3600
    assert no_secret.status_code == 401
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "invalid_client"
    assert catalogue.status_code == 200
    assert me.status_code == 403


async def test_refresh_rotates_and_the_old_refresh_token_stops_working(sandbox: Sandbox) -> None:
    refresh = sandbox.auth.issue_refresh_token()
    async with client_for(sandbox) as http:
        form = {"grant_type": "refresh_token", "refresh_token": refresh, "client_id": SANDBOX_CLIENT_ID}
        first = await http.post(TOKEN, data=form)
        replay = await http.post(TOKEN, data=form)
        rotated = first.json()["refresh_token"]
        second = await http.post(TOKEN, data={**form, "refresh_token": rotated})
    assert first.status_code == 200
    assert rotated != refresh
    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    assert second.status_code == 200
    assert second.json()["refresh_token"] not in (refresh, rotated)


async def test_refresh_without_rotation_keeps_the_refresh_token_like_tidal() -> None:
    sandbox = Sandbox(refresh_rotation=False)
    refresh = sandbox.auth.issue_refresh_token()
    async with client_for(sandbox) as http:
        form = {"grant_type": "refresh_token", "refresh_token": refresh, "client_id": SANDBOX_CLIENT_ID}
        first = await http.post(TOKEN, data=form)
        again = await http.post(TOKEN, data=form)
    assert "refresh_token" not in first.json()
    assert again.status_code == 200


async def test_revoked_refresh_token_fails_and_its_access_tokens_die(sandbox: Sandbox) -> None:
    async with client_for(sandbox) as http:
        device = await start_device(http)
        sandbox.auth.approve_device(str(device["userCode"]))
        tokens = (await poll(http, device["deviceCode"])).json()
        assert sandbox.auth.revoke_refresh_token(tokens["refresh_token"])
        refresh = await http.post(
            TOKEN,
            data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": "c"},
        )
        api = await http.get("/api/v1/sessions", headers=bearer(tokens["access_token"]))
    assert refresh.status_code == 400
    assert refresh.json()["error"] == "invalid_grant"
    assert api.status_code == 401


async def test_revoke_endpoint_revokes_a_refresh_token(sandbox: Sandbox) -> None:
    refresh = sandbox.auth.issue_refresh_token()
    async with client_for(sandbox) as http:
        revoked = await http.post("/auth/v1/oauth2/revoke", data={"token": refresh, "client_id": "c"})
        after = await http.post(
            TOKEN, data={"grant_type": "refresh_token", "refresh_token": refresh, "client_id": "c"}
        )
    assert revoked.status_code == 200
    assert after.json()["error"] == "invalid_grant"


async def authorize(http: httpx.AsyncClient, verifier: str, *, method: str = "S256") -> httpx.Response:
    params = {
        "response_type": "code",
        "client_id": SANDBOX_CLIENT_ID,
        "redirect_uri": "http://127.0.0.1:8123/callback",
        "code_challenge": s256(verifier),
        "code_challenge_method": method,
        "scope": "user.read collection.read",
        "state": "xyz-state",
    }
    return await http.get("/login/authorize", params=params)


async def test_pkce_code_exchange_verifies_s256(sandbox: Sandbox) -> None:
    verifier = "v" * 20 + "-verifier-" + "x" * 30
    async with client_for(sandbox) as http:
        redirect = await authorize(http, verifier)
        query = query_of(redirect.headers["location"])
        form = {
            "grant_type": "authorization_code",
            "client_id": SANDBOX_CLIENT_ID,
            "code": query["code"],
            "redirect_uri": "http://127.0.0.1:8123/callback",
            "code_verifier": verifier,
        }
        wrong = await http.post(TOKEN, data={**form, "code_verifier": "w" * 60})
        redirect2 = await authorize(http, verifier)
        good = await http.post(TOKEN, data={**form, "code": query_of(redirect2.headers["location"])["code"]})
        reused = await http.post(
            TOKEN, data={**form, "code": query_of(redirect2.headers["location"])["code"]}
        )
    assert redirect.status_code == 302
    assert redirect.headers["location"].startswith("http://127.0.0.1:8123/callback?")
    assert query["state"] == "xyz-state"
    assert wrong.status_code == 400
    assert wrong.json()["error"] == "invalid_grant"
    assert "code_verifier" in wrong.json()["error_description"]
    assert good.status_code == 200
    assert good.json()["scope"] == "user.read collection.read"
    assert reused.status_code == 400


async def test_authorize_refuses_plain_pkce_and_denial_knob_redirects_with_error() -> None:
    sandbox = Sandbox(login_outcome="deny")
    async with client_for(sandbox) as http:
        plain = await authorize(http, "a" * 50, method="plain")
        denied = await authorize(http, "a" * 50)
    assert query_of(plain.headers["location"])["error"] == "invalid_request"
    assert query_of(denied.headers["location"]) == {
        "error": "access_denied",
        "error_description": "The user denied access",
        "state": "xyz-state",
    }


async def test_user_auth_token_grant_is_single_use(sandbox: Sandbox) -> None:
    exchange = sandbox.auth.user_auth_token()
    async with client_for(sandbox) as http:
        form = {"grant_type": "user_auth_token", "user_auth_token": exchange, "client_id": SANDBOX_CLIENT_ID}
        first = await http.post(TOKEN, data=form)
        second = await http.post(TOKEN, data=form)
    assert first.status_code == 200
    assert first.json()["user_id"] == sandbox.config.user_id
    assert second.status_code == 400


async def test_unknown_grant_type_and_unknown_client() -> None:
    sandbox = Sandbox(allow_unknown_clients=False)
    async with client_for(sandbox) as http:
        odd = await http.post(TOKEN, data={"grant_type": "password", "client_id": SANDBOX_CLIENT_ID})
        stranger = await http.post(TOKEN, data={"grant_type": "client_credentials"}, auth=("who", "x"))
    assert odd.json()["error"] == "unsupported_grant_type"
    assert stranger.status_code == 401


async def test_expired_token_answers_401_with_tidal_bodies() -> None:
    clock = ManualClock()
    sandbox = Sandbox(token_lifetime=60, clock=clock)
    token = sandbox.user_token()
    async with client_for(sandbox, token) as http:
        fresh = await http.get("/api/v1/tracks/1")
        clock.advance(61)
        private = await http.get("/api/v1/tracks/1")
        v2 = await http.get("/openapi/v2/tracks/1")
    assert fresh.status_code == 200
    assert private.status_code == 401
    assert private.json() == {"status": 401, "subStatus": 11003, "userMessage": "The token has expired."}
    assert v2.status_code == 401
    assert v2.headers["content-type"] == "application/vnd.api+json"
    assert v2.json()["errors"][0]["status"] == "401"
    assert v2.json()["errors"][0]["detail"] == "The token has expired."
    assert sandbox.stats.unauthorized == 2


async def test_unknown_and_missing_tokens_are_401_but_not_expired(sandbox: Sandbox) -> None:
    async with client_for(sandbox) as http:
        unknown = await http.get("/api/v1/tracks/1", headers=bearer("sbx-at-made-up"))
        missing = await http.get("/openapi/v2/tracks/1")
        client_id_only = await http.get("/api/v1/tracks/1", headers={"x-tidal-token": SANDBOX_CLIENT_ID})
        client_id_user = await http.get("/api/v1/sessions", headers={"x-tidal-token": SANDBOX_CLIENT_ID})
    assert unknown.status_code == 401
    assert unknown.json()["subStatus"] == 11002
    assert missing.status_code == 401
    assert client_id_only.status_code == 200
    assert client_id_user.status_code == 401


async def test_expire_access_token_by_hand(sandbox: Sandbox) -> None:
    token = sandbox.user_token()
    sandbox.auth.expire_access_token(token)
    async with client_for(sandbox, token) as http:
        response = await http.get("/api/v1/country")
    assert response.json()["subStatus"] == 11003


def test_token_values_stay_out_of_reprs(sandbox: Sandbox) -> None:
    token = sandbox.user_token()
    found, expired = sandbox.auth.lookup(token)
    assert found is not None
    assert not expired
    assert token not in repr(found)


async def test_adopted_tokens_work_like_issued_ones_and_expire_on_time() -> None:
    """Tokens from another sandbox (an earlier CLI command's) are accepted with their lifetime left."""
    clock = ManualClock()
    earlier, sandbox = Sandbox(), Sandbox(clock=clock)
    access, refresh = earlier.auth.issue_token(), earlier.auth.issue_refresh_token()
    async with client_for(sandbox, access) as http:
        assert (await http.get("/api/v1/country")).status_code == 401
    sandbox.auth.adopt_token(access, refresh_token=refresh, client_id=SANDBOX_CLIENT_ID, lifetime=60)
    async with client_for(sandbox, access) as http:
        assert (await http.get("/api/v1/country")).status_code == 200
        clock.advance(61)
        expired = await http.get("/api/v1/country")
        form = {"grant_type": "refresh_token", "refresh_token": refresh, "client_id": SANDBOX_CLIENT_ID}
        renewed = await http.post(TOKEN, data=form)
    assert expired.json()["subStatus"] == 11003
    assert renewed.status_code == 200
    found, _ = sandbox.auth.lookup(renewed.json()["access_token"])
    assert found is not None
    assert found.user_id == sandbox.config.user_id
