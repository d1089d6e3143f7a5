"""Bodies are validated with the cyclic garbage collector held off, and it is always put back."""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, field_validator

from tidalkit import ResponseValidationError
from tidalkit._http.parsing import parse_model, with_gc_deferred
from tidalkit.private.models import MediaItem
from tidalkit.private.models.paging import OffsetPage

REAL = Path(__file__).parents[1] / "fixtures" / "real" / "private"
SEEN: list[bool] = []


class Probe(BaseModel):
    """Records whether the collector was on while pydantic-core validated it."""

    value: int

    @field_validator("value")
    @classmethod
    def _record(cls, value: int) -> int:
        SEEN.append(gc.isenabled())
        return value


class Probes(BaseModel):
    items: list[Probe]


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    SEEN.clear()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_while_a_body_is_validated_and_on_after() -> None:
    parsed = parse_model(b'{"items": [{"value": 1}, {"value": 2}]}', Probes)
    assert [p.value for p in parsed.items] == [1, 2]
    assert SEEN == [False, False]
    assert gc.isenabled()
    parse_model({"items": [{"value": 3}]}, Probes)  # decoded JSON: nothing is built in one go
    assert SEEN[-1] is True


def test_the_collector_is_back_on_after_a_body_that_does_not_fit_or_is_too_deep() -> None:
    with pytest.raises(ResponseValidationError):
        parse_model(b'{"items": [{"value": "x"}]}', Probes)
    assert gc.isenabled()
    with pytest.raises(ResponseValidationError):
        parse_model(b"[" * 100_000 + b"]" * 100_000, Probes)
    assert gc.isenabled()

    def fails(data: Any) -> None:
        raise KeyError(data)

    with pytest.raises(KeyError):
        with_gc_deferred(fails, b"{}")
    assert gc.isenabled()


def test_a_collector_the_application_turned_off_stays_off() -> None:
    gc.disable()
    parse_model(b'{"items": [{"value": 1}]}', Probes)
    assert SEEN == [False]
    assert not gc.isenabled()


def test_nothing_is_skipped_the_collection_runs_at_the_next_allocation() -> None:
    recorded = json.loads((REAL / "playlist_items_entries_trimmed__hifiapi.json").read_bytes())
    entries = recorded["items"] * 100  # a page of 100 entries as TIDAL sends them
    body = json.dumps({"limit": 100, "offset": 0, "totalNumberOfItems": 100, "items": entries}).encode()
    runs: list[str] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        runs.append(phase)

    model = OffsetPage[MediaItem]
    parse_model(body, model)  # the model's validator is built at first use
    gc.collect()
    gc.callbacks.append(record)
    try:
        page = parse_model(body, model)
        ran, owed = len(runs), gc.get_count()[0]  # read before anything else allocates
        assert ran == 0  # thousands of objects built, no collection in between
        assert owed > 700  # all counted: the collector owes a run
        assert len(page.items) == 100
        more: list[list[int]] = [[] for _ in range(10)]  # the next allocations
        assert len(more) == 10
        assert "start" in runs
    finally:
        gc.callbacks.remove(record)


def test_threads_parsing_at_once_leave_the_collector_on() -> None:
    body = json.dumps({"items": [{"value": n} for n in range(2_000)]}).encode()
    failures: list[BaseException] = []

    def parse_many() -> None:
        try:
            for _ in range(20):
                assert len(parse_model(body, Probes).items) == 2_000
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=parse_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert gc.isenabled()  # whichever thread's pause ended last, the collector is back on
