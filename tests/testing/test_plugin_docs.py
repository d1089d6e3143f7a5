"""docs/testing.md's complete test file passes as written in a brand-new project (pytester)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "testing.md"
# anyio's plugin runs each marked test once per installed backend: asyncio, and trio when present
BACKENDS = 1 + (importlib.util.find_spec("trio") is not None)


def _complete_test_file() -> str:
    blocks = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    files = [block for block in blocks if "pytestmark = pytest.mark.anyio" in block]
    assert len(files) == 1, "docs/testing.md shows one complete test file"
    return files[0]


def test_the_documented_test_file_passes_in_a_new_project(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_tracks=_complete_test_file())
    # a subprocess: a fresh interpreter with only what is installed (the pytest11 entry point),
    # none of this repository's conftest files, and no network
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers", timeout=120)
    result.assert_outcomes(passed=2 * BACKENDS)


def test_fixtures_are_typed_clients_bound_to_the_sandbox(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_types="""
import pytest

from tidalkit.api import TidalAPI
from tidalkit.private import PrivateAPI
from tidalkit.testing import Sandbox
from tidalkit.testing.pytest_plugin import SandboxFactory

pytestmark = pytest.mark.anyio


async def test_both_clients_reach_the_one_sandbox(
    tidal_api: TidalAPI, tidal_private_api: PrivateAPI, tidal_sandbox: Sandbox
) -> None:
    assert isinstance(tidal_api, TidalAPI) and isinstance(tidal_private_api, PrivateAPI)
    await tidal_private_api.tracks.get(2)
    await tidal_api.tracks.get("2")
    assert tidal_sandbox.stats.requests["private.tracks.get"] == 1
    assert tidal_sandbox.stats.requests["v2.tracks.get"] == 1


def test_factory_is_typed(tidal_sandbox_factory: SandboxFactory) -> None:
    assert tidal_sandbox_factory(num_tracks=10).config.num_tracks == 10
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", timeout=120)
    result.assert_outcomes(passed=1 + BACKENDS)  # the async test once per backend, the sync one once
