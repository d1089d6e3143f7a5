"""Generated models and operations for ``dspSharingLinks`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import LinkObject, Links, ReplacementProvenance, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

DspSharingLinksInclude = Literal["subject"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class DspSharingLinksAttributes(APIModel):
    """Schema ``DspSharingLinks_Attributes``."""

    amazon_music: LinkObject | None = Field(default=None, alias="amazonMusic")

    apple_music: LinkObject | None = Field(default=None, alias="appleMusic")

    spotify: LinkObject | None = Field(default=None)

    you_tube_music: LinkObject | None = Field(default=None, alias="youTubeMusic")


class DspSharingLinksSubjectResourceIdentifierMeta(APIModel):
    """Schema ``DspSharingLinks_Subject_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class DspSharingLinksSubjectResourceIdentifier(Identifier):
    """Schema ``DspSharingLinks_Subject_Resource_Identifier``."""

    meta: DspSharingLinksSubjectResourceIdentifierMeta | None = Field(default=None)


class DspSharingLinksSubjectSingleRelationshipDataDocument(DocumentBase):
    """Schema ``DspSharingLinks_Subject_Single_Relationship_Data_Document``."""

    data: DspSharingLinksSubjectResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class DspSharingLinksRelationships(APIModel):
    """Schema ``DspSharingLinks_Relationships``."""

    subject: DspSharingLinksSubjectSingleRelationshipDataDocument | None = Field(default=None)


class DspSharingLinksResourceObject(Resource):
    """Schema ``DspSharingLinks_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "subject": DspSharingLinksSubjectResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"subject": False}

    attributes: DspSharingLinksAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> DspSharingLinksRelationships:
        """The relationship objects, validated into ``DspSharingLinksRelationships``."""
        return DspSharingLinksRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> DspSharingLinksAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def amazon_music(self) -> LinkObject | None:
        """The ``amazonMusic`` attribute."""
        return self._attributes().amazon_music

    @property
    def apple_music(self) -> LinkObject | None:
        """The ``appleMusic`` attribute."""
        return self._attributes().apple_music

    @property
    def spotify(self) -> LinkObject | None:
        """The ``spotify`` attribute."""
        return self._attributes().spotify

    @property
    def you_tube_music(self) -> LinkObject | None:
        """The ``youTubeMusic`` attribute."""
        return self._attributes().you_tube_music

    @property
    def subject(self) -> Resource | None:
        """The included ``subject`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("subject"))


class DspSharingLinksMultiResourceDataDocument(DocumentBase):
    """Schema ``DspSharingLinks_Multi_Resource_Data_Document``."""

    data: Redactable[list[DspSharingLinksResourceObject]]

    links: Redactable[Textual[Links]]


class DspSharingLinksSingleRelationshipDataDocument(DocumentBase):
    """Schema ``DspSharingLinks_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


_LIST = OperationSpec(
    "dspSharingLinks.list", "GET", "/dspSharingLinks", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_SUBJECT = OperationSpec(
    "dspSharingLinks.subject",
    "GET",
    "/dspSharingLinks/{id}/relationships/subject",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)


class DspSharingLinksPublicOperations(Operations):
    """The THIRD_PARTY operations on ``dspSharingLinks``."""


class DspSharingLinksOperations(DspSharingLinksPublicOperations):
    """Every operation on ``dspSharingLinks``, INTERNAL and PARTNER ones included."""

    def list(
        self,
        *,
        filter_subject_id: Sequence[str],
        filter_subject_type: Sequence[Literal["tracks", "albums", "artists"]],
        include: Sequence[DspSharingLinksInclude] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[DspSharingLinksMultiResourceDataDocument, DspSharingLinksResourceObject]:
        """Get multiple dspSharingLinks.

        Retrieves multiple dspSharingLinks by available filters, or without if applicable.

        ``GET /dspSharingLinks`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "dspSharingLinks",
            [
                ("filter[subject.id]", filter_subject_id),
                ("filter[subject.type]", filter_subject_type),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            DspSharingLinksMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    async def subject(
        self,
        id: str,
        *,
        include: Sequence[DspSharingLinksInclude] | None = None,
        replace_media: str | None = None,
    ) -> DspSharingLinksSingleRelationshipDataDocument:
        """Get subject relationship ("to-one").

        Retrieves subject relationship.

        ``GET /dspSharingLinks/{id}/relationships/subject`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _SUBJECT,
            f"dspSharingLinks/{path_id(id)}/relationships/subject",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            DspSharingLinksSingleRelationshipDataDocument,
        )
