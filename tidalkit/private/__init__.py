"""TIDAL's private API (https://api.tidal.com): an async, typed client and tolerant models.

>>> from tidalkit.private import PrivateAPI
>>> async with PrivateAPI(client_id="...") as tidal:
...     album = await tidal.albums.get(251380836)

Names are imported on first use, so ``import tidalkit.private`` loads neither httpx nor the models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidalkit._lazy import lazy_exports

if TYPE_CHECKING:
    from tidalkit.private.artwork import (
        ARTWORK_SIZES as ARTWORK_SIZES,
        ArtworkError as ArtworkError,
        InvalidArtworkSizeError as InvalidArtworkSizeError,
        UnknownArtworkTypeError as UnknownArtworkTypeError,
        build_artwork_url as build_artwork_url,
    )
    from tidalkit.private.client import (
        CLIENT_ID_ENV as CLIENT_ID_ENV,
        CLIENT_VERSION as CLIENT_VERSION,
        PrivateAPI as PrivateAPI,
    )
    from tidalkit.private.hls import (
        HlsManifest as HlsManifest,
        HlsMediaPlaylist as HlsMediaPlaylist,
        HlsVariant as HlsVariant,
        parse_hls as parse_hls,
    )
    from tidalkit.private.manifest import (
        BtsManifest as BtsManifest,
        DashManifest as DashManifest,
        DashRepresentation as DashRepresentation,
        ManifestError as ManifestError,
        decode_manifest as decode_manifest,
        parse_mpd as parse_mpd,
    )
    from tidalkit.private.pagination import (
        CursorPaginator as CursorPaginator,
        OffsetPaginator as OffsetPaginator,
    )

_LAZY: dict[str, str] = {
    "ARTWORK_SIZES": "tidalkit.private.artwork",
    "ArtworkError": "tidalkit.private.artwork",
    "BtsManifest": "tidalkit.private.manifest",
    "CLIENT_ID_ENV": "tidalkit.private.client",
    "CLIENT_VERSION": "tidalkit.private.client",
    "CursorPaginator": "tidalkit.private.pagination",
    "DashManifest": "tidalkit.private.manifest",
    "DashRepresentation": "tidalkit.private.manifest",
    "HlsManifest": "tidalkit.private.hls",
    "HlsMediaPlaylist": "tidalkit.private.hls",
    "HlsVariant": "tidalkit.private.hls",
    "InvalidArtworkSizeError": "tidalkit.private.artwork",
    "ManifestError": "tidalkit.private.manifest",
    "OffsetPaginator": "tidalkit.private.pagination",
    "PrivateAPI": "tidalkit.private.client",
    "UnknownArtworkTypeError": "tidalkit.private.artwork",
    "build_artwork_url": "tidalkit.private.artwork",
    "decode_manifest": "tidalkit.private.manifest",
    "parse_hls": "tidalkit.private.hls",
    "parse_mpd": "tidalkit.private.manifest",
}

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
