"""Device logins at the sandbox's auth server, as TIDAL runs them (RFC 8628).

``POST auth.tidal.com/v1/oauth2/device_authorization`` starts one; the token endpoint's device_code grant
polls it (``authorization_pending``, ``slow_down`` when polled faster than ``interval``, expiry, denial);
``GET /login/device?code=USERCODE``, the sandbox's link.tidal.com, approves it. The knobs
``device_polls`` and ``device_outcome`` decide what happens when nobody approves.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Literal

from tidalkit.testing._asgi import Response, SandboxRequest, json_response
from tidalkit.testing._auth_tokens import TokenLedger, oauth_error
from tidalkit.testing.config import SandboxConfig

__all__ = ["DeviceLogins"]


@dataclass(slots=True)
class _Device:
    device_code: str = field(repr=False)
    user_code: str
    client_id: str
    scope: str
    expires_at: float
    interval: float
    polls: int = 0
    last_poll: float | None = None
    decision: Literal["pending", "approved", "denied"] = "pending"
    used: bool = False


def _number(value: float) -> int | float:
    """Whole seconds as an int, as TIDAL sends them."""
    return int(value) if float(value).is_integer() else value


def _served(req: SandboxRequest) -> bool:
    host = req.headers.get("host", "")
    return bool(host) and not host.endswith("tidal.com") and host != "sandbox"


def _device_page(req: SandboxRequest) -> str:
    """Where the user approves a device code: the served sandbox's page, else TIDAL's link page."""
    return f"http://{req.headers['host']}/login/device" if _served(req) else "link.tidal.com"


def _html(status: int, text: str) -> Response:
    body = f"<html><body><p>{text}</p></body></html>".encode()
    return Response(
        status, body, [(b"content-type", b"text/html"), (b"content-length", str(len(body)).encode())]
    )


class DeviceLogins:
    """The pending device logins of one sandbox, each redeemed once for a user's tokens."""

    def __init__(self, config: SandboxConfig, tokens: TokenLedger) -> None:
        self.config = config
        self._clock = config.clock
        self._tokens = tokens
        self._devices: dict[str, _Device] = {}
        self._user_codes: dict[str, str] = {}

    def approve(self, user_code: str) -> None:
        """Authorize a pending device code at once (as the user at link.tidal.com would)."""
        self._devices[self._user_codes[user_code]].decision = "approved"

    def deny(self, user_code: str) -> None:
        self._devices[self._user_codes[user_code]].decision = "denied"

    def start(self, req: SandboxRequest, client_id: str, scope: str) -> Response:
        """The device_authorization answer: a new device code and the user code to approve."""
        device_code = secrets.token_urlsafe(24)
        user_code = "".join(secrets.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(5))
        self._devices[device_code] = _Device(
            device_code,
            user_code,
            client_id,
            scope,
            self._clock() + self.config.device_expires_in,
            self.config.device_interval,
        )
        self._user_codes[user_code] = device_code
        payload = {
            "deviceCode": device_code,
            "userCode": user_code,
            # a served sandbox sends users to its own approval page; in process (TIDAL's host
            # names, nothing to open) it answers as TIDAL does: "link.tidal.com/CODE", no scheme
            "verificationUri": _device_page(req),
            "verificationUriComplete": f"{_device_page(req)}{'?code=' if _served(req) else '/'}{user_code}",
            "expiresIn": int(self.config.device_expires_in),
            "interval": _number(self.config.device_interval),
        }
        return json_response(200, payload)

    def poll(self, client_id: str, device_code: str) -> Response:
        """The device_code grant: tokens once approved, else what keeps the client waiting or stops it."""
        device = self._devices.get(device_code)
        if device is None or device.used or device.client_id != client_id:
            return oauth_error(400, "invalid_grant", "Device code not found or already used")
        now = self._clock()
        if now >= device.expires_at:
            return oauth_error(400, "expired_token", "Device authorization has expired")
        if device.interval > 0 and device.last_poll is not None and now - device.last_poll < device.interval:
            device.last_poll = now
            device.interval += 5.0
            return oauth_error(400, "slow_down", "Polling too fast; wait interval + 5 seconds")
        device.last_poll = now
        device.polls += 1
        outcome = self.config.device_outcome
        due = device.polls >= self.config.device_polls
        if device.decision == "denied" or (due and outcome == "deny" and device.decision == "pending"):
            device.used = True
            return oauth_error(400, "access_denied", "The user denied the device authorization")
        if due and outcome == "expire" and device.decision == "pending":
            device.expires_at = now
            return oauth_error(400, "expired_token", "Device authorization has expired")
        if device.decision == "approved" or due:
            device.used = True
            return self._tokens.user_tokens(client_id, device.scope)
        return oauth_error(
            400,
            "authorization_pending",
            f"Device Authorization [userCode={device.user_code}] is not authorized yet",
        )

    def page(self, req: SandboxRequest) -> Response:
        """GET /login/device?code=USERCODE: the sandbox's link.tidal.com, approving the code at once."""
        code = (req.arg("code") or "").upper()
        if code not in self._user_codes:
            return _html(404, "Unknown or expired code.")
        self.approve(code)
        return _html(200, f"Sandbox login {code} approved.")
