"""Generated models and operations for ``contentClaims`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    ReplacementProvenance,
    ResourceIdentifier,
    SingleRelationshipDataDocument,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.content_claims_payloads import ContentClaimsCreateOperationPayload
    from tidalkit.api._generated.users import UsersResourceObject

ContentClaimsClaimedResourceInclude = Literal["claimedResource"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ContentClaimsClaimingArtistInclude = Literal["claimingArtist"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ContentClaimsInclude = Literal["claimedResource", "claimingArtist", "owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ContentClaimsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class ContentClaimsAttributes(APIModel):
    """Schema ``ContentClaims_Attributes``."""

    assertion: Redactable[Literal["CLAIM", "DISCLAIM"] | str]
    """The claim assertion type"""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Timestamp when the claim was created"""

    last_modified_at: Redactable[UtcDatetime] = Field(alias="lastModifiedAt")
    """Timestamp when the claim was last modified"""

    status: Redactable[Literal["OPEN", "IN_PROGRESS", "RESOLVED", "REJECTED"] | str]
    """Current status of this claim"""


class ContentClaimsClaimedResourceResourceIdentifierMeta(APIModel):
    """Schema ``ContentClaims_ClaimedResource_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class ContentClaimsClaimedResourceResourceIdentifier(Identifier):
    """Schema ``ContentClaims_ClaimedResource_Resource_Identifier``."""

    meta: ContentClaimsClaimedResourceResourceIdentifierMeta | None = Field(default=None)


class ContentClaimsClaimedResourceSingleRelationshipDataDocument(DocumentBase):
    """Schema ``ContentClaims_ClaimedResource_Single_Relationship_Data_Document``."""

    data: ContentClaimsClaimedResourceResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ContentClaimsRelationships(APIModel):
    """Schema ``ContentClaims_Relationships``."""

    claimed_resource: ContentClaimsClaimedResourceSingleRelationshipDataDocument | None = Field(
        default=None, alias="claimedResource"
    )

    claiming_artist: SingleRelationshipDataDocument | None = Field(default=None, alias="claimingArtist")

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class ContentClaimsResourceObject(Resource):
    """Schema ``ContentClaims_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "claimedResource": ContentClaimsClaimedResourceResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "claimedResource": False,
        "claimingArtist": False,
        "owners": True,
    }

    attributes: ContentClaimsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> ContentClaimsRelationships:
        """The relationship objects, validated into ``ContentClaimsRelationships``."""
        return ContentClaimsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> ContentClaimsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def assertion(self) -> Literal["CLAIM", "DISCLAIM"] | str:
        """The claim assertion type"""
        return self._attributes().assertion

    @property
    def created_at(self) -> UtcDatetime:
        """Timestamp when the claim was created"""
        return self._attributes().created_at

    @property
    def last_modified_at(self) -> UtcDatetime:
        """Timestamp when the claim was last modified"""
        return self._attributes().last_modified_at

    @property
    def status(self) -> Literal["OPEN", "IN_PROGRESS", "RESOLVED", "REJECTED"] | str:
        """Current status of this claim"""
        return self._attributes().status

    @property
    def claimed_resource(self) -> Resource | None:
        """The included ``claimedResource`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("claimedResource"))

    @property
    def claiming_artist(self) -> Resource | None:
        """The included ``claimingArtist`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("claimingArtist"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class ContentClaimsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``ContentClaims_Create_Single_Resource_Data_Document``."""

    data: Redactable[ContentClaimsResourceObject]

    links: Redactable[Textual[Links]]


class ContentClaimsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``ContentClaims_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ContentClaimsMultiResourceDataDocument(DocumentBase):
    """Schema ``ContentClaims_Multi_Resource_Data_Document``."""

    data: Redactable[list[ContentClaimsResourceObject]]

    links: Redactable[Textual[Links]]


class ContentClaimsSingleRelationshipDataDocument(DocumentBase):
    """Schema ``ContentClaims_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ContentClaimsSingleResourceDataDocument(DocumentBase):
    """Schema ``ContentClaims_Single_Resource_Data_Document``."""

    data: Redactable[ContentClaimsResourceObject]

    links: Redactable[Textual[Links]]


_CLAIMED_RESOURCE = OperationSpec(
    "contentClaims.claimed_resource",
    "GET",
    "/contentClaims/{id}/relationships/claimedResource",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_CLAIMING_ARTIST = OperationSpec(
    "contentClaims.claiming_artist",
    "GET",
    "/contentClaims/{id}/relationships/claimingArtist",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_CREATE = OperationSpec(
    "contentClaims.create",
    "POST",
    "/contentClaims",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("contentClaims",),
)
_GET = OperationSpec(
    "contentClaims.get", "GET", "/contentClaims/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_LIST = OperationSpec(
    "contentClaims.list", "GET", "/contentClaims", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "contentClaims.owners",
    "GET",
    "/contentClaims/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class ContentClaimsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``contentClaims``."""


class ContentClaimsOperations(ContentClaimsPublicOperations):
    """Every operation on ``contentClaims``, INTERNAL and PARTNER ones included."""

    async def claimed_resource(
        self,
        id: str,
        *,
        include: Sequence[ContentClaimsClaimedResourceInclude] | None = None,
        replace_media: str | None = None,
    ) -> ContentClaimsSingleRelationshipDataDocument:
        """Get claimedResource relationship ("to-one").

        Retrieves claimedResource relationship.

        ``GET /contentClaims/{id}/relationships/claimedResource`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _CLAIMED_RESOURCE,
            f"contentClaims/{path_id(id)}/relationships/claimedResource",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            ContentClaimsSingleRelationshipDataDocument,
        )

    async def claiming_artist(
        self,
        id: str,
        *,
        include: Sequence[ContentClaimsClaimingArtistInclude] | None = None,
        replace_media: str | None = None,
    ) -> ContentClaimsSingleRelationshipDataDocument:
        """Get claimingArtist relationship ("to-one").

        Retrieves claimingArtist relationship.

        ``GET /contentClaims/{id}/relationships/claimingArtist`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _CLAIMING_ARTIST,
            f"contentClaims/{path_id(id)}/relationships/claimingArtist",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            ContentClaimsSingleRelationshipDataDocument,
        )

    async def create(
        self, *, payload: ContentClaimsCreateOperationPayload | Mapping[str, Any]
    ) -> ContentClaimsCreateSingleResourceDataDocument:
        """Create single contentClaim.

        Creates a new contentClaim.

        ``POST /contentClaims`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "contentClaims", [], ContentClaimsCreateSingleResourceDataDocument, payload=payload
        )

    async def get_document(
        self,
        id: str,
        *,
        include: Sequence[ContentClaimsInclude] | None = None,
        replace_media: str | None = None,
    ) -> ContentClaimsSingleResourceDataDocument:
        """Get single contentClaim.

        Retrieves single contentClaim by id.

        ``GET /contentClaims/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"contentClaims/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            ContentClaimsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        include: Sequence[ContentClaimsInclude] | None = None,
        replace_media: str | None = None,
    ) -> ContentClaimsResourceObject:
        """Get single contentClaim.

        Retrieves single contentClaim by id.

        ``GET /contentClaims/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        include: Sequence[ContentClaimsInclude] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ContentClaimsMultiResourceDataDocument, ContentClaimsResourceObject]:
        """Get multiple contentClaims.

        Retrieves multiple contentClaims by available filters, or without if applicable.

        ``GET /contentClaims`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "contentClaims",
            [
                ("filter[owners.id]", filter_owners_id),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            ContentClaimsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[ContentClaimsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ContentClaimsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /contentClaims/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"contentClaims/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            ContentClaimsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
