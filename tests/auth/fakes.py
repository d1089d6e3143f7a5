"""An in-process fake of TIDAL's auth server (token, device authorization, authorize) and a tiny API.

It speaks the shapes of TIDAL's auth docs: form-encoded token requests, camelCase device
authorization responses, OAuth error bodies ``{status, error, sub_status, error_description}``.
Every issued secret is recorded in ``secrets`` so tests can check none leaks.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import secrets
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import anyio
import httpx

from tests.support import FakeClock as FakeClock

AUTH = "https://auth.tidal.test/v1"
LOGIN = "https://login.tidal.test"
API = "https://api.tidal.test/v2"
CLIENT_ID = "test-client-id"
CLIENT_SECRET = "test-client-secret-0123456789"


@dataclass
class DeviceState:
    polls: int = 0
    approve_after: int = 2
    outcome: str = "approve"  # approve | deny | expire | pending
    slow_down_on: set[int] = field(default_factory=set[int])


class FakeAuthServer:
    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.requests: list[httpx.Request] = []
        self.secrets: set[str] = {CLIENT_SECRET}
        self.access: dict[str, dict[str, Any]] = {}  # live access tokens → info
        self.refresh: dict[str, dict[str, Any]] = {}  # live refresh tokens → info
        self.revoked_refresh: set[str] = set()
        self.rotate = True
        self.expires_in = 3600
        self.token_delay = 0.0
        self.devices: dict[str, DeviceState] = {}
        self.device_defaults = DeviceState()
        self.device_interval = 2
        self.device_expires_in = 300
        self.codes: dict[str, dict[str, Any]] = {}
        self.user_auth_tokens: set[str] = set()
        self.api_calls = 0
        self.api_delay = 0.0
        self._ids = itertools.count(1)

    # ---- helpers -------------------------------------------------------------------------------

    def _secret(self, prefix: str) -> str:
        value = f"{prefix}-{secrets.token_urlsafe(16)}"
        self.secrets.add(value)
        return value

    @staticmethod
    def _error(
        error: str, status: int = 400, sub_status: int = 1002, description: str = ""
    ) -> httpx.Response:
        return httpx.Response(
            status,
            json={
                "status": status,
                "error": error,
                "sub_status": sub_status,
                "error_description": description or error,
            },
        )

    def issue(
        self, *, user_id: int = 12345, refresh: bool = True, scope: str = "r_usr w_usr"
    ) -> dict[str, Any]:
        access = self._secret("at")
        body: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.expires_in,
            "scope": scope,
            "user_id": user_id,
            "user": {"userId": user_id, "countryCode": "DE", "username": "test@example.com"},
        }
        self.access[access] = {"user_id": user_id}
        if refresh:
            token = self._secret("rt")
            self.refresh[token] = {"user_id": user_id, "scope": scope}
            body["refresh_token"] = token
        return body

    def client_ok(self, request: httpx.Request, form: dict[str, str]) -> bool:
        header = request.headers.get("authorization", "")
        if header.startswith("Basic "):
            cid, _, secret = base64.b64decode(header[6:]).decode().partition(":")
            return cid == CLIENT_ID and secret == CLIENT_SECRET
        if "client_secret" in form:
            return form.get("client_id") == CLIENT_ID and form["client_secret"] == CLIENT_SECRET
        return form.get("client_id") == CLIENT_ID

    # ---- transport -----------------------------------------------------------------------------

    async def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        url = str(request.url)
        if url.startswith(AUTH + "/oauth2/token"):
            self.calls["token"] += 1
            if self.token_delay:
                await anyio.sleep(self.token_delay)
            return self.token(request, dict(parse_qsl(request.content.decode())))
        if url.startswith(AUTH + "/oauth2/device_authorization"):
            self.calls["device_authorization"] += 1
            return self.device_authorization(dict(parse_qsl(request.content.decode())))
        if url.startswith(LOGIN + "/authorize"):
            self.calls["authorize"] += 1
            return self.authorize(dict(parse_qsl(request.url.query.decode())))
        if url.startswith(API):
            return await self.api(request)
        return httpx.Response(404, json={"error": "not_found"})

    def token(self, request: httpx.Request, form: dict[str, str]) -> httpx.Response:
        grant = form.get("grant_type", "")
        self.calls[f"token:{grant}"] += 1
        if not self.client_ok(request, form):
            return self._error("invalid_client", 401, 1002)
        if grant == "client_credentials":
            body = self.issue(refresh=False, scope="")
            body.pop("user_id")
            body.pop("user")
            return httpx.Response(200, json=body)
        if grant == "refresh_token":
            old = form.get("refresh_token", "")
            info = self.refresh.get(old)
            if info is None or old in self.revoked_refresh:
                return self._error("invalid_grant", 400, 11101, f"Refresh token {old} is revoked")
            body = self.issue(user_id=info["user_id"], refresh=self.rotate, scope=info["scope"])
            if self.rotate:
                del self.refresh[old]
            return httpx.Response(200, json=body)
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            state = self.devices.get(form.get("device_code", ""))
            if state is None:
                return self._error("invalid_grant", 400, 1002)
            state.polls += 1
            if state.polls in state.slow_down_on:
                return self._error("slow_down", 400, 1002)
            if state.outcome == "deny":
                return self._error("access_denied", 400, 1002)
            if state.outcome == "expire":
                return self._error("expired_token", 400, 1002)
            if state.outcome == "pending" or state.polls <= state.approve_after:
                code = form["device_code"]
                return self._error(
                    "authorization_pending",
                    400,
                    1002,
                    f"Device Authorization [deviceCode={code}] is not authorized yet",
                )
            return httpx.Response(200, json=self.issue(scope=form.get("scope", "")))
        if grant == "authorization_code":
            if form.get("code_verifier"):
                self.secrets.add(form["code_verifier"])
            entry = self.codes.pop(form.get("code", ""), None)
            if entry is None or entry["redirect_uri"] != form.get("redirect_uri"):
                return self._error("invalid_grant", 400, 1002)
            challenge = entry.get("code_challenge")
            if challenge is not None:
                digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
                if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != challenge:
                    return self._error("invalid_grant", 400, 1002, "code verifier mismatch")
            return httpx.Response(200, json=self.issue(scope=form.get("scope", "")))
        if grant == "user_auth_token":
            if form.get("user_auth_token") not in self.user_auth_tokens:
                return self._error("invalid_grant", 400, 1002)
            return httpx.Response(200, json=self.issue(scope=form.get("scope", "")))
        return self._error("unsupported_grant_type")

    def device_authorization(self, form: dict[str, str]) -> httpx.Response:
        if form.get("client_id") != CLIENT_ID:
            return self._error("invalid_client", 401)
        device_code = self._secret("dc")
        d = self.device_defaults
        self.devices[device_code] = DeviceState(0, d.approve_after, d.outcome, set(d.slow_down_on))
        return httpx.Response(
            200,
            json={
                "deviceCode": device_code,
                "userCode": "ABCDE",
                "verificationUri": "link.tidal.test",
                "verificationUriComplete": "link.tidal.test/ABCDE",
                "expiresIn": self.device_expires_in,
                "interval": self.device_interval,
            },
        )

    def authorize(
        self, params: dict[str, str], *, state: str | None = None, error: str | None = None
    ) -> httpx.Response:
        redirect = params["redirect_uri"]
        if error is not None:
            query = {"error": error, "state": params.get("state", "")}
        else:
            code = self._secret("code")
            self.codes[code] = {
                "redirect_uri": redirect,
                "code_challenge": params.get("code_challenge"),
            }
            query = {"code": code, "state": state if state is not None else params.get("state", "")}
        return httpx.Response(302, headers={"Location": f"{redirect}?{urlencode(query)}"})

    async def api(self, request: httpx.Request) -> httpx.Response:
        self.api_calls += 1
        if self.api_delay:
            await anyio.sleep(self.api_delay)
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ")
        if token not in self.access:
            return httpx.Response(
                401, json={"status": 401, "subStatus": 11003, "userMessage": "The token has expired."}
            )
        return httpx.Response(200, json={"data": {"id": urlsplit(str(request.url)).path.rsplit("/", 1)[-1]}})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


def last_form(server: FakeAuthServer) -> dict[str, str]:
    return dict(parse_qsl(server.requests[-1].content.decode()))


def dumps(value: object) -> str:
    return json.dumps(value, default=str)
