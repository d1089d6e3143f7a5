"""Generated models and operations for ``clients`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit.api._generated._common import (
    Links,
    MultiRelationshipDataDocument,
    MutationResponseDocument,
    ResourceIdentifier,
)
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

if TYPE_CHECKING:
    from tidalkit.api._generated.clients_payloads import (
        ClientsCreateOperationPayload,
        ClientsUpdateOperationPayload,
    )
    from tidalkit.api._generated.users import UsersResourceObject

ClientsInclude = Literal["owners"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class ClientsAttributes(APIModel):
    """Schema ``Clients_Attributes``."""

    access_tier: Redactable[Literal["THIRD_PARTY", "THIRD_PARTY_PROD", "PARTNER", "INTERNAL"] | str] = Field(
        alias="accessTier"
    )

    client_secret: str | None = Field(default=None, alias="clientSecret")

    created_at: UtcDatetime | None = Field(default=None, alias="createdAt")

    description: str | None = Field(default=None)

    name: Redactable[str]

    redirect_uris: list[str] | None = Field(default=None, alias="redirectUris")

    scopes: list[str] | None = Field(default=None)


class ClientsRelationships(APIModel):
    """Schema ``Clients_Relationships``."""

    owners: MultiRelationshipDataDocument | None = Field(default=None)


class ClientsResourceObject(Resource):
    """Schema ``Clients_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"owners": True}

    attributes: ClientsAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> ClientsRelationships:
        """The relationship objects, validated into ``ClientsRelationships``."""
        return ClientsRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> ClientsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def access_tier(self) -> Literal["THIRD_PARTY", "THIRD_PARTY_PROD", "PARTNER", "INTERNAL"] | str:
        """The ``accessTier`` attribute."""
        return self._attributes().access_tier

    @property
    def client_secret(self) -> str | None:
        """The ``clientSecret`` attribute."""
        return self._attributes().client_secret

    @property
    def created_at(self) -> UtcDatetime | None:
        """The ``createdAt`` attribute."""
        return self._attributes().created_at

    @property
    def description(self) -> str | None:
        """The ``description`` attribute."""
        return self._attributes().description

    @property
    def name(self) -> str:
        """The ``name`` attribute."""
        return self._attributes().name

    @property
    def redirect_uris(self) -> list[str] | None:
        """The ``redirectUris`` attribute."""
        return self._attributes().redirect_uris

    @property
    def scopes(self) -> list[str] | None:
        """The ``scopes`` attribute."""
        return self._attributes().scopes

    @property
    def owners(self) -> list[UsersResourceObject]:
        """The included ``owners`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[UsersResourceObject]", self.related("owners"))


class ClientsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``Clients_Create_Single_Resource_Data_Document``."""

    data: Redactable[ClientsResourceObject]

    links: Redactable[Textual[Links]]


class ClientsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``Clients_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class ClientsMultiResourceDataDocument(DocumentBase):
    """Schema ``Clients_Multi_Resource_Data_Document``."""

    data: Redactable[list[ClientsResourceObject]]

    links: Redactable[Textual[Links]]


class ClientsSingleResourceDataDocument(DocumentBase):
    """Schema ``Clients_Single_Resource_Data_Document``."""

    data: Redactable[ClientsResourceObject]

    links: Redactable[Textual[Links]]


class ClientsUpdateSingleResourceDataDocument(DocumentBase):
    """Schema ``Clients_Update_Single_Resource_Data_Document``."""

    data: Redactable[ClientsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "clients.create", "POST", "/clients", "INTERNAL", cache_ttl=None, invalidates=("clients",)
)
_DELETE = OperationSpec(
    "clients.delete", "DELETE", "/clients/{id}", "INTERNAL", cache_ttl=None, invalidates=("clients",)
)
_GET = OperationSpec("clients.get", "GET", "/clients/{id}", "INTERNAL", cache_ttl=60.0, invalidates=())
_LIST = OperationSpec("clients.list", "GET", "/clients", "INTERNAL", cache_ttl=60.0, invalidates=())
_OWNERS = OperationSpec(
    "clients.owners", "GET", "/clients/{id}/relationships/owners", "INTERNAL", cache_ttl=60.0, invalidates=()
)
_UPDATE = OperationSpec(
    "clients.update", "PATCH", "/clients/{id}", "INTERNAL", cache_ttl=None, invalidates=("clients",)
)


class ClientsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``clients``."""


class ClientsOperations(ClientsPublicOperations):
    """Every operation on ``clients``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: ClientsCreateOperationPayload | Mapping[str, Any]
    ) -> ClientsCreateSingleResourceDataDocument:
        """Create single client.

        Creates a new client.

        ``POST /clients`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE, "clients", [], ClientsCreateSingleResourceDataDocument, payload=payload
        )

    async def delete(self, id: str) -> MutationResponseDocument:
        """Delete single client.

        Deletes existing client.

        ``DELETE /clients/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(_DELETE, f"clients/{path_id(id)}", [], MutationResponseDocument)

    async def get_document(
        self, id: str, *, include: Sequence[ClientsInclude] | None = None
    ) -> ClientsSingleResourceDataDocument:
        """Get single client.

        Retrieves single client by id.

        ``GET /clients/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET, f"clients/{path_id(id)}", [("include", csv(include))], ClientsSingleResourceDataDocument
        )

    async def get(self, id: str, *, include: Sequence[ClientsInclude] | None = None) -> ClientsResourceObject:
        """Get single client.

        Retrieves single client by id.

        ``GET /clients/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (await self.get_document(id, include=include)).data

    def list(
        self,
        *,
        filter_owners_id: Sequence[str],
        include: Sequence[ClientsInclude] | None = None,
        max_items: int | None = None,
    ) -> Paginator[ClientsMultiResourceDataDocument, ClientsResourceObject]:
        """Get multiple clients.

        Retrieves multiple clients by available filters, or without if applicable.

        ``GET /clients`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "clients",
            [("filter[owners.id]", filter_owners_id), ("include", csv(include))],
            ClientsMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    def owners(
        self,
        id: str,
        *,
        include: Sequence[ClientsInclude] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[ClientsMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get owners relationship ("to-many").

        Retrieves owners relationship.

        ``GET /clients/{id}/relationships/owners`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _OWNERS,
            f"clients/{path_id(id)}/relationships/owners",
            [("include", csv(include))],
            ClientsMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    async def update(
        self, id: str, *, payload: ClientsUpdateOperationPayload | Mapping[str, Any]
    ) -> ClientsUpdateSingleResourceDataDocument:
        """Update single client.

        Updates existing client.

        ``PATCH /clients/{id}`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: none (INTERNAL clients: w_usr).
        """
        return await self._call(
            _UPDATE, f"clients/{path_id(id)}", [], ClientsUpdateSingleResourceDataDocument, payload=payload
        )
