"""Reading v2 documents that do not fit the spec: field-by-field salvage and the issues it reports.

The fast path is one ``model_validate``, entirely in pydantic-core. A spec-required field TIDAL left
out reads as None there (TIDAL redacts and drifts: most tracks lack ``key``), and only then is the
result walked in Python (`check_absent`) to name those fields, or to map a deprecated attribute that
stands in for one. A value that does not fit makes `validate_tolerant` take the failing fields one by
one: a wrong-typed field reads as None, a list keeps the entries that fit, a nested object is salvaged
the same way, a plain string where an object of one required string field is expected is mapped.
Each of these is recorded as a `ValidationIssue`.
"""

from __future__ import annotations

import logging
import types
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any, Literal, TypeVar, Union, cast, get_args, get_origin

from pydantic import BaseModel, GetPydanticSchema, TypeAdapter, ValidationError
from pydantic_core import core_schema

from tidalkit._core.model import AS_SENT, MENDED

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
    "salvage",
    "validate_tolerant",
]

logger = logging.getLogger("tidalkit.api")

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


_ABSENT = [0]
"""How many absent required fields and mapped plain strings pydantic-core has read so far."""


def _absent() -> None:
    _ABSENT[0] += 1


def absent_count() -> int:
    """A counter pydantic-core bumps on every absent `Redactable` field and `Textual` string: unchanged
    across a validation, nothing was left out or mapped and the result needs no `check_absent` walk."""
    return _ABSENT[0]


def _redactable(source: Any, handler: Callable[[Any], core_schema.CoreSchema]) -> core_schema.CoreSchema:
    nullable = core_schema.nullable_schema(handler(source))
    return core_schema.with_default_schema(nullable, default_factory=_absent)


Redactable = Annotated[T, GetPydanticSchema(_redactable)]
"""A field the spec requires: typed ``T`` for users, None at runtime when TIDAL left it out.

TIDAL redacts fields a client may not read and drifts from its spec, so a required attribute can be
absent or null; such a field is then None, and an absent one is named in ``validation_issues``.
"""

def _textual(source: Any, handler: Callable[[Any], core_schema.CoreSchema]) -> core_schema.CoreSchema:
    schema = handler(source)
    model: Any = source
    single = _single_text_field(model) if isinstance(model, type) and issubclass(model, BaseModel) else None
    if single is None:
        return schema
    target = cast(type[BaseModel], model)

    def from_text(value: str) -> BaseModel:
        _ABSENT[0] += 1  # the result is walked: `check_absent` reports the mapping
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


