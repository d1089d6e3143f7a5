"""Terminal output: tables, JSON, CSV/JSON exports and progress bars (rich)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Generator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from tidalkit.cli.records import TRACK_FIELDS, TrackRecord, format_duration

__all__ = [
    "ExportFormat",
    "RichProgress",
    "details_table",
    "export_text",
    "print_json",
    "progress_bar",
    "tracks_table",
    "write_export",
]

ExportFormat = Literal["json", "csv"]


def print_json(console: Console, data: Any) -> None:
    """Print ``data`` as indented JSON (no colours, so it can be piped)."""
    console.print_json(json.dumps(data, ensure_ascii=False, default=str), highlight=False)


def tracks_table(records: Sequence[TrackRecord], title: str | None = None) -> Table:
    """A table of tracks: id, title, artists, album, duration."""
    table = Table(title=title, title_justify="left")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("title")
    table.add_column("artists")
    table.add_column("album")
    table.add_column("time", justify="right", no_wrap=True)
    for record in records:
        table.add_row(record.id, record.title, record.artists, record.album, format_duration(record.duration))
    return table


def details_table(pairs: Sequence[tuple[str, str]], title: str | None = None) -> Table:
    """A two-column field/value table."""
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value")
    for key, value in pairs:
        table.add_row(key, value)
    return table


def export_text(records: Sequence[TrackRecord], fmt: ExportFormat) -> str:
    """The records as a JSON array or as CSV with a header row."""
    if fmt == "json":
        return json.dumps([r.as_dict() for r in records], ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer: csv.DictWriter[str] = csv.DictWriter(buffer, fieldnames=list(TRACK_FIELDS), lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(record.as_dict())
    return buffer.getvalue()


def write_export(records: Sequence[TrackRecord], fmt: ExportFormat, output: Path) -> Path:
    """Write the records to ``output`` (parent directories created); returns the path."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(export_text(records, fmt), encoding="utf-8")
    return output


class RichProgress:
    """A `ProgressSink` drawing rich progress bars (one per ``start``)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self._task: TaskID | None = None

    def start(self, total: int | None, description: str) -> None:
        """Begin a new bar (the previous one stays on screen, complete)."""
        if self._task is not None:
            task = self.progress.tasks[-1]
            self.progress.update(self._task, total=task.completed)
        self._task = self.progress.add_task(description, total=total)

    def advance(self, amount: int = 1) -> None:
        """Move the current bar by ``amount``."""
        if self._task is not None:
            self.progress.advance(self._task, amount)

    @property
    def completed(self) -> int:
        """Steps done on the current bar."""
        return int(self.progress.tasks[-1].completed) if self._task is not None else 0


@contextmanager
def progress_bar(console: Console, *, enabled: bool = True) -> Generator[RichProgress]:
    """A progress display on ``console`` (stderr-style; hidden when ``enabled`` is False)."""
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("•"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=console,
        disable=not enabled,
        transient=False,
    )
    with progress:
        yield RichProgress(progress)
