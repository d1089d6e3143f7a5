"""Generated models and operations for ``playQueues`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ReplacementProvenance,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesCreateOperationPayload,
        PlayQueuesCurrentRelationshipUpdateOperationPayload,
        PlayQueuesFutureRelationshipAddOperationPayload,
        PlayQueuesFutureRelationshipRemoveOperationPayload,
        PlayQueuesFutureRelationshipUpdateOperationPayload,
        PlayQueuesUpdateOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

PlayQueuesCurrentInclude = Literal["current"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlayQueuesFutureInclude = Literal["future"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlayQueuesInclude = Literal["current", "future", "owners", "past"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlayQueuesOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

PlayQueuesPastInclude = Literal["past"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class LegacySource(APIModel):
    """Schema ``LegacySource``."""

    id: Redactable[str]

    type: Redactable[str]


class PlayQueuesAttributes(APIModel):
    """Schema ``PlayQueues_Attributes``."""

    created_at: Redactable[UtcDatetime] = Field(alias="createdAt")
    """ISO 8601 creation timestamp"""

    last_modified_at: Redactable[UtcDatetime] = Field(alias="lastModifiedAt")
    """ISO 8601 last modified timestamp"""

    repeat: Redactable[Literal["NONE", "ONE", "BATCH"] | str]
    """Queue's repeat mode"""

    shuffle: Redactable[Literal["OFF", "BATCH", "ALL"] | str]
    """Queue's shuffle mode"""

    shuffled: Redactable[bool]
    """Queue is shuffled or not"""


class PlayQueuesCurrentResourceIdentifierMeta(APIModel):
    """Schema ``PlayQueues_Current_Resource_Identifier_Meta``."""

    batch_id: Redactable[str] = Field(alias="batchId")

    item_id: Redactable[str] = Field(alias="itemId")

    legacy_source: LegacySource | None = Field(default=None, alias="legacySource")

    replacement: ReplacementProvenance | None = Field(default=None)


class PlayQueuesCurrentResourceIdentifier(Identifier):
    """Schema ``PlayQueues_Current_Resource_Identifier``."""

    meta: PlayQueuesCurrentResourceIdentifierMeta | None = Field(default=None)


class PlayQueuesFutureResourceIdentifierMeta(APIModel):
    """Schema ``PlayQueues_Future_Resource_Identifier_Meta``."""

    batch_id: Redactable[str] = Field(alias="batchId")

    item_id: Redactable[str] = Field(alias="itemId")

    legacy_source: LegacySource | None = Field(default=None, alias="legacySource")

    replacement: ReplacementProvenance | None = Field(default=None)


class PlayQueuesFutureResourceIdentifier(Identifier):
    """Schema ``PlayQueues_Future_Resource_Identifier``."""

    meta: PlayQueuesFutureResourceIdentifierMeta | None = Field(default=None)


class PlayQueuesPastResourceIdentifierMeta(APIModel):
    """Schema ``PlayQueues_Past_Resource_Identifier_Meta``."""

    batch_id: Redactable[str] = Field(alias="batchId")

    item_id: Redactable[str] = Field(alias="itemId")

    legacy_source: LegacySource | None = Field(default=None, alias="legacySource")

    replacement: ReplacementProvenance | None = Field(default=None)


class PlayQueuesPastResourceIdentifier(Identifier):
    """Schema ``PlayQueues_Past_Resource_Identifier``."""

    meta: PlayQueuesPastResourceIdentifierMeta | None = Field(default=None)


