"""Generated models and operations for ``dynamicModules`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Literal, cast

from pydantic import Field

from tidalkit._core.batch import BatchResult
from tidalkit.api._generated._common import Links, ReplacementProvenance, ResourceIdentifier
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Identifier, Redactable, Resource, Textual
from tidalkit.api.operations import Operations, OperationSpec, csv, data_items, path_id
from tidalkit.api.pagination import Paginator

DynamicModulesInclude = Literal["items", "seedItem"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

DynamicModulesItemsInclude = Literal["items"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""

DynamicModulesSeedItemInclude = Literal["seedItem"]
"""Relationship paths ``include`` accepts here (one nested level listed; spec max depth 3)."""


class DynamicModulesAttributes(APIModel):
    """Schema ``DynamicModules_Attributes``."""

    icons: Redactable[list[Literal["SPOTLIGHT_INFO", "UNKNOWN"] | str]]
    """Semantic icons the module should show. SPOTLIGHT_INFO identifies modules whose content was selected by TIDAL's editorial team."""

    preview_layout: Redactable[Literal["GRID", "LIST", "COMPACT", "UNKNOWN"] | str] = Field(
        alias="previewLayout"
    )
    """Rendering layout for a dynamic module. previewLayout controls the module on a dynamic page. viewAllLayout controls its view-all screen; when omitted, the module has no view-all screen. GRID means artwork-forward tiles; the client owns scroll axis and column count. LIST means detailed text-forward rows in a single column and may be a table on wide screens. COMPACT means dense rows the client may pack into multiple columns; clients should treat it as LIST in a full view. UNKNOWN is the forward-compatible default; clients should skip the module or use a safe default."""

    subtitle: str | None = Field(default=None)
    """Subtitle of the module"""

    title: str | None = Field(default=None)
    """Title of the module"""

    view_all_layout: Literal["GRID", "LIST", "COMPACT", "UNKNOWN"] | str | None = Field(
        default=None, alias="viewAllLayout"
    )
    """Rendering layout for a dynamic module. previewLayout controls the module on a dynamic page. viewAllLayout controls its view-all screen; when omitted, the module has no view-all screen. GRID means artwork-forward tiles; the client owns scroll axis and column count. LIST means detailed text-forward rows in a single column and may be a table on wide screens. COMPACT means dense rows the client may pack into multiple columns; clients should treat it as LIST in a full view. UNKNOWN is the forward-compatible default; clients should skip the module or use a safe default."""


