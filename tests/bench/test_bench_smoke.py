"""The benchmark scenarios run end to end at toy size against the bench server (loopback only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench import (
    other_server,
    parse_cost,
    payload_shapes,
    playlist,
    private_tracks,
    rate_limit,
    startup,
    stream_rss,
    v2_tracks,
)
from bench._common import PLAYLISTS, Check, Run, Scenario, Series, ServerInfo, bench_server, server_stats
from bench._floors import FLOORS
from bench._report import Header, foreign_sections, report
from bench.run import main

TOY_PLAYLISTS = {name: PLAYLISTS[name] for name in ("toy", "p1k", "p2k")}


@pytest.fixture(scope="module")
def server() -> Iterator[ServerInfo]:
    with bench_server(latency=0.01, playlists=TOY_PLAYLISTS) as info:
        yield info


@pytest.fixture(scope="module")
def limited_server() -> Iterator[ServerInfo]:
    with bench_server(latency=0.01, rate_limit=rate_limit.RATE) as info:
        yield info


def by_client(scenario: Scenario) -> dict[str, Series]:
    return {series.client: series for series in scenario.series}


def test_server_counts_responses_by_status_and_resets(server: ServerInfo) -> None:
    server_stats(server, reset=True)
    headers = server.auth_headers
    assert httpx.get(f"{server.private}/v1/tracks/1?countryCode=US", headers=headers).status_code == 200
    assert httpx.get(f"{server.private}/v1/tracks/1?countryCode=US").status_code == 401
    assert server_stats(server)["statuses"] == {"200": 1, "401": 1}
    assert server_stats(server, reset=True)["statuses"] == {}


def test_private_tracks_scenario_makes_the_same_requests_for_every_client(server: ServerInfo) -> None:
    scenario = private_tracks.run(server, runs=1, size="toy", latency=0.01)
    clients = by_client(scenario)
    for name in ("tidalkit", *FLOORS):
        assert clients[name].runs[0].items == 20
        assert clients[name].runs[0].requests == 20  # the warm-up request is not counted
        assert clients[name].runs[0].seconds > 0
        assert clients[name].runs[0].cpu > 0
    if "tidalapi" in clients:
        assert clients["tidalapi"].runs[0].items == 3
        assert clients["tidalapi"].runs[0].requests == 3
    assert scenario.label == "1 @ 10 ms"
    fastest = min((clients[name] for name in FLOORS), key=lambda series: series.seconds)
    target = f"wall time ≤ 1.15× the fastest floor ({fastest.client}), same requests"
    assert scenario.checks[0].target == target
    assert scenario.floor == fastest.client


def test_other_server_answers_recorded_tracks_gzipped_and_counts_them() -> None:
    with bench_server(latency=0.01, script=other_server.SCRIPT) as info:
        server_stats(info, reset=True)
        response = httpx.get(f"{info.private}/v1/tracks/7?countryCode=US")
        assert response.headers["content-encoding"] == "gzip"
        assert response.headers["transfer-encoding"] == "chunked"
        assert response.json()["id"] == 7
        assert response.json()["title"] == "Track 7"
        assert server_stats(info)["statuses"] == {"200": 1}
        scenario = other_server.run(info, runs=1, size="toy", latency=0.01)
    clients = by_client(scenario)
    assert set(clients) == {"tidalkit", *other_server.FLOORS}
    for series in clients.values():
        assert series.runs[0].items == 20
        assert series.runs[0].requests == 20
    assert scenario.label == "8 @ 10 ms"
    assert scenario.floor in other_server.FLOORS


def test_playlist_scenario_lists_every_item_tracks_and_videos(server: ServerInfo) -> None:
    scenario = playlist.run(server, runs=1, size="toy", latency=0.01)
    clients = by_client(scenario)
    assert {series.runs[0].items for series in scenario.series} == {300}
    assert {clients[name].runs[0].requests for name in ("tidalkit", *FLOORS)} == {3}
    assert scenario.title.startswith("2. Listing a 300-item playlist")
    assert "raw floor" in scenario.checks[0].target


def test_playlist_items_hold_videos_as_well_as_tracks(server: ServerInfo) -> None:
    response = httpx.get(
        f"{server.private}/v1/playlists/{server.playlists['toy']}/items",
        params={"countryCode": "US", "limit": 100},
        headers=server.auth_headers,
    )
    assert {entry["type"] for entry in response.json()["items"]} == {"track", "video"}


def test_v2_scenario_batches_ids_like_the_floors(server: ServerInfo) -> None:
    scenario = v2_tracks.run(server, runs=1, size="toy", latency=0.01)
    clients = by_client(scenario)
    for name in ("tidalkit", *FLOORS):
        assert clients[name].runs[0].items == 100
        assert clients[name].runs[0].requests == 100 // v2_tracks.CHUNK
    assert "same requests" in scenario.checks[0].target


def test_bench_server_refuses_more_ids_per_request_than_tidal_takes(server: ServerInfo) -> None:
    ids = [("filter[id]", str(i)) for i in range(1, v2_tracks.CHUNK + 2)]
    params = [("countryCode", "US"), *ids]
    response = httpx.get(f"{server.v2}/tracks", params=params, headers=server.auth_headers)
    assert response.status_code == 400


def test_rate_limit_scenario_counts_429s_and_caller_errors(limited_server: ServerInfo) -> None:
    scenario = rate_limit.run(limited_server, runs=1, size="toy")
    clients = by_client(scenario)
    kit, floor = clients["tidalkit"].runs[0], clients["floor, naive retry (contrast)"].runs[0]
    assert kit.items + kit.errors == floor.items == 60  # an error reaching the caller is counted, not lost
    assert kit.requests == kit.items + kit.rate_limited  # a failed call's answers were all 429s
    errors_check = next(check for check in scenario.checks if check.target == "no error reaches the caller")
    assert errors_check.ok == (kit.errors == 0)
    # 64 requests at once against a bucket of 50: the naive floor is refused at least 10 times
    assert floor.rate_limited >= 10
    assert floor.requests == 60 + floor.rate_limited
    assert any(note.startswith("tidalkit 200s/429s per second") for note in scenario.notes)


def test_stream_rss_scenario_measures_peak_memory_in_subprocesses(server: ServerInfo) -> None:
    scenario = stream_rss.run(server, runs=1, size="toy")
    sizes = {series.client: series.runs[0].items for series in scenario.series}
    assert sizes["tidalkit, 1k items"] == 1_000
    assert sizes["tidalkit, 2k items"] == 2_000
    assert sizes["bare aiohttp, 2k items"] == 2_000
    for series in scenario.series:
        extra = series.runs[0].extra
        assert 0 < extra["baseline_mb"] <= extra["peak_mb"] < 1_000
    assert len(scenario.checks) == 4
    assert scenario.rows[0].startswith("| client, size |")


def test_startup_scenario_times_every_case_in_a_fresh_interpreter() -> None:
    scenario = startup.run(runs=1, size="toy")
    assert [check.target.rsplit(": ≤", 1)[0] for check in scenario.checks] == list(startup.CASES)
    assert len(scenario.rows) == 2 + len(startup.CASES)
    for row in scenario.rows[2:]:
        assert float(row.split("|")[2]) > 0  # median ms


def test_parse_cost_scenario_measures_every_real_payload() -> None:
    scenario = parse_cost.run(runs=1, size="toy")
    assert len(scenario.checks) == len(parse_cost.PAYLOADS)
    assert len(scenario.rows) == 2 + len(parse_cost.PAYLOADS)
    private_row = scenario.rows[2].split("|")
    assert private_row[1].strip().startswith("private track")
    assert float(private_row[3]) > 0  # json.loads µs in a loop
    assert float(private_row[5]) > 0  # json.loads µs after a send
    assert private_row[8].strip().endswith("×")


def test_canned_transport_serves_the_recorded_bytes_through_the_client() -> None:
    import asyncio

    payload = parse_cost.PAYLOADS[0]
    body = parse_cost.compact(parse_cost.REAL / payload.file)

    async def typed() -> object:
        async with parse_cost._client(payload, body) as client:
            return await payload.typed(client)

    track = asyncio.run(typed())
    assert getattr(track, "id", None) == 144371283


def test_payload_shapes_compare_sandbox_answers_with_recorded_ones() -> None:
    found = payload_shapes.shapes()
    assert len(found) == 5
    for shape in found:
        assert shape.sandbox_bytes > 0
        assert shape.real_bytes > 0
        assert shape.sandbox_fields > 0
        assert shape.real_fields > 0
    lines = payload_shapes.section(found)
    assert lines[0].startswith("## Payloads")
    assert len([line for line in lines if line.startswith("| (")]) == 5


def test_shape_is_comparable_only_when_bytes_and_fields_are_both_close() -> None:
    close = payload_shapes.Shape("x", 1000, 50, 1200, 55, "f")
    few_fields = payload_shapes.Shape("x", 1000, 20, 1200, 55, "f")
    assert close.comparable
    assert not few_fields.comparable


def test_report_has_targets_tables_and_the_command() -> None:
    kit = Series("tidalkit", [Run(seconds=2.0, items=100, requests=100, cpu=0.5)])
    bare = Series("bare aiohttp", [Run(seconds=1.0, items=100, requests=100, cpu=0.1)])
    scenario = Scenario(
        title="1. Example, 20 ms",
        label="1 @ 20 ms",
        setup="100 GETs",
        series=[kit, bare],
        floor="bare aiohttp",
        checks=[Check("wall time ≤ 1.15× the fastest floor", "2.00×", False)],
    )
    header = Header("python bench/run.py --runs 1", 3.0, "0.5 at the start", [0.02])
    text = report([scenario], header)
    assert "## Targets: 0 of 1 met" in text
    assert "| 1 @ 20 ms | wall time ≤ 1.15× the fastest floor | 2.00× | **no** |" in text
    # client | items | median s | items/s | vs floor | vs bare aiohttp | requests | 429s | errors | CPU s
    # | CPU ms/request | CPU µs/item
    assert "| tidalkit | 100 | 2.00 | 50 | 2.00× | 2.00× | 100 | 0 | 0 | 0.50 | 5.00 | 5000 |" in text
    assert "`python bench/run.py --runs 1`" in text
    assert "load average (1 min): 0.5 at the start" in text


def test_results_keep_sections_the_runner_does_not_write(tmp_path: Path) -> None:
    previous = tmp_path / "results.md"
    previous.write_text(
        "# tidalkit benchmarks\n\n## Targets: 1 of 1 met\n\nold\n\n## 1. Old, 20 ms\n\nold table\n\n"
        "## Token store: Redis\n\n| op | ms |\n|---|---|\n| get | 0.2 |\n"
    )
    kept = foreign_sections(previous)
    assert kept == "## Token store: Redis\n\n| op | ms |\n|---|---|\n| get | 0.2 |"
    assert foreign_sections(tmp_path / "missing.md") == ""


def test_runner_writes_the_results_file(tmp_path: Path) -> None:
    output = tmp_path / "results.md"
    output.write_text("# old\n\n## Token store: Redis\n\nkept\n")
    assert main(["--quick", "--only", "3", "--runs", "1", "--latency", "10", "--output", str(output)]) == 0
    text = output.read_text()
    assert "## 3. API v2 tracks by id with include=albums,artists, 10 ms" in text
    assert "- command: `python bench/run.py --quick --runs 1 --latency 10 --only 3`" in text
    assert "| tidalkit | 2,000 |" in text
    assert "## Payloads: the bench server's beside TIDAL's recorded ones" in text
    assert text.rstrip().endswith("## Token store: Redis\n\nkept")
