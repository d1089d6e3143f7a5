"""The tolerant model base and field types shared by every private-API model."""

from __future__ import annotations

import logging
from typing import Any, ClassVar, cast

from pydantic import (
    ConfigDict,
    ValidationError,
    ValidatorFunctionWrapHandler,
)
from pydantic.alias_generators import to_camel

from tidalkit._core.model import Mended, TolerantModel, UtcDatetime, error_path
from tidalkit._logs import warn_first

__all__ = [
    "EmptyIfNull",
    "FittingItems",
    "NullFreeList",
    "OrNone",
    "TidalModel",
    "UtcDatetime",
    "as_dict",
    "as_list",
    "drop_nulls",
    "empty_if_null",
    "fitting_items",
    "or_none",
]

logger = logging.getLogger("tidalkit.private")


def as_dict(value: object) -> dict[str, Any] | None:
    """``value`` as a JSON object (a shallow copy), or None when it is not one."""
    return dict(cast(dict[str, Any], value)) if isinstance(value, dict) else None


def as_list(value: object) -> list[Any] | None:
    """``value`` as a JSON array (a shallow copy), or None when it is not one."""
    return list(cast(list[Any], value)) if isinstance(value, list) else None


def drop_nulls(value: Any) -> Any:
    """Before-validator for lists: a null list is empty, and null entries are dropped."""
    if value is None:
        return []
    if not isinstance(value, list):
        return value
    items = cast(list[Any], value)
    return [item for item in items if item is not None] if None in items else items


NullFreeList = Mended(drop_nulls)
"""For list fields: a null list is empty, null entries are dropped (Python runs only for those)."""


def empty_if_null(value: Any) -> Any:
    """Before-validator for mappings and nested objects with defaults: null means empty."""
    return {} if value is None else value


EmptyIfNull = Mended(empty_if_null)
"""For dict fields and nested objects that default to empty: a null parses as ``{}``."""


def fitting_items(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """Validate a list; when some entries don't fit, keep the others and log each one skipped.

    One broken entry (an unavailable track without an id, say) must not fail a whole page.
    """
    try:
        return handler(value)
    except ValidationError:
        entries = as_list(value)
        if entries is None:
            raise
    kept: list[Any] = []
    for entry in entries:
        try:
            kept.extend(handler([entry]))
        except ValidationError as exc:
            error = exc.errors()[0]
            where = error_path(error["loc"]).partition(".")[2]  # without the entry's index
            message = str(error["msg"])
            warn_first(
                logger,
                ("private", "item", where, message),
                "skipped a list item that does not fit (%s: %s)",
                where or "item",
                message,
            )
    return kept


FittingItems = Mended(salvage=fitting_items)
"""For list fields: drop entries that don't validate (with a warning) instead of failing the parent."""


def or_none(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """Validate an optional part; when it doesn't fit, log a warning and use None instead of failing."""
    try:
        return handler(value)
    except ValidationError as exc:
        error = exc.errors()[0]
        where, message = error_path(error["loc"]), str(error["msg"])
        warn_first(
            logger,
            ("private", "part", where, message),
            "ignored a part that does not fit (%s: %s)",
            where or "value",
            message,
        )
        return None


OrNone = Mended(salvage=or_none)
"""For optional fields that are nice to have: an odd shape becomes None, not a failed parent."""


class TidalModel(TolerantModel):
    """Base of every private-API model: camelCase aliases, extra fields kept, no I/O.

    TIDAL nulls the fields it has no value for. Fields that default to None take a null as is;
    every field with another default carries a validator that maps null to that default
    (``NullFreeList``, ``EmptyIfNull``), so a null never fails a model and no per-model hook
    runs on each payload.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        alias_generator=to_camel,
        coerce_numbers_to_str=True,
        frozen=False,
        # each model's validator is built on its first use, not at import: a program pays only for
        # the models it reads
        defer_build=True,
    )
