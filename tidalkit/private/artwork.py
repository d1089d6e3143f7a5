"""Artwork URLs on resources.tidal.com, with the sizes TIDAL serves per item type."""

from __future__ import annotations

import re
from typing import Literal

from tidalkit._http.errors import TidalError

__all__ = [
    "ARTWORK_SIZES",
    "RESOURCE_URL",
    "ArtworkError",
    "ArtworkItemType",
    "InvalidArtworkSizeError",
    "UnknownArtworkTypeError",
    "build_artwork_url",
]

RESOURCE_URL = "https://resources.tidal.com"

ArtworkItemType = Literal["album", "artist", "playlist", "userProfile", "video"]

ARTWORK_SIZES: dict[str, tuple[tuple[int, int], ...]] = {
    "album": ((1280, 1280), (1080, 1080), (750, 750), (640, 640), (320, 320), (160, 160), (80, 80)),
    "artist": ((750, 750), (480, 480), (320, 320), (160, 160)),
    "playlist": ((1280, 1280), (1080, 1080), (750, 750), (640, 640), (480, 480), (320, 320), (160, 160)),
    "userProfile": ((1080, 1080), (750, 750), (600, 600), (210, 210), (100, 100)),
    "video": (
        (1280, 720),
        (1080, 720),
        (800, 450),
        (750, 500),
        (640, 360),
        (480, 320),
        (320, 180),
        (160, 107),
        (160, 90),
    ),
}
"""Sizes (width, height) TIDAL renders for each item type; ``"origin"`` is always allowed too."""

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_SIZE = re.compile(r"^\s*(\d+)\s*(?:[xX×]\s*(\d+))?\s*$")

Dimensions = int | str | tuple[int | str, int | str] | None


class ArtworkError(TidalError, ValueError):
    """An artwork URL that cannot be built."""


class UnknownArtworkTypeError(ArtworkError):
    """``item_type`` is not one of album, artist, playlist, userProfile, video."""


class InvalidArtworkSizeError(ArtworkError):
    """The dimensions are malformed or not served for the item type (``allowed`` lists the sizes)."""

    def __init__(self, message: str, allowed: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.allowed = allowed


def _normalise_type(item_type: str) -> str:
    key = item_type.strip()
    for name in ARTWORK_SIZES:
        if key.lower() in (name.lower(), name.lower() + "s"):
            return name
    raise UnknownArtworkTypeError(
        f"unknown artwork item type {item_type!r}; expected one of {', '.join(ARTWORK_SIZES)}"
    )


def _size(dimensions: Dimensions) -> tuple[int, int] | None:
    """(width, height), or None for the original size."""
    if dimensions is None:
        return None
    if isinstance(dimensions, tuple):
        if len(dimensions) != 2:  # pyright: ignore[reportUnnecessaryComparison]
            raise InvalidArtworkSizeError(f"dimensions tuple needs (width, height), got {dimensions!r}")
        try:
            width, height = int(dimensions[0]), int(dimensions[1])
        except ValueError:
            raise InvalidArtworkSizeError(f"dimensions {dimensions!r} are not integers") from None
        return width, height
    if isinstance(dimensions, int):
        return dimensions, dimensions
    if dimensions.strip().lower() == "origin":
        return None
    match = _SIZE.match(dimensions)
    if match is None:
        raise InvalidArtworkSizeError(f"dimensions {dimensions!r} are not N, 'WxH' or 'origin'")
    width = int(match.group(1))
    return width, int(match.group(2) or width)


def build_artwork_url(
    uuid: str,
    item_type: ArtworkItemType | str | None = None,
    *,
    animated: bool = False,
    dimensions: Dimensions = None,
) -> str:
    """The URL of an artwork (``…/images/{uuid path}/{W}x{H}.jpg``; ``…/videos/…mp4`` when animated).

    ``dimensions`` is an int (square), ``"N"``, ``"WxH"``, a ``(w, h)`` tuple, or ``"origin"`` /
    None for the original. With ``item_type``, the size must be one TIDAL serves for that type,
    otherwise `InvalidArtworkSizeError` lists the allowed sizes.
    """
    if not _UUID.match(uuid.strip()):
        raise ArtworkError(f"{uuid!r} is not an artwork UUID")
    size = _size(dimensions)
    if size is not None and (size[0] <= 0 or size[1] <= 0):
        raise InvalidArtworkSizeError(f"dimensions must be positive, got {size[0]}x{size[1]}")
    if item_type is not None:
        kind = _normalise_type(item_type)
        allowed = ARTWORK_SIZES[kind]
        if size is not None and size not in allowed:
            names = (*(f"{w}x{h}" for w, h in allowed), "origin")
            raise InvalidArtworkSizeError(
                f"{size[0]}x{size[1]} is not served for {kind} artwork; allowed: {', '.join(names)}",
                names,
            )
    path = uuid.strip().replace("-", "/")
    name = "origin" if size is None else f"{size[0]}x{size[1]}"
    folder, extension = ("videos", "mp4") if animated else ("images", "jpg")
    return f"{RESOURCE_URL}/{folder}/{path}/{name}.{extension}"
