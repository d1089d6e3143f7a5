"""The pytest plugin, run in a separate pytest session through ``pytester``."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

PLUGIN = "tidalkit.testing.pytest_plugin"
ENTRY_POINT = any(ep.value == PLUGIN for ep in entry_points(group="pytest11"))

INNER_CONFTEST = """
import pytest


@pytest.fixture
def anyio_backend():
    return "asyncio"
"""

INNER_TESTS = """
import httpx
import pytest

pytestmark = pytest.mark.tidal_sandbox(num_tracks=50, latency=0.0)


@pytest.mark.anyio
@pytest.mark.tidal_sandbox(country_code="NO")
async def test_marker_knobs_reach_the_sandbox(tidal_sandbox, tidal_sandbox_transport, tidal_sandbox_token):
    assert tidal_sandbox.config.num_tracks == 50
    base = tidal_sandbox.urls.private
    headers = {"Authorization": "Bearer " + tidal_sandbox_token}
    async with httpx.AsyncClient(transport=tidal_sandbox_transport, base_url=base, headers=headers) as http:
        country = await http.get("/v1/country")
        missing = await http.get("/v1/tracks/51")
    assert country.json() == {"countryCode": "NO"}
    assert missing.status_code == 404


def test_each_test_gets_a_fresh_sandbox_part_one(tidal_sandbox):
    tidal_sandbox.stats.total = 99
    tidal_sandbox.catalog.favorites["tracks"].clear()


def test_each_test_gets_a_fresh_sandbox_part_two(tidal_sandbox):
    assert tidal_sandbox.stats.total == 0
    assert tidal_sandbox.catalog.favorites["tracks"]


def test_factory_makes_independent_sandboxes(tidal_sandbox_factory):
    one, two = tidal_sandbox_factory(seed=1), tidal_sandbox_factory(seed=2)
    assert one.playlist_ids != two.playlist_ids
"""


def _args() -> list[str]:
    args = ["-q", "-p", "no:cacheprovider"]
    if not ENTRY_POINT:
        args += ["-p", PLUGIN]
    return args


def test_plugin_fixtures_work_in_a_pytester_run(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest(*_args(), "--strict-markers")
    result.assert_outcomes(passed=4)


def test_plugin_registers_its_marker(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest(*_args(), "--markers")
    result.stdout.fnmatch_lines(["*tidal_sandbox(**knobs)*"])


def test_marker_positional_arguments_are_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_bad="""
import pytest

@pytest.mark.tidal_sandbox(5)
def test_bad(tidal_sandbox):
    pass
"""
    )
    result = pytester.runpytest(*_args())
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*keyword knobs only*"])
