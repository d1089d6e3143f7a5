"""Hypothesis strategies of bad responses, and a runner feeding them through a real client.

A case is one HTTP answer (status, headers, body) that a mock transport returns to every request
of one client call. Bodies: real sandbox payloads with leaves replaced by wrong types, nulls,
unknown enum values or huge strings, keys deleted, JSON truncated at any byte, HTML error pages,
arbitrary JSON, empty bodies.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from hypothesis import strategies as st

from tidalkit._http.errors import TidalError

__all__ = [
    "Case",
    "FuzzTarget",
    "InstantClock",
    "Responder",
    "cases",
    "children",
    "paths_of",
    "replace_at",
    "run_case",
]

HTML_PAGES = (
    b"<html><head><title>503 Service Temporarily Unavailable</title></head><body></body></html>",
    b"<!DOCTYPE html><html><body><h1>Attention Required! | Cloudflare</h1></body></html>",
    b"<html><body>Please log in<form action='/login'></form></body></html>",
    b"<?xml version='1.0'?><error>nope</error>",
)
STATUSES = (200, 200, 200, 200, 201, 204, 302, 400, 401, 403, 404, 409, 412, 422, 429, 500, 502, 503)
ODD_STRINGS = (
    "",
    "SOMETHING_NEW",
    "HI_RES_LOSSLESS_PLUS",
    "not-a-date",
    "2024-13-45T99:99:99Z",
    "P1Y2M3DT4H5M6S",
    "PT-5S",
    "9" * 400,
    "\x00\ud7ff\u202e",
    "null",
    "NaN",
)


@dataclass(frozen=True, slots=True)
class Case:
    """One fuzzed answer."""

    status: int
    headers: dict[str, str]
    body: bytes
    kind: str = field(default="")

    def __repr__(self) -> str:
        shown = self.body[:300] + (b"..." if len(self.body) > 300 else b"")
        size = len(self.body)
        return f"Case({self.kind}, status={self.status}, headers={self.headers}, body={shown!r} [{size} B])"


json_leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(ODD_STRINGS)
)
json_values = st.recursive(
    json_leaves,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def children(value: Any) -> list[tuple[Any, Any]]:
    """(key or index, child) pairs of a JSON container; none for a leaf."""
    if isinstance(value, dict):
        mapping: dict[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
        return list(mapping.items())
    if isinstance(value, list):
        items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
        return list(enumerate(items))
    return []


def paths_of(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = [prefix]
    for key, child in children(value):
        found.extend(paths_of(child, (*prefix, key)))
    return found


def replace_at(value: Any, path: tuple[Any, ...], new: Any, *, delete: bool) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy: dict[Any, Any] = dict(children(value))
        if not rest and delete:
            copy.pop(head, None)
        else:
            copy[head] = replace_at(copy[head], rest, new, delete=delete)
        return copy
    copy_list: list[Any] = [child for _, child in children(value)]
    if not rest and delete:
        del copy_list[head]
    else:
        copy_list[head] = replace_at(copy_list[head], rest, new, delete=delete)
    return copy_list


@st.composite
def mutated(draw: st.DrawFn, base: Any) -> Any:
    """``base`` with 1-4 leaves or subtrees replaced (wrong type, null, odd string) or deleted."""
    value = base
    for _ in range(draw(st.integers(1, 4))):
        paths = paths_of(value)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(("null", "value", "odd", "delete", "huge", "list", "dict")))
        if action == "delete" and path:
            value = replace_at(value, path, None, delete=True)
            continue
        new: Any
        if action == "null":
            new = None
        elif action == "odd":
            new = draw(st.sampled_from(ODD_STRINGS))
        elif action == "huge":
            new = "x" * draw(st.sampled_from((10_000, 200_000)))
        elif action == "list":
            new = draw(st.lists(json_leaves, max_size=3))
        elif action == "dict":
            new = draw(st.dictionaries(st.text(max_size=8), json_leaves, max_size=3))
        else:
            new = draw(json_values)
        value = replace_at(value, path, new, delete=False)
    return value


@st.composite
def cases(draw: st.DrawFn, bases: list[tuple[str, Any]]) -> tuple[str, Case]:
    """(target name, answer): a body for one of ``bases`` (target name, real payload)."""
    name, base = draw(st.sampled_from(bases))
    kind = draw(
        st.sampled_from(("mutated", "mutated", "mutated", "truncated", "html", "random", "empty", "huge"))
    )
    content_type = "application/json"
    if kind == "mutated":
        body = json.dumps(draw(mutated(base))).encode()
    elif kind == "truncated":
        full = json.dumps(base).encode()
        body = full[: draw(st.integers(0, max(0, len(full) - 1)))]
    elif kind == "html":
        body = draw(st.sampled_from(HTML_PAGES))
        content_type = draw(st.sampled_from(("text/html", "application/json")))
    elif kind == "random":
        body = json.dumps(draw(json_values)).encode()
    elif kind == "empty":
        body = draw(st.sampled_from((b"", b" ", b"null", b"{}", b"[]", b'""', b"0")))
    else:
        body = b'{"x":"' + b"y" * draw(st.sampled_from((100_000, 500_000))) + b'"}'
    status = draw(st.sampled_from(STATUSES)) if draw(st.integers(0, 4)) == 0 else 200
    headers = {"content-type": content_type}
    if status in (429, 503) and draw(st.booleans()):
        headers["retry-after"] = draw(st.sampled_from(("1", "0.5", "-3", "abc", "99999999999", "", "1e400")))
    return name, Case(status, headers, body, kind)


FuzzTarget = Callable[[Any], Awaitable[Any]]


class InstantClock:
    """The clients' clock: waits (429 cool-downs, learned rates, backoff) pass at once."""

    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.t += max(0.0, seconds)
        await asyncio.sleep(0)


class Responder:
    """The mock transport's handler: answers every request with the current case."""

    def __init__(self) -> None:
        self.case = Case(200, {}, b"{}")
        self.requests = 0
        self.outcomes: Counter[str] = Counter()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return httpx.Response(self.case.status, headers=self.case.headers, content=self.case.body)


def run_case(
    runner: asyncio.Runner, client: Any, target: FuzzTarget, responder: Responder, case: Case
) -> None:
    """Run ``target(client)`` against ``case``: it must return, or raise a ``TidalError``."""
    responder.case = case

    async def call() -> Any:
        return await target(client)

    try:
        runner.run(call())
    except TidalError as exc:
        responder.outcomes[type(exc).__name__] += 1
        return
    except Exception as exc:  # anything else is a bug of the client
        raise AssertionError(f"{type(exc).__name__} escaped for {case!r}: {exc!r}"[:2000]) from exc
    responder.outcomes["model"] += 1
