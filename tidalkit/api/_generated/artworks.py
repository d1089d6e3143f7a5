"""Generated models and operations for ``artworks`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import (
    FileStatus,
    FileUploadLink,
    Links,
    MultiRelationshipDataDocument,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.artworks_payloads import ArtworksCreateOperationPayload
    from tidalkit.api._generated.users import UsersResourceObject

ArtworksInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class ArtworkFileMeta(APIModel):
    """Metadata about an artwork file"""

    height: Redactable[int]
    """Height (in pixels)"""

    width: Redactable[int]
    """Width (in pixels)"""


class ArtworkFile(APIModel):
    """Artwork files"""

    href: Redactable[str]
    """Artwork file href"""

    meta: Redactable[ArtworkFileMeta]


class ArtworkSourceFile(APIModel):
    """Artwork source file"""

    md5_hash: Redactable[str] = Field(alias="md5Hash")
    """MD5 hash of file to be uploaded"""

    size: Redactable[int]
    """File size of the artwork in bytes"""

    status: Redactable[FileStatus]

    upload_link: Redactable[FileUploadLink] = Field(alias="uploadLink")


class ArtworkVisualMetadata(APIModel):
    """Color information extracted from artwork"""

    blur_hash: str | None = Field(default=None, alias="blurHash")
    """BlurHash representation of the artwork for placeholder display"""

    selected_palette_color: str | None = Field(default=None, alias="selectedPaletteColor")
    """Selected color from the extracted artwork palette"""

    status: Literal["NONE", "PROCESSING", "OK"] | str | None = Field(default=None)
    """Status of visual metadata extraction"""


class ArtworksAttributes(APIModel):
    """Schema ``Artworks_Attributes``."""

    files: Redactable[list[ArtworkFile]]
    """Artwork files"""

    media_type: Redactable[Literal["IMAGE", "VIDEO"] | str] = Field(alias="mediaType")
    """Media type of artwork files"""

    source_file: ArtworkSourceFile | None = Field(default=None, alias="sourceFile")

    visual_metadata: ArtworkVisualMetadata | None = Field(default=None, alias="visualMetadata")


class ArtworksRelationships(APIModel):
    """Schema ``Artworks_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class ArtworksResourceObject(Resource):
    """Schema ``Artworks_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: ArtworksAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> ArtworksRelationships:
        """The relationship objects, validated into ``ArtworksRelationships``."""
        return ArtworksRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> ArtworksAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def files(self) -> list[ArtworkFile]:
        """Artwork files"""
        return self._attributes().files

    @property
    def media_type(self) -> Literal["IMAGE", "VIDEO"] | str:
        """Media type of artwork files"""
        return self._attributes().media_type

    @property
    def source_file(self) -> ArtworkSourceFile | None:
        """The ``sourceFile`` attribute."""
        return self._attributes().source_file

    @property
    def visual_metadata(self) -> ArtworkVisualMetadata | None:
        """The ``visualMetadata`` attribute."""
        return self._attributes().visual_metadata

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class ArtworksCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Artworks_Create_Single_Resource_Data_Document``."""

    data: Redactable[ArtworksResourceObject]

    links: Redactable[Textual[Links]]


class ArtworksMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Artworks_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ArtworksMultiResourceDataDocument(DocumentBase):
    """Schema ``Artworks_Multi_Resource_Data_Document``."""

    data: Redactable[list[ArtworksResourceObject]]

    links: Redactable[Textual[Links]]


class ArtworksSingleResourceDataDocument(DocumentBase):
    """Schema ``Artworks_Single_Resource_Data_Document``."""

    data: Redactable[ArtworksResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "artworks.create", "POST", "/artworks", "INTERNAL", cache_ttl=None, invalidates=("artworks",)
)
_GET = OperationSpec("artworks.get", "GET", "/artworks/{id}", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_LIST = OperationSpec("artworks.list", "GET", "/artworks", "THIRD_PARTY", cache_ttl=600.0, invalidates=())
_OWNERS = OperationSpec(
    "artworks.owners",
    "GET",
    "/artworks/{id}/relationships/owners",
    "THIRD_PARTY",
    cache_ttl=600.0,
    invalidates=(),
)


class ArtworksPublicOperations(Operations):
    """The THIRD_PARTY operations on ``artworks``."""

    async def get_document(
        self, id: str, *, country_code: str | None = None, include: Sequence[ArtworksInclude] | None = None
    ) -> ArtworksSingleResourceDataDocument:
        """Get single artwork.

        Retrieves single artwork by id.

        ``GET /artworks/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"artworks/{path_id(id)}",
            [("countryCode", self._country(country_code)), ("include", csv(include))],
            ArtworksSingleResourceDataDocument,
        )

    async def get(
        self, id: str, *, country_code: str | None = None, include: Sequence[ArtworksInclude] | None = None
    ) -> ArtworksResourceObject:
        """Get single artwork.

        Retrieves single artwork by id.

        ``GET /artworks/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, country_code=country_code, include=include)).data

    def list(
        self,
        *,
        filter_id: Sequence[str],
        country_code: str | None = None,
        include: Sequence[ArtworksInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtworksMultiResourceDataDocument, ArtworksResourceObject]:
        """Get multiple artworks.

        Retrieves multiple artworks by available filters, or without if applicable.

        ``GET /artworks`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "artworks",
            [
                ("filter[id]", filter_id),
                ("countryCode", self._country(country_code)),
                ("include", csv(include)),
            ],
            ArtworksMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[ArtworksInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ArtworksMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /artworks/{id}/relationships/owners`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"artworks/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            ArtworksMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[ArtworksInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[ArtworksResourceObject]:
        """Artworks by id: ``GET /artworks?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk, include=include, country_code=country_code),
            ids,
            lambda item: item.id,
            chunk_size=chunk_size,
        )


class ArtworksOperations(ArtworksPublicOperations):
    """Every operation on ``artworks``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: ArtworksCreateOperationPayload | Mapping[str, Any]
    ) -> ArtworksCreateSingleResourceDataDocument:
        """Create single artwork.

        Creates a new artwork.

        ``POST /artworks`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "artworks", [], ArtworksCreateSingleResourceDataDocument, payload=payload
        )
