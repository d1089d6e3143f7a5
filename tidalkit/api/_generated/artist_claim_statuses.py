"""Generated models and operations for ``artistClaimStatuses`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import ClassVar, Literal

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, data_items
from tidalkit.api.pagination import Paginator


class ArtistClaimStatusesAttributes(APIModel):
    """Schema ``ArtistClaimStatuses_Attributes``."""

    claim_sources: Redactable[list[Literal["ARTIST_CLAIMS", "MANUAL_ARTIST_CLAIMS"] | str]] = Field(
        alias="claimSources"
    )
    """Claim sources contributing to the current status. Empty when there is no active claim."""

    status: Redactable[Literal["CLAIM_IN_PROGRESS", "NO_ACTIVE_CLAIM"] | str]
    """Whether the artist profile currently has an active claim"""


class ArtistClaimStatusesResourceObject(Resource):
    """Schema ``ArtistClaimStatuses_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: ArtistClaimStatusesAttributes | None = Field(default=None)

    def _attributes(self) -> ArtistClaimStatusesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def claim_sources(self) -> list[Literal["ARTIST_CLAIMS", "MANUAL_ARTIST_CLAIMS"] | str]:
        """Claim sources contributing to the current status. Empty when there is no active claim."""
        return self._attributes().claim_sources

    @property
    def status(self) -> Literal["CLAIM_IN_PROGRESS", "NO_ACTIVE_CLAIM"] | str:
        """Whether the artist profile currently has an active claim"""
        return self._attributes().status


class ArtistClaimStatusesMultiResourceDataDocument(DocumentBase):
    """Schema ``ArtistClaimStatuses_Multi_Resource_Data_Document``."""

    data: Redactable[list[ArtistClaimStatusesResourceObject]]

    links: Redactable[Textual[Links]]


_LIST = OperationSpec(
    "artistClaimStatuses.list", "GET", "/artistClaimStatuses", "INTERNAL", cache_ttl=60.0, invalidates=()
)


class ArtistClaimStatusesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``artistClaimStatuses``."""


class ArtistClaimStatusesOperations(ArtistClaimStatusesPublicOperations):
    """Every operation on ``artistClaimStatuses``, INTERNAL and PARTNER ones included."""

    def list(
        self, *, filter_id: Sequence[str], max_items: int | None = None
    ) -> Paginator[ArtistClaimStatusesMultiResourceDataDocument, ArtistClaimStatusesResourceObject]:
        """Get multiple artistClaimStatuses.

        Retrieves multiple artistClaimStatuses by available filters, or without if applicable.

        ``GET /artistClaimStatuses`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "artistClaimStatuses",
            [("filter[id]", filter_id)],
            ArtistClaimStatusesMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    async def get_many(
        self, ids: Iterable[str], *, chunk_size: int | None = None
    ) -> BatchResult[ArtistClaimStatusesResourceObject]:
        """ArtistClaimStatuses by id: ``GET /artistClaimStatuses?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk), ids, lambda item: item.id, chunk_size=chunk_size
        )
