"""What v2 models tolerate in pydantic-core, and the issues it reports: `Redactable`, `Textual`.

A spec-required field TIDAL left out reads as None inside pydantic-core (TIDAL redacts and drifts:
most tracks lack ``key``); a plain string where an object of one required string field belongs is
read into that object (``copyright`` in 2025-07). Only then is the result walked in Python
(`check_absent`) to name those fields, or to map a deprecated attribute that stands in for an absent
one; each is a `ValidationIssue`. Values that do not fit at all are salvaged (`tidalkit.api.salvage`).
"""

from __future__ import annotations

import logging
import types
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any, Literal, NamedTuple, TypeVar, Union, cast, get_args, get_origin

from pydantic import BaseModel, GetCoreSchemaHandler, GetPydanticSchema, TypeAdapter, ValidationError
from pydantic_core import core_schema

from tidalkit._core.model import AS_SENT, MENDED
from tidalkit._logs import warn_first

__all__ = [
    "Problem",
    "Redactable",
    "Textual",
    "ValidationIssue",
    "absent_count",
    "check_absent",
    "issues_of",
    "log_absent_once",
    "log_once",
    "logger",
    "mark_checked",
]

logger = logging.getLogger("tidalkit.api")

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


_ABSENT = [0]
"""How many absent required fields and mapped plain strings pydantic-core has read so far."""

_SEEN: set[str] = set()
"""The names of the fields pydantic-core has ever read as absent or mapped from a plain string in
this process (a few dozen at most): `check_absent` looks only below fields whose subtree has one."""
_ANY = "*"
"""Stands in `_SEEN` for a field pydantic gave no name: every subtree is looked at from then on."""


def _absent_of(name: str | None) -> Callable[[], None]:
    """The default of the `Redactable` field ``name``: counts it and remembers its name."""
    seen = _ANY if name is None else name

    def absent() -> None:
        _ABSENT[0] += 1
        _SEEN.add(seen)

    return absent


def absent_count() -> int:
    """A counter pydantic-core bumps on every absent `Redactable` field and `Textual` string: unchanged
    across a validation, nothing was left out or mapped and the result needs no `check_absent` walk."""
    return _ABSENT[0]


