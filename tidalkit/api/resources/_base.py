"""What the ergonomic namespaces need from the client besides sending requests."""

from __future__ import annotations

from typing import Protocol

from tidalkit.api.operations import Sender

__all__ = ["NamespaceClient"]


class NamespaceClient(Sender, Protocol):
    """A client with a batch size for ``get_many`` (ids per ``filter[...]`` request)."""

    batch_size: int