@dataclass(frozen=True, slots=True)
class ValidationIssue:
    """One field TIDAL sent that the model could not take as it is.

    ``field`` is the JSON path from the resource (``attributes.albumType``); ``value`` the raw value
    (None when missing), so nothing TIDAL sent is lost.
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


_Where = tuple[str | None, str | None]


def validate_tolerant(
    cls: type[M], raw: Any, issues: list[ValidationIssue], where: _Where = (None, None), path: str = ""
) -> M:
    """``cls.model_validate(raw)``; when that fails, salvage field by field and record ``issues``.

    Raises ValidationError only when the object cannot stand at all (not a JSON object, or a field
    that may not be None, such as a resource's ``id``, is missing or broken).
    """
    before = _ABSENT[0]
    try:
        result: M = cls.__pydantic_validator__.validate_python(raw)
    except ValidationError as exc:
        if not isinstance(raw, dict):
            raise
        return salvage(cls, cast(dict[str, Any], raw), exc, issues, where, path)
    if _ABSENT[0] != before:
        check_absent(result, issues, where, path, _ABSENT[0] - before)
        _mark_checked(result)
    return result


def salvage(
    cls: type[M],
    raw: dict[str, Any],
    exc: ValidationError,
    issues: list[ValidationIssue],
    where: _Where = (None, None),
    path: str = "",
) -> M:
    """Rebuild ``raw`` so that it validates into ``cls``, given the error of the first attempt."""
    rtype, rid = raw.get("type"), raw.get("id")
    if "id" in cls.model_fields and isinstance(rtype, str) and isinstance(rid, str):
        where, path = (rtype, rid), ""
    own: list[ValidationIssue] = []
    fixed = dict(raw)
    for _ in range(3):
        failing: dict[str, Any] = {}
        for error in exc.errors():
            if error["loc"]:
                failing.setdefault(str(error["loc"][0]), error)
        if not failing:
            raise exc
        for key, error in failing.items():
            _fix(cls, key, error, fixed, own, where, path)
        try:
            result = cls.model_validate(fixed)
        except ValidationError as again:
            exc = again
            continue
        absent: list[ValidationIssue] = []
        check_absent(result, absent, where, path)
        own[:0] = absent
        if where[0] is not None and not path and own:
            attach_issues(result, own)
        _mark_checked(result)
        issues.extend(own)
        return result
    raise exc


def _fix(
    cls: type[BaseModel],
    key: str,
    error: Any,
    fixed: dict[str, Any],
    issues: list[ValidationIssue],
    where: _Where,
    path: str,
) -> None:
    name = _field_by_alias(cls).get(key)
    if name is None:  # not a field (pydantic reports fields only): the next attempt raises
        return
    here = f"{path}.{key}" if path else key
    if error["type"] == "missing" and len(error["loc"]) == 1:  # a field that may not be None: raises
        fixed[key] = None
        issues.append(ValidationIssue(*where, here, "missing"))
        return
    value = fixed.get(key)
    annotation = cls.model_fields[name].annotation
    fixed[key] = _salvage_value(annotation, value, issues, where, here, str(error["msg"]))


def _salvage_value(
    annotation: Any, value: Any, issues: list[ValidationIssue], where: _Where, path: str, msg: str
) -> Any:
    kind, inner = _shape(annotation)
    text: object = value
    if kind == "model" and isinstance(value, dict):
        try:
            return validate_tolerant(inner, value, issues, where, path)
        except ValidationError as exc:
            msg = _first_message(exc)
    elif kind == "list" and isinstance(value, list):
        return _salvage_list(inner, cast(list[Any], value), issues, where, path)
    issues.append(ValidationIssue(*where, path, "invalid", msg, text))
    return None


def _salvage_list(
    item: Any, values: list[Any], issues: list[ValidationIssue], where: _Where, path: str
) -> Any:
    kind, model = _shape(item)
    kept: list[Any] = []
    for position, entry in enumerate(values):
        here = f"{path}.{position}"
        try:
            if kind == "model":
                kept.append(validate_tolerant(model, entry, issues, where, here))
            else:
                kept.append(_adapter(item).validate_python(entry))
        except ValidationError as exc:
            issues.append(ValidationIssue(*where, here, "dropped", _first_message(exc), entry))
    return kept


def _shape(annotation: Any) -> tuple[str, Any]:  # pyright: ignore[reportUnknownParameterType]
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
def _adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)


@lru_cache(maxsize=512)
def _field_by_alias(cls: type[BaseModel]) -> dict[str, str]:
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
    if len(required) != 1 or _shape(required[0][1].annotation) != ("other", str):
        return None
    name, info = required[0]
    return info.alias or name


def _first_message(exc: ValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return str(exc)
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


@dataclass(frozen=True, slots=True)
class _Plan:
    """What `check_absent` looks at in one model class."""

    resource: bool
    """The class has ``id`` and ``type``: issues below it belong to that resource."""
    required: tuple[tuple[str, str], ...]
    """(name, alias) of the required fields, in declaration order."""
    fallbacks: dict[str, tuple[str, str]]
    """Field name → (name or alias of the deprecated field standing in, its alias)."""
    children: tuple[tuple[str, str, bool], ...]
    """(name, alias, is a list) of the fields holding models that have something to check."""


_NOTHING = _Plan(False, (), {}, ())


@lru_cache(maxsize=2048)
def _plan(cls: type[BaseModel]) -> _Plan:
    return _build_plan(cls, set())


def _build_plan(cls: type[BaseModel], visiting: set[type[BaseModel]]) -> _Plan:
    visiting.add(cls)
    fields = cls.model_fields
    by_alias = _field_by_alias(cls)
    required = tuple((name, info.alias or name) for name, info in fields.items() if info.is_required())
    deprecated: dict[str, str] = getattr(cls, "DEPRECATED_FALLBACKS", {})
    fallbacks = {
        name: (by_alias.get(older, older), older)
        for new, older in deprecated.items()
        if (name := by_alias.get(new)) is not None
    }
    children: list[tuple[str, str, bool]] = []
    for name, info in fields.items():
        kind, inner = _shape(info.annotation)
        if kind == "list":
            kind, inner = _shape(inner)
            kind = "list" if kind == "model" else "other"
        if kind == "other":
            continue
        sub: type[BaseModel] = inner
        if sub in visiting or _build_plan(sub, visiting) is not _NOTHING:
            children.append((name, info.alias or name, kind == "list"))
    visiting.discard(cls)
    if not required and not children:
        return _NOTHING
    return _Plan("id" in fields and "type" in fields, required, fallbacks, tuple(children))


def check_absent(
    value: BaseModel,
    issues: list[ValidationIssue],
    where: _Where = (None, None),
    path: str = "",
    count: int = -1,
) -> int:
    """Record the required fields pydantic-core read as absent in ``value`` and the models below it.

    A deprecated attribute that stands in for an absent one (``type`` for ``albumType``) is mapped.
    A resource's own issues are also kept on it (``validation_issues``). Models already checked by
    the salvage are skipped. ``count``: how many absent fields there are (the change of
    `absent_count`), so the walk stops at the last one; -1 when unknown. Returns what is left of it.
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
    for name, alias in plan.required:
        if name not in fields_set:
            _absent_field(value, plan, name, alias, own, where, f"{path}.{alias}" if path else alias)
            count -= 1
    values = value.__dict__
    for name, alias, many in plan.children:
        if not count:
            break
        child = values.get(name)
        if child is None:
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
        attach_issues(value, [*own, *issues_of(value)])
        issues.extend(own)
    return count


def _absent_field(
    value: BaseModel,
    plan: _Plan,
    name: str,
    alias: str,
    issues: list[ValidationIssue],
    where: _Where,
    here: str,
) -> None:
    older = plan.fallbacks.get(name)
    if older is not None:
        extra = value.__pydantic_extra__ or {}
        stand_in = value.__dict__.get(older[0], extra.get(older[1]))
        if stand_in is not None:
            try:
                mapped = _adapter(type(value).model_fields[name].annotation).validate_python(stand_in)
            except ValidationError:
                pass
            else:
                value.__dict__[name] = mapped
                value.__pydantic_fields_set__.add(name)
                detail = f"read from deprecated {older[1]!r}"
                issues.append(ValidationIssue(*where, here, "mapped", detail, stand_in))
                return
    issues.append(ValidationIssue(*where, here, "missing"))


def _mark_checked(value: BaseModel) -> None:
    private = value.__pydantic_private__
    if private is None:
        object.__setattr__(value, "__pydantic_private__", {"_checked": True})
    else:
        private["_checked"] = True


def _checked(value: BaseModel) -> bool:
    private = value.__pydantic_private__
    return private is not None and "_checked" in private


def log_once(logged: set[tuple[str | None, str, str]], issue: ValidationIssue) -> None:
    """Warn about ``issue`` unless its (resource type, field, problem) is in ``logged`` (one document)."""
    key = (issue.resource_type, issue.field, issue.problem)
    if key not in logged:
        logged.add(key)
        logger.warning("%s (logged once per field per document)", issue.describe())


def log_absent_once(
    logged: set[tuple[str | None, str, str]], type_: str, id_: str, name: str, absent: list[tuple[str, str]]
) -> None:
    """Warn, once per relationship per document, that targets of ``name`` are absent from ``included``."""
    key = (type_, f"relationships.{name}", "absent")
    if key in logged:
        return
    logged.add(key)
    named = ", ".join(f"{t} {i}" for t, i in absent[:5]) + (" ..." if len(absent) > 5 else "")
    logger.warning(
        "TIDAL v2 %s %s: relationships.%s names %d resource(s) absent from included (%s); "
        "skipped, see missing_related(%r) (logged once per relationship per document)",
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
