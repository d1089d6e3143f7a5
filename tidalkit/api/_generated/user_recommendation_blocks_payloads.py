"""Generated models and operations for ``userRecommendationBlocksPayloads`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from typing import Literal

from tidalkit.api.model import APIModel, Redactable


class UserRecommendationBlocksArtistsRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserRecommendationBlocksArtistsRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class UserRecommendationBlocksArtistsRelationshipAddOperationPayload(APIModel):
    """Schema ``UserRecommendationBlocksArtistsRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserRecommendationBlocksArtistsRelationshipAddOperationPayloadData]]


class UserRecommendationBlocksArtistsRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserRecommendationBlocksArtistsRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["artists"] | str]


class UserRecommendationBlocksArtistsRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserRecommendationBlocksArtistsRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserRecommendationBlocksArtistsRelationshipRemoveOperationPayloadData]]


class UserRecommendationBlocksTracksRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserRecommendationBlocksTracksRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks"] | str]


class UserRecommendationBlocksTracksRelationshipAddOperationPayload(APIModel):
    """Schema ``UserRecommendationBlocksTracksRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserRecommendationBlocksTracksRelationshipAddOperationPayloadData]]


class UserRecommendationBlocksTracksRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserRecommendationBlocksTracksRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["tracks"] | str]


class UserRecommendationBlocksTracksRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserRecommendationBlocksTracksRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserRecommendationBlocksTracksRelationshipRemoveOperationPayloadData]]


class UserRecommendationBlocksVideosRelationshipAddOperationPayloadData(APIModel):
    """Schema ``UserRecommendationBlocksVideosRelationshipAddOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["videos"] | str]


class UserRecommendationBlocksVideosRelationshipAddOperationPayload(APIModel):
    """Schema ``UserRecommendationBlocksVideosRelationshipAddOperation_Payload``."""

    data: Redactable[list[UserRecommendationBlocksVideosRelationshipAddOperationPayloadData]]


class UserRecommendationBlocksVideosRelationshipRemoveOperationPayloadData(APIModel):
    """Schema ``UserRecommendationBlocksVideosRelationshipRemoveOperation_Payload_Data``."""

    id: Redactable[str]

    type: Redactable[Literal["videos"] | str]


class UserRecommendationBlocksVideosRelationshipRemoveOperationPayload(APIModel):
    """Schema ``UserRecommendationBlocksVideosRelationshipRemoveOperation_Payload``."""

    data: Redactable[list[UserRecommendationBlocksVideosRelationshipRemoveOperationPayloadData]]
