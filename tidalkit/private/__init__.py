"""TIDAL's private API (https://api.tidal.com): an async, typed client and tolerant models.

>>> from tidalkit.private import PrivateAPI
>>> async with PrivateAPI(client_id="...") as tidal:
...     album = await tidal.albums.get(251380836)
"""

from tidalkit.private.artwork import (
    ARTWORK_SIZES,
    ArtworkError,
    InvalidArtworkSizeError,
    UnknownArtworkTypeError,
    build_artwork_url,
)
from tidalkit.private.client import CLIENT_ID_ENV, CLIENT_VERSION, PrivateAPI
from tidalkit.private.hls import HlsManifest, HlsMediaPlaylist, HlsVariant, parse_hls
from tidalkit.private.manifest import (
    BtsManifest,
    DashManifest,
    DashRepresentation,
    ManifestError,
    decode_manifest,
    parse_mpd,
)
from tidalkit.private.pagination import CursorPaginator, OffsetPaginator

__all__ = [
    "ARTWORK_SIZES",
    "CLIENT_ID_ENV",
    "CLIENT_VERSION",
    "ArtworkError",
    "BtsManifest",
    "CursorPaginator",
    "DashManifest",
    "DashRepresentation",
    "HlsManifest",
    "HlsMediaPlaylist",
    "HlsVariant",
    "InvalidArtworkSizeError",
    "ManifestError",
    "OffsetPaginator",
    "PrivateAPI",
    "UnknownArtworkTypeError",
    "build_artwork_url",
    "decode_manifest",
    "parse_hls",
    "parse_mpd",
]
