"""Generated models and operations for ``downloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import Links, MultiRelationshipDataDocument, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.users import UsersResourceObject

DownloadsInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class DownloadLinkMeta(APIModel):
    """Metadata for download link"""

    required_headers: list[str] | None = Field(default=None, alias="requiredHeaders")
    """HTTP headers required when requesting the download URL"""


class DownloadLink(APIModel):
    """Schema ``Download_Link``."""

    href: Redactable[str]
    """URL to download the content from"""

    meta: Redactable[DownloadLinkMeta]


class DownloadsAttributes(APIModel):
    """Schema ``Downloads_Attributes``."""

    download_links: list[DownloadLink] | None = Field(default=None, alias="downloadLinks")


class DownloadsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Downloads_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class DownloadsRelationships(APIModel):
    """Schema ``Downloads_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class DownloadsResourceObject(Resource):
    """Schema ``Downloads_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: DownloadsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> DownloadsRelationships:
        """The relationship objects, validated into ``DownloadsRelationships``."""
        return DownloadsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> DownloadsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def download_links(self) -> list[DownloadLink] | None:
        """The ``downloadLinks`` attribute."""
        return self._attributes().download_links

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class DownloadsMultiResourceDataDocument(DocumentBase):
    """Schema ``Downloads_Multi_Resource_Data_Document``."""

    data: Redactable[list[DownloadsResourceObject]]

    links: Redactable[Textual[Links]]


class DownloadsSingleResourceDataDocument(DocumentBase):
    """Schema ``Downloads_Single_Resource_Data_Document``."""

    data: Redactable[DownloadsResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec("downloads.get", "GET", "/downloads/{id}", "INTERNAL", cache_ttl=None, invalidates=())
_LIST = OperationSpec("downloads.list", "GET", "/downloads", "INTERNAL", cache_ttl=None, invalidates=())
_OWNERS = OperationSpec(
    "downloads.owners",
    "GET",
    "/downloads/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=None,
    invalidates=(),
)


class DownloadsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``downloads``."""


class DownloadsOperations(DownloadsPublicOperations):
    """Every operation on ``downloads``, INTERNAL and PARTNER ones included."""

    async def get_document(
        self, id: str, *, include: Sequence[DownloadsInclude] | None = None
    ) -> DownloadsSingleResourceDataDocument:
        """Get single download.

        Retrieves single download by id.

        ``GET /downloads/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET, f"downloads/{path_id(id)}", [("include", csv(include))], DownloadsSingleResourceDataDocument
        )

    async def get(
        self, id: str, *, include: Sequence[DownloadsInclude] | None = None
    ) -> DownloadsResourceObject:
        """Get single download.

        Retrieves single download by id.

        ``GET /downloads/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include)).data

    def list(
        self,
        *,
        filter_id: Sequence[str],
        include: Sequence[DownloadsInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[DownloadsMultiResourceDataDocument, DownloadsResourceObject]:
        """Get multiple downloads.

        Retrieves multiple downloads by available filters, or without if applicable.

        ``GET /downloads`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "downloads",
            [("filter[id]", filter_id), ("include", csv(include))],
            DownloadsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[DownloadsInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[DownloadsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /downloads/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"downloads/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            DownloadsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[DownloadsInclude] | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[DownloadsResourceObject]:
        """Downloads by id: ``GET /downloads?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk, include=include),
            ids,
            lambda item: item.id,
            chunk_size=chunk_size,
        )
