"""Authorization code login: with PKCE (public clients) or with a client secret (confidential).

1. Build the authorize URL (``https://login.tidal.com/authorize``, overridable) with
   ``response_type=code``, ``client_id``, ``redirect_uri``, ``scope``, a random ``state`` and, for
   PKCE, an S256 ``code_challenge`` of a verifier from `secrets`.
2. Receive the redirect (a `tidalkit.auth.redirect` receiver), check ``error`` and ``state``.
3. ``POST /v1/oauth2/token`` with grant_type=authorization_code, code, redirect_uri, code_verifier,
   client_unique_key?, scope.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
import webbrowser
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import anyio

from tidalkit.auth.errors import (
    AccessDeniedError,
    AuthorizationFailedError,
    MissingClientIdError,
    StateMismatchError,
    scrub,
)
from tidalkit.auth.oauth import OAuthGrant
from tidalkit.auth.redirect import LoopbackReceiver, PasteReceiver, RedirectReceiver, is_loopback_uri
from tidalkit.auth.token import Token

__all__ = [
    "PRIVATE_REDIRECT_URIS",
    "AuthorizationCodeGrant",
    "AuthorizationRequest",
    "PKCEGrant",
    "code_challenge",
    "new_code_verifier",
]

logger = logging.getLogger("tidalkit.auth")

PRIVATE_REDIRECT_URIS = ("tidal://login/auth", "https://tidal.com/login/auth")


def new_code_verifier() -> str:
    """A PKCE code verifier: 96 random bytes, base64url (128 characters, RFC 7636's maximum)."""
    return secrets.token_urlsafe(96)


def code_challenge(verifier: str) -> str:
    """The S256 challenge of ``verifier``: base64url(sha256(verifier)) without padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass(frozen=True, slots=True)
class AuthorizationRequest:
    """One login attempt: the URL to open and what the redirect must match (secrets masked in repr)."""

    url: str = field(repr=False)
    redirect_uri: str
    state: str = field(repr=False)
    code_verifier: str | None = field(default=None, repr=False)


class AuthorizationCodeGrant(OAuthGrant):
    """Authorization code login with a client secret (confidential clients).

    ``receiver`` defaults to a `LoopbackReceiver` for ``http://127.0.0.1|[::1]|localhost``
    redirect URIs, else a `PasteReceiver`. ``open_browser`` opens the authorize URL with
    `webbrowser`. ``authorize_params`` adds query parameters (e.g. ``{"lang": "en"}``).
    """

    flow = "authorization_code"
    interactive = True
    use_pkce = False

    def __init__(
        self,
        *,
        redirect_uri: str,
        receiver: RedirectReceiver | None = None,
        open_browser: bool = False,
        authorize_params: Mapping[str, str] | None = None,
        authorize_url: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if authorize_url is not None:
            from tidalkit.auth.config import AuthEndpoints

            e = self.endpoints
            self.endpoints = AuthEndpoints(e.token_url, e.device_authorization_url, authorize_url)
        if not self.use_pkce and self.app.client_secret is None:
            raise MissingClientIdError(
                "the authorization code flow without PKCE needs a client secret; use PKCEGrant otherwise"
            )
        self.redirect_uri = redirect_uri
        if receiver is None:
            receiver = (
                LoopbackReceiver(redirect_uri)
                if is_loopback_uri(redirect_uri)
                else PasteReceiver(redirect_uri)
            )
        self.receiver = receiver
        self.open_browser = open_browser
        self.authorize_params = dict(authorize_params or {})

    def authorization_request(self, redirect_uri: str | None = None) -> AuthorizationRequest:
        """A new authorize URL with a fresh ``state`` (and PKCE verifier/challenge)."""
        redirect = redirect_uri or self.redirect_uri
        state = secrets.token_urlsafe(24)
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": redirect,
            "state": state,
        }
        if self.scopes:
            params["scope"] = self._scope_field() or ""
        verifier = None
        if self.use_pkce:
            verifier = new_code_verifier()
            params["code_challenge"] = code_challenge(verifier)
            params["code_challenge_method"] = "S256"
        if self.app.client_unique_key:
            params["client_unique_key"] = self.app.client_unique_key
        params.update(self.authorize_params)
        url = f"{self.endpoints.authorize_url}?{urlencode(params)}"
        return AuthorizationRequest(url, redirect, state, verifier)

    async def exchange(self, request: AuthorizationRequest, redirect: Mapping[str, str] | str) -> Token:
        """Check the redirect (``state`` first, then ``error``); trade the code (POST /v1/oauth2/token)."""
        from tidalkit.auth.redirect import parse_redirect

        params = parse_redirect(redirect) if isinstance(redirect, str) else dict(redirect)
        state = params.get("state", "")
        if not secrets.compare_digest(state.encode(), request.state.encode()):  # before anything else
            raise StateMismatchError(
                "the redirect's state does not match this login (stale or forged redirect); log in again"
            )
        error = params.get("error")
        if error:
            description = scrub(params.get("error_description", ""), [params.get("code")])[:300]
            cls = AccessDeniedError if error == "access_denied" else AuthorizationFailedError
            raise cls(
                f"authorization failed [{error}]" + (f": {description}" if description else ""),
                code=error,
                detail=description or None,
            )
        code = params.get("code")
        if not code:
            raise AuthorizationFailedError("the redirect carries no authorization code", code="missing_code")
        return await self._token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": request.redirect_uri,
                "code_verifier": request.code_verifier,
                "client_unique_key": self.app.client_unique_key,
                "scope": self._scope_field(),
            },
            operation="auth.authorization_code",
            secrets=[code, request.code_verifier],
        )

    async def obtain(self) -> Token:
        """Run the whole login: listen, show/open the URL, receive the redirect, exchange the code."""
        async with self.receiver.listen() as inbox:
            request = self.authorization_request(inbox.redirect_uri)
            if self.open_browser:
                await anyio.to_thread.run_sync(webbrowser.open, request.url)
            params = await inbox.wait(request.url)
        return await self.exchange(request, params)


class PKCEGrant(AuthorizationCodeGrant):
    """Authorization code login with PKCE (S256); a client secret, if known, is sent too.

    For the private API pass one of `PRIVATE_REDIRECT_URIS` (the user pastes the redirect).
    """

    flow = "pkce"
    use_pkce = True
