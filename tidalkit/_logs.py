"""Logging to stderr on request: ``TIDALKIT_LOG=debug`` (every request) or ``info``, or the CLI's ``-v``.

tidalkit logs to the ``tidalkit`` logger hierarchy and adds no handler unless asked: configure
``logging`` yourself, or set ``TIDALKIT_LOG`` before importing tidalkit. Log lines carry methods,
paths, status codes and token fingerprints, never tokens or secrets.
"""

from __future__ import annotations

import logging
import os

__all__ = ["LOG_ENV_VAR", "configure_from_env", "configure_logging", "warn_first"]

LOG_ENV_VAR = "TIDALKIT_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_HANDLER_NAME = "tidalkit-stderr"
WARNED_KEYS = 1024
"""Distinct problems `warn_first` remembers; past them (a server sending ever-new oddities): DEBUG."""
_warned: set[tuple[object, ...]] = set()


def warn_first(logger: logging.Logger, key: tuple[object, ...], message: str, *args: object) -> None:
    """Log ``message`` as a warning the first time this process meets ``key``, at DEBUG after that.

    For what TIDAL sends the same way on every response (a field it no longer sends, an entry that
    does not fit): a bulk read of thousands of pages warns once, not once per page.
    """
    if key in _warned or len(_warned) >= WARNED_KEYS:
        logger.debug(message, *args)
        return
    _warned.add(key)
    logger.warning(message + " (shown once; later ones are logged at DEBUG)", *args)


def configure_logging(level: str) -> None:
    """Send the ``tidalkit`` loggers' records at ``level`` (debug, info, warning) to stderr."""
    logger = logging.getLogger("tidalkit")
    logger.setLevel(_LEVELS.get(level.lower(), logging.INFO))
    if not any(handler.get_name() == _HANDLER_NAME for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def configure_from_env() -> None:
    """Apply ``TIDALKIT_LOG`` when it names a level; anything else is ignored."""
    value = os.environ.get(LOG_ENV_VAR, "").strip().lower()
    if value in _LEVELS:
        configure_logging(value)
