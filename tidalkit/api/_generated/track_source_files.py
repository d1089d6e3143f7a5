"""Generated models and operations for ``trackSourceFiles`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

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
    from tidalkit.api._generated.track_source_files_payloads import TrackSourceFilesCreateOperationPayload
    from tidalkit.api._generated.users import UsersResourceObject

TrackSourceFilesInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class TrackSourceFilesAttributes(APIModel):
    """Schema ``TrackSourceFiles_Attributes``."""

    md5_hash: Redactable[str] = Field(alias="md5Hash")
    """MD5 hash of file to be uploaded"""

    size: Redactable[int]
    """File size of the track in bytes"""

    status: Redactable[FileStatus]

    upload_link: Redactable[FileUploadLink] = Field(alias="uploadLink")


class TrackSourceFilesRelationships(APIModel):
    """Schema ``TrackSourceFiles_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class TrackSourceFilesResourceObject(Resource):
    """Schema ``TrackSourceFiles_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: TrackSourceFilesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> TrackSourceFilesRelationships:
        """The relationship objects, validated into ``TrackSourceFilesRelationships``."""
        return TrackSourceFilesRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> TrackSourceFilesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def md5_hash(self) -> str:
        """MD5 hash of file to be uploaded"""
        return self._attributes().md5_hash

    @property
    def size(self) -> int:
        """File size of the track in bytes"""
        return self._attributes().size

    @property
    def status(self) -> FileStatus:
        """The ``status`` attribute."""
        return self._attributes().status

    @property
    def upload_link(self) -> FileUploadLink:
        """The ``uploadLink`` attribute."""
        return self._attributes().upload_link

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class TrackSourceFilesCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``TrackSourceFiles_Create_Single_Resource_Data_Document``."""

    data: Redactable[TrackSourceFilesResourceObject]

    links: Redactable[Textual[Links]]


class TrackSourceFilesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``TrackSourceFiles_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class TrackSourceFilesSingleResourceDataDocument(DocumentBase):
    """Schema ``TrackSourceFiles_Single_Resource_Data_Document``."""

    data: Redactable[TrackSourceFilesResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "trackSourceFiles.create",
    "POST",
    "/trackSourceFiles",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("trackSourceFiles",),
)
_GET = OperationSpec(
    "trackSourceFiles.get", "GET", "/trackSourceFiles/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OWNERS = OperationSpec(
    "trackSourceFiles.owners",
    "GET",
    "/trackSourceFiles/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class TrackSourceFilesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``trackSourceFiles``."""


class TrackSourceFilesOperations(TrackSourceFilesPublicOperations):
    """Every operation on ``trackSourceFiles``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: TrackSourceFilesCreateOperationPayload | Mapping[str, Any]
    ) -> TrackSourceFilesCreateSingleResourceDataDocument:
        """Create single trackSourceFile.

        Create a track source file. <p/> The response contains a upload link that must be used to upload the actual content.<p/> The headers in the upload link response must be sent doing the actual upload.

        ``POST /trackSourceFiles`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "trackSourceFiles", [], TrackSourceFilesCreateSingleResourceDataDocument, payload=payload
        )

    async def get_document(
        self, id: str, *, include: Sequence[TrackSourceFilesInclude] | None = None
    ) -> TrackSourceFilesSingleResourceDataDocument:
        """Get single trackSourceFile.

        Retrieves single trackSourceFile by id.

        ``GET /trackSourceFiles/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"trackSourceFiles/{path_id(id)}",
            [("include", csv(include))],
            TrackSourceFilesSingleResourceDataDocument,
        )

    async def get(
        self, id: str, *, include: Sequence[TrackSourceFilesInclude] | None = None
    ) -> TrackSourceFilesResourceObject:
        """Get single trackSourceFile.

        Retrieves single trackSourceFile by id.

        ``GET /trackSourceFiles/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include)).data

    def owners(
        self,
        id: str,
        *,
        include: Sequence[TrackSourceFilesInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[TrackSourceFilesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /trackSourceFiles/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"trackSourceFiles/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            TrackSourceFilesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )
