"""Ergonomic namespaces of `TidalAPI`, one module per resource (imported lazily)."""
