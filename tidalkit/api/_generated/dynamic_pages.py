"""Generated models and operations for ``dynamicPages`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    ReplacementProvenance,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

DynamicPagesInclude = Literal["modules", "subject"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

DynamicPagesModulesInclude = Literal["modules"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

DynamicPagesSubjectInclude = Literal["subject"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class DynamicPagesAttributes(APIModel):
    """Schema ``DynamicPages_Attributes``."""

    page_type: Redactable[
        Literal[
            "HOME_STATIC",
            "HOME_UPLOADS",
            "HOME_EDITORIAL",
            "HOME_FREE",
            "ARTIST",
            "ALBUM",
            "PLAYLIST",
            "TRACK",
            "VIDEO",
        ]
        | str
    ] = Field(alias="pageType")
    """Type of the page eg. home, artist"""

    reporting_id: Redactable[str] = Field(alias="reportingId")
    """Id used for reporting user events"""


class DynamicPagesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``DynamicPages_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class DynamicPagesSubjectResourceIdentifierMeta(APIModel):
    """Schema ``DynamicPages_Subject_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class DynamicPagesSubjectResourceIdentifier(Identifier):
    """Schema ``DynamicPages_Subject_Resource_Identifier``."""

    meta: DynamicPagesSubjectResourceIdentifierMeta | None = Field(default=None)


class DynamicPagesSubjectSingleRelationshipDataDocument(DocumentBase):
    """Schema ``DynamicPages_Subject_Single_Relationship_Data_Document``."""

    data: DynamicPagesSubjectResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class DynamicPagesRelationships(APIModel):
    """Schema ``DynamicPages_Relationships``."""

    modules: MultiRelationshipDataDocument | None = Field(default=None)

    subject: DynamicPagesSubjectSingleRelationshipDataDocument | None = Field(default=None)


class DynamicPagesResourceObjectMeta(APIModel):
    """Schema ``DynamicPages_Resource_Object_Meta``."""

    redaction_reason: Literal["NO_BIRTHDAY", "MINOR"] | str | None = Field(
        default=None, alias="redactionReason"
    )
    """Reason why data has been redacted on this page"""


class DynamicPagesResourceObject(Resource):
    """Schema ``DynamicPages_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "subject": DynamicPagesSubjectResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"modules": True, "subject": False}

    attributes: DynamicPagesAttributes | None = Field(default=None)

    meta: DynamicPagesResourceObjectMeta | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> DynamicPagesRelationships:
        """The relationship objects, validated into ``DynamicPagesRelationships``."""
        return DynamicPagesRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> DynamicPagesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def page_type(
        self,
    ) -> (
        Literal[
            "HOME_STATIC",
            "HOME_UPLOADS",
            "HOME_EDITORIAL",
            "HOME_FREE",
            "ARTIST",
            "ALBUM",
            "PLAYLIST",
            "TRACK",
            "VIDEO",
        ]
        | str
    ):
        """Type of the page eg. home, artist"""
        return self._attributes().page_type

    @property
    def reporting_id(self) -> str:
        """Id used for reporting user events"""
        return self._attributes().reporting_id

    @property
    def modules(self) -> list[Resource]:
        """The included ``modules`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("modules"))

    @property
    def subject(self) -> Resource | None:
        """The included ``subject`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("subject"))


class DynamicPagesMultiResourceDataDocument(DocumentBase):
    """Schema ``DynamicPages_Multi_Resource_Data_Document``."""

    data: Redactable[list[DynamicPagesResourceObject]]

    links: Redactable[Textual[Links]]


class DynamicPagesSingleRelationshipDataDocument(DocumentBase):
    """Schema ``DynamicPages_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


_LIST = OperationSpec(
    "dynamicPages.list", "GET", "/dynamicPages", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_MODULES = OperationSpec(
    "dynamicPages.modules",
    "GET",
    "/dynamicPages/{id}/relationships/modules",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_SUBJECT = OperationSpec(
    "dynamicPages.subject",
    "GET",
    "/dynamicPages/{id}/relationships/subject",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)


class DynamicPagesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``dynamicPages``."""


class DynamicPagesOperations(DynamicPagesPublicOperations):
    """Every operation on ``dynamicPages``, INTERNAL and PARTNER ones included."""

    def list(
        self,
        *,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"],
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"],
        client_version: str,
        filter_page_type: Sequence[str],
        refresh_seed: str | None = None,
        country_code: str | None = None,
        locale: str | None = None,
        include: Sequence[DynamicPagesInclude] | None = None,
        filter_subject_id: Sequence[str] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[DynamicPagesMultiResourceDataDocument, DynamicPagesResourceObject]:
        """Get multiple dynamicPages.

        Retrieves multiple dynamicPages by available filters, or without if applicable.

        ``GET /dynamicPages`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "dynamicPages",
            [
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("filter[pageType]", filter_page_type),
                ("refreshSeed", refresh_seed),
                ("countryCode", self._country(country_code)),
                ("locale", locale),
                ("include", csv(include)),
                ("filter[subject.id]", filter_subject_id),
                ("replaceMedia", replace_media),
            ],
            DynamicPagesMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def modules(
        self,
        id: str,
        *,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"],
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"],
        client_version: str,
        refresh_seed: str | None = None,
        country_code: str | None = None,
        locale: str | None = None,
        include: Sequence[DynamicPagesModulesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[DynamicPagesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get modules relationship ("to-many").

        Retrieves modules relationship.

        ``GET /dynamicPages/{id}/relationships/modules`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _MODULES,
            f"dynamicPages/{path_id(id)}/relationships/modules",
            [
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("refreshSeed", refresh_seed),
                ("countryCode", self._country(country_code)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            DynamicPagesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def subject(
        self,
        id: str,
        *,
        include: Sequence[DynamicPagesSubjectInclude] | None = None,
        replace_media: str | None = None,
    ) -> DynamicPagesSingleRelationshipDataDocument:
        """Get subject relationship ("to-one").

        Retrieves subject relationship.

        ``GET /dynamicPages/{id}/relationships/subject`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _SUBJECT,
            f"dynamicPages/{path_id(id)}/relationships/subject",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            DynamicPagesSingleRelationshipDataDocument,
        )
