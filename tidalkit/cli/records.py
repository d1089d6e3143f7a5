"""Flat records of tracks and other resources, for tables and exports, from either API's models."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Any, cast

from pydantic import BaseModel

from tidalkit.api.model import RelationshipNotIncludedError, Resource

__all__ = [
    "TRACK_FIELDS",
    "TrackRecord",
    "details",
    "format_duration",
    "from_private_item",
    "from_v2_item",
    "to_json",
]

_LEADING = ("id", "uuid", "title", "name", "version", "username", "email")

TRACK_FIELDS = ("id", "type", "title", "artists", "album", "duration", "isrc", "explicit")


def format_duration(seconds: int | None) -> str:
    """``m:ss`` (``h:mm:ss`` from an hour), the one way the CLI shows durations; ``""`` for None."""
    if seconds is None:
        return ""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True, slots=True)
class TrackRecord:
    """One exported track or video: ids and names only, ``duration`` in whole seconds.

    ``type`` is the API v2 resource type (``tracks``, ``videos``), as ``tidalkit get --json`` shows it.
    """

    id: str
    type: str
    title: str
    artists: str
    album: str
    duration: int | None
    isrc: str
    explicit: bool | None

    def as_dict(self) -> dict[str, Any]:
        """The record as a JSON-ready dict (keys in `TRACK_FIELDS` order)."""
        return asdict(self)


def _seconds(value: object) -> int | None:
    return int(value.total_seconds()) if isinstance(value, timedelta) else None


def _names(resources: list[Any], attribute: str) -> str:
    names: list[str] = []
    for resource in resources:
        value: Any = getattr(getattr(resource, "attributes", None), attribute, None)
        if isinstance(value, str):
            names.append(value)
    return ", ".join(names)


def _related_names(resource: Resource, relationship: str, attribute: str) -> str:
    try:
        return _names(list(resource.related(relationship)), attribute)
    except (RelationshipNotIncludedError, AttributeError):
        return ""


def from_v2_item(resource: Resource) -> TrackRecord:
    """A record of a v2 track or video resource (artists/albums when they were included)."""
    attributes: Any = getattr(resource, "attributes", None)
    title: Any = getattr(attributes, "title", None)
    version: Any = getattr(attributes, "version", None)
    if isinstance(title, str) and isinstance(version, str) and version:
        title = f"{title} ({version})"
    isrc: Any = getattr(attributes, "isrc", None)
    explicit: Any = getattr(attributes, "explicit", None)
    return TrackRecord(
        id=resource.id,
        type=resource.type,
        title=title if isinstance(title, str) else "",
        artists=_related_names(resource, "artists", "name"),
        album=_related_names(resource, "albums", "title"),
        duration=_seconds(getattr(attributes, "duration", None)),
        isrc=isrc if isinstance(isrc, str) else "",
        explicit=explicit if isinstance(explicit, bool) else None,
    )


def from_private_item(item: BaseModel, kind: str = "track") -> TrackRecord:
    """A record of a private-API ``Track`` or ``Video`` model (``kind``: ``track`` or ``video``)."""
    data: Any = item
    people: list[Any] = list(data.artists or [])
    artists: list[str] = [str(person.name) for person in people if getattr(person, "name", None)]
    if not artists and getattr(data, "artist", None) is not None and data.artist.name:
        artists = [data.artist.name]
    album: Any = getattr(data, "album", None)
    title = data.title or ""
    version: Any = getattr(data, "version", None)
    if version:
        title = f"{title} ({version})"
    isrc: Any = getattr(data, "isrc", None)
    return TrackRecord(
        id=str(data.id),
        type=f"{kind}s",
        title=title,
        artists=", ".join(artists),
        album=(album.title or "") if album is not None else "",
        duration=_seconds(data.duration),
        isrc=isrc or "",
        explicit=data.explicit,
    )


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True)
    return value


def details(value: BaseModel) -> list[tuple[str, str]]:
    """(field, text) pairs of a model's scalar fields, for a two-column table."""
    data: dict[str, Any] = value.model_dump(mode="json", exclude_none=True)
    pairs: list[tuple[str, str]] = []
    source: dict[str, Any] = data
    if isinstance(value, Resource):
        pairs.append(("id", value.id))
        pairs.append(("type", value.type))
        attributes: Any = data.get("attributes")
        source = cast(dict[str, Any], attributes) if isinstance(attributes, dict) else {}
    duration = _seconds(getattr(getattr(value, "attributes", value), "duration", None))
    first = [key for key in _LEADING if key in source]
    for key in [*first, *(key for key in source if key not in _LEADING)]:
        item = source[key]
        if key == "duration" and duration is not None:
            pairs.append(("duration", format_duration(duration)))
        elif isinstance(item, str | int | float | bool):
            pairs.append((str(key), str(item)))
        elif isinstance(item, list) and all(isinstance(x, str | int | float) for x in item):  # pyright: ignore[reportUnknownVariableType]
            pairs.append((str(key), ", ".join(str(x) for x in item)))  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
    if not isinstance(value, Resource):
        people: Any = source.get("artists")
        if isinstance(people, list):
            people_names: list[str] = []
            for person in cast(list[Any], people):
                name: Any = cast(dict[str, Any], person).get("name") if isinstance(person, dict) else None
                if name:
                    people_names.append(str(name))
            pairs.append(("artists", ", ".join(people_names)))
        album: Any = source.get("album")
        if isinstance(album, dict) and cast(dict[str, Any], album).get("title"):
            pairs.append(("album", str(cast(dict[str, Any], album)["title"])))
    if isinstance(value, Resource):
        for relationship, attribute in (("artists", "name"), ("albums", "title")):
            names = _related_names(value, relationship, attribute)
            if names:
                pairs.append((relationship, names))
    return pairs


def to_json(value: Any) -> Any:
    """A model (or list of models) as JSON-ready data, by the API's own field names."""
    if isinstance(value, list):
        return [to_json(item) for item in value]  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    return _plain(value)
