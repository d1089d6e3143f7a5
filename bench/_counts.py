"""What a bench server answered since the last reset: ``/__bench/stats`` and ``/__bench/reset``."""

from __future__ import annotations

import resource
import time
from collections import Counter
from typing import Any

BUCKET = 0.5


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Counts:
    """What the server answered since the last reset, in the sandbox bench server's shape."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.started = time.monotonic()
        self.cpu_started = cpu_seconds()
        self.statuses: Counter[int] = Counter()
        self.timeline: dict[int, Counter[int]] = {}

    def count(self, status: int) -> None:
        self.statuses[status] += 1
        bucket = int((time.monotonic() - self.started) / BUCKET)
        self.timeline.setdefault(bucket, Counter())[status] += 1

    def snapshot(self) -> dict[str, Any]:
        return {
            "seconds": time.monotonic() - self.started,
            "cpu_seconds": cpu_seconds() - self.cpu_started,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "timeline": {
                str(k): {str(s): n for s, n in sorted(v.items())} for k, v in sorted(self.timeline.items())
            },
        }
