"""Generated models and operations for ``installations`` — do not edit (scripts/codegen_v2.py)."""

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
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.installations_payloads import (
        InstallationsCreateOperationPayload,
        InstallationsOfflineInventoryRelationshipAddOperationPayload,
        InstallationsOfflineInventoryRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

InstallationsInclude = Literal["offlineInventory", "owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

InstallationsOfflineInventoryInclude = Literal["offlineInventory"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

InstallationsOwnersInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class InstallationsAttributes(APIModel):
    """Schema ``Installations_Attributes``."""

    client_provided_installation_id: Redactable[str] = Field(alias="clientProvidedInstallationId")
    """Client provided installation identifier"""

    name: Redactable[str]
    """Human-readable name for the installation"""


class InstallationsOfflineInventoryResourceIdentifierMeta(APIModel):
    """Schema ``Installations_OfflineInventory_Resource_Identifier_Meta``."""

    added_at: Redactable[UtcDatetime] = Field(alias="addedAt")

    replacement: ReplacementProvenance | None = Field(default=None)


class InstallationsOfflineInventoryResourceIdentifier(Identifier):
    """Schema ``Installations_OfflineInventory_Resource_Identifier``."""

    meta: InstallationsOfflineInventoryResourceIdentifierMeta | None = Field(default=None)


class InstallationsOfflineInventoryMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Installations_OfflineInventory_Multi_Relationship_Data_Document``."""

    data: list[InstallationsOfflineInventoryResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class InstallationsRelationships(APIModel):
    """Schema ``Installations_Relationships``."""

    offline_inventory: InstallationsOfflineInventoryMultiRelationshipDataDocument | None = Field(
        default=None, alias="offlineInventory"
    )

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class InstallationsResourceObject(Resource):
    """Schema ``Installations_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "offlineInventory": InstallationsOfflineInventoryResourceIdentifier
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"offlineInventory": True, "owners": True}

    attributes: InstallationsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> InstallationsRelationships:
        """The relationship objects, validated into ``InstallationsRelationships``."""
        return InstallationsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> InstallationsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def client_provided_installation_id(self) -> str:
        """Client provided installation identifier"""
        return self._attributes().client_provided_installation_id

    @property
    def name(self) -> str:
        """Human-readable name for the installation"""
        return self._attributes().name

    @property
    def offline_inventory(self) -> list[Resource]:
        """The included ``offlineInventory`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("offlineInventory"))

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class InstallationsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Installations_Create_Single_Resource_Data_Document``."""

    data: Redactable[InstallationsResourceObject]

    links: Redactable[Textual[Links]]


class InstallationsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Installations_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class InstallationsMultiResourceDataDocument(DocumentBase):
    """Schema ``Installations_Multi_Resource_Data_Document``."""

    data: Redactable[list[InstallationsResourceObject]]

    links: Redactable[Textual[Links]]


class InstallationsSingleResourceDataDocument(DocumentBase):
    """Schema ``Installations_Single_Resource_Data_Document``."""

    data: Redactable[InstallationsResourceObject]

    links: Redactable[Textual[Links]]


_ADD_OFFLINE_INVENTORY = OperationSpec(
    "installations.add_offline_inventory",
    "POST",
    "/installations/{id}/relationships/offlineInventory",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("installations",),
)
_CREATE = OperationSpec(
    "installations.create",
    "POST",
    "/installations",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("installations",),
)
_GET = OperationSpec(
    "installations.get", "GET", "/installations/{id}", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_LIST = OperationSpec(
    "installations.list", "GET", "/installations", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_OFFLINE_INVENTORY = OperationSpec(
    "installations.offline_inventory",
    "GET",
    "/installations/{id}/relationships/offlineInventory",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_OWNERS = OperationSpec(
    "installations.owners",
    "GET",
    "/installations/{id}/relationships/owners",
    "INTERNAL",
    cache_ttl=60.0,
    invalidates=(),
)
_REMOVE_OFFLINE_INVENTORY = OperationSpec(
    "installations.remove_offline_inventory",
    "DELETE",
    "/installations/{id}/relationships/offlineInventory",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("installations",),
)


class InstallationsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``installations``."""


class InstallationsOperations(InstallationsPublicOperations):
    """Every operation on ``installations``, INTERNAL and PARTNER ones included."""

    async def add_offline_inventory(
        self,
        id: str,
        *,
        payload: InstallationsOfflineInventoryRelationshipAddOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Add to offlineInventory relationship ("to-many").

        Adds item(s) to offlineInventory relationship.

        ``POST /installations/{id}/relationships/offlineInventory`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _ADD_OFFLINE_INVENTORY,
            f"installations/{path_id(id)}/relationships/offlineInventory",
            [],
            MutationResponseDocument,
            payload=payload,
        )

    async def create(
        self, *, payload: InstallationsCreateOperationPayload | Mapping[str, Any]
    ) -> InstallationsCreateSingleResourceDataDocument:
        """Create single installation.

        Creates a new installation.

        ``POST /installations`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "installations", [], InstallationsCreateSingleResourceDataDocument, payload=payload
        )

    async def get_document(
        self,
        id: str,
        *,
        include: Sequence[InstallationsInclude] | None = None,
        replace_media: str | None = None,
    ) -> InstallationsSingleResourceDataDocument:
        """Get single installation.

        Retrieves single installation by id.

        ``GET /installations/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"installations/{path_id(id)}",
            [("include", csv(include)), ("replaceMedia", replace_media)],
            InstallationsSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        include: Sequence[InstallationsInclude] | None = None,
        replace_media: str | None = None,
    ) -> InstallationsResourceObject:
        """Get single installation.

        Retrieves single installation by id.

        ``GET /installations/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include, replace_media=replace_media)).data

    def list(
        self,
        *,
        include: Sequence[InstallationsInclude] | None = None,
        filter_client_provided_installation_id: Sequence[str] | None = None,
        filter_owners_id: Sequence[str] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[InstallationsMultiResourceDataDocument, InstallationsResourceObject]:
        """Get multiple installations.

        Retrieves multiple installations by available filters, or without if applicable.

        ``GET /installations`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "installations",
            [
                ("include", csv(include)),
                ("filter[clientProvidedInstallationId]", filter_client_provided_installation_id),
                ("filter[owners.id]", filter_owners_id),
                ("replaceMedia", replace_media),
            ],
            InstallationsMultiResourceDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def offline_inventory(
        self,
        id: str,
        *,
        filter_type: Sequence[Literal["tracks", "videos", "albums", "playlists", "userCollectionTracks"]],
        include: Sequence[InstallationsOfflineInventoryInclude] | None = None,
        filter_id: Sequence[str] | None = None,
        filter_state: Sequence[Literal["PENDING", "STORED", "FAILED"]] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[
        InstallationsOfflineInventoryMultiRelationshipDataDocument,
        InstallationsOfflineInventoryResourceIdentifier,
    ]:
        """Get offlineInventory relationship ("to-many").

        Retrieves offlineInventory relationship.

        ``GET /installations/{id}/relationships/offlineInventory`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OFFLINE_INVENTORY,
            f"installations/{path_id(id)}/relationships/offlineInventory",
            [
                ("filter[type]", filter_type),
                ("include", csv(include)),
                ("filter[id]", filter_id),
                ("filter[state]", filter_state),
                ("replaceMedia", replace_media),
            ],
            InstallationsOfflineInventoryMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[InstallationsOwnersInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[InstallationsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /installations/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"installations/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            InstallationsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def remove_offline_inventory(
        self,
        id: str,
        *,
        payload: InstallationsOfflineInventoryRelationshipRemoveOperationPayload | Mapping[str, Any],
    ) -> MutationResponseDocument:
        """Delete from offlineInventory relationship ("to-many").

        Deletes item(s) from offlineInventory relationship.

        ``DELETE /installations/{id}/relationships/offlineInventory`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _REMOVE_OFFLINE_INVENTORY,
            f"installations/{path_id(id)}/relationships/offlineInventory",
            [],
            MutationResponseDocument,
            payload=payload,
        )
