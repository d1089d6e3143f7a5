"""``client.users``: ``GET /users/{id}``, and ``me()`` for the signed-in user."""

from __future__ import annotations

from tidalkit.api._generated.users import UsersPublicOperations, UsersResourceObject

__all__ = ["Users"]


class Users(UsersPublicOperations):
    """Users: ``get(id)`` and ``me()`` (scope ``user.read``)."""

    async def me(self) -> UsersResourceObject:
        """The signed-in user: ``GET /users/me`` (needs a user token with ``user.read``)."""
        return await self.get("me")
