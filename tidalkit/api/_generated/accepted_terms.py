"""Generated models and operations for ``acceptedTerms`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    ResourceIdentifier,
    SingleRelationshipDataDocument,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.accepted_terms_payloads import AcceptedTermsCreateOperationPayload
    from tidalkit.api._generated.users import UsersResourceObject

AcceptedTermsInclude = Literal["owners", "terms"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AcceptedTermsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

AcceptedTermsTermsInclude = Literal["terms"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class AcceptedTermsAttributes(APIModel):
    """Schema ``AcceptedTerms_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")


class AcceptedTermsRelationships(APIModel):
    """Schema ``AcceptedTerms_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    terms: SingleRelationshipDataDocument | None = Field(default=None)


class AcceptedTermsResourceObject(Resource):
    """Schema ``AcceptedTerms_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True, "terms": False}

    attributes: AcceptedTermsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> AcceptedTermsRelationships:
        """The relationship objects, validated into ``AcceptedTermsRelationships``."""
        return AcceptedTermsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> AcceptedTermsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime:
        """The ``createdAt`` attribute."""
        return self._attributes().created_at

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def terms(self) -> Resource | None:
        """The included ``terms`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("terms"))


class AcceptedTermsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``AcceptedTerms_Create_Single_Resource_Data_Document``."""

    data: Redactable[AcceptedTermsResourceObject]

    links: Redactable[Textual[Links]]


class AcceptedTermsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``AcceptedTerms_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class AcceptedTermsMultiResourceDataDocument(DocumentBase):
    """Schema ``AcceptedTerms_Multi_Resource_Data_Document``."""

    data: Redactable[list[AcceptedTermsResourceObject]]

    links: Redactable[Textual[Links]]


class AcceptedTermsSingleRelationshipDataDocument(DocumentBase):
    """Schema ``AcceptedTerms_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "acceptedTerms.create",
    "POST",
    "/acceptedTerms",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("acceptedTerms",),
)
_LIST = OperationSpec(
    "acceptedTerms.list", "GET", "/acceptedTerms", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "acceptedTerms.owners",
    "GET",
    "/acceptedTerms/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_TERMS = OperationSpec(
    "acceptedTerms.terms",
    "GET",
    "/acceptedTerms/{id}/relationships/terms",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class AcceptedTermsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``acceptedTerms``."""


class AcceptedTermsOperations(AcceptedTermsPublicOperations):
    """Every operation on ``acceptedTerms``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: AcceptedTermsCreateOperationPayload | Mapping[str, Any]
    ) -> AcceptedTermsCreateSingleResourceDataDocument:
        """Create single acceptedTerm.

        Creates a new acceptedTerm.

        ``POST /acceptedTerms`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "acceptedTerms", [], AcceptedTermsCreateSingleResourceDataDocument, payload=payload
        )

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        filter_terms_terms_type: Sequence[Literal["DEVELOPER", "UPLOAD_MARKETPLACE", "MERCH_GUIDELINES"]],
        include: Sequence[AcceptedTermsInclude] | None = None,
        filter_terms_is_latest_version: Sequence[str] | None = None,
        max_items: int | None = None,
    ) -> Paginator[AcceptedTermsMultiResourceDataDocument, AcceptedTermsResourceObject]:
        """Get multiple acceptedTerms.

        Retrieves multiple acceptedTerms by available filters, or without if applicable.

        ``GET /acceptedTerms`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "acceptedTerms",
            [
                ("filter[owners.id]", filter_owners_id),
                ("filter[terms.termsType]", filter_terms_terms_type),
                ("include", csv(include)),
                ("filter[terms.isLatestVersion]", filter_terms_is_latest_version),
            ],
            AcceptedTermsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[AcceptedTermsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[AcceptedTermsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /acceptedTerms/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"acceptedTerms/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            AcceptedTermsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def terms(
        self, id: str, *, include: Sequence[AcceptedTermsTermsInclude] | None = None
    ) -> AcceptedTermsSingleRelationshipDataDocument:
        """Get terms relationship ("to-one").

        Retrieves terms relationship.

        ``GET /acceptedTerms/{id}/relationships/terms`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _TERMS,
            f"acceptedTerms/{path_id(id)}/relationships/terms",
            [("include", csv(include))],
            AcceptedTermsSingleRelationshipDataDocument,
        )
