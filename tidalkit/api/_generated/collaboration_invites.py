"""Generated models and operations for ``collaborationInvites`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ResourceIdentifier,
    SingleRelationshipDataDocument,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.collaboration_invites_payloads import (
        CollaborationInvitesCreateOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

CollaborationInvitesInclude = Literal["owners", "subject"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

CollaborationInvitesOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

CollaborationInvitesSubjectInclude = Literal["subject"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class CollaborationInvitesAttributes(APIModel):
    """Schema ``CollaborationInvites_Attributes``."""

    code: Redactable[str]
    """Opaque invite code embedded in the share link"""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Datetime the invite was created (ISO 8601)"""

    expires_at: Redactable[UtcDatetime] = Field(alias="expiresAt")
    """Datetime the invite expires (ISO 8601)"""

    revoked: Redactable[bool]
    """Whether the invite has been revoked by the subject's owner"""


class CollaborationInvitesRelationships(APIModel):
    """Schema ``CollaborationInvites_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    subject: SingleRelationshipDataDocument | None = Field(default=None)


class CollaborationInvitesResourceObject(Resource):
    """Schema ``CollaborationInvites_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True, "subject": False}

    attributes: CollaborationInvitesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> CollaborationInvitesRelationships:
        """The relationship objects, validated into ``CollaborationInvitesRelationships``."""
        return CollaborationInvitesRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> CollaborationInvitesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def code(self) -> str:
        """Opaque invite code embedded in the share link"""
        return self._attributes().code

    @property
    def created_at(self) -> UtcDatetime:
        """Datetime the invite was created (ISO 8601)"""
        return self._attributes().created_at

    @property
    def expires_at(self) -> UtcDatetime:
        """Datetime the invite expires (ISO 8601)"""
        return self._attributes().expires_at

    @property
    def revoked(self) -> bool:
        """Whether the invite has been revoked by the subject's owner"""
        return self._attributes().revoked

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def subject(self) -> Resource | None:
        """The included ``subject`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("subject"))


class CollaborationInvitesCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``CollaborationInvites_Create_Single_Resource_Data_Document``."""

    data: Redactable[CollaborationInvitesResourceObject]

    links: Redactable[Textual[Links]]


class CollaborationInvitesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``CollaborationInvites_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class CollaborationInvitesMultiResourceDataDocument(DocumentBase):
    """Schema ``CollaborationInvites_Multi_Resource_Data_Document``."""

    data: Redactable[list[CollaborationInvitesResourceObject]]

    links: Redactable[Textual[Links]]


class CollaborationInvitesSingleRelationshipDataDocument(DocumentBase):
    """Schema ``CollaborationInvites_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class CollaborationInvitesSingleResourceDataDocument(DocumentBase):
    """Schema ``CollaborationInvites_Single_Resource_Data_Document``."""

    data: Redactable[CollaborationInvitesResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "collaborationInvites.create",
    "POST",
    "/collaborationInvites",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("collaborationInvites",),
)
_DELETE = OperationSpec(
    "collaborationInvites.delete",
    "DELETE",
    "/collaborationInvites/{id}",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("collaborationInvites",),
)
_GET = OperationSpec(
    "collaborationInvites.get",
    "GET",
    "/collaborationInvites/{id}",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_LIST = OperationSpec(
    "collaborationInvites.list", "GET", "/collaborationInvites", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "collaborationInvites.owners",
    "GET",
    "/collaborationInvites/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_SUBJECT = OperationSpec(
    "collaborationInvites.subject",
    "GET",
    "/collaborationInvites/{id}/relationships/subject",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class CollaborationInvitesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``collaborationInvites``."""


class CollaborationInvitesOperations(CollaborationInvitesPublicOperations):
    """Every operation on ``collaborationInvites``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: CollaborationInvitesCreateOperationPayload | Mapping[str, Any]
    ) -> CollaborationInvitesCreateSingleResourceDataDocument:
        """Create single collaborationInvite.

        Creates a new collaborationInvite.

        ``POST /collaborationInvites`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "collaborationInvites",
            [],
            CollaborationInvitesCreateSingleResourceDataDocument,
            payload=payload,
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single collaborationInvite.

        Deletes existing collaborationInvite.

        ``DELETE /collaborationInvites/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"collaborationInvites/{path_id(id)}", [], MutationResponseDocument)

    async def get_document(
        self,
        id: str,
        *,
        include: Sequence[CollaborationInvitesInclude] | None = None,
        replace_media: str | None = None,
    ) -> CollaborationInvitesSingleResourceDataDocument:
        """Get single collaborationInvite.

        Retrieves single collaborationInvite by id.

        ``GET /collaborationInvites/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"collaborationInvites/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            CollaborationInvitesSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        include: Sequence[CollaborationInvitesInclude] | None = None,
        replace_media: str | None = None,
    ) -> CollaborationInvitesResourceObject:
        """Get single collaborationInvite.

        Retrieves single collaborationInvite by id.

        ``GET /collaborationInvites/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    def list(
        self,
        *,
        filter_code: Sequence[str],
        include: Sequence[CollaborationInvitesInclude] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[CollaborationInvitesMultiResourceDataDocument, CollaborationInvitesResourceObject]:
        """Get multiple collaborationInvites.

        Retrieves multiple collaborationInvites by available filters, or without if applicable.

        ``GET /collaborationInvites`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "collaborationInvites",
            [("filter[code]", filter_code), ("include", csv(include)), ("replaceMedia", replace_media)],
            CollaborationInvitesMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[CollaborationInvitesOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[CollaborationInvitesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /collaborationInvites/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"collaborationInvites/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            CollaborationInvitesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def subject(
        self,
        id: str,
        *,
        include: Sequence[CollaborationInvitesSubjectInclude] | None = None,
        replace_media: str | None = None,
    ) -> CollaborationInvitesSingleRelationshipDataDocument:
        """Get subject relationship ("to-one").

        Retrieves subject relationship.

        ``GET /collaborationInvites/{id}/relationships/subject`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        """
        return await self._call(
            _SUBJECT,
            f"collaborationInvites/{path_id(id)}/relationships/subject",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            CollaborationInvitesSingleRelationshipDataDocument,
        )
