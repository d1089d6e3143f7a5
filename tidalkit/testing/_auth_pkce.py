"""PKCE logins at the sandbox's auth server: ``login.tidal.com/authorize`` and the authorization_code grant.

The authorize page answers at once (``login_outcome`` decides between a code and ``access_denied``) with a
302 to ``redirect_uri``; a code is redeemed once, within 10 minutes, by the client it was issued to, with
the same ``redirect_uri`` and the ``code_verifier`` whose S256 digest the authorize request sent.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlencode

from tidalkit.testing._asgi import Response, SandboxRequest, json_response
from tidalkit.testing._auth_tokens import USER_SCOPES, TokenLedger, oauth_error
from tidalkit.testing.config import SandboxConfig

__all__ = ["PkceLogins"]

_CODE_LIFETIME = 600.0


@dataclass(slots=True)
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str = field(repr=False)
    scope: str
    expires_at: float


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class PkceLogins:
    """The authorization codes one sandbox issued and not yet redeemed."""

    def __init__(self, config: SandboxConfig, tokens: TokenLedger) -> None:
        self.config = config
        self._tokens = tokens
        self._codes: dict[str, _Code] = {}

    def authorize(self, req: SandboxRequest) -> Response:
        """GET login.tidal.com/authorize → 302 to ``redirect_uri`` with ``code`` and ``state``."""
        redirect_uri = req.arg("redirect_uri")
        client_id = req.arg("client_id")
        if not redirect_uri or not client_id:
            return json_response(
                400,
                {
                    "status": 400,
                    "error": "invalid_request",
                    "error_description": "client_id and redirect_uri are required",
                },
            )
        params: dict[str, str] = {}
        state = req.arg("state")
        challenge = req.arg("code_challenge", "") or ""
        if req.arg("response_type", "code") != "code":
            params["error"] = "unsupported_response_type"
        elif req.arg("code_challenge_method") != "S256" or not challenge:
            params.update(error="invalid_request", error_description="PKCE with S256 is required")
        elif self.config.login_outcome == "deny":
            params.update(error="access_denied", error_description="The user denied access")
        else:
            code = secrets.token_urlsafe(24)
            self._codes[code] = _Code(
                client_id,
                redirect_uri,
                challenge,
                req.arg("scope", USER_SCOPES) or "",
                self.config.clock() + _CODE_LIFETIME,
            )
            params["code"] = code
        if state is not None:
            params["state"] = state
        sep = "&" if "?" in redirect_uri else "?"
        location = f"{redirect_uri}{sep}{urlencode(params)}"
        return Response(302, b"", [(b"location", location.encode()), (b"content-length", b"0")])

    def exchange(self, client_id: str, form: dict[str, str]) -> Response:
        """The authorization_code grant: a user's tokens for a valid code and its verifier."""
        code = self._codes.pop(form.get("code", ""), None)
        if code is None or code.expires_at <= self.config.clock():
            return oauth_error(400, "invalid_grant", "Authorization code is invalid, expired or used")
        if code.client_id != client_id:
            return oauth_error(400, "invalid_grant", "Authorization code was issued to another client")
        if form.get("redirect_uri") != code.redirect_uri:
            return oauth_error(400, "invalid_grant", "redirect_uri does not match the authorization request")
        verifier = form.get("code_verifier", "")
        if not 43 <= len(verifier) <= 128 or not secrets.compare_digest(_s256(verifier), code.challenge):
            return oauth_error(400, "invalid_grant", "PKCE verification failed (code_verifier)")
        return self._tokens.user_tokens(client_id, code.scope)
