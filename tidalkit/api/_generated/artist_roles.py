"""Generated models and operations for ``artistRoles`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, path_id


class ArtistRolesAttributes(APIModel):
    """Schema ``ArtistRoles_Attributes``."""

    name: Redactable[str]
    """Name of the artist role"""


class ArtistRolesResourceObject(Resource):
    """Schema ``ArtistRoles_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: Textual[ArtistRolesAttributes] | None = Field(default=None)

    def _attributes(self) -> ArtistRolesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def name(self) -> str:
        """Name of the artist role"""
        return self._attributes().name


class ArtistRolesSingleResourceDataDocument(DocumentBase):
    """Schema ``ArtistRoles_Single_Resource_Data_Document``."""

    data: Redactable[ArtistRolesResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "artistRoles.get", "GET", "/artistRoles/{id}", "THIRD_PARTY", cache_ttl=600.0, invalidates=()
)


class ArtistRolesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``artistRoles``."""

    async def get_document(self, id: str) -> ArtistRolesSingleResourceDataDocument:
        """Get single artistRole.

        Retrieves single artistRole by id.

        ``GET /artistRoles/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(_GET, f"artistRoles/{path_id(id)}", [], ArtistRolesSingleResourceDataDocument)

    async def get(self, id: str) -> ArtistRolesResourceObject:
        """Get single artistRole.

        Retrieves single artistRole by id.

        ``GET /artistRoles/{id}`` — access tier THIRD_PARTY; auth: client credentials or user token.
        Scopes: none.

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id)).data


class ArtistRolesOperations(ArtistRolesPublicOperations):
    """Every operation on ``artistRoles``, INTERNAL and PARTNER ones included."""
