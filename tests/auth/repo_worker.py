"""Run by test_repository in a subprocess: save/load cycles against a shared SQLite token store.

argv: db path, worker id, cycles. Prints one JSON line: {"loads_ok": n, "errors": [...]}.
"""

from __future__ import annotations

import json
import sys

import anyio

from tidalkit.auth import SqliteTokenRepository, Token, TokenKey


async def main(path: str, worker: int, cycles: int) -> None:
    repo = SqliteTokenRepository(path)
    shared = TokenKey("v2", "client", "pkce", "shared")
    own = TokenKey("v2", "client", "pkce", f"worker-{worker}")
    loads_ok = 0
    errors: list[str] = []
    for i in range(cycles):
        try:
            token = Token.static(
                f"access-{worker}-{i}", refresh_token=f"refresh-{worker}-{i}", extras={"i": i}
            )
            await repo.save(own, token)
            loaded = await repo.get(own)
            if (
                loaded is not None
                and loaded.token.extras == {"i": i}
                and loaded.token.fingerprint == token.fingerprint
            ):
                loads_ok += 1

            def bump(current: Token | None, i: int = i) -> Token:
                n = current.extras.get("n", 0) if current is not None else 0
                return Token.static(f"shared-{worker}-{i}", extras={"n": n + 1})

            await repo.update(shared, bump)
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
    print(json.dumps({"loads_ok": loads_ok, "errors": errors}))


if __name__ == "__main__":
    anyio.run(main, sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
