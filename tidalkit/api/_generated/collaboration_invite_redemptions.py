"""Generated models and operations for ``collaborationInviteRedemptions`` — do not edit (scripts/codegen_v2.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from tidalkit.api._generated._common import Links
from tidalkit.api.document import DocumentBase
from tidalkit.api.model import APIModel, Redactable, Resource, Textual, UtcDatetime
from tidalkit.api.operations import Operations, OperationSpec

if TYPE_CHECKING:
    from tidalkit.api._generated.collaboration_invite_redemptions_payloads import (
        CollaborationInviteRedemptionsCreateOperationPayload,
    )


class CollaborationInviteRedemptionsAttributes(APIModel):
    """Schema ``CollaborationInviteRedemptions_Attributes``."""

    redeemed_at: Redactable[UtcDatetime] = Field(alias="redeemedAt")
    """Datetime the invite was redeemed (ISO 8601)"""


class CollaborationInviteRedemptionsResourceObject(Resource):
    """Schema ``CollaborationInviteRedemptions_Resource_Object``."""

    RELATIONSHIPS: ClassVar[Mapping[str, bool]] = {}

    attributes: CollaborationInviteRedemptionsAttributes | None = Field(default=None)

    def _attributes(self) -> CollaborationInviteRedemptionsAttributes:
        if self.attributes is None:
            raise AttributeError(f"{self.type} {self.id} has no attributes here")
        return self.attributes

    @property
    def redeemed_at(self) -> UtcDatetime:
        """Datetime the invite was redeemed (ISO 8601)"""
        return self._attributes().redeemed_at


class CollaborationInviteRedemptionsCreateSingleResourceDataDocument(DocumentBase):
    """Schema ``CollaborationInviteRedemptions_Create_Single_Resource_Data_Document``."""

    data: Redactable[CollaborationInviteRedemptionsResourceObject]

    links: Redactable[Textual[Links]]


_CREATE = OperationSpec(
    "collaborationInviteRedemptions.create",
    "POST",
    "/collaborationInviteRedemptions",
    "INTERNAL",
    cache_ttl=None,
    invalidates=("collaborationInviteRedemptions",),
)


class CollaborationInviteRedemptionsPublicOperations(Operations):
    """The THIRD_PARTY operations on ``collaborationInviteRedemptions``."""


class CollaborationInviteRedemptionsOperations(CollaborationInviteRedemptionsPublicOperations):
    """Every operation on ``collaborationInviteRedemptions``, INTERNAL and PARTNER ones included."""

    async def create(
        self, *, payload: CollaborationInviteRedemptionsCreateOperationPayload | Mapping[str, Any]
    ) -> CollaborationInviteRedemptionsCreateSingleResourceDataDocument:
        """Create single collaborationInviteRedemption.

        Creates a new collaborationInviteRedemption.

        ``POST /collaborationInviteRedemptions`` — access tier INTERNAL; auth: user token (Authorization Code + PKCE).
        Scopes: playlists.write (INTERNAL clients: w_usr).
        """
        return await self._call(
            _CREATE,
            "collaborationInviteRedemptions",
            [],
            CollaborationInviteRedemptionsCreateSingleResourceDataDocument,
            payload=payload,
        )
