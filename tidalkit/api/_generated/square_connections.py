"""Generated models and operations for ``squareConnections`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    ExternalLink,
    Links,
    MultiRelationshipDataDocument,
    ResourceIdentifier,
    SingleRelationshipDataDocument,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.square_connections_payloads import (
        SquareConnectionsCreateOperationPayload,
        SquareConnectionsSelectedSiteRelationshipUpdateOperationPayload,
    )

SquareConnectionsInclude = Literal["selectedSite", "sites"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SquareConnectionsSelectedSiteInclude = Literal["selectedSite"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

SquareConnectionsSitesInclude = Literal["sites"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class SquareConnectionsCapability(APIModel):
    """Schema ``SquareConnections_Capability``."""

    name: Redactable[Literal["SITES"] | str]
    """The capability name"""

    status: Redactable[Literal["GRANTED", "REQUIRES_REAUTH"] | str]
    """The capability's current status"""


class SquareConnectionsAttributes(APIModel):
    """Schema ``SquareConnections_Attributes``."""

    capabilities: list[SquareConnectionsCapability] | None = Field(default=None)
    """Per-feature capability statuses for this Square connection. Every capability the connection offers is listed with a status carrying more than mere presence: SITES is GRANTED when the Square Online sites scopes are granted, or REQUIRES_REAUTH when the connection exists but its credential lacks them (the seller must reconnect Square via POST /squareConnections). Because a connection always offers the sites feature, SITES is always present here. Extensible — only SITES is defined today. Absent only when the connection has no sites state (e.g. no approved Square credential). Client rule: if SITES != GRANTED prompt reconnect; else if selectedSite.data is null show the site picker; else the selected site is shown to buyers."""

    created_at: UtcDatetime | None = Field(default=None, alias="createdAt")
    """Timestamp when the connection was created"""

    external_links: list[ExternalLink] | None = Field(default=None, alias="externalLinks")
    """External links for Square connection"""

    last_modified_at: UtcDatetime | None = Field(default=None, alias="lastModifiedAt")
    """Timestamp when the connection was last modified"""

    status: Redactable[
        Literal["DRAFT", "PENDING_REQUIREMENTS", "KYC_PENDING", "ACCEPTED", "REJECTED", "SUSPENDED"] | str
    ]
    """Current status of this Square connection"""


class SquareConnectionsRelationships(APIModel):
    """Schema ``SquareConnections_Relationships``."""

    selected_site: SingleRelationshipDataDocument | None = Field(default=None, alias="selectedSite")

    sites: MultiRelationshipDataDocument | None = Field(default=None)


class SquareConnectionsResourceObject(Resource):
    """Schema ``SquareConnections_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"selectedSite": False, "sites": True}

    attributes: SquareConnectionsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> SquareConnectionsRelationships:
        """The relationship objects, validated into ``SquareConnectionsRelationships``."""
        return SquareConnectionsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> SquareConnectionsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def capabilities(self) -> list[SquareConnectionsCapability] | None:
        """Per-feature capability statuses for this Square connection. Every capability the connection offers is listed with a status carrying more than mere presence: SITES is GRANTED when the Square Online sites scopes are granted, or REQUIRES_REAUTH when the connection exists but its credential lacks them (the seller must reconnect Square via POST /squareConnections). Because a connection always offers the sites feature, SITES is always present here. Extensible — only SITES is defined today. Absent only when the connection has no sites state (e.g. no approved Square credential). Client rule: if SITES != GRANTED prompt reconnect; else if selectedSite.data is null show the site picker; else the selected site is shown to buyers."""
        return self._attributes().capabilities

    @property
    def created_at(self) -> UtcDatetime | None:
        """Timestamp when the connection was created"""
        return self._attributes().created_at

    @property
    def external_links(self) -> list[ExternalLink] | None:
        """External links for Square connection"""
        return self._attributes().external_links

    @property
    def last_modified_at(self) -> UtcDatetime | None:
        """Timestamp when the connection was last modified"""
        return self._attributes().last_modified_at

    @property
    def status(
        self,
    ) -> Literal["DRAFT", "PENDING_REQUIREMENTS", "KYC_PENDING", "ACCEPTED", "REJECTED", "SUSPENDED"] | str:
        """Current status of this Square connection"""
        return self._attributes().status

    @property
    def selected_site(self) -> Resource | None:
        """The included ``selectedSite`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("selectedSite"))

    @property
    def sites(self) -> list[Resource]:
        """The included ``sites`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("sites"))


class SquareConnectionsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``SquareConnections_Create_Single_Resource_Data_Document``."""

    data: Redactable[SquareConnectionsResourceObject]

    links: Redactable[Textual[Links]]


class SquareConnectionsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``SquareConnections_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SquareConnectionsReadById403ResponseBodyErrors(APIModel):
    """Schema ``SquareConnectionsReadById403ResponseBody.errors``."""

    code: Redactable[Literal["REQUIRED_TERMS_NOT_ACCEPTED"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class SquareConnectionsReadById403ResponseBody(APIModel):
    """Schema ``SquareConnectionsReadById403ResponseBody``."""

    errors: Redactable[list[SquareConnectionsReadById403ResponseBodyErrors]]


class SquareConnectionsReadMultiDataRelationship403ResponseBodyErrors(APIModel):
    """Schema ``SquareConnectionsReadMultiDataRelationship403ResponseBody.errors``."""

    code: Redactable[Literal["REQUIRED_TERMS_NOT_ACCEPTED"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class SquareConnectionsReadMultiDataRelationship403ResponseBody(APIModel):
    """Schema ``SquareConnectionsReadMultiDataRelationship403ResponseBody``."""

    errors: Redactable[list[SquareConnectionsReadMultiDataRelationship403ResponseBodyErrors]]


class SquareConnectionsReadSingleDataRelationship403ResponseBodyErrors(APIModel):
    """Schema ``SquareConnectionsReadSingleDataRelationship403ResponseBody.errors``."""

    code: Redactable[Literal["REQUIRED_TERMS_NOT_ACCEPTED"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class SquareConnectionsReadSingleDataRelationship403ResponseBody(APIModel):
    """Schema ``SquareConnectionsReadSingleDataRelationship403ResponseBody``."""

    errors: Redactable[list[SquareConnectionsReadSingleDataRelationship403ResponseBodyErrors]]


class SquareConnectionsSelectedSiteUpdateResourceIdentifier(Identifier):
    """Schema ``SquareConnections_SelectedSite_Update_Resource_Identifier``."""


class SquareConnectionsSelectedSiteUpdateSingleRelationshipDataDocument(DocumentBase):
    """Schema ``SquareConnections_SelectedSite_Update_Single_Relationship_Data_Document``."""

    data: Redactable[SquareConnectionsSelectedSiteUpdateResourceIdentifier | None]

    links: Redactable[Textual[Links]]


class SquareConnectionsSingleRelationshipDataDocument(DocumentBase):
    """Schema ``SquareConnections_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class SquareConnectionsSingleResourceDataDocument(DocumentBase):
    """Schema ``SquareConnections_Single_Resource_Data_Document``."""

    data: Redactable[SquareConnectionsResourceObject]

    links: Redactable[Textual[Links]]