class DynamicModulesItemsResourceIdentifierMeta(APIModel):
    """Schema ``DynamicModules_Items_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class DynamicModulesItemsResourceIdentifier(Identifier):
    """Schema ``DynamicModules_Items_Resource_Identifier``."""

    meta: DynamicModulesItemsResourceIdentifierMeta | None = Field(default=None)


class DynamicModulesItemsMultiRelationshipDataDocument(DocumentBase):
    """Schema ``DynamicModules_Items_Multi_Relationship_Data_Document``."""

    data: list[DynamicModulesItemsResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class DynamicModulesMultiRelationshipDataDocument(DocumentBase):
    """Schema ``DynamicModules_Multi_Relationship_Data_Document``."""

    data: list[ResourceIdentifier] | None = Field(default=None)

    links: Redactable[Textual[Links]]


class DynamicModulesSeedItemResourceIdentifierMeta(APIModel):
    """Schema ``DynamicModules_SeedItem_Resource_Identifier_Meta``."""

    replacement: ReplacementProvenance | None = Field(default=None)


class DynamicModulesSeedItemResourceIdentifier(Identifier):
    """Schema ``DynamicModules_SeedItem_Resource_Identifier``."""

    meta: DynamicModulesSeedItemResourceIdentifierMeta | None = Field(default=None)


class DynamicModulesSeedItemSingleRelationshipDataDocument(DocumentBase):
    """Schema ``DynamicModules_SeedItem_Single_Relationship_Data_Document``."""

    data: DynamicModulesSeedItemResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class DynamicModulesRelationships(APIModel):
    """Schema ``DynamicModules_Relationships``."""

    items: DynamicModulesItemsMultiRelationshipDataDocument | None = Field(default=None)

    seed_item: DynamicModulesSeedItemSingleRelationshipDataDocument | None = Field(
        default=None, alias="seedItem"
    )


class DynamicModulesResourceObject(Resource):
    """Schema ``DynamicModules_Resource_Object``."""

    RELATIONSHIP_IDENTIFIERS: ClassVar[Mapping[str, type[Identifier]]] = {
        "items": DynamicModulesItemsResourceIdentifier,
        "seedItem": DynamicModulesSeedItemResourceIdentifier,
    }

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {"items": True, "seedItem": False}

    attributes: DynamicModulesAttributes | None = Field(default=None)

    relationships: dict[str, Any] | None = Field(default=None)

    def relationship_documents(self) -> DynamicModulesRelationships:
        """The relationship objects, validated into ``DynamicModulesRelationships``."""
        return DynamicModulesRelationships.model_validate(self.relationships or {})

    def _attributes(self) -> DynamicModulesAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def icons(self) -> list[Literal["SPOTLIGHT_INFO", "UNKNOWN"] | str]:
        """Semantic icons the module should show. SPOTLIGHT_INFO identifies modules whose content was selected by TIDAL's editorial team."""
        return self._attributes().icons

    @property
    def preview_layout(self) -> Literal["GRID", "LIST", "COMPACT", "UNKNOWN"] | str:
        """Rendering layout for a dynamic module. previewLayout controls the module on a dynamic page. viewAllLayout controls its view-all screen; when omitted, the module has no view-all screen. GRID means artwork-forward tiles; the client owns scroll axis and column count. LIST means detailed text-forward rows in a single column and may be a table on wide screens. COMPACT means dense rows the client may pack into multiple columns; clients should treat it as LIST in a full view. UNKNOWN is the forward-compatible default; clients should skip the module or use a safe default."""
        return self._attributes().preview_layout

    @property
    def subtitle(self) -> str | None:
        """Subtitle of the module"""
        return self._attributes().subtitle

    @property
    def title(self) -> str | None:
        """Title of the module"""
        return self._attributes().title

    @property
    def view_all_layout(self) -> Literal["GRID", "LIST", "COMPACT", "UNKNOWN"] | str | None:
        """Rendering layout for a dynamic module. previewLayout controls the module on a dynamic page. viewAllLayout controls its view-all screen; when omitted, the module has no view-all screen. GRID means artwork-forward tiles; the client owns scroll axis and column count. LIST means detailed text-forward rows in a single column and may be a table on wide screens. COMPACT means dense rows the client may pack into multiple columns; clients should treat it as LIST in a full view. UNKNOWN is the forward-compatible default; clients should skip the module or use a safe default."""
        return self._attributes().view_all_layout

    @property
    def items(self) -> list[Resource]:
        """The included ``items`` resources; raises RelationshipNotIncludedError unless requested with ``include``."""
        return cast("list[Resource]", self.related("items"))

    @property
    def seed_item(self) -> Resource | None:
        """The included ``seedItem`` resource (None when empty); raises unless requested with ``include``."""
        return cast("Resource | None", self.related_one("seedItem"))


class DynamicModulesMultiResourceDataDocument(DocumentBase):
    """Schema ``DynamicModules_Multi_Resource_Data_Document``."""

    data: Redactable[list[DynamicModulesResourceObject]]

    links: Redactable[Textual[Links]]


class DynamicModulesSingleRelationshipDataDocument(DocumentBase):
    """Schema ``DynamicModules_Single_Relationship_Data_Document``."""

    data: ResourceIdentifier | None = Field(default=None)

    links: Redactable[Textual[Links]]


class DynamicModulesSingleResourceDataDocument(DocumentBase):
    """Schema ``DynamicModules_Single_Resource_Data_Document``."""

    data: Redactable[DynamicModulesResourceObject]

    links: Redactable[Textual[Links]]