class PlayQueuesCurrentSingleRelationshipDataDocument(DocumentBase):
    """Schema ``PlayQueues_Current_Single_Relationship_Data_Document``."""

    data: PlayQueuesCurrentResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PlayQueuesFutureMultiRelationshipDataDocument(DocumentBase):
    """Schema ``PlayQueues_Future_Multi_Relationship_Data_Document``."""

    data: list[PlayQueuesFutureResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PlayQueuesPastMultiRelationshipDataDocument(DocumentBase):
    """Schema ``PlayQueues_Past_Multi_Relationship_Data_Document``."""

    data: list[PlayQueuesPastResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PlayQueuesRelationships(APIModel):
    """Schema ``PlayQueues_Relationships``."""

    current: PlayQueuesCurrentSingleRelationshipDataDocument | None = Field(default=None)

    future: PlayQueuesFutureMultiRelationshipDataDocument | None = Field(default=None)

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    past: PlayQueuesPastMultiRelationshipDataDocument | None = Field(default=None)


class PlayQueuesResourceObject(Resource):
    """Schema ``PlayQueues_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "current": PlayQueuesCurrentResourceIdentifier,
        "future": PlayQueuesFutureResourceIdentifier,
        "past": PlayQueuesPastResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "current": False,
        "future": True,
        "owners": True,
        "past": True,
    }

    attributes: PlayQueuesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> PlayQueuesRelationships:
        """The relationship objects, validated into ``PlayQueuesRelationships``."""
        return PlayQueuesRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> PlayQueuesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def created_at(self) -> UtcDatetime:
        """ISO 8601 creation timestamp"""
        return self._attributes().created_at

    @property
    def last_modified_at(self) -> UtcDatetime:
        """ISO 8601 last modified timestamp"""
        return self._attributes().last_modified_at

    @property
    def repeat(self) -> Literal["NONE", "ONE", "BATCH"] | str:
        """Queue's repeat mode"""
        return self._attributes().repeat

    @property
    def shuffle(self) -> Literal["OFF", "BATCH", "ALL"] | str:
        """Queue's shuffle mode"""
        return self._attributes().shuffle

    @property
    def shuffled(self) -> bool:
        """Queue is shuffled or not"""
        return self._attributes().shuffled

    @property
    def current(self) -> Resource | None:
        """The included ``current`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("current"))

    @property
    def future(self) -> list[Resource]:
        """The included ``future`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("future"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def past(self) -> list[Resource]:
        """The included ``past`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("past"))


class PlayQueuesCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``PlayQueues_Create_Single_Resource_Data_Document``."""

    data: Redactable[PlayQueuesResourceObject]

    links: Redactable[Textual[Links]]


class PlayQueuesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``PlayQueues_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PlayQueuesMultiResourceDataDocument(DocumentBase):
    """Schema ``PlayQueues_Multi_Resource_Data_Document``."""

    data: Redactable[list[PlayQueuesResourceObject]]

    links: Redactable[Textual[Links]]


class PlayQueuesSingleRelationshipDataDocument(DocumentBase):
    """Schema ``PlayQueues_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class PlayQueuesSingleResourceDataDocument(DocumentBase):
    """Schema ``PlayQueues_Single_Resource_Data_Document``."""

    data: Redactable[PlayQueuesResourceObject]

    links: Redactable[Textual[Links]]


_ADD_FUTURE = OperationSpec(
    "playQueues.add_future",
    "POST",
    "/playQueues/{id}/relationships/future",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("playQueues",),
)
_CREATE = OperationSpec(
    "playQueues.create", "POST", "/playQueues", "INTERNAL", cache_ttl=None, invalidates=("playQueues",)
)
_CURRENT = OperationSpec(
    "playQueues.current",
    "GET",
    "/playQueues/{id}/relationships/current",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_DELETE = OperationSpec(
    "playQueues.delete", "DELETE", "/playQueues/{id}", "INTERNAL", cache_ttl=None, invalidates=("playQueues",)
)
_FUTURE = OperationSpec(
    "playQueues.future",
    "GET",
    "/playQueues/{id}/relationships/future",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_GET = OperationSpec("playQueues.get", "GET", "/playQueues/{id}", "INTERNAL", cache_ttl=60.0, invalidates=())
_LIST = OperationSpec("playQueues.list", "GET", "/playQueues", "INTERNAL", cache_ttl=60.0, invalidates=())
_OWNERS = OperationSpec(
    "playQueues.owners",
    "GET",
    "/playQueues/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_PAST = OperationSpec(
    "playQueues.past",
    "GET",
    "/playQueues/{id}/relationships/past",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_FUTURE = OperationSpec(
    "playQueues.remove_future",
    "DELETE",
    "/playQueues/{id}/relationships/future",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("playQueues",),
)
_UPDATE = OperationSpec(
    "playQueues.update", "PATCH", "/playQueues/{id}", "INTERNAL", cache_ttl=None, invalidates=("playQueues",)
)
_UPDATE_CURRENT = OperationSpec(
    "playQueues.update_current",
    "PATCH",
    "/playQueues/{id}/relationships/current",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("playQueues",),
)
_UPDATE_FUTURE = OperationSpec(
    "playQueues.update_future",
    "PATCH",
    "/playQueues/{id}/relationships/future",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("playQueues",),
)


class PlayQueuesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``playQueues``."""


class PlayQueuesOperations(PlayQueuesPublicOperations):
    """Every operation on ``playQueues``, INTERNAL and PARTNER ones included."""

    async def add_future(
        self, id: str, *, payload: PlayQueuesFutureRelationshipAddOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Add to future relationship ("to-many").

        Adds item(s) to future relationship.

        ``POST /playQueues/{id}/relationships/future`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_FUTURE,
            f"playQueues/{path_id(id)}/relationships/future",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def create(
        self, *, payload: PlayQueuesCreateOperationPayload | Mapping[str, Any]
    ) -> PlayQueuesCreateSingleResourceDataDocument:
        """Create single playQueue.

        Creates a new playQueue.

        ``POST /playQueues`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "playQueues", [], PlayQueuesCreateSingleResourceDataDocument, payload=payload
        )

    async def current(
        self,
        id: str,
        *,
        include: Sequence[PlayQueuesCurrentInclude] | None = None,
        replace_media: str | None = None,
    ) -> PlayQueuesCurrentSingleRelationshipDataDocument:
        """Get current relationship ("to-one").

        Retrieves current relationship.

        ``GET /playQueues/{id}/relationships/current`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _CURRENT,
            f"playQueues/{path_id(id)}/relationships/current",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            PlayQueuesCurrentSingleRelationshipDataDocument,
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single playQueue.

        Deletes existing playQueue.

        ``DELETE /playQueues/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"playQueues/{path_id(id)}", [], MutationResponseDocument)

    def future(
        self,
        id: str,
        *,
        include: Sequence[PlayQueuesFutureInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlayQueuesFutureMultiRelationshipDataDocument, PlayQueuesFutureResourceIdentifier]:
        """Get future relationship ("to-many").

        Retrieves future relationship.

        ``GET /playQueues/{id}/relationships/future`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _FUTURE,
            f"playQueues/{path_id(id)}/relationships/future",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            PlayQueuesFutureMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_document(
        self, id: str, *, include: Sequence[PlayQueuesInclude] | None = None, replace_media: str | None = None
    ) -> PlayQueuesSingleResourceDataDocument:
        """Get single playQueue.

        Retrieves single playQueue by id.

        ``GET /playQueues/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"playQueues/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            PlayQueuesSingleResourceDataDocument,
        )

    async def get(
        self, id: str, *, include: Sequence[PlayQueuesInclude] | None = None, replace_media: str | None = None
    ) -> PlayQueuesResourceObject:
        """Get single playQueue.

        Retrieves single playQueue by id.

        ``GET /playQueues/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        include: Sequence[PlayQueuesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlayQueuesMultiResourceDataDocument, PlayQueuesResourceObject]:
        """Get multiple playQueues.

        Retrieves multiple playQueues by available filters, or without if applicable.

        ``GET /playQueues`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "playQueues",
            [
                ("filter[owners.id]", filter_owners_id),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            PlayQueuesMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[PlayQueuesOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlayQueuesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /playQueues/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"playQueues/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            PlayQueuesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def past(
        self,
        id: str,
        *,
        include: Sequence[PlayQueuesPastInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[PlayQueuesPastMultiRelationshipDataDocument, PlayQueuesPastResourceIdentifier]:
        """Get past relationship ("to-many").

        Retrieves past relationship.

        ``GET /playQueues/{id}/relationships/past`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _PAST,
            f"playQueues/{path_id(id)}/relationships/past",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            PlayQueuesPastMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_future(
        self, id: str, *, payload: PlayQueuesFutureRelationshipRemoveOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Delete from future relationship ("to-many").

        Deletes item(s) from future relationship.

        ``DELETE /playQueues/{id}/relationships/future`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_FUTURE,
            f"playQueues/{path_id(id)}/relationships/future",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def update(
        self, id: str, *, payload: PlayQueuesUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update single playQueue.

        Updates existing playQueue.

        ``PATCH /playQueues/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"playQueues/{path_id(id)}", [], MutationResponseDocument, payload=payload
        )

    async def update_current(
        self, id: str, *, payload: PlayQueuesCurrentRelationshipUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update current relationship ("to-one").

        Updates current relationship.

        ``PATCH /playQueues/{id}/relationships/current`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_CURRENT,
            f"playQueues/{path_id(id)}/relationships/current",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def update_future(
        self, id: str, *, payload: PlayQueuesFutureRelationshipUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update future relationship ("to-many").

        Updates future relationship.

        ``PATCH /playQueues/{id}/relationships/future`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_FUTURE,
            f"playQueues/{path_id(id)}/relationships/future",
            [],
            MutationResponseDocument,
            payload=payload,
        )
