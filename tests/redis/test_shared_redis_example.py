"""examples/shared_redis.py runs against the sandbox and a real redis-server."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "shared_redis.py"


async def test_worker_processes_share_one_account_and_one_rate(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIDALKIT_REDIS_URL", redis_url)
    monkeypatch.setenv("PYTHONPATH", str(EXAMPLE.parents[1]))
    spec = importlib.util.spec_from_file_location("tidalkit_example_shared_redis", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    outcome = await module.main(workers=3, requests=10)
    assert outcome == {"ok": 30, "rate_limited": 0, "token_requests": 0}