class SquareConnectionsUpdateSingleDataRelationship403ResponseBodyErrors(APIModel):
    """Schema ``SquareConnectionsUpdateSingleDataRelationship403ResponseBody.errors``."""

    code: Redactable[Literal["REQUIRED_TERMS_NOT_ACCEPTED"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class SquareConnectionsUpdateSingleDataRelationship403ResponseBody(APIModel):
    """Schema ``SquareConnectionsUpdateSingleDataRelationship403ResponseBody``."""

    errors: Redactable[list[SquareConnectionsUpdateSingleDataRelationship403ResponseBodyErrors]]


class SquareConnectionsUpdateSingleDataRelationship409ResponseBodyErrors(APIModel):
    """Schema ``SquareConnectionsUpdateSingleDataRelationship409ResponseBody.errors``."""

    code: Redactable[Literal["IDEMPOTENT_REQUEST_IN_PROGRESS", "MISSING_SITES_SCOPE"] | str]

    detail: str | None = Field(default=None)

    status: Redactable[str]


class SquareConnectionsUpdateSingleDataRelationship409ResponseBody(APIModel):
    """Schema ``SquareConnectionsUpdateSingleDataRelationship409ResponseBody``."""

    errors: Redactable[list[SquareConnectionsUpdateSingleDataRelationship409ResponseBodyErrors]]


_CREATE = OperationSpec(
    "squareConnections.create",
    "POST",
    "/squareConnections",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("squareConnections",),
)
_GET = OperationSpec(
    "squareConnections.get", "GET", "/squareConnections/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_SELECTED_SITE = OperationSpec(
    "squareConnections.selected_site",
    "GET",
    "/squareConnections/{id}/relationships/selectedSite",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_SITES = OperationSpec(
    "squareConnections.sites",
    "GET",
    "/squareConnections/{id}/relationships/sites",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_UPDATE_SELECTED_SITE = OperationSpec(
    "squareConnections.update_selected_site",
    "PATCH",
    "/squareConnections/{id}/relationships/selectedSite",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("squareConnections",),
)


class SquareConnectionsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``squareConnections``."""


class SquareConnectionsOperations(SquareConnectionsPublicOperations):
    """Every operation on ``squareConnections``, INTERNAL and PARTNER ones included."""

    async def create(
        self,
        *,
        payload: SquareConnectionsCreateOperationPayload | Mapping[str, Any],
        country_code: str | None = None,
    ) -> SquareConnectionsCreateSingleResourceDataDocument:
        """Create single squareConnection.

        Creates a new squareConnection.

        ``POST /squareConnections`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "squareConnections",
            [("countryCode", self._country(country_code))],
            SquareConnectionsCreateSingleResourceDataDocument,
            payload=payload,
        )

    async def get_document(
        self, id: str, *, include: Sequence[SquareConnectionsInclude] | None = None
    ) -> SquareConnectionsSingleResourceDataDocument:
        """Get single squareConnection.

        Retrieves single squareConnection by id.

        ``GET /squareConnections/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"squareConnections/{path_id(id)}",
            [("include", csv(include))],
            SquareConnectionsSingleResourceDataDocument,
        )

    async def get(
        self, id: str, *, include: Sequence[SquareConnectionsInclude] | None = None
    ) -> SquareConnectionsResourceObject:
        """Get single squareConnection.

        Retrieves single squareConnection by id.

        ``GET /squareConnections/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include)).data

    async def selected_site(
        self, id: str, *, include: Sequence[SquareConnectionsSelectedSiteInclude] | None = None
    ) -> SquareConnectionsSingleRelationshipDataDocument:
        """Get selectedSite relationship ("to-one").

        Retrieves selectedSite relationship.

        ``GET /squareConnections/{id}/relationships/selectedSite`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _SELECTED_SITE,
            f"squareConnections/{path_id(id)}/relationships/selectedSite",
            [("include", csv(include))],
            SquareConnectionsSingleRelationshipDataDocument,
        )

    def sites(
        self,
        id: str,
        *,
        include: Sequence[SquareConnectionsSitesInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[SquareConnectionsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get sites relationship ("to-many").

        Retrieves sites relationship.

        ``GET /squareConnections/{id}/relationships/sites`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _SITES,
            f"squareConnections/{path_id(id)}/relationships/sites",
            [("include", csv(include))],
            SquareConnectionsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def update_selected_site(
        self,
        id: str,
        *,
        payload: SquareConnectionsSelectedSiteRelationshipUpdateOperationPayload | Mapping[str, Any],
    ) -> SquareConnectionsSelectedSiteUpdateSingleRelationshipDataDocument:
        """Update selectedSite relationship ("to-one").

        Updates selectedSite relationship.

        ``PATCH /squareConnections/{id}/relationships/selectedSite`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_SELECTED_SITE,
            f"squareConnections/{path_id(id)}/relationships/selectedSite",
            [],
            SquareConnectionsSelectedSiteUpdateSingleRelationshipDataDocument,
            payload=payload,
        )
