"""The CLI's tests: a private token database and no TIDAL credentials in the environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidalkit.auth.config import ENV_VARS


@pytest.fixture
def token_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "tokens.db"
    monkeypatch.setenv("TIDALKIT_TOKEN_DB", str(path))
    monkeypatch.setenv("COLUMNS", "160")
    for id_var, secret_var in ENV_VARS.values():
        monkeypatch.delenv(id_var, raising=False)
        monkeypatch.delenv(secret_var, raising=False)
    monkeypatch.delenv("TIDALKIT_API", raising=False)
    return path


@pytest.fixture
def runner(token_db: Path) -> CliRunner:
    return CliRunner()
