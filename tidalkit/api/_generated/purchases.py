"""Generated models and operations for ``purchases`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    ReplacementProvenance,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.users import UsersResourceObject

PurchasesInclude = Literal["owners", "subject"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PurchasesOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PurchasesSubjectInclude = Literal["subject"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class PurchasesAttributes(APIModel):
    """Schema ``Purchases_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Datetime of purchase (ISO 8601)"""

    status: Redactable[Literal["ACTIVE"] | str]
    """Current status of the purchase"""


class PurchasesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Purchases_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PurchasesSubjectResourceIdentifierMeta(APIModel):
    """Schema ``Purchases_Subject_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class PurchasesSubjectResourceIdentifier(Identifier):
    """Schema ``Purchases_Subject_Resource_Identifier``."""

    meta: PurchasesSubjectResourceIdentifierMeta | None = Field(default=None)


class PurchasesSubjectSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Purchases_Subject_Single_Relationship_Data_Document``."""

    data: PurchasesSubjectResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PurchasesRelationships(APIModel):
    """Schema ``Purchases_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    subject: PurchasesSubjectSingleRelationshipDataDocument | None = Field(default=None)


class PurchasesResourceObject(Resource):
    """Schema ``Purchases_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "subject": PurchasesSubjectResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True, "subject": False}

    attributes: PurchasesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> PurchasesRelationships:
        """The relationship objects, validated into ``PurchasesRelationships``."""
        return PurchasesRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> PurchasesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime:
        """Datetime of purchase (ISO 8601)"""
        return self._attributes().created_at

    @property
    def status(self) -> Literal["ACTIVE"] | str:
        """Current status of the purchase"""
        return self._attributes().status

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def subject(self) -> Resource | None:
        """The included ``subject`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("subject"))


class PurchasesMultiResourceDataDocument(DocumentBase):
    """Schema ``Purchases_Multi_Resource_Data_Document``."""

    data: Redactable[list[PurchasesResourceObject]]

    links: Redactable[Textual[Links]]


class PurchasesSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Purchases_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


_LIST = OperationSpec("purchases.list", "GET", "/purchases", "INTERNAL", cache_ttl=60.0, invalidates=())
_OWNERS = OperationSpec(
    "purchases.owners",
    "GET",
    "/purchases/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_SUBJECT = OperationSpec(
    "purchases.subject",
    "GET",
    "/purchases/{id}/relationships/subject",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class PurchasesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``purchases``."""


class PurchasesOperations(PurchasesPublicOperations):
    """Every operation on ``purchases``, INTERNAL and PARTNER ones included."""

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        filter_subject_type: Sequence[Literal["albums", "tracks"]],
        include: Sequence[PurchasesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PurchasesMultiResourceDataDocument, PurchasesResourceObject]:
        """Get multiple purchases.

        Retrieves multiple purchases by available filters, or without if applicable.

        ``GET /purchases`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "purchases",
            [
                ("filter[owners.id]", filter_owners_id),
                ("filter[subject.type]", filter_subject_type),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            PurchasesMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[PurchasesOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PurchasesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /purchases/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"purchases/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            PurchasesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def subject(
        self,
        id: str,
        *,
        include: Sequence[PurchasesSubjectInclude] | None = None,
        replace_media: str | None = None,
    ) -> PurchasesSingleRelationshipDataDocument:
        """Get subject relationship ("to-one").

        Retrieves subject relationship.

        ``GET /purchases/{id}/relationships/subject`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _SUBJECT,
            f"purchases/{path_id(id)}/relationships/subject",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            PurchasesSingleRelationshipDataDocument,
        )
