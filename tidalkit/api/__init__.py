"""TIDAL API v2 (``https://openapi.tidal.com/v2``): client, JSON:API documents, pagination, batching.

Nothing heavy is imported here: public names load on first access, and each resource's generated
models and operations load when the client first touches that resource.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidalkit._lazy import lazy_exports

if TYPE_CHECKING:
    from tidalkit._core.batch import BatchResult as BatchResult
    from tidalkit._core.pagination import Paginator as Paginator
    from tidalkit.api.client import RawOperations as RawOperations, TidalAPI as TidalAPI
    from tidalkit.api.document import DocumentBase as DocumentBase
    from tidalkit.api.limits import ParameterLimitError as ParameterLimitError
    from tidalkit.api.model import (
        APIModel as APIModel,
        GenericResource as GenericResource,
        Identifier as Identifier,
        RelationshipNotIncludedError as RelationshipNotIncludedError,
        Resource as Resource,
        ValidationIssue as ValidationIssue,
    )

_LAZY: dict[str, str] = {
    "APIModel": "tidalkit.api.model",
    "BatchResult": "tidalkit._core.batch",
    "DocumentBase": "tidalkit.api.document",
    "GenericResource": "tidalkit.api.model",
    "Identifier": "tidalkit.api.model",
    "Paginator": "tidalkit._core.pagination",
    "ParameterLimitError": "tidalkit.api.limits",
    "RawOperations": "tidalkit.api.client",
    "RelationshipNotIncludedError": "tidalkit.api.model",
    "Resource": "tidalkit.api.model",
    "TidalAPI": "tidalkit.api.client",
    "ValidationIssue": "tidalkit.api.model",
}

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
