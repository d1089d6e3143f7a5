"""Which event loop runs the caller: the running asyncio loop, or ``None`` under trio (or none)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

__all__ = ["running_asyncio_loop"]


def running_asyncio_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop; ``None`` under trio or outside any loop.

    asyncio is not imported to ask: when nothing imported it, no asyncio loop can be running.
    """
    module = sys.modules.get("asyncio")
    if module is None:
        return None
    try:
        loop: asyncio.AbstractEventLoop = module.get_running_loop()
    except RuntimeError:  # trio, or no loop at all
        return None
    return loop
