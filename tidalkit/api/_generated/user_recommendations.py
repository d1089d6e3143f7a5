"""Generated models and operations for ``userRecommendations`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import Links, MultiRelationshipDataDocument, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

UserRecommendationsDiscoveryMixesInclude = Literal["discoveryMixes"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserRecommendationsInclude = Literal["discoveryMixes", "myMixes", "newArrivalMixes", "offlineMixes"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserRecommendationsMyMixesInclude = Literal["myMixes"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserRecommendationsNewArrivalMixesInclude = Literal["newArrivalMixes"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

UserRecommendationsOfflineMixesInclude = Literal["offlineMixes"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class UserRecommendationsAttributes(APIModel):
    """Schema ``UserRecommendations_Attributes``."""


class UserRecommendationsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``UserRecommendations_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class UserRecommendationsRelationships(APIModel):
    """Schema ``UserRecommendations_Relationships``."""

    discovery_mixes: MultiRelationshipDataDocument | None = Field(default=None, alias="discoveryMixes")

    my_mixes: MultiRelationshipDataDocument | None = Field(default=None, alias="myMixes")

    new_arrival_mixes: MultiRelationshipDataDocument | None = Field(default=None, alias="newArrivalMixes")

    offline_mixes: MultiRelationshipDataDocument | None = Field(default=None, alias="offlineMixes")


class UserRecommendationsResourceObject(Resource):
    """Schema ``UserRecommendations_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "discoveryMixes": True,
        "myMixes": True,
        "newArrivalMixes": True,
        "offlineMixes": True,
    }

    attributes: UserRecommendationsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> UserRecommendationsRelationships:
        """The relationship objects, validated into ``UserRecommendationsRelationships``."""
        return UserRecommendationsRelationships.model_validate(self.relationships or {})

    @property
    def discovery_mixes(self) -> list[Resource]:
        """The included ``discoveryMixes`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("discoveryMixes"))

    @property
    def my_mixes(self) -> list[Resource]:
        """The included ``myMixes`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("myMixes"))

    @property
    def new_arrival_mixes(self) -> list[Resource]:
        """The included ``newArrivalMixes`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("newArrivalMixes"))

    @property
    def offline_mixes(self) -> list[Resource]:
        """The included ``offlineMixes`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("offlineMixes"))


class UserRecommendationsSingleResourceDataDocument(DocumentBase):
    """Schema ``UserRecommendations_Single_Resource_Data_Document``."""

    data: Redactable[UserRecommendationsResourceObject]

    links: Redactable[Textual[Links]]


_DISCOVERY_MIXES = OperationSpec(
    "userRecommendations.discovery_mixes",
    "GET",
    "/userRecommendations/{id}/relationships/discoveryMixes",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_GET = OperationSpec(
    "userRecommendations.get",
    "GET",
    "/userRecommendations/{id}",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_MY_MIXES = OperationSpec(
    "userRecommendations.my_mixes",
    "GET",
    "/userRecommendations/{id}/relationships/myMixes",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_NEW_ARRIVAL_MIXES = OperationSpec(
    "userRecommendations.new_arrival_mixes",
    "GET",
    "/userRecommendations/{id}/relationships/newArrivalMixes",
    "THIRD_PARTY",
    cache_ttl=60.0,
    invalidates=(),
)
_OFFLINE_MIXES = OperationSpec(
    "userRecommendations.offline_mixes",
    "GET",
    "/userRecommendations/{id}/relationships/offlineMixes",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class UserRecommendationsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``userRecommendations``."""

    def discovery_mixes(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserRecommendationsDiscoveryMixesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserRecommendationsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get discoveryMixes relationship ("to-many").

        Deprecated. Use the userDiscoveryMixes resource and its items relationship instead.

        ``GET /userRecommendations/{id}/relationships/discoveryMixes`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _DISCOVERY_MIXES,
            f"userRecommendations/{path_id(id)}/relationships/discoveryMixes",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserRecommendationsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_document(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserRecommendationsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserRecommendationsSingleResourceDataDocument:
        """Get single userRecommendation.

        Deprecated. Use the dedicated mix resources instead: userDiscoveryMixes, userDailyMixes, userNewReleaseMixes, or userOfflineMixes.

        ``GET /userRecommendations/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"userRecommendations/{path_id(id)}",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserRecommendationsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserRecommendationsInclude] | None = None,
        replace_media: str | None = None,
    ) -> UserRecommendationsResourceObject:
        """Get single userRecommendation.

        Deprecated. Use the dedicated mix resources instead: userDiscoveryMixes, userDailyMixes, userNewReleaseMixes, or userOfflineMixes.

        ``GET /userRecommendations/{id}`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale, include=include, replace_media=replace_media)).data

    def my_mixes(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserRecommendationsMyMixesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserRecommendationsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get myMixes relationship ("to-many").

        Deprecated. Use the userDailyMixes resource and its items relationship instead.

        ``GET /userRecommendations/{id}/relationships/myMixes`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _MY_MIXES,
            f"userRecommendations/{path_id(id)}/relationships/myMixes",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserRecommendationsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def new_arrival_mixes(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserRecommendationsNewArrivalMixesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserRecommendationsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get newArrivalMixes relationship ("to-many").

        Deprecated. Use the userNewReleaseMixes resource and its items relationship instead.

        ``GET /userRecommendations/{id}/relationships/newArrivalMixes`` — access tier THIRD_PARTY; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _NEW_ARRIVAL_MIXES,
            f"userRecommendations/{path_id(id)}/relationships/newArrivalMixes",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserRecommendationsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )


class UserRecommendationsOperations(UserRecommendationsPublicOperations):
    """Every operation on ``userRecommendations``, INTERNAL and PARTNER ones included."""

    def offline_mixes(
        self,
        id: str,
        *,
        locale: str | None = None,
        include: Sequence[UserRecommendationsOfflineMixesInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[UserRecommendationsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get offlineMixes relationship ("to-many").

        Deprecated. Use the userOfflineMixes resource and its items relationship instead.

        ``GET /userRecommendations/{id}/relationships/offlineMixes`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: recommendations.read (INTERNAL clients: r_usr).
        Deprecated by TIDAL: kept for compatibility; prefer its replacement.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OFFLINE_MIXES,
            f"userRecommendations/{path_id(id)}/relationships/offlineMixes",
            [("locale", locale), ("include", csv(include)), ("replaceMedia", replace_media)],
            UserRecommendationsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
