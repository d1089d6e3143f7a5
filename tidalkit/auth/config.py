"""Where the auth server lives and which app is logging in.

Client ids and secrets come from arguments or the environment:

- ``TIDAL_CLIENT_ID`` / ``TIDAL_CLIENT_SECRET``: an app registered for the TIDAL API v2
  (https://developer.tidal.com);
- ``TIDAL_PRIVATE_CLIENT_ID`` / ``TIDAL_PRIVATE_CLIENT_SECRET``: a TIDAL app client id for the
  private API (tidalkit ships none).

Every URL is overridable, e.g. for the sandbox: ``AuthEndpoints.at("http://sandbox/auth/v1",
login="http://sandbox/login")``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from pydantic import SecretStr

from tidalkit.auth.errors import MissingClientIdError
from tidalkit.auth.scopes import ApiName

__all__ = [
    "AUTHORIZE_URL",
    "DEVICE_AUTHORIZATION_URL",
    "ENV_VARS",
    "ME_URL",
    "TOKEN_URL",
    "AuthEndpoints",
    "ClientApp",
]

TOKEN_URL = "https://auth.tidal.com/v1/oauth2/token"  # noqa: S105 (a URL)
DEVICE_AUTHORIZATION_URL = "https://auth.tidal.com/v1/oauth2/device_authorization"
AUTHORIZE_URL = "https://login.tidal.com/authorize"
ME_URL = "https://login.tidal.com/oauth2/me"
"""The logged-in account of a private-API token (outside the API host)."""

ENV_VARS: dict[str, tuple[str, str]] = {
    "v2": ("TIDAL_CLIENT_ID", "TIDAL_CLIENT_SECRET"),
    "private": ("TIDAL_PRIVATE_CLIENT_ID", "TIDAL_PRIVATE_CLIENT_SECRET"),
}


@dataclass(frozen=True, slots=True)
class AuthEndpoints:
    """The token, device-authorization and authorize URLs (TIDAL's by default)."""

    token_url: str = TOKEN_URL
    device_authorization_url: str = DEVICE_AUTHORIZATION_URL
    authorize_url: str = AUTHORIZE_URL

    @classmethod
    def at(cls, auth_base: str, *, login: str | None = None) -> AuthEndpoints:
        """Endpoints under another auth base (``<base>/oauth2/...``) and login (``<login>/authorize``)."""
        base = auth_base.rstrip("/")
        return cls(
            token_url=f"{base}/oauth2/token",
            device_authorization_url=f"{base}/oauth2/device_authorization",
            authorize_url=f"{login.rstrip('/')}/authorize" if login else AUTHORIZE_URL,
        )


@dataclass(frozen=True, slots=True)
class ClientApp:
    """The app that logs in: client id, optional secret (masked in repr), optional unique key/version.

    ``api`` says which API the app is for ("v2" or "private"); it picks the environment variables.
    """

    client_id: str
    client_secret: SecretStr | None = field(default=None, repr=False)
    api: ApiName = "v2"
    client_unique_key: str | None = None
    client_version: str | None = None

    @classmethod
    def resolve(
        cls,
        api: ApiName = "v2",
        *,
        client_id: str | None = None,
        client_secret: str | SecretStr | None = None,
        client_unique_key: str | None = None,
        client_version: str | None = None,
    ) -> ClientApp:
        """The app from the arguments, else from the environment (see the module docstring).

        An explicit ``client_secret`` always wins; the environment's secret is only used together
        with the environment's client id, or when it is the only secret available.
        """
        id_var, secret_var = ENV_VARS[api]
        resolved_id = client_id or os.environ.get(id_var)
        if not resolved_id:
            raise MissingClientIdError(
                f"no client id for the {api} API: pass client_id=... or set {id_var}"
                + (" (a TIDAL app client id)" if api == "private" else "")
            )
        secret = client_secret
        if secret is None and (client_id is None or client_id == os.environ.get(id_var)):
            secret = os.environ.get(secret_var) or None
        if isinstance(secret, str):
            secret = SecretStr(secret)
        return cls(resolved_id, secret, api, client_unique_key, client_version)

    @property
    def secret(self) -> str | None:
        """The client secret in clear, for the token request only."""
        return self.client_secret.get_secret_value() if self.client_secret else None

    def __repr__(self) -> str:
        has_secret = self.client_secret is not None
        return f"ClientApp(client_id={self.client_id!r}, api={self.api!r}, has_secret={has_secret})"
