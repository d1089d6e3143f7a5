"""Generated models and operations for ``artistsPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tidalkit.api._generated._common import ExternalLinkMeta
from tidalkit.api.model import APIModel, Redactable, Textual


class ArtistsCreateOperationPayloadDataAttributes(APIModel):
    """Schema ``ArtistsCreateOperation_Payload_Data_Attributes``."""

    handle: str | None = Field(default=None)

    name: Redactable[str]


class ArtistsCreateOperationPayloadData(APIModel):
    """Schema ``ArtistsCreateOperation_Payload_Data``."""

    attributes: Redactable[Textual[ArtistsCreateOperationPayloadDataAttributes]]

    type: Redactable[Literal["artists"] | str]


class ArtistsCreateOperationPayloadMeta(APIModel):
    """Schema ``ArtistsCreateOperation_Payload_Meta``."""

    dry_run: bool | None = Field(default=None, alias="dryRun")


class ArtistsCreateOperationPayload(APIModel):
    """Schema ``ArtistsCreateOperation_Payload``."""

    data: Redactable[ArtistsCreateOperationPayloadData]

    meta: ArtistsCreateOperationPayloadMeta | None = Field(default=None)


class ArtistsFollowingRelationshipAddOperationPayloadData(APIModel):
    """Schema ``ArtistsFollowingRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class ArtistsFollowingRelationshipAddOperationPayload(APIModel):
    """Schema ``ArtistsFollowingRelationshipAddOperation_Payload``."""

    data: Redactable[list[ArtistsFollowingRelationshipAddOperationPayloadData]]


class ArtistsFollowingRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``ArtistsFollowingRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class ArtistsFollowingRelationshipRemoveOperationPayload(APIModel):
    """Schema ``ArtistsFollowingRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[ArtistsFollowingRelationshipRemoveOperationPayloadData]]


class ArtistsProfileArtRelationshipUpdateOperationPayloadData(APIModel):
    """Schema ``ArtistsProfileArtRelationshipUpdateOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artworks"] | str]


class ArtistsProfileArtRelationshipUpdateOperationPayload(APIModel):
    """Schema ``ArtistsProfileArtRelationshipUpdateOperation_Payload``."""

    data: Redactable[list[ArtistsProfileArtRelationshipUpdateOperationPayloadData]]


class ExternalLinkPayload(APIModel):
    """Schema ``External_Link_Payload``."""

    href: str | None = Field(default=None)

    meta: Redactable[ExternalLinkMeta]


class ArtistsUpdateOperationPayloadDataAttributes(APIModel):
    """Schema ``ArtistsUpdateOperation_Payload_Data_Attributes``."""

    contributions_enabled: bool | None = Field(default=None, alias="contributionsEnabled")

    contributions_sales_pitch: str | None = Field(default=None, alias="contributionsSalesPitch")

    external_links: list[ExternalLinkPayload] | None = Field(default=None, alias="externalLinks")

    handle: str | None = Field(default=None)

    name: str | None = Field(default=None)


class ArtistsUpdateOperationPayloadData(APIModel):
    """Schema ``ArtistsUpdateOperation_Payload_Data``."""

    attributes: Redactable[ArtistsUpdateOperationPayloadDataAttributes]

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class ArtistsUpdateOperationPayloadMeta(APIModel):
    """Schema ``ArtistsUpdateOperation_Payload_Meta``."""

    dry_run: bool | None = Field(default=None, alias="dryRun")


class ArtistsUpdateOperationPayload(APIModel):
    """Schema ``ArtistsUpdateOperation_Payload``."""

    data: Redactable[ArtistsUpdateOperationPayloadData]

    meta: ArtistsUpdateOperationPayloadMeta | None = Field(default=None)
