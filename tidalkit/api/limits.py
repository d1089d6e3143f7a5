"""The spec's limits on query parameters (``maxItems``, ``maxLength``, ``pattern``), checked before sending.

TIDAL answers a request over a limit with a 400; checking first names the parameter and the limit
and spends no request. ``max_values`` gives a batch helper the chunk size an operation allows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tidalkit._http.errors import TidalError
from tidalkit._http.request import ParamValue

__all__ = ["ParameterLimitError", "check_parameters", "max_values"]

_Limit = tuple[int | None, int | None, int | None, int | None, str | None]


class ParameterLimitError(TidalError, ValueError):
    """A query parameter breaks a limit the spec sets on it; the request was not sent."""

    def __init__(self, operation: str, parameter: str, message: str) -> None:
        super().__init__(f"{operation}: {parameter} {message}")
        self.operation = operation
        self.parameter = parameter


def _limits(operation: str) -> dict[str, _Limit] | None:
    from tidalkit.api._generated._registry import PARAMETER_LIMITS

    return PARAMETER_LIMITS.get(operation)


def max_values(operation: str, parameter: str = "filter[id]") -> int | None:
    """How many values ``parameter`` of ``operation`` takes in one request (None: no limit)."""
    limits = _limits(operation)
    limit = limits.get(parameter) if limits else None
    return limit[1] if limit else None


@lru_cache(maxsize=64)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def check_parameters(operation: str, params: Sequence[tuple[str, ParamValue]]) -> None:
    """Raise ParameterLimitError when a value of ``params`` breaks a limit of ``operation``.

    Parameters not sent (None, or an empty list) are not checked.
    """
    limits = _limits(operation)
    if not limits:
        return
    for name, value in params:
        limit = limits.get(name)
        if limit is None or value is None:
            continue
        values: list[str] = [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
        if not values:
            continue
        min_items, max_items, min_length, max_length, pattern = limit
        if max_items is not None and len(values) > max_items:
            raise ParameterLimitError(
                operation, name, f"takes at most {max_items} values per request, got {len(values)}"
            )
        if min_items is not None and len(values) < min_items:
            raise ParameterLimitError(operation, name, f"needs at least {min_items} values")
        for item in values:
            if min_length is not None and len(item) < min_length:
                raise ParameterLimitError(operation, name, f"values must be at least {min_length} characters")
            if max_length is not None and len(item) > max_length:
                raise ParameterLimitError(
                    operation, name, f"values must be at most {max_length} characters, got {len(item)}"
                )
            if pattern is not None and _pattern(pattern).search(item) is None:
                raise ParameterLimitError(operation, name, f"value {item!r} does not match {pattern}")
