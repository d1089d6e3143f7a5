"""tidalkit's authorization layer: tokens, login flows, the token provider and token storage.

Flows (each a `Grant`, usable alone or through `login`):
`ClientCredentialsGrant` (v2 app token), `PKCEGrant` and
`AuthorizationCodeGrant` (browser login; loopback listener or pasted redirect),
`DeviceCodeGrant` (code shown to the user, anyio polling task), `RefreshTokenGrant`,
`UserAuthTokenGrant`, `StaticTokenGrant`. `TokenProvider` turns any of them
into the ``auth=`` of an API client.

Typical use::

    grant = DeviceCodeGrant()                  # private API; client id from TIDAL_PRIVATE_CLIENT_ID
    provider = await login(grant, user="me")   # stored token if any, else the device login
    client = SomeTidalClient(auth=provider)    # refreshes, single-flight, persists rotations

    app = TokenProvider(ClientCredentialsGrant())   # v2 catalogue token, renewed on its own

Environment: ``TIDAL_CLIENT_ID``/``TIDAL_CLIENT_SECRET`` (v2 API),
``TIDAL_PRIVATE_CLIENT_ID``/``TIDAL_PRIVATE_CLIENT_SECRET`` (private API), ``TIDALKIT_TOKEN_DB``
(token database path).
"""

from tidalkit.auth.config import AuthEndpoints, ClientApp
from tidalkit.auth.device import DeviceCode, DeviceCodeGrant, DeviceLogin, DeviceLoginStatus
from tidalkit.auth.errors import (
    AccessDeniedError,
    AuthorizationFailedError,
    DeviceCodeExpiredError,
    InvalidClientError,
    InvalidGrantError,
    InvalidScopeError,
    LoginCancelledError,
    LoginRequiredError,
    LoginTimeoutError,
    MissingClientIdError,
    OAuthError,
    StateMismatchError,
    TokenRefreshError,
    TokenStoreError,
)
from tidalkit.auth.grants import (
    ClientCredentialsGrant,
    RefreshTokenGrant,
    StaticTokenGrant,
    UserAuthTokenGrant,
)
from tidalkit.auth.http import AuthClient
from tidalkit.auth.oauth import Grant, OAuthGrant
from tidalkit.auth.pkce import PRIVATE_REDIRECT_URIS, AuthorizationCodeGrant, AuthorizationRequest, PKCEGrant
from tidalkit.auth.provider import TokenProvider
from tidalkit.auth.redirect import ListenerPortInUseError, LoopbackReceiver, PasteReceiver, RedirectReceiver
from tidalkit.auth.repository import (
    MemoryTokenRepository,
    StoredToken,
    TokenKey,
    TokenRepository,
    TokenStoreCorruptError,
    TokenStoreLockedError,
    TokenStorePermissionError,
)
from tidalkit.auth.scopes import PrivateScope, V2Scope, format_scopes, resolve_scopes
from tidalkit.auth.session import login
from tidalkit.auth.sqlite import SqliteTokenRepository, default_token_db
from tidalkit.auth.token import Token

__all__ = [
    "PRIVATE_REDIRECT_URIS",
    "AccessDeniedError",
    "AuthClient",
    "AuthEndpoints",
    "AuthorizationCodeGrant",
    "AuthorizationFailedError",
    "AuthorizationRequest",
    "ClientApp",
    "ClientCredentialsGrant",
    "DeviceCode",
    "DeviceCodeExpiredError",
    "DeviceCodeGrant",
    "DeviceLogin",
    "DeviceLoginStatus",
    "Grant",
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidScopeError",
    "ListenerPortInUseError",
    "LoginCancelledError",
    "LoginRequiredError",
    "LoginTimeoutError",
    "LoopbackReceiver",
    "MemoryTokenRepository",
    "MissingClientIdError",
    "OAuthError",
    "OAuthGrant",
    "PKCEGrant",
    "PasteReceiver",
    "PrivateScope",
    "RedirectReceiver",
    "RefreshTokenGrant",
    "SqliteTokenRepository",
    "StateMismatchError",
    "StaticTokenGrant",
    "StoredToken",
    "Token",
    "TokenKey",
    "TokenProvider",
    "TokenRefreshError",
    "TokenRepository",
    "TokenStoreCorruptError",
    "TokenStoreError",
    "TokenStoreLockedError",
    "TokenStorePermissionError",
    "UserAuthTokenGrant",
    "V2Scope",
    "default_token_db",
    "format_scopes",
    "login",
    "resolve_scopes",
]
