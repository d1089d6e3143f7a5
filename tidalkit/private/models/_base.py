"""The tolerant model base and field types shared by every private-API model."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, cast

from pydantic import (
    BaseModel,
    ConfigDict,
    GetCoreSchemaHandler,
    ValidationError,
    ValidatorFunctionWrapHandler,
    create_model,
)
from pydantic.alias_generators import to_camel
from pydantic_core import CoreSchema, core_schema

from tidalkit._core.model import Mended, TolerantModel, UtcDatetime, error_path
from tidalkit._logs import warn_first

__all__ = [
    "EmptyIfNull",
    "FittingItems",
    "MendedModel",
    "NullFreeList",
    "OrNone",
    "TidalModel",
    "UtcDatetime",
    "as_dict",
    "as_list",
    "drop_nulls",
    "empty_if_null",
    "fitting_items",
    "mended_model",
    "new_dict",
    "new_list",
    "or_none",
    "typed_by_kind",
]

logger = logging.getLogger("tidalkit.private")


def as_dict(value: object) -> dict[str, Any] | None:
    """``value`` as a JSON object (a shallow copy), or None when it is not one."""
    return dict(cast(dict[str, Any], value)) if isinstance(value, dict) else None


def as_list(value: object) -> list[Any] | None:
    """``value`` as a JSON array (a shallow copy), or None when it is not one."""
    return list(cast(list[Any], value)) if isinstance(value, list) else None


new_list = cast("Callable[[], list[Any]]", list)
"""``list`` as a typed default factory: ``list[X]()`` costs 7× a bare ``list()``, once per absent
field of every model built."""
new_dict = cast("Callable[[], dict[Any, Any]]", dict)
"""``dict`` as a typed default factory (see `new_list`)."""


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


_VARIANT_OF: dict[type[BaseModel], type[BaseModel]] = {}
"""Variant → the model `typed_by_kind` made it for."""


@dataclass(frozen=True)
class _Reading:
    """How a `MendedModel` reads: typed variants by a key, and the Python path for the rest."""

    fallback: Callable[[Any], Any]
    variants: Mapping[str, type[BaseModel]] = field(default_factory=dict[str, type[BaseModel]])
    key: str = "type"


_READINGS: dict[type[BaseModel], _Reading] = {}


class MendedModel(TidalModel):
    """A model pydantic-core reads alone on the usual payload, with a Python path for the rest.

    Registered with `typed_by_kind` (a field whose model a sibling key names: tried as a tagged
    union on that key) or `mended_model` (the model as sent, tried first). What those refuse goes
    through the registered fallback, a before-validator of the raw object, and the model itself.
    """

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[BaseModel], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        schema = handler(source)
        reading = _READINGS.get(source)
        if reading is None:  # a variant, or a subclass that registered nothing: its fields as declared
            return schema
        # the union takes over the model's ref, so every field naming the model reads through it
        own = cast(dict[str, Any], dict(schema))
        ref = own.pop("ref", None)
        model = cast(CoreSchema, own)
        tries: list[CoreSchema | tuple[CoreSchema, str]] = []
        if reading.variants:
            choices = {tag: handler.generate_schema(variant) for tag, variant in reading.variants.items()}
            tries.append(core_schema.tagged_union_schema(choices, discriminator=reading.key))
        else:
            tries.append(model)
        tries.append(core_schema.no_info_before_validator_function(reading.fallback, model))
        return core_schema.union_schema(tries, mode="left_to_right", ref=ref)

    def __eq__(self, other: object) -> bool:
        # equal to an instance of the same registered model holding the same, whichever variant
        if not isinstance(other, MendedModel):
            return NotImplemented
        if _VARIANT_OF.get(type(self), type(self)) is not _VARIANT_OF.get(type(other), type(other)):
            return False
        return (
            self.__dict__ == other.__dict__
            and self.__pydantic_extra__ == other.__pydantic_extra__
            and self.__pydantic_private__ == other.__pydantic_private__
        )


def mended_model(base: type[MendedModel], fallback: Callable[[Any], Any]) -> None:
    """Read ``base`` as sent; a payload it refuses goes through ``fallback`` (a before-validator of
    the raw object) first. Call it right after defining ``base``."""
    _READINGS[base] = _Reading(fallback)


def typed_by_kind(
    base: type[MendedModel],
    field_name: str,
    models: Mapping[str, type[BaseModel]],
    fallback: Callable[[Any], Any],
    *,
    key: str = "type",
) -> None:
    """Read ``base``'s ``field_name`` as ``models[payload[key]]``; ``fallback`` (a before-validator of
    the raw object) handles every other payload. Call it right after defining ``base``.

    Each model gets a subclass of ``base`` declaring the field as that model (named like ``base``, so
    reprs read the same, and reachable as ``base._<Model>``, so its instances pickle); every other
    payload is a ``base`` itself.
    """

    def variant(model: type[BaseModel]) -> type[BaseModel]:
        fields: dict[str, Any] = {field_name: (model | None, None)}
        made = create_model(base.__name__, __base__=base, __module__=base.__module__, **fields)
        attribute = f"_{model.__name__}"
        made.__qualname__ = f"{base.__qualname__}.{attribute}"
        type.__setattr__(base, attribute, made)
        _VARIANT_OF[made] = base
        return made

    made: dict[type[BaseModel], type[BaseModel]] = {}
    variants: dict[str, type[BaseModel]] = {}
    for tag, model in models.items():
        if model not in made:
            made[model] = variant(model)
        variants[tag] = made[model]
    _READINGS[base] = _Reading(fallback, variants, key)
