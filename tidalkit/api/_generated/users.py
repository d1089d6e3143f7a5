"""Generated models and operations for ``users`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, path_id


class UsersAttributes(APIModel):
    """Schema ``Users_Attributes``."""

    country: Redactable[str]
    """ISO 3166-1 alpha-2 country code"""

    developer_access_tier: Redactable[
        Literal["THIRD_PARTY", "THIRD_PARTY_PROD", "PARTNER", "INTERNAL"] | str
    ] = Field(alias="developerAccessTier")
    """Developer access tier for this user."""

    email: str | None = Field(default=None)
    """email address"""

    email_verified: bool | None = Field(default=None, alias="emailVerified")
    """Is the email verified"""

    first_name: str | None = Field(default=None, alias="firstName")
    """Users first name"""

    last_name: str | None = Field(default=None, alias="lastName")
    """Users last name"""

    nostr_public_key: str | None = Field(default=None, alias="nostrPublicKey")
    """Users nostr public key"""

    username: Redactable[str]
    """user name"""


class UsersResourceObject(Resource):
    """Schema ``Users_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: UsersAttributes | None = Field(default=None)

    def _attributes(self) -> UsersAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def country(self) -> str:
        """ISO 3166-1 alpha-2 country code"""
        return self._attributes().country

    @property
    def developer_access_tier(
        self,
    ) -> Literal["THIRD_PARTY", "THIRD_PARTY_PROD", "PARTNER", "INTERNAL"] | str:
        """Developer access tier for this user."""
        return self._attributes().developer_access_tier

    @property
    def email(self) -> str | None:
        """email address"""
        return self._attributes().email

    @property
    def email_verified(self) -> bool | None:
        """Is the email verified"""
        return self._attributes().email_verified

    @property
    def first_name(self) -> str | None:
        """Users first name"""
        return self._attributes().first_name

    @property
    def last_name(self) -> str | None:
        """Users last name"""
        return self._attributes().last_name

    @property
    def nostr_public_key(self) -> str | None:
        """Users nostr public key"""
        return self._attributes().nostr_public_key

    @property
    def username(self) -> str:
        """user name"""
        return self._attributes().username


class UsersSingleResourceDataDocument(DocumentBase):
    """Schema ``Users_Single_Resource_Data_Document``."""

    data: Redactable[UsersResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec("users.get", "GET", "/users/{id}", "THIRD_PARTY", cache_ttl=60.0, invalidates=())


class UsersPublicOperations(Operations):
    """The THIRD_PARTY operations on ``users``."""

    async def get_document(self, id: str) -> UsersSingleResourceDataDocument:
        """Get single user.

        Retrieves single user by id.

        ``GET /users/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: user.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(_GET, f"users/{path_id(id)}", [], UsersSingleResourceDataDocument)

    async def get(self, id: str) -> UsersResourceObject:
        """Get single user.

        Retrieves single user by id.

        ``GET /users/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: user.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id)).data


class UsersOperations(UsersPublicOperations):
    """Every operation on ``users``, INTERNAL and PARTNER ones included."""
