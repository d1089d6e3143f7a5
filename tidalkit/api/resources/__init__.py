"""Ergonomic namespaces of :class:`~tidalkit.api.TidalAPI`, one module per resource (imported lazily)."""
