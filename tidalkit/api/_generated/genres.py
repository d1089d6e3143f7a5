"""Generated models and operations for ``genres`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import ClassVar

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, data_items, path_id
from tidalkit.api.pagination import Paginator


class GenresAttributes(APIModel):
    """Schema ``Genres_Attributes``."""

    genre_name: Redactable[str] = Field(alias="genreName")
    """Genre name"""


class GenresResourceObject(Resource):
    """Schema ``Genres_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: Textual[GenresAttributes] | None = Field(default=None)

    def _attributes(self) -> GenresAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def genre_name(self) -> str:
        """Genre name"""
        return self._attributes().genre_name


class GenresMultiResourceDataDocument(DocumentBase):
    """Schema ``Genres_Multi_Resource_Data_Document``."""

    data: Redactable[list[GenresResourceObject]]

    links: Redactable[Textual[Links]]


class GenresSingleResourceDataDocument(DocumentBase):
    """Schema ``Genres_Single_Resource_Data_Document``."""

    data: Redactable[GenresResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec("genres.get", "GET", "/genres/{id}", "INTERNAL", cache_ttl=600.0, invalidates=())
_LIST = OperationSpec("genres.list", "GET", "/genres", "INTERNAL", cache_ttl=600.0, invalidates=())


class GenresPublicOperations(Operations):
    """The THIRD_PARTY operations on ``genres``."""


class GenresOperations(GenresPublicOperations):
    """Every operation on ``genres``, INTERNAL and PARTNER ones included."""

    async def get_document(self, id: str, *, locale: str | None = None) -> GenresSingleResourceDataDocument:
        """Get single genre.

        Retrieves single genre by id.

        ``GET /genres/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET, f"genres/{path_id(id)}", [("locale", locale)], GenresSingleResourceDataDocument
        )

    async def get(self, id: str, *, locale: str | None = None) -> GenresResourceObject:
        """Get single genre.

        Retrieves single genre by id.

        ``GET /genres/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, locale=locale)).data

    def list(
        self,
        *,
        filter_id: Sequence[str],
        locale: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[GenresMultiResourceDataDocument, GenresResourceObject]:
        """Get multiple genres.

        Retrieves multiple genres by available filters, or without if applicable.

        ``GET /genres`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none.
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "genres",
            [("filter[id]", filter_id), ("locale", locale)],
            GenresMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def get_many(
        self, ids: Iterable[str], *, chunk_size: int | None = None
    ) -> BatchResult[GenresResourceObject]:
        """Genres by id: ``GET /genres?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk), ids, lambda item: item.id, chunk_size=chunk_size
        )
