"""Scenario 7: client CPU per typed item, from TIDAL's real recorded payloads, in-process.

Each payload (``tests/fixtures/real/``, re-serialised compactly as TIDAL sends it) is answered by a
canned transport: no network, no server, the same bytes every time. Measured with
``time.process_time`` over many calls, in interleaved rounds (median of the rounds):

- ``json.loads``: decoding the bytes, back to back in a loop (caches hot: the optimistic figure);
- ``json.loads`` after ``send``: the same request through ``client.send``, then ``json.loads`` of
  its body, only the decoding timed: what a user's own decoding costs where it runs, after a
  request (the floor the ratio uses; a parse right after the pipeline ran finds colder CPU caches
  than one in a tight loop, for ``json.loads`` and pydantic-core alike);
- ``send``: the client's pipeline alone: ``await client.send(Request(...))`` for the same request
  (auth, limiter, retry loop, httpx, the canned transport), the body left undecoded;
- ``typed``: the public call (``tracks.get_document``, ``albums.list``) and reading every relationship the
  document includes (``related``), so lazily parsed includes are paid for too;
- ``model alone``: the returned model class's ``model_validate_json`` of the bytes (and the same
  reads), for reference: what validation costs without anything around it.

tidalkit's parse cost is ``typed − send``: whatever the endpoint does between the response and the
typed result, wherever in tidalkit that code lives; its floor is ``json.loads`` after ``send``.
``send`` and ``typed`` are also the client CPU per request the hot path is judged by (both clients
with ``cache=False``, so every call is sent).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench._common import ROOT, Check, Scenario, Size

REAL = ROOT / "tests" / "fixtures" / "real"
TARGET = 1.5
"""tidalkit's parse cost ≤ this × ``json.loads`` of the same bytes."""
REPEATS = {"full": (15, 200), "quick": (7, 100), "toy": (3, 10)}
"""Size → (rounds, calls per round); ``json.loads`` runs 10× the calls (it is fast)."""


def compact(path: Path) -> bytes:
    """The recorded document as TIDAL sends it: compact JSON, UTF-8."""
    return json.dumps(json.loads(path.read_bytes()), separators=(",", ":"), ensure_ascii=False).encode()


class CannedTransport(httpx.AsyncBaseTransport):
    """Answers every request with the same 200 JSON body."""

    def __init__(self, body: bytes, content_type: str) -> None:
        self.body = body
        self.headers = {"Content-Type": content_type, "Content-Length": str(len(body))}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=self.headers, content=self.body)


def touch(document: Any) -> int:
    """Read every primary resource's attributes and the relationships the document carries; the
    resources read.

    A relationship is read when the resource's ``relationships`` give its ``data`` (what the
    request's ``include`` asked for): what a caller reads after asking for it. The relationships
    the spec names but the answer leaves out are not tried one by one.
    """
    from tidalkit.api.model import Resource

    data: Any = document.data
    primary: list[Any] = data if isinstance(data, list) else [data]
    count = 0
    for resource in primary:
        assert isinstance(resource, Resource)
        assert getattr(resource, "attributes", None) is not None
        count += 1
        carried: dict[str, Any] = getattr(resource, "relationships", None) or {}
        for name, relationship in carried.items():
            if isinstance(relationship, dict) and "data" in relationship:
                count += len(resource.related(name))
    return count


@dataclass(frozen=True)
class Payload:
    """One recorded payload, the call that returns it typed, and the same request sent raw."""

    name: str
    file: str
    api: str
    path: str
    params: tuple[tuple[str, str], ...]
    typed: Callable[[Any], Awaitable[Any]]


async def _private_track(client: Any) -> Any:
    track = await client.tracks.get(144371283)
    assert track.title
    return track


async def _v2_track(client: Any) -> Any:
    document = await client.tracks.get_document("58756128", include=["albums", "artists"])
    assert touch(document) >= 3
    return document


def _v2_albums(album_id: str) -> Callable[[Any], Awaitable[Any]]:
    async def call(client: Any) -> Any:
        document = await client.albums.list(filter_id=[album_id], include=["artists", "items", "providers"])
        assert touch(document) >= 2
        return document

    return call


PAYLOADS = (
    Payload(
        "private track (GET v1/tracks/{id})",
        "private/track__hifiapi.json",
        "private",
        "v1/tracks/144371283",
        (("countryCode", "US"),),
        _private_track,
    ),
    Payload(
        "v2 track with includes (GET /tracks/{id}?include=…)",
        "v2/tracks_get_include__musicassistant_58756128.json",
        "v2",
        "tracks/58756128",
        (("countryCode", "US"), ("include", "albums,artists")),
        _v2_track,
    ),
    Payload(
        "v2 albums by id with includes, 2025-07 shape (GET /albums?filter[id]=…)",
        "v2/albums_filter_include_2025_07__harmony_GB.json",
        "v2",
        "albums",
        (("countryCode", "US"), ("include", "artists,items,providers"), ("filter[id]", "381265361")),
        _v2_albums("381265361"),
    ),
    Payload(
        "v2 albums by id with includes (GET /albums?filter[id]=…)",
        "v2/albums_filter_include__harmony_SE_443692756.json",
        "v2",
        "albums",
        (("countryCode", "US"), ("include", "artists,items,providers"), ("filter[id]", "443692756")),
        _v2_albums("443692756"),
    ),
)


