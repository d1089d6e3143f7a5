"""Generated models and operations for ``comments`` — do not edit (scripts/codegen_v2.py)."""

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
    from tidalkit.api._generated.comments_payloads import (
        CommentsCreateOperationPayload,
        CommentsUpdateOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

CommentsInclude = Literal["ownerProfiles", "owners", "parentComment"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

CommentsOwnerProfilesInclude = Literal["ownerProfiles"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

CommentsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

CommentsParentCommentInclude = Literal["parentComment"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class CommentsAttributes(APIModel):
    """Schema ``Comments_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Datetime when the comment was created (ISO 8601)"""

    end_time: str | None = Field(default=None, alias="endTime")
    """End time offset for timestamped comments (ISO 8601 duration)"""

    last_modified_at: Redactable[UtcDatetime] = Field(alias="lastModifiedAt")
    """Datetime when the comment was last modified (ISO 8601)"""

    like_count: Redactable[int] = Field(alias="likeCount")
    """Number of likes on this comment"""

    message: Redactable[str]
    """The comment message content"""

    moderation_status: Redactable[Literal["NOT_MODERATED", "FLAGGED", "TAKEN_DOWN", "OK", "ERROR"] | str] = (
        Field(alias="moderationStatus")
    )
    """Moderation status of the comment"""

    reply_count: Redactable[int] = Field(alias="replyCount")
    """Number of replies to this comment"""

    start_time: str | None = Field(default=None, alias="startTime")
    """Start time offset for timestamped comments (ISO 8601 duration)"""


class CommentsRelationships(APIModel):
    """Schema ``Comments_Relationships``."""

    owner_profiles: MultiRelationshipDataDocument | None = Field(default=None, alias="ownerProfiles")

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    parent_comment: SingleRelationshipDataDocument | None = Field(default=None, alias="parentComment")


class CommentsResourceObject(Resource):
    """Schema ``Comments_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "ownerProfiles": True,
        "owners": True,
        "parentComment": False,
    }

    attributes: CommentsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> CommentsRelationships:
        """The relationship objects, validated into ``CommentsRelationships``."""
        return CommentsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> CommentsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime:
        """Datetime when the comment was created (ISO 8601)"""
        return self._attributes().created_at

    @property
    def end_time(self) -> str | None:
        """End time offset for timestamped comments (ISO 8601 duration)"""
        return self._attributes().end_time

    @property
    def last_modified_at(self) -> UtcDatetime:
        """Datetime when the comment was last modified (ISO 8601)"""
        return self._attributes().last_modified_at

    @property
    def like_count(self) -> int:
        """Number of likes on this comment"""
        return self._attributes().like_count

    @property
    def message(self) -> str:
        """The comment message content"""
        return self._attributes().message

    @property
    def moderation_status(self) -> Literal["NOT_MODERATED", "FLAGGED", "TAKEN_DOWN", "OK", "ERROR"] | str:
        """Moderation status of the comment"""
        return self._attributes().moderation_status

    @property
    def reply_count(self) -> int:
        """Number of replies to this comment"""
        return self._attributes().reply_count

    @property
    def start_time(self) -> str | None:
        """Start time offset for timestamped comments (ISO 8601 duration)"""
        return self._attributes().start_time

    @property
    def owner_profiles(self) -> list[Resource]:
        """The included ``ownerProfiles`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("ownerProfiles"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def parent_comment(self) -> Resource | None:
        """The included ``parentComment`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("parentComment"))


class CommentsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Comments_Create_Single_Resource_Data_Document``."""

    data: Redactable[CommentsResourceObject]

    links: Redactable[Textual[Links]]


class CommentsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Comments_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class CommentsMultiResourceDataDocument(DocumentBase):
    """Schema ``Comments_Multi_Resource_Data_Document``."""

    data: Redactable[list[CommentsResourceObject]]

    links: Redactable[Textual[Links]]


class CommentsSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Comments_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class CommentsSingleResourceDataDocument(DocumentBase):
    """Schema ``Comments_Single_Resource_Data_Document``."""

    data: Redactable[CommentsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "comments.create", "POST", "/comments", "INTERNAL", cache_ttl=None, invalidates=("comments",)
)
_DELETE = OperationSpec(
    "comments.delete", "DELETE", "/comments/{id}", "INTERNAL", cache_ttl=None, invalidates=("comments",)
)
_GET = OperationSpec("comments.get", "GET", "/comments/{id}", "INTERNAL", cache_ttl=60.0, invalidates=())
_LIST = OperationSpec("comments.list", "GET", "/comments", "INTERNAL", cache_ttl=60.0, invalidates=())
_OWNER_PROFILES = OperationSpec(
    "comments.owner_profiles",
    "GET",
    "/comments/{id}/relationships/ownerProfiles",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "comments.owners",
    "GET",
    "/comments/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_PARENT_COMMENT = OperationSpec(
    "comments.parent_comment",
    "GET",
    "/comments/{id}/relationships/parentComment",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_UPDATE = OperationSpec(
    "comments.update", "PATCH", "/comments/{id}", "INTERNAL", cache_ttl=None, invalidates=("comments",)
)


class CommentsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``comments``."""


class CommentsOperations(CommentsPublicOperations):
    """Every operation on ``comments``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: CommentsCreateOperationPayload | Mapping[str, Any]
    ) -> CommentsCreateSingleResourceDataDocument:
        """Create single comment.

        Creates a new comment.

        ``POST /comments`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "comments", [], CommentsCreateSingleResourceDataDocument, payload=payload
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single comment.

        Deletes existing comment.

        ``DELETE /comments/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"comments/{path_id(id)}", [], MutationResponseDocument)

    async def get_document(
        self, id: str, *, include: Sequence[CommentsInclude] | None = None
    ) -> CommentsSingleResourceDataDocument:
        """Get single comment.

        Retrieves single comment by id.

        ``GET /comments/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET, f"comments/{path_id(id)}", [("include", csv(include))], CommentsSingleResourceDataDocument
        )

    async def get(
        self, id: str, *, include: Sequence[CommentsInclude] | None = None
    ) -> CommentsResourceObject:
        """Get single comment.

        Retrieves single comment by id.

        ``GET /comments/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include)).data

    def list(
        self,
        *,
        filter_subject_id: Sequence[str],
        filter_subject_type: Sequence[Literal["albums", "tracks"]],
        sort: Sequence[
            Literal[
                "createdAt",
                "-createdAt",
                "likeCount",
                "-likeCount",
                "replyCount",
                "-replyCount",
                "startTime",
                "-startTime",
            ]
        ]
        | None = None,
        include: Sequence[CommentsInclude] | None = None,
        filter_parent_comment_id: Sequence[str] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[CommentsMultiResourceDataDocument, CommentsResourceObject]:
        """Get multiple comments.

        Retrieves multiple comments by available filters, or without if applicable.

        ``GET /comments`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "comments",
            [
                ("filter[subject.id]", filter_subject_id),
                ("filter[subject.type]", filter_subject_type),
                ("sort", csv(sort)),
                ("include", csv(include)),
                ("filter[parentComment.id]", filter_parent_comment_id),
            ],
            CommentsMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owner_profiles(
        self,
        id: str,
        *,
        include: Sequence[CommentsOwnerProfilesInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[CommentsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get ownerProfiles relationship ("to-many").

        Retrieves ownerProfiles relationship.

        ``GET /comments/{id}/relationships/ownerProfiles`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNER_PROFILES,
            f"comments/{path_id(id)}/relationships/ownerProfiles",
            [("include", csv(include))],
            CommentsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[CommentsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[CommentsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /comments/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"comments/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            CommentsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def parent_comment(
        self, id: str, *, include: Sequence[CommentsParentCommentInclude] | None = None
    ) -> CommentsSingleRelationshipDataDocument:
        """Get parentComment relationship ("to-one").

        Retrieves parentComment relationship.

        ``GET /comments/{id}/relationships/parentComment`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        """
        return await self._call(
            _PARENT_COMMENT,
            f"comments/{path_id(id)}/relationships/parentComment",
            [("include", csv(include))],
            CommentsSingleRelationshipDataDocument,
        )

    async def update(
        self, id: str, *, payload: CommentsUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update single comment.

        Updates existing comment.

        ``PATCH /comments/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"comments/{path_id(id)}", [], MutationResponseDocument, payload=payload
        )
