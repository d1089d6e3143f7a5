"""Generated models and operations for ``stripeDashboardLinks`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    LinkObject,
    Links,
    MultiRelationshipDataDocument,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.users import UsersResourceObject

StripeDashboardLinksInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class StripeDashboardLinksAttributes(APIModel):
    """Schema ``StripeDashboardLinks_Attributes``."""

    dashboard_link: LinkObject | None = Field(default=None, alias="dashboardLink")


class StripeDashboardLinksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``StripeDashboardLinks_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class StripeDashboardLinksRelationships(APIModel):
    """Schema ``StripeDashboardLinks_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class StripeDashboardLinksResourceObject(Resource):
    """Schema ``StripeDashboardLinks_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: StripeDashboardLinksAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> StripeDashboardLinksRelationships:
        """The relationship objects, validated into ``StripeDashboardLinksRelationships``."""
        return StripeDashboardLinksRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> StripeDashboardLinksAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def dashboard_link(self) -> LinkObject | None:
        """The ``dashboardLink`` attribute."""
        return self._attributes().dashboard_link

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class StripeDashboardLinksMultiResourceDataDocument(DocumentBase):
    """Schema ``StripeDashboardLinks_Multi_Resource_Data_Document``."""

    data: Redactable[list[StripeDashboardLinksResourceObject]]

    links: Redactable[Textual[Links]]


_LIST = OperationSpec(
    "stripeDashboardLinks.list", "GET", "/stripeDashboardLinks", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "stripeDashboardLinks.owners",
    "GET",
    "/stripeDashboardLinks/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class StripeDashboardLinksPublicOperations(Operations):
    """The THIRD_PARTY operations on ``stripeDashboardLinks``."""


class StripeDashboardLinksOperations(StripeDashboardLinksPublicOperations):
    """Every operation on ``stripeDashboardLinks``, INTERNAL and PARTNER ones included."""

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        include: Sequence[StripeDashboardLinksInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[StripeDashboardLinksMultiResourceDataDocument, StripeDashboardLinksResourceObject]:
        """Get multiple stripeDashboardLinks.

        Retrieves multiple stripeDashboardLinks by available filters, or without if applicable.

        ``GET /stripeDashboardLinks`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "stripeDashboardLinks",
            [("filter[owners.id]", filter_owners_id), ("include", csv(include))],
            StripeDashboardLinksMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[StripeDashboardLinksInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[StripeDashboardLinksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /stripeDashboardLinks/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"stripeDashboardLinks/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            StripeDashboardLinksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
