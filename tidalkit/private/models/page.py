"""Editorial pages (v1/pages/...) and the v2 home feed, with a generic fallback for unknown modules.

A module whose ``type`` is unknown, or whose payload does not fit its typed model, is kept as a
`GenericModule` holding the raw fields: a surprising module never fails the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Generic, TypeVar

from pydantic import Field, GetCoreSchemaHandler, ValidationError
from pydantic_core import CoreSchema, core_schema

from tidalkit.private.models._base import (
    EmptyIfNull,
    FittingItems,
    MendedModel,
    NullFreeList,
    OrNone,
    TidalModel,
    as_dict,
    mended_model,
    new_dict,
    new_list,
    typed_by_kind,
)
from tidalkit.private.models.catalog import (
    Album,
    AlbumReview,
    Artist,
    ArtistBio,
    MediaItem,
    Mix,
    Track,
    Video,
)
from tidalkit.private.models.collection import Playlist
from tidalkit.private.models.paging import OffsetPage

__all__ = [
    "AlbumHeaderModule",
    "AlbumItemsModule",
    "AlbumListModule",
    "ArtistHeaderModule",
    "ArtistListModule",
    "FeaturedPromotionsModule",
    "GenericModule",
    "Highlight",
    "HighlightModule",
    "HomeFeed",
    "HomeItem",
    "HomeModule",
    "ListModule",
    "MixHeaderModule",
    "MixListModule",
    "MixedTypesListModule",
    "Page",
    "PageItem",
    "PageLink",
    "PageLinksModule",
    "PageModule",
    "PageRow",
    "PlaybackControl",
    "PlaylistListModule",
    "Promotion",
    "ShowMore",
    "TextBlockModule",
    "TrackListModule",
    "TypedItem",
    "VideoListModule",
    "ViewAllPage",
]

_ITEM_MODELS: dict[str, type[TidalModel]] = {
    "ALBUM": Album,
    "ARTIST": Artist,
    "TRACK": Track,
    "VIDEO": Video,
    "PLAYLIST": Playlist,
    "USER_PLAYLIST": Playlist,
    "MIX": Mix,
}

TypedItem = dict[str, Any] | Album | Artist | Track | Video | Playlist | Mix

T = TypeVar("T")


def typed_item(kind: object, value: object) -> Any:
    """``value`` parsed as the model for ``kind`` (ALBUM, TRACK …); the raw dict when unknown or unfit."""
    fields = as_dict(value)
    if fields is None:
        return value
    model = _ITEM_MODELS.get(str(kind or "").upper().removesuffix("S"))
    if model is None:
        return fields
    try:
        return model.model_validate(fields)
    except ValidationError:
        return fields


class ShowMore(TidalModel):
    """A "view all" link of a v1 module; follow it with ``client.pages.show_more(...)``."""

    title: str | None = None
    api_path: str | None = None


class PageLink(TidalModel):
    """A link to another page (genre, mood …); follow ``api_path`` with ``client.pages.show_more``."""

    title: str | None = None
    icon: str | None = None
    api_path: str | None = None
    image_id: str | None = None


def item_tags() -> dict[str, type[TidalModel]]:
    """``type`` → model for the spellings TIDAL sends (ALBUM, ALBUMS …); others take `typed_item`."""
    return {tag: model for kind, model in _ITEM_MODELS.items() for tag in (kind, kind + "S")}


def typed_field(field: str) -> Callable[[Any], Any]:
    """The Python path for ``field``: the raw object with ``field`` parsed by ``type`` (`typed_item`)."""

    def typed(data: Any) -> Any:
        fields = as_dict(data)
        if fields is None:
            return data
        fields[field] = typed_item(fields.get("type"), fields.get(field))
        return fields

    return typed


class PageItem(MendedModel):
    """An item of a mixed list: ``type`` and the typed ``item`` (raw dict for unknown types)."""

    type: str | None = None
    item: TypedItem | None = Field(default=None, union_mode="left_to_right")


typed_by_kind(PageItem, "item", item_tags(), typed_field("item"))


class Promotion(TidalModel):
    """An entry of FEATURED_PROMOTIONS / MULTIPLE_TOP_PROMOTIONS."""

    header: str | None = None
    short_header: str | None = None
    short_sub_header: str | None = None
    image_id: str | None = None
    type: str | None = None
    artifact_id: str | None = None
    text: str | None = None
    featured: bool | None = None


class PageModule(TidalModel):
    """Fields every v1 page module has; subclasses add the typed content.

    The presentation hints: ``scroll`` (``HORIZONTAL`` …), ``list_format`` (``COVERS``, ``NUMBERS``),
    ``layout``, ``quick_play``, ``supports_paging``, ``show_table_headers``.
    """

    types: ClassVar[tuple[str, ...]] = ()
    id: str | None = None
    type: str | None = None
    title: str | None = None
    description: str | None = None
    pre_title: str | None = None
    width: int | None = None
    show_more: ShowMore | None = None
    scroll: str | None = None
    list_format: str | None = None
    layout: Annotated[str | None, OrNone] = None
    quick_play: bool | None = None
    supports_paging: bool | None = None
    show_table_headers: bool | None = None


class GenericModule(PageModule):
    """Any module without a typed model (its fields stay in ``model_extra``)."""


class ListModule(PageModule, Generic[T]):
    """A module whose content is one page of ``T`` (``paged_list``)."""

    paged_list: OffsetPage[T] | None = None


class AlbumListModule(ListModule[Album]):
    types = ("ALBUM_LIST",)


class ArtistListModule(ListModule[Artist]):
    types = ("ARTIST_LIST",)


class TrackListModule(ListModule[Track]):
    types = ("TRACK_LIST",)


class VideoListModule(ListModule[Video]):
    types = ("VIDEO_LIST",)


class PlaylistListModule(ListModule[Playlist]):
    types = ("PLAYLIST_LIST",)


class MixListModule(ListModule[Mix]):
    types = ("MIX_LIST",)


class AlbumItemsModule(ListModule[MediaItem]):
    types = ("ALBUM_ITEMS",)


class MixedTypesListModule(ListModule[PageItem]):
    types = ("MIXED_TYPES_LIST", "ITEM_LIST_WITH_ROLES")


class PageLinksModule(ListModule[PageLink]):
    types = ("PAGE_LINKS_CLOUD", "PAGE_LINKS", "PAGE_LINKS_IMAGE")


class Highlight(TidalModel):
    """An entry of HIGHLIGHT_MODULE: a title and a typed item."""

    title: str | None = None
    item: PageItem | None = None


class HighlightModule(PageModule):
    types = ("HIGHLIGHT_MODULE",)
    highlights: Annotated[list[Highlight], NullFreeList] = Field(default_factory=new_list)


class FeaturedPromotionsModule(PageModule):
    types = ("FEATURED_PROMOTIONS", "MULTIPLE_TOP_PROMOTIONS")
    items: Annotated[list[Promotion], NullFreeList] = Field(default_factory=new_list)


class TextBlockModule(PageModule):
    types = ("TEXT_BLOCK",)
    text: str | None = None
    icon: str | None = None


class MixHeaderModule(PageModule):
    types = ("MIX_HEADER",)
    mix: Mix | None = None


class PlaybackControl(TidalModel):
    """A play button of a header module (``playback_mode`` e.g. SHUFFLE, PLAY) and the module it plays."""

    title: str | None = None
    icon: str | None = None
    shuffle: bool | None = None
    playback_mode: str | None = None
    target_module_id: str | None = None


class ArtistHeaderModule(PageModule):
    types = ("ARTIST_HEADER",)
    artist: Artist | None = None
    bio: ArtistBio | None = None
    artist_mix: Annotated[Mix | None, OrNone] = None
    mixes: Annotated[dict[str, str], EmptyIfNull] = Field(default_factory=new_dict)
    playback_controls: Annotated[list[PlaybackControl], NullFreeList, FittingItems] = Field(
        default_factory=new_list
    )


class AlbumHeaderModule(PageModule):
    types = ("ALBUM_HEADER",)
    album: Album | None = None
    review: AlbumReview | None = None


_MODULES: dict[str, type[PageModule]] = {
    name: cls
    for cls in (
        AlbumListModule,
        ArtistListModule,
        TrackListModule,
        VideoListModule,
        PlaylistListModule,
        MixListModule,
        AlbumItemsModule,
        MixedTypesListModule,
        PageLinksModule,
        FeaturedPromotionsModule,
        HighlightModule,
        TextBlockModule,
        MixHeaderModule,
        ArtistHeaderModule,
        AlbumHeaderModule,
    )
    for name in cls.types
}


def _raw_module(value: Any) -> GenericModule:
    # the last try, in Python: a module whose common fields are odd too keeps its type and raw fields
    fields = as_dict(value)
    if fields is None:
        raise ValueError("a page module is a JSON object")
    kind = fields.get("type")
    return GenericModule.model_validate({"type": kind if isinstance(kind, str) else None, "raw": fields})


class _ByModuleType:
    """A module read as the model its ``type`` names, by pydantic-core straight from the JSON.

    A tagged union on ``type``; a module of an unknown type, or one that does not fit its model, is a
    `GenericModule`. Serialising picks the model of the module's class, so a dump keeps its content.
    """

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        typed = core_schema.tagged_union_schema(
            {tag: handler.generate_schema(cls) for tag, cls in _MODULES.items()}, discriminator="type"
        )
        generic = handler.generate_schema(GenericModule)
        raw = core_schema.no_info_plain_validator_function(_raw_module)
        return core_schema.union_schema([typed, generic, raw], mode="left_to_right")


AnyModule = Annotated[PageModule, _ByModuleType()]


class PageRow(TidalModel):
    """A row of a v1 page."""

    modules: Annotated[list[AnyModule], NullFreeList, FittingItems] = Field(default_factory=new_list)


class Page(TidalModel):
    """GET v1/pages/{name}: rows of modules."""

    id: str | None = None
    title: str | None = None
    self_link: str | None = None
    rows: Annotated[list[PageRow], NullFreeList, FittingItems] = Field(default_factory=new_list)

    @property
    def modules(self) -> list[PageModule]:
        """Every module of every row, in page order."""
        return [module for row in self.rows for module in row.modules]


class HomeItem(MendedModel):
    """An item of a home feed module: ``type`` (ALBUM, PLAYLIST, MIX …) and its ``data``."""

    type: str | None = None
    data: TypedItem | None = Field(default=None, union_mode="left_to_right")


typed_by_kind(HomeItem, "data", item_tags(), typed_field("data"))


class HomeModule(MendedModel):
    """A module of the v2 home feed; ``view_all`` is a v2 path for ``client.pages.view_all``."""

    type: str | None = None
    module_id: str | None = None
    title: str | None = None
    subtitle: str | None = None
    view_all: str | None = None
    items: Annotated[list[HomeItem], NullFreeList, FittingItems] = Field(default_factory=new_list)


def _raw_items(data: Any) -> Any:
    fields = as_dict(data)
    if fields is not None and "items" in fields and not isinstance(fields["items"], list):
        fields["rawItems"] = fields.pop("items")  # an unexpected shape stays available as an extra
        return fields
    return data


mended_model(HomeModule, _raw_items)


class HomeFeed(TidalModel):
    """GET v2/home/feed/static (and "view all" pages): modules of items."""

    uuid: str | None = None
    title: str | None = None
    page: dict[str, Any] | None = None
    header: dict[str, Any] | None = None
    items: Annotated[list[HomeModule], NullFreeList, FittingItems] = Field(default_factory=new_list)


class ViewAllPage(TidalModel):
    """A v2 "view all" page (GET v2/{viewAll path}): a flat list of items and a paging cursor."""

    title: str | None = None
    items: Annotated[list[HomeItem], NullFreeList, FittingItems] = Field(default_factory=new_list)
    cursor: str | None = None