def _redactable(source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    nullable = core_schema.nullable_schema(handler(source))
    return core_schema.with_default_schema(nullable, default_factory=_absent_of(handler.field_name))


Redactable = Annotated[T, GetPydanticSchema(_redactable)]
"""A field the spec requires: typed ``T`` for users, None at runtime when TIDAL left it out.

TIDAL redacts fields a client may not read and drifts from its spec, so a required attribute can be
absent or null; such a field is then None, and an absent one is named in ``validation_issues``.
"""


def _textual(source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    schema = handler(source)
    seen = handler.field_name or _ANY
    model: Any = source
    single = _single_text_field(model) if isinstance(model, type) and issubclass(model, BaseModel) else None
    if single is None:
        return schema
    target = cast(type[BaseModel], model)

    def from_text(value: str) -> BaseModel:
        _ABSENT[0] += 1  # the result is walked: `check_absent` reports the mapping
        _SEEN.add(seen)
        mapped = target.model_validate({single: value})
        object.__setattr__(mapped, "__pydantic_private__", {"_text": value})
        return mapped

    text = core_schema.no_info_after_validator_function(from_text, core_schema.str_schema())
    return core_schema.union_schema([(schema, AS_SENT), (text, MENDED)], mode="left_to_right")


Textual = Annotated[T, GetPydanticSchema(_textual)]
"""An object of one required string field (``Copyright``) that TIDAL may send as that string alone
(2025-07): read into the object by pydantic-core, and reported as mapped."""

Problem = Literal["missing", "invalid", "mapped", "dropped"]

_READ_AS = {
    "missing": "missing; read as None",
    "invalid": "does not fit the model; read as None (raw value kept in validation_issues)",
    "mapped": "sent in an older shape; mapped",
    "dropped": "does not validate; left out",
}


class ValidationIssue(NamedTuple):
    """One field TIDAL sent that the model could not take as it is (an immutable record).

    ``field`` is the JSON path from the resource (``attributes.albumType``); ``value`` the raw value
    (None when missing), so nothing TIDAL sent is lost. A named tuple: a page of tracks TIDAL sent
    without ``key`` makes two per track, and a frozen dataclass took 3× as long to build.
    """

    resource_type: str | None
    resource_id: str | None
    field: str
    problem: Problem
    detail: str = ""
    value: object = None

    def describe(self) -> str:
        """A one-line account, as logged."""
        where = f"{self.resource_type} {self.resource_id}" if self.resource_type else "document"
        detail = f" ({self.detail})" if self.detail else ""
        return f"TIDAL v2 {where}: {self.field or 'the resource'} {_READ_AS[self.problem]}{detail}"


Where = tuple[str | None, str | None]


def shape_of(annotation: Any) -> tuple[str, Any]:  # pyright: ignore[reportUnknownParameterType]
    """("model", cls) / ("list", item type) / ("other", annotation), looking through Optional."""
    if get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            annotation = members[0]
    if get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "model", annotation
    if get_origin(annotation) is list:
        return "list", (get_args(annotation) or (Any,))[0]
    return "other", annotation  # pyright: ignore[reportUnknownVariableType]


@lru_cache(maxsize=512)
def adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)


@lru_cache(maxsize=512)
def fields_by_alias(cls: type[BaseModel]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, info in cls.model_fields.items():
        out[name] = name
        if info.alias:
            out[info.alias] = name
    return out


@lru_cache(maxsize=512)
def _single_text_field(cls: type[BaseModel]) -> str | None:
    """The alias of the only required field when it is a string (``Copyright.text``), else None."""
    required = [(name, info) for name, info in cls.model_fields.items() if info.is_required()]
    if len(required) != 1 or shape_of(required[0][1].annotation) != ("other", str):
        return None
    name, info = required[0]
    return info.alias or name


@dataclass(frozen=True, slots=True)
class _Plan:
    """What `check_absent` looks at in one model class."""

    resource: bool
    """The class has ``id`` and ``type``: issues below it belong to that resource."""
    required: tuple[tuple[str, str], ...]
    """(name, alias) of the required fields, in declaration order."""
    required_names: frozenset[str]
    fallbacks: dict[str, tuple[str, str]]
    """Field name → (name or alias of the deprecated field standing in, its alias)."""
    children: tuple[tuple[str, str, bool, frozenset[str] | None], ...]
    """(name, alias, is a list, names below) of the fields holding models that have something to
    check; names below: the field's own and its subtree's required fields, ``_ANY`` included (None
    in a cycle: always looked at)."""
    below: frozenset[str] | None
    """The names of the required and model fields of this class and the models below it."""


_NOTHING = _Plan(False, (), frozenset(), {}, (), frozenset())


@lru_cache(maxsize=2048)
def _plan(cls: type[BaseModel]) -> _Plan:
    return _build_plan(cls, set())


def _build_plan(cls: type[BaseModel], visiting: set[type[BaseModel]]) -> _Plan:
    visiting.add(cls)
    fields = cls.model_fields
    by_alias = fields_by_alias(cls)
    required = tuple((name, info.alias or name) for name, info in fields.items() if info.is_required())
    deprecated: dict[str, str] = getattr(cls, "DEPRECATED_FALLBACKS", {})
    fallbacks = {
        name: (by_alias.get(older, older), older)
        for new, older in deprecated.items()
        if (name := by_alias.get(new)) is not None
    }
    children: list[tuple[str, str, bool, frozenset[str] | None]] = []
    below: set[str] | None = {name for name, _ in required}
    for name, info in fields.items():
        kind, inner = shape_of(info.annotation)
        if kind == "list":
            kind, inner = shape_of(inner)
            kind = "list" if kind == "model" else "other"
        if kind == "other":
            continue
        sub: type[BaseModel] = inner
        names: frozenset[str] | None = None
        if sub not in visiting:
            plan = _build_plan(sub, visiting)
            if plan is _NOTHING:
                continue
            names = None if plan.below is None else plan.below | {name, _ANY}
        children.append((name, info.alias or name, kind == "list", names))
        below = None if below is None or names is None else below | names
    visiting.discard(cls)
    if not required and not children:
        return _NOTHING
    return _Plan(
        "id" in fields and "type" in fields,
        required,
        frozenset(name for name, _ in required),
        fallbacks,
        tuple(children),
        None if below is None else frozenset(below),
    )


def check_absent(
    value: BaseModel,
    issues: list[ValidationIssue],
    where: Where = (None, None),
    path: str = "",
    count: int = -1,
) -> int:
    """Record the required fields pydantic-core read as absent in ``value`` and the models below it.

    A deprecated attribute that stands in for an absent one (``type`` for ``albumType``) is mapped.
    A resource's own issues are also kept on it (``validation_issues``). Models already checked by
    the salvage are skipped, and so are the fields below which no field this process has ever read
    as absent lives. ``count``: how many absent fields there are (the change of `absent_count`), so
    the walk stops at the last one; -1 when unknown. Returns what is left of it.
    """
    plan = _plan(type(value))
    if plan is _NOTHING:
        return count
    private = value.__pydantic_private__
    if private is not None and "_text" in private:
        detail = f"plain string read as {{{_single_text_field(type(value))!r}: ...}}"
        issues.append(ValidationIssue(*where, path, "mapped", detail, private["_text"]))
        count -= 1
    own = issues
    if plan.resource:
        rtype, rid = value.__dict__.get("type"), value.__dict__.get("id")
        if isinstance(rtype, str) and isinstance(rid, str):
            where, path, own = (rtype, rid), "", []
    fields_set = value.__pydantic_fields_set__
    if not plan.required_names.issubset(fields_set):
        for name, alias in plan.required:
            if name not in fields_set:
                here = f"{path}.{alias}" if path else alias
                if name in plan.fallbacks:
                    _absent_field(value, plan, name, own, where, here)
                else:
                    own.append(ValidationIssue(where[0], where[1], here, "missing"))
                count -= 1
    values = value.__dict__
    seen = _SEEN
    for name, alias, many, names in plan.children:
        if not count:
            break
        child = values.get(name)
        if child is None or (names is not None and names.isdisjoint(seen)):
            continue
        here = f"{path}.{alias}" if path else alias
        if not many:
            if isinstance(child, BaseModel) and not _checked(child):
                count = check_absent(child, own, where, here, count)
            continue
        for position, item in enumerate(cast(list[Any], child)):
            if count and isinstance(item, BaseModel) and not _checked(item):
                count = check_absent(item, own, where, f"{here}.{position}", count)
    if own is not issues and own:
        attach_issues(value, [*own, *issues_of(value)] if private is not None else own)
        issues.extend(own)
    return count


def _absent_field(
    value: BaseModel, plan: _Plan, name: str, issues: list[ValidationIssue], where: Where, here: str
) -> None:
    """The absent field ``name`` read from the deprecated field standing in for it, else missing."""
    older = plan.fallbacks[name]
    extra = value.__pydantic_extra__ or {}
    stand_in = value.__dict__.get(older[0], extra.get(older[1]))
    if stand_in is not None:
        try:
            mapped = adapter(type(value).model_fields[name].annotation).validate_python(stand_in)
        except ValidationError:
            pass
        else:
            setattr(value, name, mapped)  # pydantic adds it to the fields set
            detail = f"read from deprecated {older[1]!r}"
            issues.append(ValidationIssue(*where, here, "mapped", detail, stand_in))
            return
    issues.append(ValidationIssue(*where, here, "missing"))


def mark_checked(value: BaseModel) -> None:
    """Note that `check_absent` has seen ``value`` (and what is below it): a later walk skips it."""
    private = value.__pydantic_private__
    if private is None:
        object.__setattr__(value, "__pydantic_private__", {"_checked": True})
    else:
        private["_checked"] = True


def _checked(value: BaseModel) -> bool:
    private = value.__pydantic_private__
    return private is not None and "_checked" in private


def log_once(logged: set[tuple[str | None, str, str]], issue: ValidationIssue) -> None:
    """Log ``issue`` unless its (resource type, field, problem) is in ``logged`` (one document).

    A warning the first time the process meets it (`warn_first`), DEBUG after that.
    """
    key = (issue.resource_type, issue.field, issue.problem)
    if key not in logged:
        logged.add(key)
        warn_first(logger, ("v2", *key), "%s", issue.describe())


def log_absent_once(
    logged: set[tuple[str | None, str, str]], type_: str, id_: str, name: str, absent: list[tuple[str, str]]
) -> None:
    """Log, once per relationship per document, that targets of ``name`` are absent from ``included``
    (a warning the first time the process meets it for this type and relationship, DEBUG after)."""
    key = (type_, f"relationships.{name}", "absent")
    if key in logged:
        return
    logged.add(key)
    named = ", ".join(f"{t} {i}" for t, i in absent[:5]) + (" ..." if len(absent) > 5 else "")
    warn_first(
        logger,
        ("v2", *key),
        "TIDAL v2 %s %s: relationships.%s names %d resource(s) absent from included (%s); "
        "skipped, see missing_related(%r)",
        type_,
        id_,
        name,
        len(absent),
        named,
        name,
    )


def attach_issues(value: BaseModel, found: list[ValidationIssue]) -> None:
    """Keep ``found`` on ``value`` (read back by `issues_of`)."""
    private = value.__pydantic_private__
    if private is None:
        object.__setattr__(value, "__pydantic_private__", {"_issues": tuple(found)})
    else:
        private["_issues"] = tuple(found)


def issues_of(value: BaseModel) -> tuple[ValidationIssue, ...]:
    """The issues `attach_issues` kept on ``value`` (empty when it parsed cleanly)."""
    private = value.__pydantic_private__
    found = private.get("_issues") if private is not None else None
    return cast(tuple[ValidationIssue, ...], found) if isinstance(found, tuple) else ()
