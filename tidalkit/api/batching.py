"""The v2 client's ``get_many`` batch size (the batch reads are `tidalkit._core.batch`)."""

from __future__ import annotations

__all__ = ["DEFAULT_BATCH_SIZE"]

DEFAULT_BATCH_SIZE = 20
"""Ids per ``filter[id]`` request (the spec sets no limit; TIDAL answers up to 20 reliably)."""
