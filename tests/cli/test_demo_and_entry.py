"""``tidalkit demo``, the module entry point, lazy imports and the loopback sandbox."""

# ruff: noqa: S603 - the subprocesses run this interpreter with fixed arguments

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from tidalkit.cli.app import app


def test_demo_runs_the_main_job_and_reports_what_it_did(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = runner.invoke(app, ["demo", "--tracks", "300", "--playlist", "small", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "https://link.tidal.com/" in text  # the device code was shown
    assert "logged in as user 192837465" in text
    assert "GET /users/me → sandbox@example.com" in text
    assert "Fetching tracks" in text  # the bulk step's progress bar
    assert "300/300" in text
    assert "fetched 300 tracks" in text
    assert "with 15 requests" in text  # 300 ids in filter[id] batches of 20
    assert "50 playlist items" in text
    assert "30 favourite tracks" in text
    assert "Private API" in text
    assert "→ 30 tracks" in text
    with (out / "playlist-small.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 50
    assert all(row["title"] for row in rows)
    favorites = json.loads((out / "favorites.json").read_text())
    assert len(favorites) == 30
    assert not Path(os.environ["TIDALKIT_TOKEN_DB"]).exists()  # the demo stores nothing


def test_python_dash_m_runs_the_cli_and_import_tidalkit_stays_free_of_typer_and_rich(token_db: Path) -> None:
    env = {**os.environ, "TIDALKIT_TOKEN_DB": str(token_db)}
    code = "import sys, tidalkit, tidalkit.cli; print('typer' in sys.modules, 'rich' in sys.modules)"
    lazy = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert lazy.stdout.strip() == "False False"
    run = subprocess.run(
        [sys.executable, "-m", "tidalkit.cli", "--sandbox", "get", "track", "2", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["id"] == "2"


def test_sandbox_serve_on_loopback_and_commands_with_sandbox_url(runner: CliRunner, token_db: Path) -> None:
    env = {**os.environ, "TIDALKIT_TOKEN_DB": str(token_db)}
    server = subprocess.Popen(
        [sys.executable, "-m", "tidalkit.cli", "sandbox", "serve", "--port", "0", "--seconds", "60"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert line.startswith("Sandbox TIDAL at http://127.0.0.1:")
        url = line.split()[3]
        login = runner.invoke(app, ["--sandbox-url", url, "login"])
        assert login.exit_code == 0, login.output
        me = runner.invoke(app, ["--sandbox-url", url, "whoami", "--json"])
        assert me.exit_code == 0, me.output
        assert json.loads(me.stdout)["id"] == "192837465"
    finally:
        server.terminate()
        server.wait(timeout=10)
