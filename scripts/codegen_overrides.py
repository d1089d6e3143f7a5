"""Corrections and facts the v2 spec lacks, applied by ``codegen_v2.py``.

Keep this table small: each entry says why it exists.
"""

from __future__ import annotations

from typing import Any

# Schema patches: schema name -> JSON-pointer-ish property path -> replacement fragment.
# (None yet needed for the models: the spec is internally consistent for 1.10.104.)
SCHEMA_PATCHES: dict[str, dict[str, Any]] = {}

# The spec types every relationship as a generic identifier document and never names the target
# type. The ergonomic resource properties (``track.albums``) are typed from this table; targets
# that are polymorphic or unknown resolve to the base ``Resource``.
RELATIONSHIP_TARGETS: dict[str, str] = {
    "albums": "albums",
    "artists": "artists",
    "tracks": "tracks",
    "videos": "videos",
    "playlists": "playlists",
    "providers": "providers",
    "genres": "genres",
    "credits": "credits",
    "lyrics": "lyrics",
    "owners": "users",
    "collaborators": "users",
    "coverArt": "artworks",
    "profileArt": "artworks",
    "thumbnailArt": "artworks",
    "suggestedCoverArts": "artworks",
    "similarAlbums": "albums",
    "similarArtists": "artists",
    "similarTracks": "tracks",
    "similarVideos": "videos",
    "suggestedTracks": "tracks",
    "suggestedVideos": "videos",
    "usageRules": "usageRules",
    "roles": "artistRoles",
    "biography": "artistBiographies",
    "trackProviders": "providers",
    "albumStatistics": "albumStatistics",
    "trackStatistics": "trackStatistics",
    "sourceFile": "trackSourceFiles",
    "shares": "shares",
    "priceConfig": "priceConfigurations",
    "claimStatus": "artistClaimStatuses",
    "followers": "artists",
    "following": "artists",
}

# Per resource type: relationships whose target differs from the table above.
RELATIONSHIP_TARGETS_BY_TYPE: dict[str, dict[str, str | None]] = {
    # album/playlist/mix items are tracks or videos; a collection's items are of the collection's type
    "albums": {"items": None, "replacement": "albums"},
    "playlists": {"items": None},
    "tracks": {"replacement": "tracks", "radio": "playlists"},
    "videos": {"replacement": "videos"},
    "artists": {"radio": "playlists"},
    "userCollectionAlbums": {"items": "albums"},
    "userCollectionArtists": {"items": "artists"},
    "userCollectionTracks": {"items": "tracks"},
    "userCollectionVideos": {"items": "videos"},
    "userCollectionPlaylists": {"items": "playlists"},
    "userDailyMixes": {"items": None},
    "userDiscoveryMixes": {"items": None},
    "userNewReleaseMixes": {"items": None},
    "userOfflineMixes": {"items": None},
    "searchResults": {"topHits": None},
    "searchSuggestions": {"directHits": None, "history": None},
}

# Polymorphic relationships: the types their identifiers may have (used for nested include paths).
POLYMORPHIC_TARGETS: dict[tuple[str, str], tuple[str, ...]] = {
    ("albums", "items"): ("tracks", "videos"),
    ("playlists", "items"): ("tracks", "videos"),
    ("userDailyMixes", "items"): ("tracks", "videos"),
    ("userDiscoveryMixes", "items"): ("tracks", "videos"),
    ("userNewReleaseMixes", "items"): ("tracks", "videos"),
    ("searchResults", "topHits"): ("albums", "artists", "playlists", "tracks", "videos"),
}

# Method names for operations whose generated name would be poor (tag, HTTP method, path) -> name.
METHOD_NAMES: dict[tuple[str, str, str], str] = {
    # ``GET /searchResults?filter[query]=…`` answers the one search-results resource of a query:
    # ``search_results.get(query)`` reads as what it is (``list(filter_query=…)`` did not)
    ("searchResults", "get", "/searchResults"): "get",
    # the ``radio`` relationship names the radio's playlist, not its tracks (the private API's
    # ``tracks.radio(id)`` yields tracks): the name says what comes back
    ("tracks", "get", "/tracks/{id}/relationships/radio"): "radio_playlists",
    ("artists", "get", "/artists/{id}/relationships/radio"): "radio_playlists",
}

# Resource types whose ``radio`` relationship names a playlist: they get ``radio(id)``, a paginator of
# the radio's tracks (the playlist's items, tracks included), what the private API's ``radio`` yields.
RADIO_TAGS: frozenset[str] = frozenset({"tracks", "artists"})

# Query parameters that are the operation's subject: (tag) -> (parameter, positional argument name).
POSITIONAL_QUERY: dict[str, tuple[str, str]] = {"searchResults": ("filter[query]", "query")}

# Batch reads besides ``get_many`` (by ``filter[id]``, generated wherever ``list`` takes it):
# tag -> (method, filter parameter, attribute the key is matched on, case-insensitive).
BATCH_READS: dict[str, tuple[tuple[str, str, str, bool], ...]] = {
    "tracks": (("get_many_by_isrc", "filter[isrc]", "isrc", True),),
    "videos": (("get_many_by_isrc", "filter[isrc]", "isrc", True),),
    "albums": (("get_many_by_barcode", "filter[barcodeId]", "barcode_id", False),),
}

# Resource types without ``filter[id]``: ``get_many`` sends one ``GET /{type}/{id}`` per id.
BATCH_BY_GET: frozenset[str] = frozenset({"providers"})

# Collections whose ``items`` get chunked ``add(ids)`` / ``remove(ids)``: tag -> item resource type.
COLLECTION_ITEMS: dict[str, str] = {
    "userCollectionAlbums": "albums",
    "userCollectionArtists": "artists",
    "userCollectionPlaylists": "playlists",
    "userCollectionTracks": "tracks",
    "userCollectionVideos": "videos",
}

# Responses that carry signed, short-lived URLs must never be cached.
UNCACHEABLE_TAGS: frozenset[str] = frozenset({"trackManifests", "videoManifests", "trackFiles", "downloads"})

# Search results change with the query, so they only get a short TTL.
SHORT_TTL_TAGS: frozenset[str] = frozenset({"searchResults", "searchSuggestions"})

# Writes that change what other resource types' reads return (besides the written type itself).
EXTRA_INVALIDATIONS: dict[str, tuple[str, ...]] = {
    "playlists": ("userCollectionPlaylists",),
    "userCollectionAlbums": ("userCollections",),
    "userCollectionArtists": ("userCollections",),
    "userCollectionTracks": ("userCollections",),
    "userCollectionVideos": ("userCollections",),
    "userCollectionPlaylists": ("userCollections", "playlists"),
    "userCollections": (
        "userCollectionAlbums",
        "userCollectionArtists",
        "userCollectionTracks",
        "userCollectionVideos",
        "userCollectionPlaylists",
    ),
}
