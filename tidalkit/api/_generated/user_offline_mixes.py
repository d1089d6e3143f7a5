"""Generated models and operations for ``userOfflineMixes`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, MultiRelationshipDataDocument, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

UserOfflineMixesInclude = Literal["items"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserOfflineMixesAttributes(APIModel):
    """Schema ``UserOfflineMixes_Attributes``."""


class UserOfflineMixesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserOfflineMixes_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserOfflineMixesRelationships(APIModel):
    """Schema ``UserOfflineMixes_Relationships``."""

    items: MultiRelationshipDataDocument | None = Field(default=None)


class UserOfflineMixesResourceObject(Resource):
    """Schema ``UserOfflineMixes_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True}

    attributes: UserOfflineMixesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserOfflineMixesRelationships:
        """The relationship objects, validated into ``UserOfflineMixesRelationships``."""
        return UserOfflineMixesRelationships.model_validate(self.relationships or {})

    @property
    def items(self) -> list[Resource]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("items"))


class UserOfflineMixesSingleResourceDataDocument(DocumentBase):
    """Schema ``UserOfflineMixes_Single_Resource_Data_Document``."""

    data: Redactable[UserOfflineMixesResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "userOfflineMixes.get", "GET", "/userOfflineMixes/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_ITEMS = OperationSpec(
    "userOfflineMixes.items",
    "GET",
    "/userOfflineMixes/{id}/relationships/items",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class UserOfflineMixesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userOfflineMixes``."""


class UserOfflineMixesOperations(UserOfflineMixesPublicOperations):
    """Every operation on ``userOfflineMixes``, INTERNAL and PARTNER ones included."""

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserOfflineMixesInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserOfflineMixesSingleResourceDataDocument:
        """Get single userOfflineMixe.

        Retrieves single userOfflineMixe by id.

        ``GET /userOfflineMixes/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userOfflineMixes/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserOfflineMixesSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserOfflineMixesInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserOfflineMixesResourceObject:
        """Get single userOfflineMixe.

        Retrieves single userOfflineMixe by id.

        ``GET /userOfflineMixes/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale, include=include, replace_media=replace_media)).data

    def items(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserOfflineMixesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserOfflineMixesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get items relationship ("to-many").

        Retrieves items relationship.

        ``GET /userOfflineMixes/{id}/relationships/items`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"userOfflineMixes/{path_id(id)}/relationships/items",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserOfflineMixesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
