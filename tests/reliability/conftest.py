"""Reliability suite settings: reduced sizes by default, full sizes with ``TIDALKIT_FULL=1``.

``nox -s stress`` runs ``pytest tests/reliability -m stress`` and ``nox -s fuzz`` runs
``pytest tests/reliability -m fuzz``, both with ``TIDALKIT_FULL=1``.
"""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "stress: load and fault scenarios (full sizes with TIDALKIT_FULL=1)")
    config.addinivalue_line(
        "markers", "fuzz: hypothesis fuzzing of payloads (10,000+ cases with TIDALKIT_FULL=1)"
    )


# The suite-wide secret audit (see secret_audit.py) always runs on this directory; the lead enables
# it for the whole suite in tests/conftest.py.
from .secret_audit import tidalkit_secret_audit as tidalkit_secret_audit  # noqa: E402
