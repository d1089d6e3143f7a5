"""Salvage of v2 objects that do not fit their model: field by field, recording what was done.

The fast path is one validation in pydantic-core (`validate_tolerant`); only a value that does not
fit takes the failing fields one by one: a wrong-typed field reads as None, a list keeps the entries
that fit, a nested object is salvaged the same way. Each is a `ValidationIssue`; required fields TIDAL
left out are reported by `tidalkit.api.tolerance.check_absent`.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationError

from tidalkit.api.tolerance import (
    ValidationIssue,
    Where,
    absent_count,
    adapter,
    attach_issues,
    check_absent,
    fields_by_alias,
    mark_checked,
    shape_of,
)

__all__ = ["salvage", "validate_tolerant"]

M = TypeVar("M", bound=BaseModel)


def validate_tolerant(
    cls: type[M], raw: Any, issues: list[ValidationIssue], where: Where = (None, None), path: str = ""
) -> M:
    """``cls.model_validate(raw)``; when that fails, salvage field by field and record ``issues``.

    Raises ValidationError only when the object cannot stand at all (not a JSON object, or a field
    that may not be None, such as a resource's ``id``, is missing or broken).
    """
    before = absent_count()
    try:
        result: M = cls.__pydantic_validator__.validate_python(raw)
    except ValidationError as exc:
        if not isinstance(raw, dict):
            raise
        return salvage(cls, cast(dict[str, Any], raw), exc, issues, where, path)
    if absent_count() != before:
        check_absent(result, issues, where, path, absent_count() - before)
        mark_checked(result)
    return result


def salvage(
    cls: type[M],
    raw: dict[str, Any],
    exc: ValidationError,
    issues: list[ValidationIssue],
    where: Where = (None, None),
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
        mark_checked(result)
        issues.extend(own)
        return result
    raise exc


def _fix(
    cls: type[BaseModel],
    key: str,
    error: Any,
    fixed: dict[str, Any],
    issues: list[ValidationIssue],
    where: Where,
    path: str,
) -> None:
    name = fields_by_alias(cls).get(key)
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
    annotation: Any, value: Any, issues: list[ValidationIssue], where: Where, path: str, msg: str
) -> Any:
    kind, inner = shape_of(annotation)
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
    item: Any, values: list[Any], issues: list[ValidationIssue], where: Where, path: str
) -> Any:
    kind, model = shape_of(item)
    kept: list[Any] = []
    for position, entry in enumerate(values):
        here = f"{path}.{position}"
        try:
            if kind == "model":
                kept.append(validate_tolerant(model, entry, issues, where, here))
            else:
                kept.append(adapter(item).validate_python(entry))
        except ValidationError as exc:
            issues.append(ValidationIssue(*where, here, "dropped", _first_message(exc), entry))
    return kept


def _first_message(exc: ValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return str(exc)
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])
