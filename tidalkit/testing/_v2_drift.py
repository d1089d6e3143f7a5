"""Shape drift the sandbox's v2 documents can carry, as recorded from TIDAL (tests/fixtures/real/v2).

With ``SandboxConfig(v2_drift=rate)`` each resource is drifted with probability ``rate``, decided by a
hash of ``(drift_seed, type, id)`` so the same resource drifts the same way in every response:

- tracks without ``key``/``keyScale`` (tracks served 2025-07 .. 2026-02), without ``bpm``/``toneTags``;
- albums with only the deprecated ``type`` and no ``albumType`` (2025-07);
- ``copyright`` as a plain string instead of ``{"text": ...}`` (albums, tracks, videos in 2025-07);
- relationship targets absent from ``included`` (an album names an artist TIDAL does not include).
"""

from __future__ import annotations

import hashlib
from typing import Any, cast

__all__ = ["Drift"]

Resource = dict[str, Any]

_DROPPED: dict[str, tuple[tuple[str, ...], ...]] = {
    "tracks": (("key", "keyScale"), ("bpm", "toneTags")),
    "albums": (("albumType",),),
}
_LEGACY_COPYRIGHT = frozenset({"tracks", "albums", "videos"})


class Drift:
    """Deterministic drift of served v2 resources at ``rate`` (0: none, 1: every resource)."""

    def __init__(self, rate: float, seed: int = 0) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError("v2_drift must be within [0, 1]")
        self.rate = rate
        self.seed = seed

    def _draw(self, kind: str, id_: str, what: str) -> bool:
        digest = hashlib.blake2b(f"{self.seed}:{kind}:{id_}:{what}".encode(), digest_size=8).digest()
        return int.from_bytes(digest) / 2**64 < self.rate

    def resource(self, resource: Resource) -> Resource:
        """``resource`` as TIDAL sometimes sent it (a changed copy), or itself when it does not drift."""
        if self.rate <= 0.0:
            return resource
        kind, id_ = str(resource.get("type")), str(resource.get("id"))
        attributes: dict[str, Any] | None = resource.get("attributes")
        if not attributes:
            return resource
        changed = dict(attributes)
        for group in _DROPPED.get(kind, ()):
            if self._draw(kind, id_, group[0]):
                for name in group:
                    changed.pop(name, None)
        copyright_: Any = changed.get("copyright")
        if kind in _LEGACY_COPYRIGHT and isinstance(copyright_, dict) and self._draw(kind, id_, "copyright"):
            text: object = cast(dict[str, Any], copyright_).get("text", "")
            changed["copyright"] = str(text)
        if changed == attributes:
            return resource
        return {**resource, "attributes": changed}

    def included(self, included: list[Resource]) -> list[Resource]:
        """``included`` with some targets left out (their identifiers stay in the relationships)."""
        if self.rate <= 0.0:
            return included
        return [
            self.resource(r)
            for r in included
            if not self._draw(str(r.get("type")), str(r.get("id")), "absent")
        ]
