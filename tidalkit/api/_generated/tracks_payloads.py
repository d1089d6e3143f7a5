"""Generated models and operations for ``tracksPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api.model import APIModel, Redactable


class TracksAlbumsRelationshipUpdateOperationPayloadData(APIModel):
    """Schema ``TracksAlbumsRelationshipUpdateOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["albums"] | str]


class TracksAlbumsRelationshipUpdateOperationPayload(APIModel):
    """Schema ``TracksAlbumsRelationshipUpdateOperation_Payload``."""

    data: Redactable[list[TracksAlbumsRelationshipUpdateOperationPayloadData]]


class TracksCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``TracksCreateOperation_Payload_Data_Attributes``."""

    access_type: Redactable[Literal["PUBLIC", "UNLISTED", "PRIVATE"] | str] = Field(alias="accessType")
    """Access type"""

    explicit: bool | None = Field(default=None)
    """Explicit content"""

    title: Redactable[str]


class TracksCreateOperationPayloadDataRelationshipsAlbumsData(APIModel):
    """Schema ``TracksCreateOperation_Payload_Data_Relationships_Albums_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["albums"] | str]


class TracksCreateOperationPayloadDataRelationshipsAlbums(APIModel):
    """Schema ``TracksCreateOperation_Payload_Data_Relationships_Albums``."""

    data: Redactable[list[TracksCreateOperationPayloadDataRelationshipsAlbumsData]]


class TracksCreateOperationPayloadDataRelationshipsArtistsData(APIModel):
    """Schema ``TracksCreateOperation_Payload_Data_Relationships_Artists_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class TracksCreateOperationPayloadDataRelationshipsArtists(APIModel):
    """Schema ``TracksCreateOperation_Payload_Data_Relationships_Artists``."""

    data: Redactable[list[TracksCreateOperationPayloadDataRelationshipsArtistsData]]


class TracksCreateOperationPayloadDataRelationshipsGenresData(APIModel):
    """Schema ``TracksCreateOperation_Payload_Data_Relationships_Genres_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["genres"] | str]


class TracksCreateOperationPayloadDataRelationshipsGenres(APIModel):
    """Schema ``TracksCreateOperation_Payload_Data_Relationships_Genres``."""

    data: Redactable[list[TracksCreateOperationPayloadDataRelationshipsGenresData]]


class TracksCreateOperationPayloadDataRelationships(APIModel):
    """Schema ``TracksCreateOperation_Payload_Data_Relationships``."""

    albums: Redactable[TracksCreateOperationPayloadDataRelationshipsAlbums]

    artists: Redactable[TracksCreateOperationPayloadDataRelationshipsArtists]

    genres: TracksCreateOperationPayloadDataRelationshipsGenres | None = Field(default=None)


class TracksCreateOperationPayloadData(APIModel):
    """Schema ``TracksCreateOperation_Payload_Data``."""

    attributes: Redactable[TracksCreateOperationPayloadDataAttributes]

    relationships: Redactable[TracksCreateOperationPayloadDataRelationships]

    type: Redactable[Literal["tracks"] | str]


class TracksCreateOperationPayload(APIModel):
    """Schema ``TracksCreateOperation_Payload``."""

    data: Redactable[TracksCreateOperationPayloadData]


class TracksUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``TracksUpdateOperation_Payload_Data_Attributes``."""

    access_type: Literal["PUBLIC", "UNLISTED", "PRIVATE"] | str | None = Field(
        default=None, alias="accessType"
    )
    """Access type"""

    bpm: float | None = Field(default=None)

    explicit: bool | None = Field(default=None)
    """Explicit content"""

    key: (
        Literal["UNKNOWN", "C", "CSharp", "D", "Eb", "E", "F", "FSharp", "G", "Ab", "A", "Bb", "B"]
        | str
        | None
    ) = Field(default=None)

    key_scale: (
        Literal[
            "UNKNOWN",
            "MAJOR",
            "MINOR",
            "AEOLIAN",
            "BLUES",
            "DORIAN",
            "HARMONIC_MINOR",
            "LOCRIAN",
            "LYDIAN",
            "MIXOLYDIAN",
            "PENTATONIC_MAJOR",
            "PHRYGIAN",
            "MELODIC_MINOR",
            "PENTATONIC_MINOR",
        ]
        | str
        | None
    ) = Field(default=None, alias="keyScale")

    title: str | None = Field(default=None)

    tone_tags: list[str] | None = Field(default=None, alias="toneTags")


class TracksUpdateOperationPayloadDataRelationshipsGenresData(APIModel):
    """Schema ``TracksUpdateOperation_Payload_Data_Relationships_Genres_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["genres"] | str]


class TracksUpdateOperationPayloadDataRelationshipsGenres(APIModel):
    """Schema ``TracksUpdateOperation_Payload_Data_Relationships_Genres``."""

    data: Redactable[list[TracksUpdateOperationPayloadDataRelationshipsGenresData]]


class TracksUpdateOperationPayloadDataRelationships(APIModel):
    """Schema ``TracksUpdateOperation_Payload_Data_Relationships``."""

    genres: TracksUpdateOperationPayloadDataRelationshipsGenres | None = Field(default=None)


class TracksUpdateOperationPayloadData(APIModel):
    """Schema ``TracksUpdateOperation_Payload_Data``."""

    attributes: TracksUpdateOperationPayloadDataAttributes | None = Field(default=None)

    id: Redactable[str]

    relationships: TracksUpdateOperationPayloadDataRelationships | None = Field(default=None)

    type: Redactable[Literal["tracks"] | str]


class TracksUpdateOperationPayload(APIModel):
    """Schema ``TracksUpdateOperation_Payload``."""

    data: Redactable[TracksUpdateOperationPayloadData]
