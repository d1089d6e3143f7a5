"""Generated models and operations for ``temporaryUserTokens`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, MultiRelationshipDataDocument, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.temporary_user_tokens_payloads import (
        TemporaryUserTokensCreateOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

TemporaryUserTokensInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class TemporaryUserTokensAttributes(APIModel):
    """Schema ``TemporaryUserTokens_Attributes``."""


class TemporaryUserTokensRelationships(APIModel):
    """Schema ``TemporaryUserTokens_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class TemporaryUserTokensResourceObject(Resource):
    """Schema ``TemporaryUserTokens_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: TemporaryUserTokensAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> TemporaryUserTokensRelationships:
        """The relationship objects, validated into ``TemporaryUserTokensRelationships``."""
        return TemporaryUserTokensRelationships.model_validate(self.relationships or {})

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class TemporaryUserTokensCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``TemporaryUserTokens_Create_Single_Resource_Data_Document``."""

    data: Redactable[TemporaryUserTokensResourceObject]

    links: Redactable[Textual[Links]]


class TemporaryUserTokensMultiRelationshipDataDocument(DocumentBase):
    """Schema ``TemporaryUserTokens_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class TemporaryUserTokensSingleResourceDataDocument(DocumentBase):
    """Schema ``TemporaryUserTokens_Single_Resource_Data_Document``."""

    data: Redactable[TemporaryUserTokensResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "temporaryUserTokens.create",
    "POST",
    "/temporaryUserTokens",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("temporaryUserTokens",),
)
_GET = OperationSpec(
    "temporaryUserTokens.get", "GET", "/temporaryUserTokens/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "temporaryUserTokens.owners",
    "GET",
    "/temporaryUserTokens/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class TemporaryUserTokensPublicOperations(Operations):
    """The THIRD_PARTY operations on ``temporaryUserTokens``."""


class TemporaryUserTokensOperations(TemporaryUserTokensPublicOperations):
    """Every operation on ``temporaryUserTokens``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: TemporaryUserTokensCreateOperationPayload | Mapping[str, Any]
    ) -> TemporaryUserTokensCreateSingleResourceDataDocument:
        """Create single temporaryUserToken.

        Creates a new temporaryUserToken.

        ``POST /temporaryUserTokens`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "temporaryUserTokens",
            [],
            TemporaryUserTokensCreateSingleResourceDataDocument,
            payload=payload,
        )

    async def get_document(
        self, id: str, *, include: Sequence[TemporaryUserTokensInclude] | None = None
    ) -> TemporaryUserTokensSingleResourceDataDocument:
        """Get single temporaryUserToken.

        Retrieves single temporaryUserToken by id.

        ``GET /temporaryUserTokens/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"temporaryUserTokens/{path_id(id)}",
            [("include", csv(include))],
            TemporaryUserTokensSingleResourceDataDocument,
        )

    async def get(
        self, id: str, *, include: Sequence[TemporaryUserTokensInclude] | None = None
    ) -> TemporaryUserTokensResourceObject:
        """Get single temporaryUserToken.

        Retrieves single temporaryUserToken by id.

        ``GET /temporaryUserTokens/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include)).data

    def owners(
        self,
        id: str,
        *,
        include: Sequence[TemporaryUserTokensInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TemporaryUserTokensMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /temporaryUserTokens/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"temporaryUserTokens/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            TemporaryUserTokensMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