def _client(payload: Payload, body: bytes) -> Any:
    from tidalkit import HeaderAuth

    auth = HeaderAuth({"Authorization": "Bearer bench"})
    if payload.api == "private":
        from tidalkit.private import PrivateAPI

        transport = CannedTransport(body, "application/json")
        return PrivateAPI(auth=auth, country_code="US", transport=transport, cache=False)
    from tidalkit.api import TidalAPI

    transport = CannedTransport(body, "application/vnd.api+json")
    return TidalAPI(auth=auth, country_code="US", transport=transport, cache=False)


@dataclass
class Cost:
    """Median CPU µs per call of each step, over the rounds."""

    loads: float
    send: float
    loads_after_send: float
    """``json.loads`` of the body where a user's client runs it: right after the request."""
    typed: float
    model: float
    size: int

    @property
    def parse(self) -> float:
        return self.typed - self.send

    @property
    def ratio(self) -> float:
        return self.parse / self.loads_after_send


def measure(payload: Payload, rounds: int, calls: int) -> Cost:
    from tidalkit._http import Request

    body = compact(REAL / payload.file)

    async def main() -> Cost:
        async with _client(payload, body) as client:
            request = Request("GET", payload.path, params=list(payload.params))

            async def send() -> None:
                await client.send(request)

            async def loads_after_send() -> float:
                content = (await client.send(request)).content
                cpu = time.process_time()
                json.loads(content)
                return time.process_time() - cpu

            async def typed() -> None:
                await payload.typed(client)

            result = await payload.typed(client)  # warm-up: models built, modules imported
            await send()
            model: Any = type(result)  # the model the endpoint returns, validated straight from bytes

            def model_alone() -> None:
                parsed = model.model_validate_json(body)
                if payload.api == "v2":
                    touch(parsed)

            per: dict[str, list[float]] = {
                "loads": [],
                "send": [],
                "loads_after_send": [],
                "typed": [],
                "model": [],
            }
            plain = (("loads", lambda: json.loads(body), 10), ("model", model_alone, 1))
            for _ in range(rounds):
                for name, step, repeat in plain:
                    cpu = time.process_time()
                    for _ in range(calls * repeat):
                        step()
                    per[name].append((time.process_time() - cpu) / (calls * repeat))
                for name, call in (("send", send), ("typed", typed)):
                    cpu = time.process_time()
                    for _ in range(calls):
                        await call()
                    per[name].append((time.process_time() - cpu) / calls)
                spent = [await loads_after_send() for _ in range(calls)]  # only json.loads is timed
                per["loads_after_send"].append(sum(spent) / calls)
            median = {name: 1e6 * statistics.median(values) for name, values in per.items()}
            return Cost(
                median["loads"],
                median["send"],
                median["loads_after_send"],
                median["typed"],
                median["model"],
                len(body),
            )

    return asyncio.run(main())


def run(*, runs: int, size: Size = "full") -> Scenario:
    rounds, calls = REPEATS[size]
    rounds = max(rounds, runs)
    rows = [
        "| payload | bytes | `json.loads` µs (loop) | client `send` µs/request "
        "| `json.loads` after `send` µs | typed call µs/request | parse = typed − send µs "
        "| parse ÷ `json.loads` after `send` | model alone µs (loop) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    scenario = Scenario(
        title="7. Client CPU per typed item (real recorded payloads)",
        label="7",
        setup=(
            "in-process, a canned transport answering the recorded bytes (compact JSON) from "
            "`tests/fixtures/real/`; `time.process_time` per call, median of "
            f"{rounds} interleaved rounds of {calls} calls (`json.loads`: {calls * 10}); clients with "
            "`cache=False`; parse = typed call − the same request through `client.send`; its floor, "
            "`json.loads` of the body right after the same `send` (only the decoding timed), where a "
            "user's own decoding runs; the loop figures (caches hot) for reference "
            "(see `bench/parse_cost.py`)"
        ),
        series=[],
        rows=rows,
    )
    from tidalkit import TidalError

    for payload in PAYLOADS:
        short = payload.name.split(" (")[0]
        target = f"{short}: parse CPU ≤ {TARGET}× `json.loads` of the same bytes"
        try:
            cost = measure(payload, rounds, calls)
        except TidalError as exc:  # tidalkit cannot read this real payload (yet): a miss, not a crash
            reason = f"typed call fails: {type(exc).__name__}: {str(exc)[:160]}"
            rows.append(f"| {payload.name} | – | – | – | – | – | – | {reason} | – |")
            scenario.checks.append(Check(target, reason, False))
            continue
        rows.append(
            f"| {payload.name} | {cost.size:,} | {cost.loads:.1f} | {cost.send:.0f} "
            f"| {cost.loads_after_send:.1f} | {cost.typed:.0f} | {cost.parse:.0f} | {cost.ratio:.1f}× "
            f"| {cost.model:.0f} |"
        )
        scenario.checks.append(
            Check(
                target,
                f"{cost.ratio:.1f}× ({cost.parse:.0f} µs vs {cost.loads_after_send:.1f} µs after the same "
                f"send, {cost.loads:.1f} µs in a loop; whole typed call {cost.typed:.0f} µs)",
                cost.ratio <= TARGET,
            )
        )
    return scenario
