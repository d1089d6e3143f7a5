"""Device login: show a code, wait for the user, store the token, reuse it next time.

    python examples/device_login.py [--user NAME]

Against TIDAL this needs ``TIDAL_PRIVATE_CLIENT_ID`` (a TIDAL app client id for the private API);
without it the built-in sandbox plays TIDAL and approves the code after a few polls. Tokens go to
the SQLite token store (``TIDALKIT_TOKEN_DB`` or the user data dir); a second run logs in silently.
The sandbox lives only as long as the script, so in sandbox mode tokens are kept in memory and
the script logs in twice to show the second login coming from the store.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

import anyio

from tidalkit.auth import (
    AuthEndpoints,
    DeviceCode,
    DeviceCodeGrant,
    MemoryTokenRepository,
    SqliteTokenRepository,
    TokenRepository,
    login,
)
from tidalkit.private import PrivateAPI
from tidalkit.testing import SANDBOX_CLIENT_ID, Sandbox


async def show(code: DeviceCode) -> None:
    """Tell the user where to go (a real app would render this)."""
    print(f"Visit {code.verification_uri_complete} or enter {code.user_code} at {code.verification_uri}")
    print(f"(the code expires in {code.expires_in:.0f} s)")


async def main(
    user: str | None = None, *, repository: TokenRepository | None = None, sandbox: Sandbox | None = None
) -> dict[str, Any]:
    """Log in (or reuse the stored login) and print the account; returns the user id and country."""
    if sandbox is None and not os.environ.get("TIDAL_PRIVATE_CLIENT_ID"):
        sandbox = Sandbox(device_interval=0.2, device_polls=2)
        print("No TIDAL_PRIVATE_CLIENT_ID: using the built-in sandbox TIDAL")
    options: dict[str, Any] = {}
    api_options: dict[str, Any] = {}
    if sandbox is not None:
        options = {
            "client_id": SANDBOX_CLIENT_ID,
            "endpoints": AuthEndpoints.at(sandbox.urls.auth, login=sandbox.urls.login),
            "transport": sandbox.transport(),
        }
        api_options = {"base_url": sandbox.urls.private, "transport": sandbox.transport()}

    if repository is None:
        repository = MemoryTokenRepository() if sandbox is not None else SqliteTokenRepository()
    shown: list[DeviceCode] = []

    async def display(code: DeviceCode) -> None:
        shown.append(code)
        await show(code)

    grant = DeviceCodeGrant(display=display, **options)  # POST /v1/oauth2/device_authorization, then polls
    provider = await login(grant, user=user, repository=repository)
    print(f"Logged in as user {provider.user_id} ({provider.country_code}); stored as {provider.key.user!r}")
    again = await login(grant, user=user, repository=repository)  # from the store: no code this time
    print(f"Second login: same token {again.token == provider.token}, codes shown: {len(shown)}")

    async with PrivateAPI(auth=provider, **api_options) as tidal:
        me = await tidal.users.get()  # GET v1/users/{id}
        favorites = await tidal.favorites.ids()  # GET v1/users/{id}/favorites/ids
    print(f"{me.username}: {len(favorites.track)} favourite tracks")
    await provider.aclose()
    return {
        "user_id": provider.user_id,
        "country": provider.country_code,
        "favorite_tracks": len(favorites.track),
        "codes_shown": len(shown),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--user", help="the account name to store the login under")
    args = parser.parse_args()
    anyio.run(lambda: main(args.user))
