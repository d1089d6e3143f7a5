"""The TIDAL API v2 model classes, generated from the spec: ``from tidalkit.api.models import Tracks...``.

Every resource object, attributes, relationship and document class is here. Each is imported on first
access (only its resource's module loads), so importing this module stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidalkit._lazy import lazy_exports
from tidalkit.api._generated import _models

if TYPE_CHECKING:
    from tidalkit.api._generated._models import *  # noqa: F403

__all__: list[str] = []
__all__ += _models.__all__

__getattr__, __dir__ = lazy_exports(__name__, _models.MODELS, __all__)
