"""Generated models and operations for ``reactions`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.reactions_payloads import ReactionsCreateOperationPayload
    from tidalkit.api._generated.users import UsersResourceObject

ReactionsInclude = Literal["ownerProfiles", "owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ReactionsOwnerProfilesInclude = Literal["ownerProfiles"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ReactionsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class CurrentUserReaction(APIModel):
    """Current user's reaction"""

    created_at: UtcDatetime | None = Field(default=None, alias="createdAt")
    """When the reaction was created"""

    emoji: str | None = Field(default=None)
    """User's emoji reaction"""

    id: str | None = Field(default=None)
    """Reaction ID"""


class ReactionStats(APIModel):
    """Reaction statistics"""

    counts_by_type: dict[str, int] | None = Field(default=None, alias="countsByType")
    """Count of reactions by type"""

    total_count: int | None = Field(default=None, alias="totalCount")
    """Total number of reactions"""


class ReactionsAttributes(APIModel):
    """Schema ``Reactions_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """Datetime of the reaction creation (ISO 8601)"""

    emoji: Redactable[str]
    """The type of reaction representing an emoji"""


class ReactionsRelationships(APIModel):
    """Schema ``Reactions_Relationships``."""

    owner_profiles: MultiRelationshipDataDocument | None = Field(default=None, alias="ownerProfiles")

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class ReactionsResourceObject(Resource):
    """Schema ``Reactions_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"ownerProfiles": True, "owners": True}

    attributes: ReactionsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> ReactionsRelationships:
        """The relationship objects, validated into ``ReactionsRelationships``."""
        return ReactionsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> ReactionsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime:
        """Datetime of the reaction creation (ISO 8601)"""
        return self._attributes().created_at

    @property
    def emoji(self) -> str:
        """The type of reaction representing an emoji"""
        return self._attributes().emoji

    @property
    def owner_profiles(self) -> list[Resource]:
        """The included ``ownerProfiles`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("ownerProfiles"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class ReactionsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Reactions_Create_Single_Resource_Data_Document``."""

    data: Redactable[ReactionsResourceObject]

    links: Redactable[Textual[Links]]


class ReactionsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Reactions_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ReactionsMultiResourceDataDocumentMeta(APIModel):
    """Reaction response metadata with stats and current user reaction"""

    current_user_reaction: CurrentUserReaction | None = Field(default=None, alias="currentUserReaction")

    stats: ReactionStats | None = Field(default=None)


class ReactionsMultiResourceDataDocument(DocumentBase):
    """Schema ``Reactions_Multi_Resource_Data_Document``."""

    data: Redactable[list[ReactionsResourceObject]]

    links: Redactable[Textual[Links]]

    meta: ReactionsMultiResourceDataDocumentMeta | None = Field(default=None)


_CREATE = OperationSpec(
    "reactions.create", "POST", "/reactions", "INTERNAL", cache_ttl=None, invalidates=("reactions",)
)
_DELETE = OperationSpec(
    "reactions.delete", "DELETE", "/reactions/{id}", "INTERNAL", cache_ttl=None, invalidates=("reactions",)
)
_LIST = OperationSpec("reactions.list", "GET", "/reactions", "INTERNAL", cache_ttl=60.0, invalidates=())
_OWNER_PROFILES = OperationSpec(
    "reactions.owner_profiles",
    "GET",
    "/reactions/{id}/relationships/ownerProfiles",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "reactions.owners",
    "GET",
    "/reactions/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class ReactionsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``reactions``."""


class ReactionsOperations(ReactionsPublicOperations):
    """Every operation on ``reactions``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: ReactionsCreateOperationPayload | Mapping[str, Any]
    ) -> ReactionsCreateSingleResourceDataDocument:
        """Create single reaction.

        Creates a new reaction.

        ``POST /reactions`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "reactions", [], ReactionsCreateSingleResourceDataDocument, payload=payload
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single reaction.

        Deletes existing reaction.

        ``DELETE /reactions/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"reactions/{path_id(id)}", [], MutationResponseDocument)

    def list(
        self,
        *,
        filter_subject_id: Sequence[str],
        filter_subject_type: Sequence[
            Literal["albums", "tracks", "artists", "videos", "playlists", "comments"]
        ],
        stats: Literal["ALL", "COUNTS_BY_TYPE", "TOTAL_COUNT"] | None = None,
        stats_only: bool | None = None,
        viewer_context: str | None = None,
        include: Sequence[ReactionsInclude] | None = None,
        filter_emoji: Sequence[str] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ReactionsMultiResourceDataDocument, ReactionsResourceObject]:
        """Get multiple reactions.

        Retrieves multiple reactions by available filters, or without if applicable.

        ``GET /reactions`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "reactions",
            [
                ("filter[subject.id]", filter_subject_id),
                ("filter[subject.type]", filter_subject_type),
                ("stats", stats),
                ("statsOnly", stats_only),
                ("viewerContext", viewer_context),
                ("include", csv(include)),
                ("filter[emoji]", filter_emoji),
            ],
            ReactionsMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owner_profiles(
        self,
        id: str,
        *,
        include: Sequence[ReactionsOwnerProfilesInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ReactionsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get ownerProfiles relationship ("to-many").

        Retrieves ownerProfiles relationship.

        ``GET /reactions/{id}/relationships/ownerProfiles`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNER_PROFILES,
            f"reactions/{path_id(id)}/relationships/ownerProfiles",
            [("include", csv(include))],
            ReactionsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[ReactionsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ReactionsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /reactions/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"reactions/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            ReactionsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
