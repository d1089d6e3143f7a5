"""Generated from spec/tidal-api-oas.json by scripts/codegen_v2.py — do not edit.

Import a resource module only when you need it (``tidalkit.api`` does so lazily).
"""

SPEC_VERSION = "1.10.106"
