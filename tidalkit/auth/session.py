"""``login()``: stored token if there is one, else run the flow, store it, return a provider.

Account identifiers: ``user="alice"`` looks up the token stored as "alice" (and stores
a new login under it); no identifier picks the most recently used account for (api, client id,
flow) and stores a new login under the TIDAL user id; ``"~alice"`` skips the lookup, forces a new
login and stores it as "alice".
"""

from __future__ import annotations

import logging

from tidalkit.auth.oauth import Grant
from tidalkit.auth.provider import TokenCallback, TokenProvider
from tidalkit.auth.repository import TokenKey, TokenRepository
from tidalkit.auth.sqlite import SqliteTokenRepository

__all__ = ["login"]

logger = logging.getLogger("tidalkit.auth")


async def login(
    grant: Grant,
    *,
    user: str | None = None,
    repository: TokenRepository | bool = True,
    client_secret: str | None = None,
    on_token: TokenCallback | None = None,
) -> TokenProvider:
    """A `TokenProvider` for ``grant``: from the repository, or after running the login.

    ``repository=True`` uses `SqliteTokenRepository` at its default path; ``False`` stores
    nothing. ``client_secret`` is handed to the repository (stored only if it opted in).
    """
    repo: TokenRepository | None
    if repository is True:
        repo = SqliteTokenRepository()
    elif repository is False:
        repo = None
    else:
        repo = repository
    force = user is not None and user.startswith("~")
    name = user[1:] if user is not None and force else user
    key = TokenKey(grant.api, grant.client_id, grant.flow, name)
    if repo is not None and not force:
        stored = await repo.get(key)
        if stored is not None:
            logger.debug("using stored %s token %s", grant.flow, stored.token.fingerprint)
            return TokenProvider(
                grant,
                token=stored.token,
                repository=repo,
                user=stored.key.user,
                on_token=on_token,
                client_secret=client_secret,
            )
    token = await grant.obtain()
    identifier = name or token.user_id or ""
    provider = TokenProvider(
        grant, repository=repo, user=identifier, on_token=on_token, client_secret=client_secret
    )
    await provider.set_token(token)
    return provider
