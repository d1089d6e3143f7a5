"""A worker process of ``test_repository_processes``: save/load/refresh cycles on a shared token store.

argv: database path, worker number, cycles. Each cycle:

1. save: this worker's own token (generation ``i``) under its own key;
2. load: read it back and check every field survived;
3. refresh: an atomic read-modify-write of the shared token, as a token refresh does: rotate the
   access and refresh tokens and bump the generation (a lost update would lose a generation).

Prints one JSON line: ``{"loads_ok": n, "refreshes": n, "errors": [...]}``.
"""

from __future__ import annotations

import json
import sys

import anyio

from tidalkit.auth import SqliteTokenRepository, Token, TokenKey

SHARED = TokenKey("private", "reliability-client", "device", "shared")


def rotate(worker: int, i: int):
    def refresh(current: Token | None) -> Token:
        generation = (current.extras.get("generation", 0) if current is not None else 0) + 1
        return Token.static(
            f"access-{worker}-{i}-g{generation}",
            refresh_token=f"refresh-{worker}-{i}-g{generation}",
            expires_in=3600,
            extras={"generation": generation, "by": worker},
        )

    return refresh


async def main(path: str, worker: int, cycles: int) -> None:
    repo = SqliteTokenRepository(path)
    own = TokenKey("private", "reliability-client", "device", f"worker-{worker}")
    loads_ok = refreshes = 0
    errors: list[str] = []
    for i in range(cycles):
        try:
            token = Token.static(
                f"own-access-{worker}-{i}", refresh_token=f"own-refresh-{worker}-{i}", extras={"i": i}
            )
            await repo.save(own, token)
            loaded = await repo.get(own)
            if (
                loaded is not None
                and loaded.token.extras == {"i": i}
                and loaded.token.access_token.get_secret_value() == f"own-access-{worker}-{i}"
                and loaded.token.refresh_token is not None
                and loaded.token.refresh_token.get_secret_value() == f"own-refresh-{worker}-{i}"
            ):
                loads_ok += 1
            new = await repo.update(SHARED, rotate(worker, i))
            if new is not None:
                refreshes += 1
        except Exception as exc:  # reported to the parent test, which asserts there are none
            errors.append(f"{type(exc).__name__}: {exc}")
    print(json.dumps({"loads_ok": loads_ok, "refreshes": refreshes, "errors": errors}))


if __name__ == "__main__":
    anyio.run(main, sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
