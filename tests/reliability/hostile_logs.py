"""Every log record of a test, from the root logger at DEBUG (third-party loggers included)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

__all__ = ["RootRecords", "root_records"]


class RootRecords(logging.Handler):
    """Keeps every record the root logger sees; ``texts()`` is what a log file would hold."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> Iterator[str]:
        for record in self.records:
            yield record.getMessage()
            if record.exc_info and record.exc_info[1] is not None:
                yield "".join(traceback.format_exception(record.exc_info[1]))

    def leaks(self, secrets: Iterable[str], errors: Iterable[BaseException] = ()) -> list[str]:
        """Where any of ``secrets`` shows: log records, and each error's str/repr/cause chain."""
        texts = list(self.texts())
        for error in errors:
            seen: BaseException | None = error
            while seen is not None:
                texts += [str(seen), repr(seen), *map(repr, vars(seen).values())]
                seen = seen.__cause__ or (None if seen.__suppress_context__ else seen.__context__)
        return [f"{secret[:4]}… in {text[:80]!r}" for secret in secrets for text in texts if secret in text]

    def warnings(self, logger: str = "tidalkit") -> list[logging.LogRecord]:
        return [r for r in self.records if r.levelno >= logging.WARNING and r.name.startswith(logger)]


@contextmanager
def root_records() -> Iterator[RootRecords]:
    """The root logger at DEBUG for the block, every record kept."""
    root = logging.getLogger()
    handler = RootRecords()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
