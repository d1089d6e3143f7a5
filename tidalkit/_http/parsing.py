"""Turning response bodies into JSON and pydantic models."""

from __future__ import annotations

import gc
import json
from typing import TYPE_CHECKING, Any, TypeVar

from tidalkit._http.errors import ResponseValidationError

if TYPE_CHECKING:  # pydantic loads with the first model (about 100 ms), not with the pipeline
    from collections.abc import Callable

    import httpx
    from pydantic import BaseModel, ValidationError

__all__ = ["decode_json", "json_refused", "parse_model", "validation_error", "with_gc_deferred"]

M = TypeVar("M", bound="BaseModel")
T = TypeVar("T")


def with_gc_deferred(build: Callable[[Any], T], data: Any) -> T:
    """``build(data)`` with Python's cyclic garbage collector held off until it returns.

    pydantic-core builds every model of a body in one call, and every object it makes survives.
    Left on, the collector runs after each 700 of them, walks what was just built, and counts each
    run towards the full collections over the whole heap: about 30 % of validating a page of 100
    playlist entries. Held off, it runs once, at the first allocation after: nothing is skipped.
    A collector the application turned off stays off.
    """
    if not gc.isenabled():
        return build(data)
    gc.disable()
    try:
        return build(data)
    finally:
        gc.enable()


def _where(response: httpx.Response | None) -> str:
    if response is None or response._request is None:
        return ""
    return f" from {response.request.method} {response.request.url.path}"


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of ``response`` (None when empty); malformed JSON → ResponseValidationError."""
    content = response.content
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:200]
        error = ResponseValidationError(
            f"response{_where(response)} is not valid JSON: {reason}",
            body=content[:2000].decode("utf-8", "replace"),
        )
    raise error from None  # a RecursionError's traceback is thousands of frames deep


def validation_error(exc: ValidationError, model: str, body: str = "") -> ResponseValidationError:
    """A ResponseValidationError naming the first failing field path of ``exc``."""
    from tidalkit._core.model import error_path

    first = exc.errors()[0] if exc.error_count() else None
    path = error_path(first["loc"]) if first else ""
    reason = first["msg"] if first else str(exc)
    return ResponseValidationError(
        f"payload does not fit {model} at {path or '<root>'}: {reason}",
        model=model,
        path=path,
        body=body,
    )


def json_refused(exc: ValueError) -> bool:
    """True when pydantic-core's JSON parser refused the body itself (not its fit to the model).

    ``json.loads`` may still read it: it takes a lone surrogate escape (``"\\ud83d"``, as a title
    cut mid-emoji comes), a byte-order mark, UTF-16 and UTF-32 text; pydantic-core does not.
    """
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError) or exc.error_count() != 1:
        return False
    return exc.errors(include_url=False)[0]["type"] == "json_invalid"


def parse_model(data: Any, model: type[M]) -> M:
    """Validate decoded JSON (or raw bytes) into ``model``; failures → ResponseValidationError.

    Bytes are read by pydantic-core's JSON parser; a body only ``json.loads`` reads (see
    `json_refused`) is decoded by it and validated from the Python objects.
    """
    try:
        if isinstance(data, bytes | str):
            try:
                return with_gc_deferred(model.model_validate_json, data)
            except ValueError as exc:
                if not json_refused(exc):
                    raise
                try:
                    decoded = json.loads(data)
                except (ValueError, RecursionError):
                    raise exc from None
            return model.model_validate(decoded)
        return model.model_validate(data)
    except RecursionError:
        name = model.__name__
        error = ResponseValidationError(f"payload for {name} is nested too deeply", model=name)
    except ValueError as exc:  # pydantic's ValidationError (imported here: only a failure needs it)
        from pydantic import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        body = data[:2000].decode("utf-8", "replace") if isinstance(data, bytes) else ""
        raise validation_error(exc, model.__name__, body) from exc
    raise error from None
