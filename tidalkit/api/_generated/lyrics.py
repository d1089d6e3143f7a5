"""Generated models and operations for ``lyrics`` — do not edit (scripts/codegen_v2.py)."""

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
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsCreateOperationPayload,
        LyricsUpdateOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

LyricsInclude = Literal["owners", "track"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

LyricsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

LyricsTrackInclude = Literal["track"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class ThirdPartyLyricsProvider(APIModel):
    """Schema ``ThirdPartyLyricsProvider``."""

    common_track_id: Redactable[str] = Field(alias="commonTrackId")

    lyrics_id: Redactable[str] = Field(alias="lyricsId")

    name: Redactable[str]

    source: Literal["TIDAL", "THIRD_PARTY"] | str | None = Field(default=None)


class TidalLyricsProvider(APIModel):
    """Schema ``TidalLyricsProvider``."""

    name: str | None = Field(default=None)

    source: Literal["TIDAL", "THIRD_PARTY"] | str | None = Field(default=None)


class LyricsAttributes(APIModel):
    """Schema ``Lyrics_Attributes``."""

    direction: Literal["LEFT_TO_RIGHT", "RIGHT_TO_LEFT"] | str | None = Field(default=None)

    lrc_text: str | None = Field(default=None, alias="lrcText")

    provider: ThirdPartyLyricsProvider | TidalLyricsProvider | None = Field(default=None)

    technical_status: Redactable[Literal["PENDING", "PROCESSING", "ERROR", "OK"] | str] = Field(
        alias="technicalStatus"
    )

    text: str | None = Field(default=None)


class LyricsTrackResourceIdentifierMeta(APIModel):
    """Schema ``Lyrics_Track_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class LyricsTrackResourceIdentifier(Identifier):
    """Schema ``Lyrics_Track_Resource_Identifier``."""

    meta: LyricsTrackResourceIdentifierMeta | None = Field(default=None)


class LyricsTrackSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Lyrics_Track_Single_Relationship_Data_Document``."""

    data: LyricsTrackResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class LyricsRelationships(APIModel):
    """Schema ``Lyrics_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    track: LyricsTrackSingleRelationshipDataDocument | None = Field(default=None)


class LyricsResourceObject(Resource):
    """Schema ``Lyrics_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "track": LyricsTrackResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True, "track": False}

    attributes: LyricsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> LyricsRelationships:
        """The relationship objects, validated into ``LyricsRelationships``."""
        return LyricsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> LyricsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def direction(self) -> Literal["LEFT_TO_RIGHT", "RIGHT_TO_LEFT"] | str | None:
        """The ``direction`` attribute."""
        return self._attributes().direction

    @property
    def lrc_text(self) -> str | None:
        """The ``lrcText`` attribute."""
        return self._attributes().lrc_text

    @property
    def provider(self) -> ThirdPartyLyricsProvider | TidalLyricsProvider | None:
        """The ``provider`` attribute."""
        return self._attributes().provider

    @property
    def technical_status(self) -> Literal["PENDING", "PROCESSING", "ERROR", "OK"] | str:
        """The ``technicalStatus`` attribute."""
        return self._attributes().technical_status

    @property
    def text(self) -> str | None:
        """The ``text`` attribute."""
        return self._attributes().text

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def track(self) -> Resource | None:
        """The included ``track`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("track"))


class LyricsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Lyrics_Create_Single_Resource_Data_Document``."""

    data: Redactable[LyricsResourceObject]

    links: Redactable[Textual[Links]]


class LyricsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Lyrics_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class LyricsProvider(APIModel):
    """Schema ``LyricsProvider``."""

    name: str | None = Field(default=None)

    source: Literal["TIDAL", "THIRD_PARTY"] | str | None = Field(default=None)


class LyricsSingleRelationshipDataDocument(DocumentBase):
    """Schema ``Lyrics_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class LyricsSingleResourceDataDocument(DocumentBase):
    """Schema ``Lyrics_Single_Resource_Data_Document``."""

    data: Redactable[LyricsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "lyrics.create", "POST", "/lyrics", "INTERNAL", cache_ttl=None, invalidates=("lyrics",)
)
_DELETE = OperationSpec(
    "lyrics.delete", "DELETE", "/lyrics/{id}", "INTERNAL", cache_ttl=None, invalidates=("lyrics",)
)
_GET = OperationSpec("lyrics.get", "GET", "/lyrics/{id}", "INTERNAL", cache_ttl=600.0, invalidates=())
_OWNERS = OperationSpec(
    "lyrics.owners", "GET", "/lyrics/{id}/relationships/owners", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_TRACK = OperationSpec(
    "lyrics.track", "GET", "/lyrics/{id}/relationships/track", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_UPDATE = OperationSpec(
    "lyrics.update", "PATCH", "/lyrics/{id}", "INTERNAL", cache_ttl=None, invalidates=("lyrics",)
)


class LyricsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``lyrics``."""


class LyricsOperations(LyricsPublicOperations):
    """Every operation on ``lyrics``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: LyricsCreateOperationPayload | Mapping[str, Any]
    ) -> LyricsCreateSingleResourceDataDocument:
        """Create single lyric.

        Creates a new lyric.

        ``POST /lyrics`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "lyrics", [], LyricsCreateSingleResourceDataDocument, payload=payload
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single lyric.

        Deletes existing lyric.

        ``DELETE /lyrics/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        """
        return await self._call(_DELETE, f"lyrics/{path_id(id)}", [], MutationResponseDocument)

    async def get_document(
        self, id: str, *, include: Sequence[LyricsInclude] | None = None, replace_media: str | None = None
    ) -> LyricsSingleResourceDataDocument:
        """Get single lyric.

        Retrieves single lyric by id.

        ``GET /lyrics/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"lyrics/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            LyricsSingleResourceDataDocument,
        )

    async def get(
        self, id: str, *, include: Sequence[LyricsInclude] | None = None, replace_media: str | None = None
    ) -> LyricsResourceObject:
        """Get single lyric.

        Retrieves single lyric by id.

        ``GET /lyrics/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    def owners(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[LyricsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[LyricsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /lyrics/{id}/relationships/owners`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"lyrics/{path_id(id)}/relationships/owners",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            LyricsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def track(
        self,
        id: str,
        *,
        country_code: str | None = None,
        include: Sequence[LyricsTrackInclude] | None = None,
        replace_media: str | None = None,
    ) -> LyricsSingleRelationshipDataDocument:
        """Get track relationship ("to-one").

        Retrieves track relationship.

        ``GET /lyrics/{id}/relationships/track`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        """
        return await self._call(
            _TRACK,
            f"lyrics/{path_id(id)}/relationships/track",
            [
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            LyricsSingleRelationshipDataDocument,
        )

    async def update(
        self, id: str, *, payload: LyricsUpdateOperationPayload | Mapping[str, Any]
    ) -> MutationResponseDocument:
        """Update single lyric.

        Updates existing lyric.

        ``PATCH /lyrics/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"lyrics/{path_id(id)}", [], MutationResponseDocument, payload=payload
        )
