"""Package attributes imported on first use (a module ``__getattr__`` over a name → module table)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports", "load"]


def lazy_exports(
    package: str, table: Mapping[str, str], names: list[str] | None = None
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: each name in ``table`` loads its module once.

    ``names`` (default: the table's) are what ``dir()`` lists, and the package's ``__all__`` unless
    it declares one: the table is then the one list of its exports (type checkers take them from
    the package's ``import X as X`` lines).
    """
    namespace = importlib.import_module(package).__dict__
    names = list(table) if names is None else names
    namespace.setdefault("__all__", names)

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return names

    return __getattr__, __dir__


def load(module: str, name: str) -> Any:
    """Attribute ``name`` of ``module``, imported on first call (a namespace class of a client)."""
    return getattr(importlib.import_module(module), name)
