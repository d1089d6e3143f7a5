"""Artwork URLs: sizes per item type, "origin", every dimension form, and clear errors."""

from __future__ import annotations

import pytest

from tidalkit.private import (
    ARTWORK_SIZES,
    ArtworkError,
    InvalidArtworkSizeError,
    UnknownArtworkTypeError,
    build_artwork_url,
)

UUID = "0d1ab3d8-0b1e-4b27-9a4c-3f1c6e9b1d2a"
BASE = "https://resources.tidal.com/images/0d1ab3d8/0b1e/4b27/9a4c/3f1c6e9b1d2a"


@pytest.mark.parametrize(
    ("dimensions", "name"),
    [
        (1280, "1280x1280"),
        ("1280", "1280x1280"),
        ("1280x1280", "1280x1280"),
        ((1280, 1280), "1280x1280"),
        (("640", "640"), "640x640"),
        (None, "origin"),
        ("origin", "origin"),
    ],
)
def test_dimension_forms(dimensions: object, name: str) -> None:
    assert build_artwork_url(UUID, "album", dimensions=dimensions) == f"{BASE}/{name}.jpg"  # type: ignore[arg-type]


def test_without_an_item_type_any_size_goes() -> None:
    assert build_artwork_url(UUID, dimensions=(123, 45)) == f"{BASE}/123x45.jpg"


def test_animated_artwork_is_an_mp4_under_videos() -> None:
    url = build_artwork_url(UUID, "album", animated=True, dimensions=640)
    assert url == "https://resources.tidal.com/videos/0d1ab3d8/0b1e/4b27/9a4c/3f1c6e9b1d2a/640x640.mp4"


@pytest.mark.parametrize(("item_type", "size"), [(kind, sizes[0]) for kind, sizes in ARTWORK_SIZES.items()])
def test_every_item_type_accepts_its_sizes_and_origin(item_type: str, size: tuple[int, int]) -> None:
    assert build_artwork_url(UUID, item_type, dimensions=size).endswith(f"/{size[0]}x{size[1]}.jpg")
    assert build_artwork_url(UUID, item_type, dimensions="origin").endswith("/origin.jpg")


def test_user_profile_and_plural_item_types_are_known() -> None:
    assert build_artwork_url(UUID, "userProfile", dimensions=210).endswith("/210x210.jpg")
    assert build_artwork_url(UUID, "videos", dimensions="640x360").endswith("/640x360.jpg")


def test_a_size_not_served_for_the_type_lists_the_allowed_sizes() -> None:
    with pytest.raises(InvalidArtworkSizeError) as caught:
        build_artwork_url(UUID, "artist", dimensions=1280)
    assert caught.value.allowed == ("750x750", "480x480", "320x320", "160x160", "origin")
    assert "750x750, 480x480, 320x320, 160x160, origin" in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"item_type": "podcast"}, UnknownArtworkTypeError),
        ({"dimensions": "big"}, InvalidArtworkSizeError),
        ({"dimensions": (1, 2, 3)}, InvalidArtworkSizeError),
        ({"dimensions": ("a", "b")}, InvalidArtworkSizeError),
        ({"dimensions": 0}, InvalidArtworkSizeError),
    ],
)
def test_bad_arguments_raise_value_errors(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        build_artwork_url(UUID, **kwargs)  # type: ignore[arg-type]


def test_a_malformed_uuid_is_rejected() -> None:
    with pytest.raises(ArtworkError, match="not an artwork UUID"):
        build_artwork_url("nope")
