"""Generated models and operations for ``tracksMetadataStatus`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, path_id


class TracksMetadataStatusAttributes(APIModel):
    """Schema ``TracksMetadataStatus_Attributes``."""

    status: Redactable[Literal["PENDING", "PROCESSING", "ERROR", "OK"] | str]
    """Status of the metadata detection job"""


class TracksMetadataStatusResourceObject(Resource):
    """Schema ``TracksMetadataStatus_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: TracksMetadataStatusAttributes | None = Field(default=None)

    def _attributes(self) -> TracksMetadataStatusAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def status(self) -> Literal["PENDING", "PROCESSING", "ERROR", "OK"] | str:
        """Status of the metadata detection job"""
        return self._attributes().status


class TracksMetadataStatusSingleResourceDataDocument(DocumentBase):
    """Schema ``TracksMetadataStatus_Single_Resource_Data_Document``."""

    data: Redactable[TracksMetadataStatusResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "tracksMetadataStatus.get",
    "GET",
    "/tracksMetadataStatus/{id}",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)


class TracksMetadataStatusPublicOperations(Operations):
    """The THIRD_PARTY operations on ``tracksMetadataStatus``."""


class TracksMetadataStatusOperations(TracksMetadataStatusPublicOperations):
    """Every operation on ``tracksMetadataStatus``, INTERNAL and PARTNER ones included."""

    async def get_document(self, id: str) -> TracksMetadataStatusSingleResourceDataDocument:
        """Get single tracksMetadataStatu.

        Retrieves single tracksMetadataStatu by id.

        ``GET /tracksMetadataStatus/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET, f"tracksMetadataStatus/{path_id(id)}", [], TracksMetadataStatusSingleResourceDataDocument
        )

    async def get(self, id: str) -> TracksMetadataStatusResourceObject:
        """Get single tracksMetadataStatu.

        Retrieves single tracksMetadataStatu by id.

        ``GET /tracksMetadataStatus/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id)).data
