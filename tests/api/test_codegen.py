"""The generator: committed output is current, ``--check`` catches stale output, output is importable."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "codegen_v2.py"
GENERATED = ROOT / "tidalkit" / "api" / "_generated"


def _check(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter on the repo's own script
        [sys.executable, str(SCRIPT), "--check", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_committed_generated_code_is_current_and_check_detects_staleness(tmp_path: Path) -> None:
    copy = tmp_path / "_generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert _check(copy).returncode == 0

    tracks = copy / "tracks.py"
    tracks.write_text(tracks.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    (copy / "leftover.py").write_text("", encoding="utf-8")
    stale = _check(copy)
    assert stale.returncode == 1
    assert "tracks.py" in stale.stderr
    assert "leftover.py" in stale.stderr


def test_generated_package_records_the_spec_version() -> None:
    from tidalkit.api._generated import SPEC_VERSION
    from tidalkit.api._generated._registry import SPEC_VERSION as REGISTRY_VERSION

    assert SPEC_VERSION == REGISTRY_VERSION == "1.10.106"
    assert "1.10.104" in (ROOT / "spec" / "SOURCE.md").read_text(encoding="utf-8")
