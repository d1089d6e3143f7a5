"""What the models of both APIs share: the tolerant pydantic base, an always-aware datetime, and
mending of values only when pydantic-core refuses them as sent."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

__all__ = ["Mended", "TolerantModel", "UtcDatetime", "error_path"]

AS_SENT = "[as sent]"
MENDED = "[mended]"
"""The labels pydantic-core puts in an error's location for the two tries of a `Mended` field."""


class Mended:
    """A field annotation: validate the value as sent, entirely in pydantic-core; only a value that
    fails goes to the fallback, which runs Python.

    ``fix`` mends the raw value before it is validated again (a null list becomes ``[]``);
    ``salvage`` is a wrap validator around the field's schema (keep the list entries that fit).
    The usual payload runs no Python code for the field, while an odd one is still read.
    """

    def __init__(
        self,
        fix: Callable[[Any], Any] | None = None,
        *,
        salvage: core_schema.NoInfoWrapValidatorFunction | None = None,
    ) -> None:
        self.fix = fix
        self.salvage = salvage

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema = handler(source)
        fallback = schema
        if self.fix is not None:
            fix = core_schema.no_info_plain_validator_function(self.fix)
            fallback = core_schema.chain_schema([fix, fallback])
        if self.salvage is not None:
            fallback = core_schema.no_info_wrap_validator_function(self.salvage, fallback)
        return core_schema.union_schema([(schema, AS_SENT), (fallback, MENDED)], mode="left_to_right")


def error_path(loc: Sequence[int | str]) -> str:
    """A validation error's location as a dotted path, without `Mended`'s labels."""
    return ".".join(str(part) for part in loc if part not in (AS_SENT, MENDED))


def _aware(value: Any) -> Any:
    # runs only for what the aware-only try refused: a naive timestamp (TIDAL's naive ones are UTC)
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _aware_only(schema: CoreSchema) -> CoreSchema:
    return {**schema, "tz_constraint": "aware"}  # type: ignore[typeddict-item]


def _naive_as_utc(schema: CoreSchema) -> CoreSchema:
    return core_schema.no_info_after_validator_function(_aware, schema)


class _AssumeUtc:
    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema = handler(source)
        tries: list[CoreSchema | tuple[CoreSchema, str]] = [_aware_only(schema), _naive_as_utc(schema)]
        return core_schema.union_schema(tries, mode="left_to_right", custom_error_type="datetime_type")


UtcDatetime = Annotated[datetime, _AssumeUtc()]
"""A datetime that is always aware (TIDAL's naive timestamps are UTC); an aware one is read by
pydantic-core alone."""


class TolerantModel(BaseModel):
    """Base of every tidalkit model: fields by name or alias, unknown fields kept, no I/O.

    Each API's base adds its own rules (aliases, null handling, salvage of what does not fit).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(populate_by_name=True, extra="allow")