_GET = OperationSpec(
    "dynamicModules.get", "GET", "/dynamicModules/{id}", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_ITEMS = OperationSpec(
    "dynamicModules.items",
    "GET",
    "/dynamicModules/{id}/relationships/items",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)
_LIST = OperationSpec(
    "dynamicModules.list", "GET", "/dynamicModules", "INTERNAL", cache_ttl=600.0, invalidates=()
)
_SEED_ITEM = OperationSpec(
    "dynamicModules.seed_item",
    "GET",
    "/dynamicModules/{id}/relationships/seedItem",
    "INTERNAL",
    cache_ttl=600.0,
    invalidates=(),
)


class DynamicModulesPublicOperations(Operations):
    """The THIRD_PARTY operations on ``dynamicModules``."""


class DynamicModulesOperations(DynamicModulesPublicOperations):
    """Every operation on ``dynamicModules``, INTERNAL and PARTNER ones included."""

    async def get_document(
        self,
        id: str,
        *,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"],
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"],
        client_version: str,
        refresh_seed: str | None = None,
        country_code: str | None = None,
        locale: str | None = None,
        include: Sequence[DynamicModulesInclude] | None = None,
        replace_media: str | None = None,
    ) -> DynamicModulesSingleResourceDataDocument:
        """Get single dynamicModule.

        Retrieves single dynamicModule by id.

        ``GET /dynamicModules/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).

        Returns the whole document; :meth:`get` returns its resource.
        """
        return await self._call(
            _GET,
            f"dynamicModules/{path_id(id)}",
            [
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("refreshSeed", refresh_seed),
                ("countryCode", self._country(country_code)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            DynamicModulesSingleResourceDataDocument,
        )

    async def get(
        self,
        id: str,
        *,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"],
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"],
        client_version: str,
        refresh_seed: str | None = None,
        country_code: str | None = None,
        locale: str | None = None,
        include: Sequence[DynamicModulesInclude] | None = None,
        replace_media: str | None = None,
    ) -> DynamicModulesResourceObject:
        """Get single dynamicModule.

        Retrieves single dynamicModule by id.

        ``GET /dynamicModules/{id}`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).

        Returns the resource; :meth:`get_document` the whole document.
        """
        return (
            await self.get_document(
                id,
                device_type=device_type,
                system_type=system_type,
                client_version=client_version,
                refresh_seed=refresh_seed,
                country_code=country_code,
                locale=locale,
                include=include,
                replace_media=replace_media,
            )
        ).data

    def items(
        self,
        id: str,
        *,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"],
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"],
        client_version: str,
        refresh_seed: str | None = None,
        country_code: str | None = None,
        locale: str | None = None,
        include: Sequence[DynamicModulesItemsInclude] | None = None,
        replace_media: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[DynamicModulesMultiRelationshipDataDocument, ResourceIdentifier]:
        """Get items relationship ("to-many").

        The module's items, in order — one stable collection per module, consistent for a given refreshSeed. Reads without a cursor return the first page (the slice a page shelf renders, sized for the module's previewLayout and device) with a continuation cursor; passing the cursor returns subsequent pages.

        ``GET /dynamicModules/{id}/relationships/items`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _ITEMS,
            f"dynamicModules/{path_id(id)}/relationships/items",
            [
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("refreshSeed", refresh_seed),
                ("countryCode", self._country(country_code)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            DynamicModulesMultiRelationshipDataDocument,
            data_items,
            cursor,
            max_items,
        )

    def list(
        self,
        *,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"],
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"],
        client_version: str,
        filter_id: Sequence[str],
        refresh_seed: str | None = None,
        country_code: str | None = None,
        locale: str | None = None,
        include: Sequence[DynamicModulesInclude] | None = None,
        replace_media: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[DynamicModulesMultiResourceDataDocument, DynamicModulesResourceObject]:
        """Get multiple dynamicModules.

        Retrieves multiple dynamicModules by available filters, or without if applicable.

        ``GET /dynamicModules`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).
        Returns a Paginator: ``await`` it for the first page, ``async for`` for every item.
        """
        return self._paginate(
            _LIST,
            "dynamicModules",
            [
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("filter[id]", filter_id),
                ("refreshSeed", refresh_seed),
                ("countryCode", self._country(country_code)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            DynamicModulesMultiResourceDataDocument,
            data_items,
            None,
            max_items,
        )

    async def seed_item(
        self,
        id: str,
        *,
        device_type: Literal["BROWSER", "CAR", "DESKTOP", "PHONE", "TABLET", "TV"],
        system_type: Literal["ANDROID", "DESKTOP", "TESLA", "IOS", "WEB"],
        client_version: str,
        refresh_seed: str | None = None,
        country_code: str | None = None,
        locale: str | None = None,
        include: Sequence[DynamicModulesSeedItemInclude] | None = None,
        replace_media: str | None = None,
    ) -> DynamicModulesSingleRelationshipDataDocument:
        """Get seedItem relationship ("to-one").

        The item whose listen or add event seeded this module's collection (e.g. the album a BECAUSE_YOU_* module is based on); null for modules that are not seeded by an item.

        ``GET /dynamicModules/{id}/relationships/seedItem`` — access tier INTERNAL; auth: client credentials or user token.
        Scopes: none (INTERNAL clients: r_usr).
        """
        return await self._call(
            _SEED_ITEM,
            f"dynamicModules/{path_id(id)}/relationships/seedItem",
            [
                ("deviceType", device_type),
                ("systemType", system_type),
                ("clientVersion", client_version),
                ("refreshSeed", refresh_seed),
                ("countryCode", self._country(country_code)),
                ("locale", locale),
                ("include", csv(include)),
                ("replaceMedia", replace_media),
            ],
            DynamicModulesSingleRelationshipDataDocument,
        )

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Sequence[DynamicModulesInclude] | None = None,
        country_code: str | None = None,
        chunk_size: int | None = None,
    ) -> BatchResult[DynamicModulesResourceObject]:
        """DynamicModules by id: ``GET /dynamicModules?filter[id]=…``
        in chunks of ``chunk_size`` (default: the client's ``batch_size``) run concurrently;
        results in input order, keys nothing matched in ``.missing``."""
        return await self._get_many(
            lambda chunk: self.list(filter_id=chunk, include=include, country_code=country_code),
            ids,
            lambda item: item.id,
            chunk_size=chunk_size,
        )
