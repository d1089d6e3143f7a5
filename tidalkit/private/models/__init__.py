"""Tolerant pydantic models of the private API's payloads: every public name of the modules below.

The modules load on first use of one of their names, so a program pays only for the models it
reads (the page modules' many classes load with the first page).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tidalkit.private.models.catalog import *  # noqa: F403
    from tidalkit.private.models.collection import *  # noqa: F403
    from tidalkit.private.models.page import *  # noqa: F403
    from tidalkit.private.models.paging import *  # noqa: F403
    from tidalkit.private.models.playback import *  # noqa: F403
    from tidalkit.private.models.search import *  # noqa: F403
    from tidalkit.private.models.user import *  # noqa: F403

_MODULES = ("catalog", "paging", "collection", "playback", "user", "search", "page")
"""Searched in this order for a name: the page modules' many classes (which search results use)
last, so that no other name loads them."""


def _exports() -> list[str]:
    names: list[str] = []
    for module in _MODULES:
        names += importlib.import_module(f"{__name__}.{module}").__all__
    return names


def __getattr__(name: str) -> Any:
    if name == "__all__":
        value: Any = _exports()
    else:
        for module in _MODULES:
            loaded = importlib.import_module(f"{__name__}.{module}")
            if name in loaded.__all__:
                value = getattr(loaded, name)
                break
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return _exports()
