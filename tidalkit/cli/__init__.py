"""The ``tidalkit`` command (the ``tidalkit[cli]`` extra: typer and rich).

``tidalkit demo`` runs the main job end to end against the built-in sandbox; ``tidalkit --help``
lists the rest. Nothing here is imported by ``import tidalkit``, and this module itself imports
typer and rich only when :func:`main` runs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> None:
    """Run the ``tidalkit`` command with ``argv`` (default: ``sys.argv[1:]``)."""
    try:
        from tidalkit.cli.app import app
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        missing = exc.name or "typer/rich"
        print(f"tidalkit's command needs {missing}: pip install 'tidalkit[cli]'", file=sys.stderr)
        raise SystemExit(2) from exc
    app(args=list(argv) if argv is not None else None, prog_name="tidalkit")
