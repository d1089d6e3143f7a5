"""tidalkit: an asyncio-first, typed SDK for TIDAL's API v2 and private API.

Public names are re-exported here and imported lazily, so ``import tidalkit`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidalkit._lazy import lazy_exports
from tidalkit._logs import configure_from_env
from tidalkit._version import __version__ as __version__

configure_from_env()

if TYPE_CHECKING:
    from tidalkit._core.batch import (
        BatchResult as BatchResult,
    )
    from tidalkit._core.options import ClientOptions as ClientOptions
    from tidalkit._core.pagination import (
        Paginator as Paginator,
    )
    from tidalkit._core.resource import (
        RawResponse as RawResponse,
        with_raw_response as with_raw_response,
    )
    from tidalkit._http import (
        TTL as TTL,
        Authorization as Authorization,
        BaseClient as BaseClient,
        HeaderAuth as HeaderAuth,
        Request as Request,
        RequestAuth as RequestAuth,
        ResponseCache as ResponseCache,
        RetryPolicy as RetryPolicy,
    )
    from tidalkit._http.errors import (
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ClientClosedError as ClientClosedError,
        ConflictError as ConflictError,
        InternalServerError as InternalServerError,
        InvalidIdError as InvalidIdError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        PreconditionFailedError as PreconditionFailedError,
        RateLimitError as RateLimitError,
        RedirectError as RedirectError,
        RequestInfo as RequestInfo,
        ResponseInfo as ResponseInfo,
        ResponseTooLargeError as ResponseTooLargeError,
        ResponseValidationError as ResponseValidationError,
        TidalError as TidalError,
        UnauthorizedError as UnauthorizedError,
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from tidalkit._http.shared_rate import SharedRateBudget as SharedRateBudget
    from tidalkit.api.client import (
        TidalAPI as TidalAPI,
    )
    from tidalkit.api.model import (
        RelationshipNotIncludedError as RelationshipNotIncludedError,
    )
    from tidalkit.auth import (
        AccessDeniedError as AccessDeniedError,
        AuthEndpoints as AuthEndpoints,
        AuthorizationCodeGrant as AuthorizationCodeGrant,
        AuthorizationFailedError as AuthorizationFailedError,
        ClientCredentialsGrant as ClientCredentialsGrant,
        DeviceCodeExpiredError as DeviceCodeExpiredError,
        DeviceCodeGrant as DeviceCodeGrant,
        DeviceLogin as DeviceLogin,
        DeviceLoginStatus as DeviceLoginStatus,
        Grant as Grant,
        InvalidClientError as InvalidClientError,
        InvalidGrantError as InvalidGrantError,
        InvalidScopeError as InvalidScopeError,
        LoginCancelledError as LoginCancelledError,
        LoginRequiredError as LoginRequiredError,
        LoginTimeoutError as LoginTimeoutError,
        LoopbackReceiver as LoopbackReceiver,
        MemoryTokenRepository as MemoryTokenRepository,
        MissingClientIdError as MissingClientIdError,
        OAuthError as OAuthError,
        PasteReceiver as PasteReceiver,
        PKCEGrant as PKCEGrant,
        PrivateScope as PrivateScope,
        RefreshTokenGrant as RefreshTokenGrant,
        SqliteTokenRepository as SqliteTokenRepository,
        StateMismatchError as StateMismatchError,
        StaticTokenGrant as StaticTokenGrant,
        StoredToken as StoredToken,
        Token as Token,
        TokenKey as TokenKey,
        TokenProvider as TokenProvider,
        TokenRefreshError as TokenRefreshError,
        TokenRepository as TokenRepository,
        TokenStoreError as TokenStoreError,
        UserAuthTokenGrant as UserAuthTokenGrant,
        V2Scope as V2Scope,
        login as login,
        resolve_scopes as resolve_scopes,
    )
    from tidalkit.auth.redis import RedisTokenRepository as RedisTokenRepository
    from tidalkit.private import (
        PrivateAPI as PrivateAPI,
    )

_LAZY: dict[str, str] = {
    # transport
    "TTL": "tidalkit._http",
    "Authorization": "tidalkit._http",
    "BaseClient": "tidalkit._http",
    "HeaderAuth": "tidalkit._http",
    "Request": "tidalkit._http",
    "ClientOptions": "tidalkit._core.options",
    "RequestAuth": "tidalkit._http",
    "ResponseCache": "tidalkit._http",
    "RetryPolicy": "tidalkit._http",
    "SharedRateBudget": "tidalkit._http.shared_rate",
    # errors
    "APIConnectionError": "tidalkit._http.errors",
    "APIError": "tidalkit._http.errors",
    "APIStatusError": "tidalkit._http.errors",
    "APITimeoutError": "tidalkit._http.errors",
    "AuthenticationError": "tidalkit._http.errors",
    "BadRequestError": "tidalkit._http.errors",
    "ClientClosedError": "tidalkit._http.errors",
    "ConflictError": "tidalkit._http.errors",
    "InternalServerError": "tidalkit._http.errors",
    "InvalidIdError": "tidalkit._http.errors",
    "NotFoundError": "tidalkit._http.errors",
    "PermissionDeniedError": "tidalkit._http.errors",
    "PreconditionFailedError": "tidalkit._http.errors",
    "RateLimitError": "tidalkit._http.errors",
    "RedirectError": "tidalkit._http.errors",
    "ResponseTooLargeError": "tidalkit._http.errors",
    "RequestInfo": "tidalkit._http.errors",
    "ResponseInfo": "tidalkit._http.errors",
    "ResponseValidationError": "tidalkit._http.errors",
    "TidalError": "tidalkit._http.errors",
    "UnauthorizedError": "tidalkit._http.errors",
    "UnprocessableEntityError": "tidalkit._http.errors",
    # tidalkit.auth
    "Token": "tidalkit.auth",
    "TokenProvider": "tidalkit.auth",
    "login": "tidalkit.auth",
    "Grant": "tidalkit.auth",
    "ClientCredentialsGrant": "tidalkit.auth",
    "PKCEGrant": "tidalkit.auth",
    "AuthorizationCodeGrant": "tidalkit.auth",
    "DeviceCodeGrant": "tidalkit.auth",
    "DeviceLogin": "tidalkit.auth",
    "DeviceLoginStatus": "tidalkit.auth",
    "RefreshTokenGrant": "tidalkit.auth",
    "UserAuthTokenGrant": "tidalkit.auth",
    "StaticTokenGrant": "tidalkit.auth",
    "AuthEndpoints": "tidalkit.auth",
    "LoopbackReceiver": "tidalkit.auth",
    "PasteReceiver": "tidalkit.auth",
    "TokenRepository": "tidalkit.auth",
    "SqliteTokenRepository": "tidalkit.auth",
    "MemoryTokenRepository": "tidalkit.auth",
    "TokenKey": "tidalkit.auth",
    "StoredToken": "tidalkit.auth",
    "V2Scope": "tidalkit.auth",
    "PrivateScope": "tidalkit.auth",
    "resolve_scopes": "tidalkit.auth",
    "OAuthError": "tidalkit.auth",
    "AccessDeniedError": "tidalkit.auth",
    "DeviceCodeExpiredError": "tidalkit.auth",
    "InvalidGrantError": "tidalkit.auth",
    "InvalidClientError": "tidalkit.auth",
    "InvalidScopeError": "tidalkit.auth",
    "AuthorizationFailedError": "tidalkit.auth",
    "StateMismatchError": "tidalkit.auth",
    "LoginRequiredError": "tidalkit.auth",
    "LoginTimeoutError": "tidalkit.auth",
    "LoginCancelledError": "tidalkit.auth",
    "MissingClientIdError": "tidalkit.auth",
    "TokenRefreshError": "tidalkit.auth",
    "TokenStoreError": "tidalkit.auth",
    "RedisTokenRepository": "tidalkit.auth.redis",
    # tidalkit.private
    "PrivateAPI": "tidalkit.private",
    # tidalkit.api.client
    "TidalAPI": "tidalkit.api.client",
    # tidalkit._core
    "BatchResult": "tidalkit._core.batch",
    "Paginator": "tidalkit._core.pagination",
    "RawResponse": "tidalkit._core.resource",
    "with_raw_response": "tidalkit._core.resource",
    # tidalkit.api.model
    "RelationshipNotIncludedError": "tidalkit.api.model",
}

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, [*_LAZY, "__version__"])
