"""tidalkit: an asyncio-first, typed SDK for TIDAL's API v2 and private API.

Public names are re-exported here and imported lazily, so ``import tidalkit`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tidalkit._version import __version__

if TYPE_CHECKING:
    from tidalkit._http import (
        TTL as TTL,
    )
    from tidalkit._http import (
        Authorization as Authorization,
    )
    from tidalkit._http import (
        BaseClient as BaseClient,
    )
    from tidalkit._http import (
        HeaderAuth as HeaderAuth,
    )
    from tidalkit._http import (
        RequestAuth as RequestAuth,
    )
    from tidalkit._http import (
        ResponseCache as ResponseCache,
    )
    from tidalkit._http import (
        RetryPolicy as RetryPolicy,
    )
    from tidalkit._http.errors import (
        APIConnectionError as APIConnectionError,
    )
    from tidalkit._http.errors import (
        APIStatusError as APIStatusError,
    )
    from tidalkit._http.errors import (
        APITimeoutError as APITimeoutError,
    )
    from tidalkit._http.errors import (
        AuthenticationError as AuthenticationError,
    )
    from tidalkit._http.errors import (
        BadRequestError as BadRequestError,
    )
    from tidalkit._http.errors import (
        ClientClosedError as ClientClosedError,
    )
    from tidalkit._http.errors import (
        ConflictError as ConflictError,
    )
    from tidalkit._http.errors import (
        InternalServerError as InternalServerError,
    )
    from tidalkit._http.errors import (
        NotFoundError as NotFoundError,
    )
    from tidalkit._http.errors import (
        PermissionDeniedError as PermissionDeniedError,
    )
    from tidalkit._http.errors import (
        PreconditionFailedError as PreconditionFailedError,
    )
    from tidalkit._http.errors import (
        RateLimitError as RateLimitError,
    )
    from tidalkit._http.errors import (
        ResponseValidationError as ResponseValidationError,
    )
    from tidalkit._http.errors import (
        TidalError as TidalError,
    )
    from tidalkit._http.errors import (
        UnauthorizedError as UnauthorizedError,
    )
    from tidalkit._http.errors import (
        UnprocessableEntityError as UnprocessableEntityError,
    )

_LAZY: dict[str, str] = {
    # transport
    "TTL": "tidalkit._http",
    "Authorization": "tidalkit._http",
    "BaseClient": "tidalkit._http",
    "HeaderAuth": "tidalkit._http",
    "RequestAuth": "tidalkit._http",
    "ResponseCache": "tidalkit._http",
    "RetryPolicy": "tidalkit._http",
    # errors
    "APIConnectionError": "tidalkit._http.errors",
    "APIStatusError": "tidalkit._http.errors",
    "APITimeoutError": "tidalkit._http.errors",
    "AuthenticationError": "tidalkit._http.errors",
    "BadRequestError": "tidalkit._http.errors",
    "ClientClosedError": "tidalkit._http.errors",
    "ConflictError": "tidalkit._http.errors",
    "InternalServerError": "tidalkit._http.errors",
    "NotFoundError": "tidalkit._http.errors",
    "PermissionDeniedError": "tidalkit._http.errors",
    "PreconditionFailedError": "tidalkit._http.errors",
    "RateLimitError": "tidalkit._http.errors",
    "ResponseValidationError": "tidalkit._http.errors",
    "TidalError": "tidalkit._http.errors",
    "UnauthorizedError": "tidalkit._http.errors",
    "UnprocessableEntityError": "tidalkit._http.errors",
}

__all__ = [
    "TTL",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "Authorization",
    "BadRequestError",
    "BaseClient",
    "ClientClosedError",
    "ConflictError",
    "HeaderAuth",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "RequestAuth",
    "ResponseCache",
    "ResponseValidationError",
    "RetryPolicy",
    "TidalError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tidalkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
