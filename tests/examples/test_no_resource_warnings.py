"""Every example and docs program closes what it opens: no ResourceWarning under ``python -X dev``.

Each runs in a fresh interpreter with ``-X dev -W error::ResourceWarning`` against a loopback sandbox
on tidalkit's real default transport (``offline_run.py``), so an unclosed aiohttp session or socket
is reported exactly as it would be against TIDAL.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tidalkit.testing import Sandbox

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("offline_run.py")
LEAKS = ("ResourceWarning", "Unclosed", "unclosed", "Task was destroyed")


PAGES = ("README.md", "docs/getting-started.md")


def readme_snippets() -> list[str]:
    """Every complete program (one that calls ``asyncio.run``) of the README and getting-started page."""
    blocks: list[str] = []
    for page in PAGES:
        text = (ROOT / page).read_text(encoding="utf-8")
        blocks += [
            b for b in re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL) if "asyncio.run(" in b
        ]
    return blocks


def run_offline(script: Path, *args: str, tmp_path: Path) -> str:
    done = subprocess.run(  # noqa: S603 (our own interpreter and files)
        [sys.executable, "-X", "dev", "-W", "error::ResourceWarning", str(RUNNER), str(script), *args],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "TIDALKIT_TOKEN_DB": str(tmp_path / "tokens.db"),
            "HOME": str(tmp_path),
        },
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert "offline-run: done" in done.stdout
    leaks = [line for line in output.splitlines() if any(word in line for word in LEAKS)]
    assert not leaks, "\n".join(leaks[:20])
    return done.stdout


EXAMPLES = {
    "quickstart": (),
    "bulk_fetch": ("--count", "300"),
    "device_login": ("--user", "dev-x"),
    "playlist_export": (Sandbox().playlist_ids["small"], "--output", "small.csv"),
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_leaves_nothing_unclosed(name: str, tmp_path: Path) -> None:
    run_offline(ROOT / "examples" / f"{name}.py", *EXAMPLES[name], tmp_path=tmp_path)


@pytest.mark.parametrize("number", range(len(readme_snippets())))
def test_readme_snippet_leaves_nothing_unclosed(number: int, tmp_path: Path) -> None:
    script = tmp_path / f"readme_{number}.py"
    script.write_text(readme_snippets()[number], encoding="utf-8")
    out = run_offline(script, tmp_path=tmp_path)
    assert out.strip() != "offline-run: done"  # the snippet printed what it fetched
