"""The ``tidalkit`` command (the ``tidalkit[cli]`` extra: typer and rich).

``tidalkit demo`` runs the main job end to end against the built-in sandbox; ``tidalkit --help``
lists the rest. Nothing here is imported by ``import tidalkit``, and this module itself imports
typer and rich only when `main` runs.
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
    import typer

    try:
        code = app(args=list(argv) if argv is not None else None, prog_name="tidalkit", standalone_mode=False)
    except (typer.Abort, KeyboardInterrupt):  # Ctrl-C outside a command's own handling
        print("error: cancelled (Ctrl-C)", file=sys.stderr)
        raise SystemExit(130) from None
    except Exception as exc:
        # click's usage errors (typer vendors click in recent versions): two lines, not a panel
        format_message = getattr(exc, "format_message", None)
        if not callable(format_message):
            raise
        message = str(format_message()).strip()
        if message:  # empty after `tidalkit` alone: the help was printed
            ctx = getattr(exc, "ctx", None)
            command = getattr(ctx, "command_path", None) or "tidalkit"
            print(f"error: {message}", file=sys.stderr)
            print(f"  see `{command} --help`", file=sys.stderr)
        raise SystemExit(int(getattr(exc, "exit_code", 2))) from None
    raise SystemExit(code if isinstance(code, int) else 0)
