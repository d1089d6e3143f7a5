"""Generated models and operations for ``credits`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, ResourceIdentifier, SingleRelationshipDataDocument
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, path_id

CreditsArtistInclude = Literal["artist"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

CreditsCategoryInclude = Literal["category"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

CreditsInclude = Literal["artist", "category"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class CreditsAttributes(APIModel):
    """Schema ``Credits_Attributes``."""

    name: Redactable[str]
    """Credit name"""

    role: Redactable[str]
    """Credit role"""


class CreditsRelationships(APIModel):
    """Schema ``Credits_Relationships``."""

    artist: SingleRelationshipDataDocument | None = Field(default=None)

    category: SingleRelationshipDataDocument | None = Field(default=None)


class CreditsResourceObject(Resource):
    """Schema ``Credits_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"artist": False, "category": False}

    attributes: CreditsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> CreditsRelationships:
        """The relationship objects, validated into ``CreditsRelationships``."""
        return CreditsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> CreditsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def name(self) -> str:
        """Credit name"""
        return self._attributes().name

    @property
    def role(self) -> str:
        """Credit role"""
        return self._attributes().role

    @property
    def artist(self) -> Resource | None:
        """The included ``artist`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("artist"))

    @property
    def category(self) -> Resource | None:
        """The included ``category`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("category"))


class CreditsSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Credits_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class CreditsSingleResourceDataDocument(DocumentBase):
    """Schema ``Credits_Single_Resource_Data_Document``."""

    data: Redactable[CreditsResourceObject]

    links: Redactable[Textual[Links]]


_ARTIST = OperationSpec(
    "credits.artist", "GET", "/credits/{id}/relationships/artist", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_CATEGORY = OperationSpec(
    "credits.category",
    "GET",
    "/credits/{id}/relationships/category",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_GET = OperationSpec("credits.get", "GET", "/credits/{id}", "INTERNAL", cache_ttl=600.0, invalidates=())


class CreditsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``credits``."""


class CreditsOperations(CreditsPublicOperations):
    """Every operation on ``credits``, INTERNAL and PARTNER ones included."""

    async def artist(
        self,
        id: str,
        *,
        include: Sequence[CreditsArtistInclude] | None = None,
        replace_media: str | None = None,
    ) -> CreditsSingleRelationshipDataDocument:
        """Get artist relationship ("to-one").

        Retrieves artist relationship.

        ``GET /credits/{id}/relationships/artist`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _ARTIST,
            f"credits/{path_id(id)}/relationships/artist",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            CreditsSingleRelationshipDataDocument,
        )

    async def category(
        self, id: str, *, include: Sequence[CreditsCategoryInclude] | None = None
    ) -> CreditsSingleRelationshipDataDocument:
        """Get category relationship ("to-one").

        Retrieves category relationship.

        ``GET /credits/{id}/relationships/category`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _CATEGORY,
            f"credits/{path_id(id)}/relationships/category",
            [("include", csv(include))],
            CreditsSingleRelationshipDataDocument,
        )

    async def get_document(
        self, id: str, *, include: Sequence[CreditsInclude] | None = None, replace_media: str | None = None
    ) -> CreditsSingleResourceDataDocument:
        """Get single credit.

        Retrieves single credit by id.

        ``GET /credits/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"credits/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            CreditsSingleResourceDataDocument,
        )

    async def get(
        self, id: str, *, include: Sequence[CreditsInclude] | None = None, replace_media: str | None = None
    ) -> CreditsResourceObject:
        """Get single credit.

        Retrieves single credit by id.

        ``GET /credits/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data
