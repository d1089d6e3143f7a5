"""The benchmark scenarios run end to end at toy size against the bench server (loopback only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench import playlist, private_tracks, rate_limit, stream_rss, v2_tracks
from bench._common import PLAYLISTS, Check, Run, Scenario, Series, ServerInfo, bench_server, server_stats
from bench.run import main, report

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
    scenario = private_tracks.run(server, runs=1, size="toy")
    clients = by_client(scenario)
    for name in ("tidalkit", "floor (httpx + aiohttp transport)", "plain httpx"):
        assert clients[name].runs[0].items == 20
        assert clients[name].runs[0].requests == 20  # the warm-up request is not counted
        assert clients[name].runs[0].seconds > 0
    if "tidalapi" in clients:
        assert clients["tidalapi"].runs[0].items == 3
        assert clients["tidalapi"].runs[0].requests == 3
    assert scenario.checks[0].target == "time ≤ 1.25× the floor"


def test_playlist_scenario_lists_every_item(server: ServerInfo) -> None:
    scenario = playlist.run(server, runs=1, size="toy")
    clients = by_client(scenario)
    assert {series.runs[0].items for series in scenario.series} == {300}
    assert (
        clients["tidalkit"].runs[0].requests == clients["floor (httpx + aiohttp transport)"].runs[0].requests
    )
    assert clients["tidalkit"].runs[0].requests == 3
    assert scenario.title.startswith("2. Listing a 300-item playlist")


def test_v2_scenario_batches_ids_like_the_floor(server: ServerInfo) -> None:
    scenario = v2_tracks.run(server, runs=1, size="toy")
    clients = by_client(scenario)
    kit = clients["tidalkit"].runs[0]
    assert kit.items == 100
    assert kit.requests == 100 // v2_tracks.CHUNK
    assert next(check for check in scenario.checks if check.target == "same requests as the floor").ok


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
    assert sizes["floor (httpx + aiohttp transport), 2k items"] == 2_000
    for series in scenario.series:
        extra = series.runs[0].extra
        assert 0 < extra["baseline_mb"] <= extra["peak_mb"] < 1_000


def test_report_has_targets_tables_and_the_command() -> None:
    kit = Series("tidalkit", [Run(seconds=2.0, items=100, requests=100, cpu=0.5)])
    floor = Series("floor (httpx + aiohttp transport)", [Run(seconds=1.0, items=100, requests=100)])
    scenario = Scenario(
        title="1. Example",
        setup="100 GETs",
        series=[kit, floor],
        checks=[Check("time ≤ 1.25× the floor", "2.00×", False)],
    )
    text = report([scenario], "python bench/run.py --runs 1", 3.0, (0.5, 0.7))
    assert "## Targets: 0 of 1 met" in text
    assert "| 1 | time ≤ 1.25× the floor | 2.00× | **no** |" in text
    assert "| tidalkit | 100 | 2.00 | 50 | 2.00× | 100 |" in text
    assert "`python bench/run.py --runs 1`" in text


def test_runner_writes_the_results_file(tmp_path: Path) -> None:
    output = tmp_path / "results.md"
    assert main(["--quick", "--only", "3", "--runs", "1", "--output", str(output)]) == 0
    text = output.read_text()
    assert "## 3. API v2 tracks by id with include=albums,artists" in text
    assert "- command: `python bench/run.py --quick --runs 1 --only 3`" in text
    assert "| tidalkit | 1,000 |" in text
