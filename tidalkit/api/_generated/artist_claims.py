"""Generated models and operations for ``artistClaims`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    ExternalLink,
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayload,
        ArtistClaimsCreateOperationPayload,
        ArtistClaimsUpdateOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

ArtistClaimsAcceptedArtistsInclude = Literal["acceptedArtists"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistClaimsInclude = Literal["acceptedArtists", "owners", "recommendedArtists"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistClaimsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

ArtistClaimsRecommendedArtistsInclude = Literal["recommendedArtists"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class LegacyBarcodeId(APIModel):
    """List of UPCs retrieved from the DSP"""

    value: str | None = Field(default=None)


class ArtistClaimsAttributes(APIModel):
    """Schema ``ArtistClaims_Attributes``."""

    artist_id: Redactable[str] = Field(alias="artistId")
    """The artist id which is being claimed"""

    external_links: list[ExternalLink] | None = Field(default=None, alias="externalLinks")
    """Artist claim links external to TIDAL API"""

    provider: Redactable[Literal["DISTROKID", "CDBABY", "TUNECORE"] | str]
    """The DSP used for authentication"""

    recommendation: Literal["CLAIM_PROFILE", "CLAIM_CONTENT"] | str | None = Field(default=None)
    """The recommended claim resolution"""

    retrieved_upcs: list[LegacyBarcodeId] | None = Field(default=None, alias="retrievedUpcs")
    """List of UPCs retrieved from the DSP"""

    status: Redactable[
        Literal[
            "AWAITING_OAUTH",
            "FETCHING_CONTENT",
            "VERIFIED",
            "NO_MATCHES",
            "AUTHENTICATION_FAILED",
            "PROCESSING",
            "COMPLETED",
            "FAILED",
            "CANCELLED",
            "NAME_MISMATCH",
            "CLAIMED_ARTIST_MISMATCH",
        ]
        | str
    ]
    """Current status of this claim"""


class ArtistClaimsRelationships(APIModel):
    """Schema ``ArtistClaims_Relationships``."""

    accepted_artists: MultiRelationshipDataDocument | None = Field(default=None, alias="acceptedArtists")

    owners: MultiRelationshipDataDocument | None = Field(default=None)

    recommended_artists: MultiRelationshipDataDocument | None = Field(
        default=None, alias="recommendedArtists"
    )


class ArtistClaimsResourceObject(Resource):
    """Schema ``ArtistClaims_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {
        "acceptedArtists": True,
        "owners": True,
        "recommendedArtists": True,
    }

    attributes: ArtistClaimsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> ArtistClaimsRelationships:
        """The relationship objects, validated into ``ArtistClaimsRelationships``."""
        return ArtistClaimsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> ArtistClaimsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def artist_id(self) -> str:
        """The artist id which is being claimed"""
        return self._attributes().artist_id

    @property
    def external_links(self) -> list[ExternalLink] | None:
        """Artist claim links external to TIDAL API"""
        return self._attributes().external_links

    @property
    def provider(self) -> Literal["DISTROKID", "CDBABY", "TUNECORE"] | str:
        """The DSP used for authentication"""
        return self._attributes().provider

    @property
    def recommendation(self) -> Literal["CLAIM_PROFILE", "CLAIM_CONTENT"] | str | None:
        """The recommended claim resolution"""
        return self._attributes().recommendation

    @property
    def retrieved_upcs(self) -> list[LegacyBarcodeId] | None:
        """List of UPCs retrieved from the DSP"""
        return self._attributes().retrieved_upcs

    @property
    def status(
        self,
    ) -> (
        Literal[
            "AWAITING_OAUTH",
            "FETCHING_CONTENT",
            "VERIFIED",
            "NO_MATCHES",
            "AUTHENTICATION_FAILED",
            "PROCESSING",
            "COMPLETED",
            "FAILED",
            "CANCELLED",
            "NAME_MISMATCH",
            "CLAIMED_ARTIST_MISMATCH",
        ]
        | str
    ):
        """Current status of this claim"""
        return self._attributes().status

    @property
    def accepted_artists(self) -> list[Resource]:
        """The included ``acceptedArtists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("acceptedArtists"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))

    @property
    def recommended_artists(self) -> list[Resource]:
        """The included ``recommendedArtists`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("recommendedArtists"))


class ArtistClaimsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``ArtistClaims_Create_Single_Resource_Data_Document``."""

    data: Redactable[ArtistClaimsResourceObject]

    links: Redactable[Textual[Links]]


class ArtistClaimsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``ArtistClaims_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtistClaimsMultiResourceDataDocument(DocumentBase):
    """Schema ``ArtistClaims_Multi_Resource_Data_Document``."""

    data: Redactable[list[ArtistClaimsResourceObject]]

    links: Redactable[Textual[Links]]


class ArtistClaimsSingleResourceDataDocument(DocumentBase):
    """Schema ``ArtistClaims_Single_Resource_Data_Document``."""

    data: Redactable[ArtistClaimsResourceObject]

    links: Redactable[Textual[Links]]


_ACCEPTED_ARTISTS = OperationSpec(
    "artistClaims.accepted_artists",
    "GET",
    "/artistClaims/{id}/relationships/acceptedArtists",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_CREATE = OperationSpec(
    "artistClaims.create", "POST", "/artistClaims", "INTERNAL", cache_ttl=None, invalidates=("artistClaims",)
)
_DELETE = OperationSpec(
    "artistClaims.delete",
    "DELETE",
    "/artistClaims/{id}",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("artistClaims",),
)
_GET = OperationSpec(
    "artistClaims.get", "GET", "/artistClaims/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_LIST = OperationSpec("artistClaims.list", "GET", "/artistClaims", "INTERNAL", cache_ttl=60.0, invalidates=())
_OWNERS = OperationSpec(
    "artistClaims.owners",
    "GET",
    "/artistClaims/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_RECOMMENDED_ARTISTS = OperationSpec(
    "artistClaims.recommended_artists",
    "GET",
    "/artistClaims/{id}/relationships/recommendedArtists",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_UPDATE = OperationSpec(
    "artistClaims.update",
    "PATCH",
    "/artistClaims/{id}",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("artistClaims",),
)
_UPDATE_ACCEPTED_ARTISTS = OperationSpec(
    "artistClaims.update_accepted_artists",
    "PATCH",
    "/artistClaims/{id}/relationships/acceptedArtists",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("artistClaims",),
)


class ArtistClaimsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``artistClaims``."""


class ArtistClaimsOperations(ArtistClaimsPublicOperations):
    """Every operation on ``artistClaims``, INTERNAL and PARTNER ones included."""

    def accepted_artists(
        self,
        id: str,
        *,
        include: Sequence[ArtistClaimsAcceptedArtistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistClaimsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get acceptedArtists relationship ("to-many").

        Retrieves acceptedArtists relationship.

        ``GET /artistClaims/{id}/relationships/acceptedArtists`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ACCEPTED_ARTISTS,
            f"artistClaims/{path_id(id)}/relationships/acceptedArtists",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            ArtistClaimsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def create(
        self,
        *,
        payload: ArtistClaimsCreateOperationPayload | Mapping[str, Any],
        country_code: str | None = None,
    ) -> ArtistClaimsCreateSingleResourceDataDocument:
        """Create single artistClaim.

        Creates a new artistClaim.

        ``POST /artistClaims`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "artistClaims",
            [("countryCode", self._country(country_code))],
            ArtistClaimsCreateSingleResourceDataDocument,
            payload=payload,
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single artistClaim.

        Deletes existing artistClaim.

        ``DELETE /artistClaims/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"artistClaims/{path_id(id)}", [], MutationResponseDocument)

    async def get_document(
        self,
        id: str,
        *,
        include: Sequence[ArtistClaimsInclude] | None = None,
        replace_media: str | None = None,
    ) -> ArtistClaimsSingleResourceDataDocument:
        """Get single artistClaim.

        Retrieves single artistClaim by id.

        ``GET /artistClaims/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"artistClaims/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            ArtistClaimsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        include: Sequence[ArtistClaimsInclude] | None = None,
        replace_media: str | None = None,
    ) -> ArtistClaimsResourceObject:
        """Get single artistClaim.

        Retrieves single artistClaim by id.

        ``GET /artistClaims/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        include: Sequence[ArtistClaimsInclude] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistClaimsMultiResourceDataDocument, ArtistClaimsResourceObject]:
        """Get multiple artistClaims.

        Retrieves multiple artistClaims by available filters, or without if applicable.

        ``GET /artistClaims`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "artistClaims",
            [
                ("filter[owners.id]", filter_owners_id),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            ArtistClaimsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[ArtistClaimsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistClaimsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /artistClaims/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"artistClaims/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            ArtistClaimsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def recommended_artists(
        self,
        id: str,
        *,
        include: Sequence[ArtistClaimsRecommendedArtistsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtistClaimsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get recommendedArtists relationship ("to-many").

        Retrieves recommendedArtists relationship.

        ``GET /artistClaims/{id}/relationships/recommendedArtists`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _RECOMMENDED_ARTISTS,
            f"artistClaims/{path_id(id)}/relationships/recommendedArtists",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            ArtistClaimsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def update(
        self,
        id: str,
        *,
        payload: ArtistClaimsUpdateOperationPayload | Mapping[str, Any],
        country_code: str | None = None,
    ) -> MutationResponseDocument:
        """Update single artistClaim.

        Updates existing artistClaim.

        ``PATCH /artistClaims/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE,
            f"artistClaims/{path_id(id)}",
            [("countryCode", self._country(country_code))],
            MutationResponseDocument,
            payload=payload,
        )

    async def update_accepted_artists(
        self,
        id: str,
        *,
        payload: ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayload | Mapping[str, Any],
        country_code: str | None = None,
    ) -> MutationResponseDocument:
        """Update acceptedArtists relationship ("to-many").

        Updates acceptedArtists relationship.

        ``PATCH /artistClaims/{id}/relationships/acceptedArtists`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE_ACCEPTED_ARTISTS,
            f"artistClaims/{path_id(id)}/relationships/acceptedArtists",
            [("countryCode", self._country(country_code))],
            MutationResponseDocument,
            payload=payload,
        )
