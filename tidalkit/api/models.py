"""The TIDAL API v2 model classes, generated from the spec: ``from tidalkit.api.models import Tracks...``.

Every resource object, attributes, relationship and document class is here. Each is imported on first
access (only its resource's module loads), so importing this module stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tidalkit.api._generated import _models

if TYPE_CHECKING:
    from tidalkit.api._generated._models import *  # noqa: F403

__all__: list[str] = []
__all__ += _models.__all__


def __getattr__(name: str) -> Any:
    module = _models.MODELS.get(name)
    if module is None:
        raise AttributeError(f"module 'tidalkit.api.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
