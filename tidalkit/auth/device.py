"""Device authorization login (TVs, CLIs, and web backends that show a code).

1. ``POST /v1/oauth2/device_authorization`` (client_id, scope) → ``deviceCode``, ``userCode``,
   ``verificationUri``, ``verificationUriComplete``, ``expiresIn``, ``interval``.
2. Show the user code and URI (a display callback, or a `DeviceLogin` handle).
3. An anyio task polls ``POST /v1/oauth2/token`` (grant_type
   ``urn:ietf:params:oauth:grant-type:device_code``, device_code, client_id, scope) every
   ``interval`` seconds: ``authorization_pending`` keeps polling, ``slow_down`` adds 5 s,
   ``access_denied`` → `AccessDeniedError`, ``expired_token`` or the
   local ``expiresIn`` deadline → `DeviceCodeExpiredError` (whose
   ``__cause__`` is the last failed poll, if the auth server was failing: 5xx, drop, 429).
   Cancelling the task (or `DeviceLogin.cancel`) stops polling at once.

The server's numbers are clamped: an absent or invalid ``interval`` (0, negative, NaN, infinite)
is 5 s as RFC 8628 says, at most 120 s; an invalid ``expiresIn`` is 300 s, at most 30 minutes.
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, ClassVar

import anyio
import anyio.abc
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from tidalkit._http.errors import APIConnectionError, InternalServerError, RateLimitError
from tidalkit._http.limiter import Clock, SystemClock
from tidalkit._http.parsing import parse_model
from tidalkit.auth.config import AuthEndpoints
from tidalkit.auth.errors import (
    AccessDeniedError,
    DeviceCodeExpiredError,
    LoginCancelledError,
    OAuthError,
)
from tidalkit.auth.http import post_form
from tidalkit.auth.oauth import OAuthGrant
from tidalkit.auth.token import Token, utc_now

__all__ = ["DeviceCode", "DeviceCodeGrant", "DeviceLogin", "DeviceLoginStatus"]

logger = logging.getLogger("tidalkit.auth")

DEVICE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"
SLOW_DOWN_STEP = 5.0
DEFAULT_INTERVAL = 5.0  # RFC 8628 section 3.2: when the server sends none
MAX_INTERVAL = 120.0
DEFAULT_EXPIRES_IN = 300.0
MAX_EXPIRES_IN = 1800.0


def _seconds(value: object, default: float, ceiling: float) -> float:
    """A positive, finite number of seconds from a server field, else ``default``; at most ``ceiling``."""
    if isinstance(value, bool):
        return default
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return default
    if not math.isfinite(seconds) or seconds <= 0:
        return default
    return min(seconds, ceiling)


class DeviceCode(BaseModel):
    """The device authorization response. ``device_code`` is secret; the user code is for showing."""

    model_config: ClassVar[ConfigDict] = ConfigDict(populate_by_name=True, extra="ignore", frozen=True)

    device_code: SecretStr = Field(alias="deviceCode")
    user_code: str = Field(alias="userCode")
    verification_uri: str = Field(alias="verificationUri")
    verification_uri_complete: str | None = Field(default=None, alias="verificationUriComplete")
    expires_in: float = Field(default=300.0, alias="expiresIn")
    interval: float = Field(default=5.0, alias="interval")
    issued_at: datetime = Field(default_factory=utc_now, alias="issuedAt")

    @field_validator("verification_uri", "verification_uri_complete", mode="after")
    @classmethod
    def _with_scheme(cls, value: str | None) -> str | None:
        # TIDAL answers "link.tidal.com/ABCDE" without a scheme
        if value and "://" not in value:
            return f"https://{value}"
        return value

    @field_validator("interval", mode="before")
    @classmethod
    def _sane_interval(cls, value: object) -> float:
        return _seconds(value, DEFAULT_INTERVAL, MAX_INTERVAL)

    @field_validator("expires_in", mode="before")
    @classmethod
    def _sane_expiry(cls, value: object) -> float:
        return _seconds(value, DEFAULT_EXPIRES_IN, MAX_EXPIRES_IN)

    @property
    def expires_at(self) -> datetime:
        """When the code stops being accepted."""
        return self.issued_at + timedelta(seconds=self.expires_in)


class DeviceLoginStatus(StrEnum):
    """Where a device login stands."""

    PENDING = "pending"
    SLOW_DOWN = "slow_down"
    AUTHORIZED = "authorized"
    DENIED = "denied"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    FAILED = "failed"


StatusCallback = Callable[[DeviceLoginStatus], None]
DisplayCallback = Callable[[DeviceCode], Awaitable[None]]


async def _print_code(code: DeviceCode) -> None:
    where = code.verification_uri_complete or code.verification_uri
    print(f"To log in to TIDAL, visit {where} (or {code.verification_uri} and enter {code.user_code})")


class DeviceLogin:
    """A running device login: show ``user_code``/``verification_uri_complete``, then ``await wait()``.

    Polling runs in a task of a task group (yours via `DeviceCodeGrant.begin`, or the one of
    `DeviceCodeGrant.login`). ``status`` follows the login; ``on_status`` is called on each
    change and ``statuses()`` streams them. ``cancel()`` stops polling at once; ``wait()`` then
    raises `LoginCancelledError`. A web backend starts it in its own
    task group, shows the code, and awaits ``wait()`` from another task, then hands the token to
    ``TokenProvider.set_token``.
    """

    def __init__(self, code: DeviceCode, on_status: StatusCallback | None = None) -> None:
        self.code = code
        self._on_status = on_status
        self._status = DeviceLoginStatus.PENDING
        self._scope = anyio.CancelScope()
        self._done = anyio.Event()
        self._changed = anyio.Event()
        self._token: Token | None = None
        self._error: BaseException | None = None

    def __repr__(self) -> str:
        return f"DeviceLogin(user_code={self.user_code!r}, status={self._status.value!r})"

    @property
    def user_code(self) -> str:
        return self.code.user_code

    @property
    def verification_uri(self) -> str:
        return self.code.verification_uri

    @property
    def verification_uri_complete(self) -> str:
        return self.code.verification_uri_complete or self.code.verification_uri

    @property
    def expires_at(self) -> datetime:
        return self.code.expires_at

    @property
    def status(self) -> DeviceLoginStatus:
        return self._status

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def cancel(self) -> None:
        """Stop polling now (no further token request is sent)."""
        self._scope.cancel()

    async def wait(self) -> Token:
        """The token once the user approved; raises the typed error if the login failed."""
        await self._done.wait()
        return self.result()

    def result(self) -> Token:
        """The token if the login finished; raises its error, or ``RuntimeError`` while pending."""
        if not self._done.is_set():
            raise RuntimeError("the device login is still pending; await wait() instead")
        if self._error is not None:
            raise self._error
        assert self._token is not None
        return self._token

    async def statuses(self) -> AsyncGenerator[DeviceLoginStatus, None]:
        """The current status, then each change, until the login finishes (a status stream)."""
        last: DeviceLoginStatus | None = None
        while True:
            changed = self._changed
            status = self._status
            if status is not last:
                last = status
                yield status
                continue
            if self._done.is_set():
                return
            await changed.wait()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = anyio.Event()

    def _set_status(self, status: DeviceLoginStatus) -> None:
        if status is self._status:
            return
        self._status = status
        self._notify()
        if self._on_status is not None:
            self._on_status(status)

    async def _run(self, poll: Callable[[DeviceCode, StatusCallback], Awaitable[Token]]) -> None:
        try:
            with self._scope:
                self._token = await poll(self.code, self._set_status)
                self._set_status(DeviceLoginStatus.AUTHORIZED)
                return
            self._error = LoginCancelledError("the device login was cancelled")
            self._set_status(DeviceLoginStatus.CANCELLED)
        except anyio.get_cancelled_exc_class():
            self._error = LoginCancelledError("the device login was cancelled")
            self._set_status(DeviceLoginStatus.CANCELLED)
            raise
        except AccessDeniedError as exc:
            self._error = exc
            self._set_status(DeviceLoginStatus.DENIED)
        except DeviceCodeExpiredError as exc:
            self._error = exc
            self._set_status(DeviceLoginStatus.EXPIRED)
        except Exception as exc:  # handed to whoever awaits wait()
            logger.debug("device login failed: %s", type(exc).__name__)
            self._error = exc
            self._set_status(DeviceLoginStatus.FAILED)
        finally:
            self._done.set()
            self._notify()


class DeviceCodeGrant(OAuthGrant):
    """Device authorization login; for the private API by default (scopes r_usr w_usr w_sub).

    ``display`` is awaited with the `DeviceCode` by `obtain` (default: print it).
    ``clock`` (``now()``/``sleep()``, see `tidalkit._http.limiter.Clock`) drives waits and the
    local deadline; tests pass a fake one.
    """

    flow = "device"
    interactive = True

    def __init__(
        self,
        *,
        display: DisplayCallback | None = None,
        device_authorization_url: str | None = None,
        clock: Clock | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("api", "private")
        if "scopes" not in kwargs:
            kwargs["scopes"] = "r_usr w_usr w_sub" if kwargs["api"] == "private" else ()
        super().__init__(**kwargs)
        if device_authorization_url is not None:
            e = self.endpoints
            self.endpoints = AuthEndpoints(e.token_url, device_authorization_url, e.authorize_url)
        self.display = display or _print_code
        self.clock: Clock = clock or SystemClock()

    async def start(self) -> DeviceCode:
        """``POST /v1/oauth2/device_authorization`` (client_id, scope): a new device and user code."""
        data = await post_form(
            self.http,
            self.endpoints.device_authorization_url,
            {"client_id": self.client_id, "scope": self._scope_field()},
            app=self.app,
            operation="auth.device_authorization",
            client_auth=self.client_auth,
        )
        data.setdefault("issuedAt", self._now())
        code = parse_model(data, DeviceCode)
        logger.debug("device login started (expires in %ss, interval %ss)", code.expires_in, code.interval)
        return code

    async def poll(self, code: DeviceCode, on_status: StatusCallback | None = None) -> Token:
        """Poll ``POST /v1/oauth2/token`` until the user approves, refuses, or the code expires."""
        interval = code.interval
        last_failure: Exception | None = None  # the auth server's failure, if the last poll failed
        failures = 0
        deadline = self.clock.now() + code.expires_in
        device_code = code.device_code.get_secret_value()
        form = {
            "grant_type": DEVICE_GRANT_TYPE,
            "device_code": device_code,
            "scope": self._scope_field(),
            "client_unique_key": self.app.client_unique_key,
        }
        while True:
            remaining = deadline - self.clock.now()
            if remaining <= 0:
                break
            await self.clock.sleep(min(interval, remaining))
            if self.clock.now() >= deadline:
                break
            try:
                return await self._token_request(form, operation="auth.device_code", secrets=[device_code])
            except OAuthError as exc:
                if exc.code == "authorization_pending":
                    status = DeviceLoginStatus.PENDING
                elif exc.code == "slow_down":
                    interval = min(interval + SLOW_DOWN_STEP, MAX_INTERVAL)
                    status = DeviceLoginStatus.SLOW_DOWN
                    logger.debug("device login: slow_down, polling every %.0fs", interval)
                else:
                    raise
                last_failure, failures = None, 0
            except (InternalServerError, RateLimitError, APIConnectionError) as exc:
                logger.debug("device login: transient %s, polling on", type(exc).__name__)
                status = DeviceLoginStatus.PENDING
                last_failure, failures = exc, failures + 1
            if on_status is not None:
                on_status(status)
        if last_failure is not None:
            status_code = getattr(last_failure, "status_code", None)
            what = type(last_failure).__name__ + (f", HTTP {status_code}" if status_code else "")
            raise DeviceCodeExpiredError(
                f"the device code expired while the auth server was failing (the last {failures} "
                f"poll(s) failed: {what}); start the device login again later",
                code="expired_token",
            ) from last_failure
        raise DeviceCodeExpiredError(
            "the device code expired before the user approved the login; start the device login again",
            code="expired_token",
        )

    async def obtain(self) -> Token:
        """Start, show the code with ``display``, and poll until the user approves."""
        code = await self.start()
        await self.display(code)
        return await self.poll(code)

    async def begin(
        self, task_group: anyio.abc.TaskGroup, *, on_status: StatusCallback | None = None
    ) -> DeviceLogin:
        """Start the login and poll in ``task_group`` (yours); returns the handle at once."""
        code = await self.start()
        handle = DeviceLogin(code, on_status)
        task_group.start_soon(handle._run, self.poll, name="tidalkit device login")
        return handle

    @asynccontextmanager
    async def login(self, *, on_status: StatusCallback | None = None) -> AsyncGenerator[DeviceLogin, None]:
        """``async with grant.login() as handle``: polling stops when the block exits."""
        async with anyio.create_task_group() as tg:
            handle = await self.begin(tg, on_status=on_status)
            try:
                yield handle
            finally:
                handle.cancel()
