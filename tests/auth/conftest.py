from __future__ import annotations

import pytest

from tests.auth.fakes import FakeAuthServer


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "TIDAL_CLIENT_ID",
        "TIDAL_CLIENT_SECRET",
        "TIDAL_PRIVATE_CLIENT_ID",
        "TIDAL_PRIVATE_CLIENT_SECRET",
        "TIDALKIT_TOKEN_DB",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> FakeAuthServer:
    return FakeAuthServer()
