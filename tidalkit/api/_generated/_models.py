"""Every generated model class and its module, for ``tidalkit.api.models``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tidalkit.api._generated._common import AudioNormalizationData as AudioNormalizationData
    from tidalkit.api._generated._common import Copyright as Copyright
    from tidalkit.api._generated._common import DrmData as DrmData
    from tidalkit.api._generated._common import ExternalLink as ExternalLink
    from tidalkit.api._generated._common import ExternalLinkMeta as ExternalLinkMeta
    from tidalkit.api._generated._common import FileStatus as FileStatus
    from tidalkit.api._generated._common import FileUploadLink as FileUploadLink
    from tidalkit.api._generated._common import FileUploadLinkMeta as FileUploadLinkMeta
    from tidalkit.api._generated._common import LinkObject as LinkObject
    from tidalkit.api._generated._common import Links as Links
    from tidalkit.api._generated._common import LinksMeta as LinksMeta
    from tidalkit.api._generated._common import MultiRelationshipDataDocument as MultiRelationshipDataDocument
    from tidalkit.api._generated._common import MutationResponseDocument as MutationResponseDocument
    from tidalkit.api._generated._common import ReplacementOriginalIdentifier as ReplacementOriginalIdentifier
    from tidalkit.api._generated._common import ReplacementProvenance as ReplacementProvenance
    from tidalkit.api._generated._common import ResourceIdentifier as ResourceIdentifier
    from tidalkit.api._generated._common import (
        SingleRelationshipDataDocument as SingleRelationshipDataDocument,
    )
    from tidalkit.api._generated._unused import Default400ResponseBody as Default400ResponseBody
    from tidalkit.api._generated._unused import Default400ResponseBodyErrors as Default400ResponseBodyErrors
    from tidalkit.api._generated._unused import Default404ResponseBody as Default404ResponseBody
    from tidalkit.api._generated._unused import Default404ResponseBodyErrors as Default404ResponseBodyErrors
    from tidalkit.api._generated._unused import Default405ResponseBody as Default405ResponseBody
    from tidalkit.api._generated._unused import Default405ResponseBodyErrors as Default405ResponseBodyErrors
    from tidalkit.api._generated._unused import Default406ResponseBody as Default406ResponseBody
    from tidalkit.api._generated._unused import Default406ResponseBodyErrors as Default406ResponseBodyErrors
    from tidalkit.api._generated._unused import Default415ResponseBody as Default415ResponseBody
    from tidalkit.api._generated._unused import Default415ResponseBodyErrors as Default415ResponseBodyErrors
    from tidalkit.api._generated._unused import Default429ResponseBody as Default429ResponseBody
    from tidalkit.api._generated._unused import Default429ResponseBodyErrors as Default429ResponseBodyErrors
    from tidalkit.api._generated._unused import Default500ResponseBody as Default500ResponseBody
    from tidalkit.api._generated._unused import Default500ResponseBodyErrors as Default500ResponseBodyErrors
    from tidalkit.api._generated._unused import Default503ResponseBody as Default503ResponseBody
    from tidalkit.api._generated._unused import Default503ResponseBodyErrors as Default503ResponseBodyErrors
    from tidalkit.api._generated._unused import ErrorObject as ErrorObject
    from tidalkit.api._generated._unused import ErrorObjectSource as ErrorObjectSource
    from tidalkit.api._generated._unused import ErrorsDocument as ErrorsDocument
    from tidalkit.api._generated._unused import Idempotency409ResponseBody as Idempotency409ResponseBody
    from tidalkit.api._generated._unused import (
        Idempotency409ResponseBodyErrors as Idempotency409ResponseBodyErrors,
    )
    from tidalkit.api._generated._unused import Idempotency422ResponseBody as Idempotency422ResponseBody
    from tidalkit.api._generated._unused import (
        Idempotency422ResponseBodyErrors as Idempotency422ResponseBodyErrors,
    )
    from tidalkit.api._generated._unused import ResourceObjectObjectObject as ResourceObjectObjectObject
    from tidalkit.api._generated.accepted_terms import AcceptedTermsAttributes as AcceptedTermsAttributes
    from tidalkit.api._generated.accepted_terms import (
        AcceptedTermsCreateSingleResourceDataDocument as AcceptedTermsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.accepted_terms import (
        AcceptedTermsMultiRelationshipDataDocument as AcceptedTermsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.accepted_terms import (
        AcceptedTermsMultiResourceDataDocument as AcceptedTermsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.accepted_terms import (
        AcceptedTermsRelationships as AcceptedTermsRelationships,
    )
    from tidalkit.api._generated.accepted_terms import (
        AcceptedTermsResourceObject as AcceptedTermsResourceObject,
    )
    from tidalkit.api._generated.accepted_terms import (
        AcceptedTermsSingleRelationshipDataDocument as AcceptedTermsSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.accepted_terms_payloads import (
        AcceptedTermsCreateOperationPayload as AcceptedTermsCreateOperationPayload,
    )
    from tidalkit.api._generated.accepted_terms_payloads import (
        AcceptedTermsCreateOperationPayloadData as AcceptedTermsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.accepted_terms_payloads import (
        AcceptedTermsCreateOperationPayloadDataRelationships as AcceptedTermsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.accepted_terms_payloads import (
        AcceptedTermsCreateOperationPayloadDataRelationshipsTerms as AcceptedTermsCreateOperationPayloadDataRelationshipsTerms,
    )
    from tidalkit.api._generated.accepted_terms_payloads import (
        AcceptedTermsCreateOperationPayloadDataRelationshipsTermsData as AcceptedTermsCreateOperationPayloadDataRelationshipsTermsData,
    )
    from tidalkit.api._generated.album_statistics import (
        AlbumStatisticsAttributes as AlbumStatisticsAttributes,
    )
    from tidalkit.api._generated.album_statistics import (
        AlbumStatisticsMultiRelationshipDataDocument as AlbumStatisticsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.album_statistics import (
        AlbumStatisticsRelationships as AlbumStatisticsRelationships,
    )
    from tidalkit.api._generated.album_statistics import (
        AlbumStatisticsResourceObject as AlbumStatisticsResourceObject,
    )
    from tidalkit.api._generated.album_statistics import (
        AlbumStatisticsSingleResourceDataDocument as AlbumStatisticsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.albums import AlbumsAttributes as AlbumsAttributes
    from tidalkit.api._generated.albums import (
        AlbumsCreateSingleResourceDataDocument as AlbumsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.albums import (
        AlbumsItemsMultiRelationshipDataDocument as AlbumsItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.albums import AlbumsItemsResourceIdentifier as AlbumsItemsResourceIdentifier
    from tidalkit.api._generated.albums import (
        AlbumsItemsResourceIdentifierMeta as AlbumsItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.albums import (
        AlbumsMultiRelationshipDataDocument as AlbumsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.albums import (
        AlbumsMultiResourceDataDocument as AlbumsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.albums import AlbumsRelationships as AlbumsRelationships
    from tidalkit.api._generated.albums import (
        AlbumsReplacementResourceIdentifier as AlbumsReplacementResourceIdentifier,
    )
    from tidalkit.api._generated.albums import (
        AlbumsReplacementResourceIdentifierMeta as AlbumsReplacementResourceIdentifierMeta,
    )
    from tidalkit.api._generated.albums import (
        AlbumsReplacementSingleRelationshipDataDocument as AlbumsReplacementSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.albums import AlbumsResourceObject as AlbumsResourceObject
    from tidalkit.api._generated.albums import (
        AlbumsSimilarAlbumsMultiRelationshipDataDocument as AlbumsSimilarAlbumsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.albums import (
        AlbumsSimilarAlbumsResourceIdentifier as AlbumsSimilarAlbumsResourceIdentifier,
    )
    from tidalkit.api._generated.albums import (
        AlbumsSimilarAlbumsResourceIdentifierMeta as AlbumsSimilarAlbumsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.albums import (
        AlbumsSingleRelationshipDataDocument as AlbumsSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.albums import (
        AlbumsSingleResourceDataDocument as AlbumsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.albums import (
        AlbumsSuggestedCoverArtsMultiRelationshipDataDocument as AlbumsSuggestedCoverArtsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.albums import (
        AlbumsSuggestedCoverArtsMultiRelationshipDataDocumentMeta as AlbumsSuggestedCoverArtsMultiRelationshipDataDocumentMeta,
    )
    from tidalkit.api._generated.albums import (
        AlbumsSuggestedCoverArtsResourceIdentifier as AlbumsSuggestedCoverArtsResourceIdentifier,
    )
    from tidalkit.api._generated.albums import (
        AlbumsSuggestedCoverArtsResourceIdentifierMeta as AlbumsSuggestedCoverArtsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCoverArtRelationshipUpdateOperationPayload as AlbumsCoverArtRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCoverArtRelationshipUpdateOperationPayloadData as AlbumsCoverArtRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCreateOperationPayload as AlbumsCreateOperationPayload,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCreateOperationPayloadData as AlbumsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCreateOperationPayloadDataAttributes as AlbumsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCreateOperationPayloadDataRelationships as AlbumsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCreateOperationPayloadDataRelationshipsArtists as AlbumsCreateOperationPayloadDataRelationshipsArtists,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCreateOperationPayloadDataRelationshipsArtistsData as AlbumsCreateOperationPayloadDataRelationshipsArtistsData,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCreateOperationPayloadDataRelationshipsGenres as AlbumsCreateOperationPayloadDataRelationshipsGenres,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsCreateOperationPayloadDataRelationshipsGenresData as AlbumsCreateOperationPayloadDataRelationshipsGenresData,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsItemsRelationshipUpdateOperationPayload as AlbumsItemsRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsItemsRelationshipUpdateOperationPayloadData as AlbumsItemsRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsItemsRelationshipUpdateOperationPayloadMeta as AlbumsItemsRelationshipUpdateOperationPayloadMeta,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsUpdateOperationPayload as AlbumsUpdateOperationPayload,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsUpdateOperationPayloadData as AlbumsUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsUpdateOperationPayloadDataAttributes as AlbumsUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsUpdateOperationPayloadDataRelationships as AlbumsUpdateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsUpdateOperationPayloadDataRelationshipsGenres as AlbumsUpdateOperationPayloadDataRelationshipsGenres,
    )
    from tidalkit.api._generated.albums_payloads import (
        AlbumsUpdateOperationPayloadDataRelationshipsGenresData as AlbumsUpdateOperationPayloadDataRelationshipsGenresData,
    )
    from tidalkit.api._generated.appreciations import AppreciationsAttributes as AppreciationsAttributes
    from tidalkit.api._generated.appreciations import (
        AppreciationsCreateSingleResourceDataDocument as AppreciationsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.appreciations import (
        AppreciationsResourceObject as AppreciationsResourceObject,
    )
    from tidalkit.api._generated.appreciations_payloads import (
        AppreciationsCreateOperationPayload as AppreciationsCreateOperationPayload,
    )
    from tidalkit.api._generated.appreciations_payloads import (
        AppreciationsCreateOperationPayloadData as AppreciationsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.appreciations_payloads import (
        AppreciationsCreateOperationPayloadDataRelationships as AppreciationsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.appreciations_payloads import (
        AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItem as AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItem,
    )
    from tidalkit.api._generated.appreciations_payloads import (
        AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItemData as AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItemData,
    )
    from tidalkit.api._generated.appreciations_payloads import (
        AppreciationsCreateOperationPayloadMeta as AppreciationsCreateOperationPayloadMeta,
    )
    from tidalkit.api._generated.artist_biographies import (
        ArtistBiographiesAttributes as ArtistBiographiesAttributes,
    )
    from tidalkit.api._generated.artist_biographies import (
        ArtistBiographiesMultiRelationshipDataDocument as ArtistBiographiesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artist_biographies import (
        ArtistBiographiesRelationships as ArtistBiographiesRelationships,
    )
    from tidalkit.api._generated.artist_biographies import (
        ArtistBiographiesResourceObject as ArtistBiographiesResourceObject,
    )
    from tidalkit.api._generated.artist_biographies import (
        ArtistBiographiesSingleResourceDataDocument as ArtistBiographiesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.artist_biographies_payloads import (
        ArtistBiographiesUpdateOperationPayload as ArtistBiographiesUpdateOperationPayload,
    )
    from tidalkit.api._generated.artist_biographies_payloads import (
        ArtistBiographiesUpdateOperationPayloadData as ArtistBiographiesUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.artist_biographies_payloads import (
        ArtistBiographiesUpdateOperationPayloadDataAttributes as ArtistBiographiesUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.artist_claim_statuses import (
        ArtistClaimStatusesAttributes as ArtistClaimStatusesAttributes,
    )
    from tidalkit.api._generated.artist_claim_statuses import (
        ArtistClaimStatusesMultiResourceDataDocument as ArtistClaimStatusesMultiResourceDataDocument,
    )
    from tidalkit.api._generated.artist_claim_statuses import (
        ArtistClaimStatusesResourceObject as ArtistClaimStatusesResourceObject,
    )
    from tidalkit.api._generated.artist_claims import ArtistClaimsAttributes as ArtistClaimsAttributes
    from tidalkit.api._generated.artist_claims import (
        ArtistClaimsCreateSingleResourceDataDocument as ArtistClaimsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.artist_claims import (
        ArtistClaimsMultiRelationshipDataDocument as ArtistClaimsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artist_claims import (
        ArtistClaimsMultiResourceDataDocument as ArtistClaimsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.artist_claims import ArtistClaimsRelationships as ArtistClaimsRelationships
    from tidalkit.api._generated.artist_claims import ArtistClaimsResourceObject as ArtistClaimsResourceObject
    from tidalkit.api._generated.artist_claims import (
        ArtistClaimsSingleResourceDataDocument as ArtistClaimsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.artist_claims import LegacyBarcodeId as LegacyBarcodeId
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayload as ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayloadData as ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsCreateOperationPayload as ArtistClaimsCreateOperationPayload,
    )
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsCreateOperationPayloadData as ArtistClaimsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsCreateOperationPayloadDataAttributes as ArtistClaimsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsCreateOperationPayloadMeta as ArtistClaimsCreateOperationPayloadMeta,
    )
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsUpdateOperationPayload as ArtistClaimsUpdateOperationPayload,
    )
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsUpdateOperationPayloadData as ArtistClaimsUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsUpdateOperationPayloadDataAttributes as ArtistClaimsUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.artist_claims_payloads import (
        ArtistClaimsUpdateOperationPayloadMeta as ArtistClaimsUpdateOperationPayloadMeta,
    )
    from tidalkit.api._generated.artist_roles import ArtistRolesAttributes as ArtistRolesAttributes
    from tidalkit.api._generated.artist_roles import ArtistRolesResourceObject as ArtistRolesResourceObject
    from tidalkit.api._generated.artist_roles import (
        ArtistRolesSingleResourceDataDocument as ArtistRolesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsAlbumsMultiRelationshipDataDocument as ArtistsAlbumsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsAlbumsResourceIdentifier as ArtistsAlbumsResourceIdentifier,
    )
    from tidalkit.api._generated.artists import (
        ArtistsAlbumsResourceIdentifierMeta as ArtistsAlbumsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.artists import ArtistsAttributes as ArtistsAttributes
    from tidalkit.api._generated.artists import (
        ArtistsCreateSingleResourceDataDocument as ArtistsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsFollowersMultiRelationshipDataDocument as ArtistsFollowersMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsFollowersResourceIdentifier as ArtistsFollowersResourceIdentifier,
    )
    from tidalkit.api._generated.artists import (
        ArtistsFollowersResourceIdentifierMeta as ArtistsFollowersResourceIdentifierMeta,
    )
    from tidalkit.api._generated.artists import (
        ArtistsFollowersResourceMetaViewerContext as ArtistsFollowersResourceMetaViewerContext,
    )
    from tidalkit.api._generated.artists import (
        ArtistsFollowingMultiRelationshipDataDocument as ArtistsFollowingMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsFollowingResourceIdentifier as ArtistsFollowingResourceIdentifier,
    )
    from tidalkit.api._generated.artists import (
        ArtistsFollowingResourceIdentifierMeta as ArtistsFollowingResourceIdentifierMeta,
    )
    from tidalkit.api._generated.artists import (
        ArtistsMultiRelationshipDataDocument as ArtistsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsMultiResourceDataDocument as ArtistsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.artists import ArtistsRelationships as ArtistsRelationships
    from tidalkit.api._generated.artists import ArtistsResourceObject as ArtistsResourceObject
    from tidalkit.api._generated.artists import (
        ArtistsSingleRelationshipDataDocument as ArtistsSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsSingleResourceDataDocument as ArtistsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsTrackProvidersMultiRelationshipDataDocument as ArtistsTrackProvidersMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsTrackProvidersResourceIdentifier as ArtistsTrackProvidersResourceIdentifier,
    )
    from tidalkit.api._generated.artists import (
        ArtistsTrackProvidersResourceIdentifierMeta as ArtistsTrackProvidersResourceIdentifierMeta,
    )
    from tidalkit.api._generated.artists import (
        ArtistsTracksMultiRelationshipDataDocument as ArtistsTracksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsTracksResourceIdentifier as ArtistsTracksResourceIdentifier,
    )
    from tidalkit.api._generated.artists import (
        ArtistsTracksResourceIdentifierMeta as ArtistsTracksResourceIdentifierMeta,
    )
    from tidalkit.api._generated.artists import (
        ArtistsVideosMultiRelationshipDataDocument as ArtistsVideosMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artists import (
        ArtistsVideosResourceIdentifier as ArtistsVideosResourceIdentifier,
    )
    from tidalkit.api._generated.artists import (
        ArtistsVideosResourceIdentifierMeta as ArtistsVideosResourceIdentifierMeta,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsCreateOperationPayload as ArtistsCreateOperationPayload,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsCreateOperationPayloadData as ArtistsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsCreateOperationPayloadDataAttributes as ArtistsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsCreateOperationPayloadMeta as ArtistsCreateOperationPayloadMeta,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsFollowingRelationshipAddOperationPayload as ArtistsFollowingRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsFollowingRelationshipAddOperationPayloadData as ArtistsFollowingRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsFollowingRelationshipRemoveOperationPayload as ArtistsFollowingRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsFollowingRelationshipRemoveOperationPayloadData as ArtistsFollowingRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsProfileArtRelationshipUpdateOperationPayload as ArtistsProfileArtRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsProfileArtRelationshipUpdateOperationPayloadData as ArtistsProfileArtRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsUpdateOperationPayload as ArtistsUpdateOperationPayload,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsUpdateOperationPayloadData as ArtistsUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsUpdateOperationPayloadDataAttributes as ArtistsUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.artists_payloads import (
        ArtistsUpdateOperationPayloadMeta as ArtistsUpdateOperationPayloadMeta,
    )
    from tidalkit.api._generated.artists_payloads import ExternalLinkPayload as ExternalLinkPayload
    from tidalkit.api._generated.artworks import ArtworkFile as ArtworkFile
    from tidalkit.api._generated.artworks import ArtworkFileMeta as ArtworkFileMeta
    from tidalkit.api._generated.artworks import ArtworksAttributes as ArtworksAttributes
    from tidalkit.api._generated.artworks import (
        ArtworksCreateSingleResourceDataDocument as ArtworksCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.artworks import (
        ArtworksMultiRelationshipDataDocument as ArtworksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.artworks import (
        ArtworksMultiResourceDataDocument as ArtworksMultiResourceDataDocument,
    )
    from tidalkit.api._generated.artworks import ArtworkSourceFile as ArtworkSourceFile
    from tidalkit.api._generated.artworks import ArtworksRelationships as ArtworksRelationships
    from tidalkit.api._generated.artworks import ArtworksResourceObject as ArtworksResourceObject
    from tidalkit.api._generated.artworks import (
        ArtworksSingleResourceDataDocument as ArtworksSingleResourceDataDocument,
    )
    from tidalkit.api._generated.artworks import ArtworkVisualMetadata as ArtworkVisualMetadata
    from tidalkit.api._generated.artworks_payloads import (
        ArtworksCreateOperationPayload as ArtworksCreateOperationPayload,
    )
    from tidalkit.api._generated.artworks_payloads import (
        ArtworksCreateOperationPayloadData as ArtworksCreateOperationPayloadData,
    )
    from tidalkit.api._generated.artworks_payloads import (
        ArtworksCreateOperationPayloadDataAttributes as ArtworksCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.artworks_payloads import (
        ArtworksCreateOperationPayloadDataAttributesSourceFile as ArtworksCreateOperationPayloadDataAttributesSourceFile,
    )
    from tidalkit.api._generated.clients import ClientsAttributes as ClientsAttributes
    from tidalkit.api._generated.clients import (
        ClientsCreateSingleResourceDataDocument as ClientsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.clients import (
        ClientsMultiRelationshipDataDocument as ClientsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.clients import (
        ClientsMultiResourceDataDocument as ClientsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.clients import ClientsRelationships as ClientsRelationships
    from tidalkit.api._generated.clients import ClientsResourceObject as ClientsResourceObject
    from tidalkit.api._generated.clients import (
        ClientsSingleResourceDataDocument as ClientsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.clients import (
        ClientsUpdateSingleResourceDataDocument as ClientsUpdateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.clients_payloads import (
        ClientsCreateOperationPayload as ClientsCreateOperationPayload,
    )
    from tidalkit.api._generated.clients_payloads import (
        ClientsCreateOperationPayloadData as ClientsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.clients_payloads import (
        ClientsCreateOperationPayloadDataAttributes as ClientsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.clients_payloads import (
        ClientsUpdateOperationPayload as ClientsUpdateOperationPayload,
    )
    from tidalkit.api._generated.clients_payloads import (
        ClientsUpdateOperationPayloadData as ClientsUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.clients_payloads import (
        ClientsUpdateOperationPayloadDataAttributes as ClientsUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.collaboration_invite_redemptions import (
        CollaborationInviteRedemptionsAttributes as CollaborationInviteRedemptionsAttributes,
    )
    from tidalkit.api._generated.collaboration_invite_redemptions import (
        CollaborationInviteRedemptionsCreateSingleResourceDataDocument as CollaborationInviteRedemptionsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.collaboration_invite_redemptions import (
        CollaborationInviteRedemptionsResourceObject as CollaborationInviteRedemptionsResourceObject,
    )
    from tidalkit.api._generated.collaboration_invite_redemptions_payloads import (
        CollaborationInviteRedemptionsCreateOperationPayload as CollaborationInviteRedemptionsCreateOperationPayload,
    )
    from tidalkit.api._generated.collaboration_invite_redemptions_payloads import (
        CollaborationInviteRedemptionsCreateOperationPayloadData as CollaborationInviteRedemptionsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.collaboration_invite_redemptions_payloads import (
        CollaborationInviteRedemptionsCreateOperationPayloadDataRelationships as CollaborationInviteRedemptionsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.collaboration_invite_redemptions_payloads import (
        CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInvite as CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInvite,
    )
    from tidalkit.api._generated.collaboration_invite_redemptions_payloads import (
        CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInviteData as CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInviteData,
    )
    from tidalkit.api._generated.collaboration_invites import (
        CollaborationInvitesAttributes as CollaborationInvitesAttributes,
    )
    from tidalkit.api._generated.collaboration_invites import (
        CollaborationInvitesCreateSingleResourceDataDocument as CollaborationInvitesCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.collaboration_invites import (
        CollaborationInvitesMultiRelationshipDataDocument as CollaborationInvitesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.collaboration_invites import (
        CollaborationInvitesMultiResourceDataDocument as CollaborationInvitesMultiResourceDataDocument,
    )
    from tidalkit.api._generated.collaboration_invites import (
        CollaborationInvitesRelationships as CollaborationInvitesRelationships,
    )
    from tidalkit.api._generated.collaboration_invites import (
        CollaborationInvitesResourceObject as CollaborationInvitesResourceObject,
    )
    from tidalkit.api._generated.collaboration_invites import (
        CollaborationInvitesSingleRelationshipDataDocument as CollaborationInvitesSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.collaboration_invites import (
        CollaborationInvitesSingleResourceDataDocument as CollaborationInvitesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.collaboration_invites_payloads import (
        CollaborationInvitesCreateOperationPayload as CollaborationInvitesCreateOperationPayload,
    )
    from tidalkit.api._generated.collaboration_invites_payloads import (
        CollaborationInvitesCreateOperationPayloadData as CollaborationInvitesCreateOperationPayloadData,
    )
    from tidalkit.api._generated.collaboration_invites_payloads import (
        CollaborationInvitesCreateOperationPayloadDataRelationships as CollaborationInvitesCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.collaboration_invites_payloads import (
        CollaborationInvitesCreateOperationPayloadDataRelationshipsSubject as CollaborationInvitesCreateOperationPayloadDataRelationshipsSubject,
    )
    from tidalkit.api._generated.collaboration_invites_payloads import (
        CollaborationInvitesCreateOperationPayloadDataRelationshipsSubjectData as CollaborationInvitesCreateOperationPayloadDataRelationshipsSubjectData,
    )
    from tidalkit.api._generated.comments import CommentsAttributes as CommentsAttributes
    from tidalkit.api._generated.comments import (
        CommentsCreateSingleResourceDataDocument as CommentsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.comments import (
        CommentsMultiRelationshipDataDocument as CommentsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.comments import (
        CommentsMultiResourceDataDocument as CommentsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.comments import CommentsRelationships as CommentsRelationships
    from tidalkit.api._generated.comments import CommentsResourceObject as CommentsResourceObject
    from tidalkit.api._generated.comments import (
        CommentsSingleRelationshipDataDocument as CommentsSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.comments import (
        CommentsSingleResourceDataDocument as CommentsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsCreateOperationPayload as CommentsCreateOperationPayload,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsCreateOperationPayloadData as CommentsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsCreateOperationPayloadDataAttributes as CommentsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsCreateOperationPayloadDataRelationships as CommentsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsCreateOperationPayloadDataRelationshipsParentComment as CommentsCreateOperationPayloadDataRelationshipsParentComment,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsCreateOperationPayloadDataRelationshipsParentCommentData as CommentsCreateOperationPayloadDataRelationshipsParentCommentData,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsCreateOperationPayloadDataRelationshipsSubject as CommentsCreateOperationPayloadDataRelationshipsSubject,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsCreateOperationPayloadDataRelationshipsSubjectData as CommentsCreateOperationPayloadDataRelationshipsSubjectData,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsUpdateOperationPayload as CommentsUpdateOperationPayload,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsUpdateOperationPayloadData as CommentsUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.comments_payloads import (
        CommentsUpdateOperationPayloadDataAttributes as CommentsUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.content_claims import ContentClaimsAttributes as ContentClaimsAttributes
    from tidalkit.api._generated.content_claims import (
        ContentClaimsClaimedResourceResourceIdentifier as ContentClaimsClaimedResourceResourceIdentifier,
    )
    from tidalkit.api._generated.content_claims import (
        ContentClaimsClaimedResourceResourceIdentifierMeta as ContentClaimsClaimedResourceResourceIdentifierMeta,
    )
    from tidalkit.api._generated.content_claims import (
        ContentClaimsClaimedResourceSingleRelationshipDataDocument as ContentClaimsClaimedResourceSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.content_claims import (
        ContentClaimsCreateSingleResourceDataDocument as ContentClaimsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.content_claims import (
        ContentClaimsMultiRelationshipDataDocument as ContentClaimsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.content_claims import (
        ContentClaimsMultiResourceDataDocument as ContentClaimsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.content_claims import (
        ContentClaimsRelationships as ContentClaimsRelationships,
    )
    from tidalkit.api._generated.content_claims import (
        ContentClaimsResourceObject as ContentClaimsResourceObject,
    )
    from tidalkit.api._generated.content_claims import (
        ContentClaimsSingleRelationshipDataDocument as ContentClaimsSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.content_claims import (
        ContentClaimsSingleResourceDataDocument as ContentClaimsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.content_claims_payloads import (
        ContentClaimsCreateOperationPayload as ContentClaimsCreateOperationPayload,
    )
    from tidalkit.api._generated.content_claims_payloads import (
        ContentClaimsCreateOperationPayloadData as ContentClaimsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.content_claims_payloads import (
        ContentClaimsCreateOperationPayloadDataAttributes as ContentClaimsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.content_claims_payloads import (
        ContentClaimsCreateOperationPayloadDataRelationships as ContentClaimsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.content_claims_payloads import (
        ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResource as ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResource,
    )
    from tidalkit.api._generated.content_claims_payloads import (
        ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResourceData as ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResourceData,
    )
    from tidalkit.api._generated.content_claims_payloads import (
        ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtist as ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtist,
    )
    from tidalkit.api._generated.content_claims_payloads import (
        ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtistData as ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtistData,
    )
    from tidalkit.api._generated.credits import CreditsAttributes as CreditsAttributes
    from tidalkit.api._generated.credits import CreditsRelationships as CreditsRelationships
    from tidalkit.api._generated.credits import CreditsResourceObject as CreditsResourceObject
    from tidalkit.api._generated.credits import (
        CreditsSingleRelationshipDataDocument as CreditsSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.credits import (
        CreditsSingleResourceDataDocument as CreditsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.downloads import DownloadLink as DownloadLink
    from tidalkit.api._generated.downloads import DownloadLinkMeta as DownloadLinkMeta
    from tidalkit.api._generated.downloads import DownloadsAttributes as DownloadsAttributes
    from tidalkit.api._generated.downloads import (
        DownloadsMultiRelationshipDataDocument as DownloadsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.downloads import (
        DownloadsMultiResourceDataDocument as DownloadsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.downloads import DownloadsRelationships as DownloadsRelationships
    from tidalkit.api._generated.downloads import DownloadsResourceObject as DownloadsResourceObject
    from tidalkit.api._generated.downloads import (
        DownloadsSingleResourceDataDocument as DownloadsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.dsp_sharing_links import (
        DspSharingLinksAttributes as DspSharingLinksAttributes,
    )
    from tidalkit.api._generated.dsp_sharing_links import (
        DspSharingLinksMultiResourceDataDocument as DspSharingLinksMultiResourceDataDocument,
    )
    from tidalkit.api._generated.dsp_sharing_links import (
        DspSharingLinksRelationships as DspSharingLinksRelationships,
    )
    from tidalkit.api._generated.dsp_sharing_links import (
        DspSharingLinksResourceObject as DspSharingLinksResourceObject,
    )
    from tidalkit.api._generated.dsp_sharing_links import (
        DspSharingLinksSingleRelationshipDataDocument as DspSharingLinksSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.dsp_sharing_links import (
        DspSharingLinksSubjectResourceIdentifier as DspSharingLinksSubjectResourceIdentifier,
    )
    from tidalkit.api._generated.dsp_sharing_links import (
        DspSharingLinksSubjectResourceIdentifierMeta as DspSharingLinksSubjectResourceIdentifierMeta,
    )
    from tidalkit.api._generated.dsp_sharing_links import (
        DspSharingLinksSubjectSingleRelationshipDataDocument as DspSharingLinksSubjectSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.dynamic_modules import DynamicModulesAttributes as DynamicModulesAttributes
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesItemsMultiRelationshipDataDocument as DynamicModulesItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesItemsResourceIdentifier as DynamicModulesItemsResourceIdentifier,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesItemsResourceIdentifierMeta as DynamicModulesItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesMultiRelationshipDataDocument as DynamicModulesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesMultiResourceDataDocument as DynamicModulesMultiResourceDataDocument,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesRelationships as DynamicModulesRelationships,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesResourceObject as DynamicModulesResourceObject,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesSeedItemResourceIdentifier as DynamicModulesSeedItemResourceIdentifier,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesSeedItemResourceIdentifierMeta as DynamicModulesSeedItemResourceIdentifierMeta,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesSeedItemSingleRelationshipDataDocument as DynamicModulesSeedItemSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesSingleRelationshipDataDocument as DynamicModulesSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.dynamic_modules import (
        DynamicModulesSingleResourceDataDocument as DynamicModulesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.dynamic_pages import DynamicPagesAttributes as DynamicPagesAttributes
    from tidalkit.api._generated.dynamic_pages import (
        DynamicPagesMultiRelationshipDataDocument as DynamicPagesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.dynamic_pages import (
        DynamicPagesMultiResourceDataDocument as DynamicPagesMultiResourceDataDocument,
    )
    from tidalkit.api._generated.dynamic_pages import DynamicPagesRelationships as DynamicPagesRelationships
    from tidalkit.api._generated.dynamic_pages import DynamicPagesResourceObject as DynamicPagesResourceObject
    from tidalkit.api._generated.dynamic_pages import (
        DynamicPagesResourceObjectMeta as DynamicPagesResourceObjectMeta,
    )
    from tidalkit.api._generated.dynamic_pages import (
        DynamicPagesSingleRelationshipDataDocument as DynamicPagesSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.dynamic_pages import (
        DynamicPagesSubjectResourceIdentifier as DynamicPagesSubjectResourceIdentifier,
    )
    from tidalkit.api._generated.dynamic_pages import (
        DynamicPagesSubjectResourceIdentifierMeta as DynamicPagesSubjectResourceIdentifierMeta,
    )
    from tidalkit.api._generated.dynamic_pages import (
        DynamicPagesSubjectSingleRelationshipDataDocument as DynamicPagesSubjectSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.genres import GenresAttributes as GenresAttributes
    from tidalkit.api._generated.genres import (
        GenresMultiResourceDataDocument as GenresMultiResourceDataDocument,
    )
    from tidalkit.api._generated.genres import GenresResourceObject as GenresResourceObject
    from tidalkit.api._generated.genres import (
        GenresSingleResourceDataDocument as GenresSingleResourceDataDocument,
    )
    from tidalkit.api._generated.installations import InstallationsAttributes as InstallationsAttributes
    from tidalkit.api._generated.installations import (
        InstallationsCreateSingleResourceDataDocument as InstallationsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.installations import (
        InstallationsMultiRelationshipDataDocument as InstallationsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.installations import (
        InstallationsMultiResourceDataDocument as InstallationsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.installations import (
        InstallationsOfflineInventoryMultiRelationshipDataDocument as InstallationsOfflineInventoryMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.installations import (
        InstallationsOfflineInventoryResourceIdentifier as InstallationsOfflineInventoryResourceIdentifier,
    )
    from tidalkit.api._generated.installations import (
        InstallationsOfflineInventoryResourceIdentifierMeta as InstallationsOfflineInventoryResourceIdentifierMeta,
    )
    from tidalkit.api._generated.installations import InstallationsRelationships as InstallationsRelationships
    from tidalkit.api._generated.installations import (
        InstallationsResourceObject as InstallationsResourceObject,
    )
    from tidalkit.api._generated.installations import (
        InstallationsSingleResourceDataDocument as InstallationsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.installations_payloads import (
        InstallationsCreateOperationPayload as InstallationsCreateOperationPayload,
    )
    from tidalkit.api._generated.installations_payloads import (
        InstallationsCreateOperationPayloadData as InstallationsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.installations_payloads import (
        InstallationsCreateOperationPayloadDataAttributes as InstallationsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.installations_payloads import (
        InstallationsOfflineInventoryItemIdentifier as InstallationsOfflineInventoryItemIdentifier,
    )
    from tidalkit.api._generated.installations_payloads import (
        InstallationsOfflineInventoryRelationshipAddOperationPayload as InstallationsOfflineInventoryRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.installations_payloads import (
        InstallationsOfflineInventoryRelationshipRemoveOperationPayload as InstallationsOfflineInventoryRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.lyrics import LyricsAttributes as LyricsAttributes
    from tidalkit.api._generated.lyrics import (
        LyricsCreateSingleResourceDataDocument as LyricsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.lyrics import (
        LyricsMultiRelationshipDataDocument as LyricsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.lyrics import LyricsProvider as LyricsProvider
    from tidalkit.api._generated.lyrics import LyricsRelationships as LyricsRelationships
    from tidalkit.api._generated.lyrics import LyricsResourceObject as LyricsResourceObject
    from tidalkit.api._generated.lyrics import (
        LyricsSingleRelationshipDataDocument as LyricsSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.lyrics import (
        LyricsSingleResourceDataDocument as LyricsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.lyrics import LyricsTrackResourceIdentifier as LyricsTrackResourceIdentifier
    from tidalkit.api._generated.lyrics import (
        LyricsTrackResourceIdentifierMeta as LyricsTrackResourceIdentifierMeta,
    )
    from tidalkit.api._generated.lyrics import (
        LyricsTrackSingleRelationshipDataDocument as LyricsTrackSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.lyrics import ThirdPartyLyricsProvider as ThirdPartyLyricsProvider
    from tidalkit.api._generated.lyrics import TidalLyricsProvider as TidalLyricsProvider
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsCreateOperationPayload as LyricsCreateOperationPayload,
    )
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsCreateOperationPayloadData as LyricsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsCreateOperationPayloadDataAttributes as LyricsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsCreateOperationPayloadDataRelationships as LyricsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsCreateOperationPayloadDataRelationshipsTrack as LyricsCreateOperationPayloadDataRelationshipsTrack,
    )
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsCreateOperationPayloadDataRelationshipsTrackData as LyricsCreateOperationPayloadDataRelationshipsTrackData,
    )
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsCreateOperationPayloadMeta as LyricsCreateOperationPayloadMeta,
    )
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsUpdateOperationPayload as LyricsUpdateOperationPayload,
    )
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsUpdateOperationPayloadData as LyricsUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.lyrics_payloads import (
        LyricsUpdateOperationPayloadDataAttributes as LyricsUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.manual_artist_claims import (
        ManualArtistClaimsAttributes as ManualArtistClaimsAttributes,
    )
    from tidalkit.api._generated.manual_artist_claims import (
        ManualArtistClaimsCreateSingleResourceDataDocument as ManualArtistClaimsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.manual_artist_claims import (
        ManualArtistClaimsResourceObject as ManualArtistClaimsResourceObject,
    )
    from tidalkit.api._generated.manual_artist_claims_payloads import (
        ManualArtistClaimsCreateOperationPayload as ManualArtistClaimsCreateOperationPayload,
    )
    from tidalkit.api._generated.manual_artist_claims_payloads import (
        ManualArtistClaimsCreateOperationPayloadData as ManualArtistClaimsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.manual_artist_claims_payloads import (
        ManualArtistClaimsCreateOperationPayloadDataAttributes as ManualArtistClaimsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.offline_tasks import OfflineTasksAttributes as OfflineTasksAttributes
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksCollectionResourceIdentifier as OfflineTasksCollectionResourceIdentifier,
    )
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksCollectionResourceIdentifierMeta as OfflineTasksCollectionResourceIdentifierMeta,
    )
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksCollectionSingleRelationshipDataDocument as OfflineTasksCollectionSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksItemResourceIdentifier as OfflineTasksItemResourceIdentifier,
    )
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksItemResourceIdentifierMeta as OfflineTasksItemResourceIdentifierMeta,
    )
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksItemSingleRelationshipDataDocument as OfflineTasksItemSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksMultiRelationshipDataDocument as OfflineTasksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksMultiResourceDataDocument as OfflineTasksMultiResourceDataDocument,
    )
    from tidalkit.api._generated.offline_tasks import OfflineTasksRelationships as OfflineTasksRelationships
    from tidalkit.api._generated.offline_tasks import OfflineTasksResourceObject as OfflineTasksResourceObject
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksSingleRelationshipDataDocument as OfflineTasksSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.offline_tasks import (
        OfflineTasksSingleResourceDataDocument as OfflineTasksSingleResourceDataDocument,
    )
    from tidalkit.api._generated.offline_tasks_payloads import (
        OfflineTasksUpdateOperationPayload as OfflineTasksUpdateOperationPayload,
    )
    from tidalkit.api._generated.offline_tasks_payloads import (
        OfflineTasksUpdateOperationPayloadData as OfflineTasksUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.offline_tasks_payloads import (
        OfflineTasksUpdateOperationPayloadDataAttributes as OfflineTasksUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.play_queues import LegacySource as LegacySource
    from tidalkit.api._generated.play_queues import PlayQueuesAttributes as PlayQueuesAttributes
    from tidalkit.api._generated.play_queues import (
        PlayQueuesCreateSingleResourceDataDocument as PlayQueuesCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesCurrentResourceIdentifier as PlayQueuesCurrentResourceIdentifier,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesCurrentResourceIdentifierMeta as PlayQueuesCurrentResourceIdentifierMeta,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesCurrentSingleRelationshipDataDocument as PlayQueuesCurrentSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesFutureMultiRelationshipDataDocument as PlayQueuesFutureMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesFutureResourceIdentifier as PlayQueuesFutureResourceIdentifier,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesFutureResourceIdentifierMeta as PlayQueuesFutureResourceIdentifierMeta,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesMultiRelationshipDataDocument as PlayQueuesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesMultiResourceDataDocument as PlayQueuesMultiResourceDataDocument,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesPastMultiRelationshipDataDocument as PlayQueuesPastMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesPastResourceIdentifier as PlayQueuesPastResourceIdentifier,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesPastResourceIdentifierMeta as PlayQueuesPastResourceIdentifierMeta,
    )
    from tidalkit.api._generated.play_queues import PlayQueuesRelationships as PlayQueuesRelationships
    from tidalkit.api._generated.play_queues import PlayQueuesResourceObject as PlayQueuesResourceObject
    from tidalkit.api._generated.play_queues import (
        PlayQueuesSingleRelationshipDataDocument as PlayQueuesSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.play_queues import (
        PlayQueuesSingleResourceDataDocument as PlayQueuesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesCreateOperationPayload as PlayQueuesCreateOperationPayload,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesCreateOperationPayloadData as PlayQueuesCreateOperationPayloadData,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesCurrentRelationshipUpdateOperationPayload as PlayQueuesCurrentRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesCurrentRelationshipUpdateOperationPayloadData as PlayQueuesCurrentRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesCurrentRelationshipUpdateOperationPayloadDataMeta as PlayQueuesCurrentRelationshipUpdateOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipAddOperationPayload as PlayQueuesFutureRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipAddOperationPayloadData as PlayQueuesFutureRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipAddOperationPayloadDataMeta as PlayQueuesFutureRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipAddOperationPayloadMeta as PlayQueuesFutureRelationshipAddOperationPayloadMeta,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipRemoveOperationPayload as PlayQueuesFutureRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipRemoveOperationPayloadData as PlayQueuesFutureRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipRemoveOperationPayloadDataMeta as PlayQueuesFutureRelationshipRemoveOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipUpdateOperationPayload as PlayQueuesFutureRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipUpdateOperationPayloadData as PlayQueuesFutureRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipUpdateOperationPayloadDataMeta as PlayQueuesFutureRelationshipUpdateOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesFutureRelationshipUpdateOperationPayloadMeta as PlayQueuesFutureRelationshipUpdateOperationPayloadMeta,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesUpdateOperationPayload as PlayQueuesUpdateOperationPayload,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesUpdateOperationPayloadData as PlayQueuesUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.play_queues_payloads import (
        PlayQueuesUpdateOperationPayloadDataAttributes as PlayQueuesUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.playlists import PlaylistsAttributes as PlaylistsAttributes
    from tidalkit.api._generated.playlists import (
        PlaylistsCreateSingleResourceDataDocument as PlaylistsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsAddMultiRelationshipDataDocument as PlaylistsItemsAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsAddMultiRelationshipDataDocumentMeta as PlaylistsItemsAddMultiRelationshipDataDocumentMeta,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsAddResourceIdentifier as PlaylistsItemsAddResourceIdentifier,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsAddResourceIdentifierMeta as PlaylistsItemsAddResourceIdentifierMeta,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsMultiRelationshipDataDocument as PlaylistsItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem as PlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsResourceIdentifier as PlaylistsItemsResourceIdentifier,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsItemsResourceIdentifierMeta as PlaylistsItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsMultiRelationshipDataDocument as PlaylistsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsMultiResourceDataDocument as PlaylistsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.playlists import PlaylistsRelationships as PlaylistsRelationships
    from tidalkit.api._generated.playlists import PlaylistsResourceObject as PlaylistsResourceObject
    from tidalkit.api._generated.playlists import (
        PlaylistsSingleResourceDataDocument as PlaylistsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsSuggestedCoverArtsMultiRelationshipDataDocument as PlaylistsSuggestedCoverArtsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsSuggestedCoverArtsResourceIdentifier as PlaylistsSuggestedCoverArtsResourceIdentifier,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsSuggestedCoverArtsResourceIdentifierMeta as PlaylistsSuggestedCoverArtsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.playlists import (
        PlaylistsUpdateSingleResourceDataDocument as PlaylistsUpdateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCollaboratorProfilesRelationshipAddOperationPayload as PlaylistsCollaboratorProfilesRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCollaboratorProfilesRelationshipAddOperationPayloadData as PlaylistsCollaboratorProfilesRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayload as PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayloadData as PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCoverArtRelationshipUpdateOperationPayload as PlaylistsCoverArtRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCoverArtRelationshipUpdateOperationPayloadData as PlaylistsCoverArtRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCreateOperationPayload as PlaylistsCreateOperationPayload,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCreateOperationPayloadData as PlaylistsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsCreateOperationPayloadDataAttributes as PlaylistsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipAddOperationPayload as PlaylistsItemsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipAddOperationPayloadData as PlaylistsItemsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipAddOperationPayloadDataMeta as PlaylistsItemsRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipAddOperationPayloadMeta as PlaylistsItemsRelationshipAddOperationPayloadMeta,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipRemoveOperationPayload as PlaylistsItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipRemoveOperationPayloadData as PlaylistsItemsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipRemoveOperationPayloadDataMeta as PlaylistsItemsRelationshipRemoveOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipUpdateOperationPayload as PlaylistsItemsRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipUpdateOperationPayloadData as PlaylistsItemsRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipUpdateOperationPayloadDataMeta as PlaylistsItemsRelationshipUpdateOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsItemsRelationshipUpdateOperationPayloadMeta as PlaylistsItemsRelationshipUpdateOperationPayloadMeta,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsUpdateOperationPayload as PlaylistsUpdateOperationPayload,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsUpdateOperationPayloadData as PlaylistsUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.playlists_payloads import (
        PlaylistsUpdateOperationPayloadDataAttributes as PlaylistsUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.price_configurations import (
        PriceConfigurationsAttributes as PriceConfigurationsAttributes,
    )
    from tidalkit.api._generated.price_configurations import (
        PriceConfigurationsCreateSingleResourceDataDocument as PriceConfigurationsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.price_configurations import (
        PriceConfigurationsMultiResourceDataDocument as PriceConfigurationsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.price_configurations import (
        PriceConfigurationsResourceObject as PriceConfigurationsResourceObject,
    )
    from tidalkit.api._generated.price_configurations import (
        PriceConfigurationsSingleResourceDataDocument as PriceConfigurationsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.price_configurations_payloads import (
        PriceConfigurationsCreateOperationPayload as PriceConfigurationsCreateOperationPayload,
    )
    from tidalkit.api._generated.price_configurations_payloads import (
        PriceConfigurationsCreateOperationPayloadData as PriceConfigurationsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.price_configurations_payloads import (
        PriceConfigurationsCreateOperationPayloadDataAttributes as PriceConfigurationsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.price_configurations_payloads import (
        PriceConfigurationsCreateOperationPayloadDataRelationships as PriceConfigurationsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.price_configurations_payloads import (
        PriceConfigurationsCreateOperationPayloadDataRelationshipsSubjects as PriceConfigurationsCreateOperationPayloadDataRelationshipsSubjects,
    )
    from tidalkit.api._generated.price_configurations_payloads import (
        PriceConfigurationsCreateOperationPayloadSubjects as PriceConfigurationsCreateOperationPayloadSubjects,
    )
    from tidalkit.api._generated.provider_owners import ProviderOwnersAttributes as ProviderOwnersAttributes
    from tidalkit.api._generated.provider_owners import (
        ProviderOwnersMultiRelationshipDataDocument as ProviderOwnersMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.provider_owners import (
        ProviderOwnersMultiResourceDataDocument as ProviderOwnersMultiResourceDataDocument,
    )
    from tidalkit.api._generated.provider_owners import (
        ProviderOwnersRelationships as ProviderOwnersRelationships,
    )
    from tidalkit.api._generated.provider_owners import (
        ProviderOwnersResourceObject as ProviderOwnersResourceObject,
    )
    from tidalkit.api._generated.provider_owners import (
        ProviderOwnersSingleRelationshipDataDocument as ProviderOwnersSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.provider_product_infos import (
        ProviderProductInfosAttributes as ProviderProductInfosAttributes,
    )
    from tidalkit.api._generated.provider_product_infos import (
        ProviderProductInfosMultiResourceDataDocument as ProviderProductInfosMultiResourceDataDocument,
    )
    from tidalkit.api._generated.provider_product_infos import (
        ProviderProductInfosRelationships as ProviderProductInfosRelationships,
    )
    from tidalkit.api._generated.provider_product_infos import (
        ProviderProductInfosResourceObject as ProviderProductInfosResourceObject,
    )
    from tidalkit.api._generated.provider_product_infos import (
        ProviderProductInfosSingleRelationshipDataDocument as ProviderProductInfosSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.provider_product_infos import (
        ProviderProductInfosSubjectResourceIdentifier as ProviderProductInfosSubjectResourceIdentifier,
    )
    from tidalkit.api._generated.provider_product_infos import (
        ProviderProductInfosSubjectResourceIdentifierMeta as ProviderProductInfosSubjectResourceIdentifierMeta,
    )
    from tidalkit.api._generated.provider_product_infos import (
        ProviderProductInfosSubjectSingleRelationshipDataDocument as ProviderProductInfosSubjectSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.provider_product_infos import TrackInfo as TrackInfo
    from tidalkit.api._generated.providers import ProvidersAttributes as ProvidersAttributes
    from tidalkit.api._generated.providers import ProvidersResourceObject as ProvidersResourceObject
    from tidalkit.api._generated.providers import (
        ProvidersSingleResourceDataDocument as ProvidersSingleResourceDataDocument,
    )
    from tidalkit.api._generated.purchases import PurchasesAttributes as PurchasesAttributes
    from tidalkit.api._generated.purchases import (
        PurchasesMultiRelationshipDataDocument as PurchasesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.purchases import (
        PurchasesMultiResourceDataDocument as PurchasesMultiResourceDataDocument,
    )
    from tidalkit.api._generated.purchases import PurchasesRelationships as PurchasesRelationships
    from tidalkit.api._generated.purchases import PurchasesResourceObject as PurchasesResourceObject
    from tidalkit.api._generated.purchases import (
        PurchasesSingleRelationshipDataDocument as PurchasesSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.purchases import (
        PurchasesSubjectResourceIdentifier as PurchasesSubjectResourceIdentifier,
    )
    from tidalkit.api._generated.purchases import (
        PurchasesSubjectResourceIdentifierMeta as PurchasesSubjectResourceIdentifierMeta,
    )
    from tidalkit.api._generated.purchases import (
        PurchasesSubjectSingleRelationshipDataDocument as PurchasesSubjectSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.reactions import CurrentUserReaction as CurrentUserReaction
    from tidalkit.api._generated.reactions import ReactionsAttributes as ReactionsAttributes
    from tidalkit.api._generated.reactions import (
        ReactionsCreateSingleResourceDataDocument as ReactionsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.reactions import (
        ReactionsMultiRelationshipDataDocument as ReactionsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.reactions import (
        ReactionsMultiResourceDataDocument as ReactionsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.reactions import (
        ReactionsMultiResourceDataDocumentMeta as ReactionsMultiResourceDataDocumentMeta,
    )
    from tidalkit.api._generated.reactions import ReactionsRelationships as ReactionsRelationships
    from tidalkit.api._generated.reactions import ReactionsResourceObject as ReactionsResourceObject
    from tidalkit.api._generated.reactions import ReactionStats as ReactionStats
    from tidalkit.api._generated.reactions_payloads import (
        ReactionsCreateOperationPayload as ReactionsCreateOperationPayload,
    )
    from tidalkit.api._generated.reactions_payloads import (
        ReactionsCreateOperationPayloadData as ReactionsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.reactions_payloads import (
        ReactionsCreateOperationPayloadDataAttributes as ReactionsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.reactions_payloads import (
        ReactionsCreateOperationPayloadDataRelationships as ReactionsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.reactions_payloads import (
        ReactionsCreateOperationPayloadDataRelationshipsSubject as ReactionsCreateOperationPayloadDataRelationshipsSubject,
    )
    from tidalkit.api._generated.reactions_payloads import (
        ReactionsCreateOperationPayloadDataRelationshipsSubjectData as ReactionsCreateOperationPayloadDataRelationshipsSubjectData,
    )
    from tidalkit.api._generated.saved_shares import SavedSharesAttributes as SavedSharesAttributes
    from tidalkit.api._generated.saved_shares import (
        SavedSharesCreateSingleResourceDataDocument as SavedSharesCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.saved_shares import SavedSharesResourceObject as SavedSharesResourceObject
    from tidalkit.api._generated.saved_shares_payloads import (
        SavedSharesCreateOperationPayload as SavedSharesCreateOperationPayload,
    )
    from tidalkit.api._generated.saved_shares_payloads import (
        SavedSharesCreateOperationPayloadData as SavedSharesCreateOperationPayloadData,
    )
    from tidalkit.api._generated.saved_shares_payloads import (
        SavedSharesCreateOperationPayloadDataRelationships as SavedSharesCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.saved_shares_payloads import (
        SavedSharesCreateOperationPayloadDataRelationshipsShare as SavedSharesCreateOperationPayloadDataRelationshipsShare,
    )
    from tidalkit.api._generated.saved_shares_payloads import (
        SavedSharesCreateOperationPayloadDataRelationshipsShareData as SavedSharesCreateOperationPayloadDataRelationshipsShareData,
    )
    from tidalkit.api._generated.scopes import ScopesAttributes as ScopesAttributes
    from tidalkit.api._generated.scopes import (
        ScopesMultiResourceDataDocument as ScopesMultiResourceDataDocument,
    )
    from tidalkit.api._generated.scopes import ScopesResourceObject as ScopesResourceObject
    from tidalkit.api._generated.search_history_entries import (
        SearchHistoryEntriesAttributes as SearchHistoryEntriesAttributes,
    )
    from tidalkit.api._generated.search_history_entries import (
        SearchHistoryEntriesResourceObject as SearchHistoryEntriesResourceObject,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsAlbumsMultiRelationshipDataDocument as SearchResultsAlbumsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsAlbumsResourceIdentifier as SearchResultsAlbumsResourceIdentifier,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsAlbumsResourceIdentifierMeta as SearchResultsAlbumsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsArtistsMultiRelationshipDataDocument as SearchResultsArtistsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsArtistsResourceIdentifier as SearchResultsArtistsResourceIdentifier,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsArtistsResourceIdentifierMeta as SearchResultsArtistsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.search_results import SearchResultsAttributes as SearchResultsAttributes
    from tidalkit.api._generated.search_results import (
        SearchResultsMultiRelationshipDataDocument as SearchResultsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsMultiResourceDataDocument as SearchResultsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsPlaylistsMultiRelationshipDataDocument as SearchResultsPlaylistsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsPlaylistsResourceIdentifier as SearchResultsPlaylistsResourceIdentifier,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsPlaylistsResourceIdentifierMeta as SearchResultsPlaylistsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsRelationships as SearchResultsRelationships,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsResourceObject as SearchResultsResourceObject,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsTopHitsMultiRelationshipDataDocument as SearchResultsTopHitsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsTopHitsResourceIdentifier as SearchResultsTopHitsResourceIdentifier,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsTopHitsResourceIdentifierMeta as SearchResultsTopHitsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsTracksMultiRelationshipDataDocument as SearchResultsTracksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsTracksResourceIdentifier as SearchResultsTracksResourceIdentifier,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsTracksResourceIdentifierMeta as SearchResultsTracksResourceIdentifierMeta,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsVideosMultiRelationshipDataDocument as SearchResultsVideosMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsVideosResourceIdentifier as SearchResultsVideosResourceIdentifier,
    )
    from tidalkit.api._generated.search_results import (
        SearchResultsVideosResourceIdentifierMeta as SearchResultsVideosResourceIdentifierMeta,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsAttributes as SearchSuggestionsAttributes,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsDirectHitsMultiRelationshipDataDocument as SearchSuggestionsDirectHitsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsDirectHitsResourceIdentifier as SearchSuggestionsDirectHitsResourceIdentifier,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsDirectHitsResourceIdentifierMeta as SearchSuggestionsDirectHitsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsHighlights as SearchSuggestionsHighlights,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsMultiRelationshipDataDocument as SearchSuggestionsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsMultiResourceDataDocument as SearchSuggestionsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsRelationships as SearchSuggestionsRelationships,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsResourceObject as SearchSuggestionsResourceObject,
    )
    from tidalkit.api._generated.search_suggestions import (
        SearchSuggestionsSuggestions as SearchSuggestionsSuggestions,
    )
    from tidalkit.api._generated.shares import SharesAttributes as SharesAttributes
    from tidalkit.api._generated.shares import (
        SharesCreateSingleResourceDataDocument as SharesCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.shares import (
        SharesMultiRelationshipDataDocument as SharesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.shares import (
        SharesMultiResourceDataDocument as SharesMultiResourceDataDocument,
    )
    from tidalkit.api._generated.shares import SharesRelationships as SharesRelationships
    from tidalkit.api._generated.shares import SharesResourceObject as SharesResourceObject
    from tidalkit.api._generated.shares import (
        SharesSharedResourcesMultiRelationshipDataDocument as SharesSharedResourcesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.shares import (
        SharesSharedResourcesResourceIdentifier as SharesSharedResourcesResourceIdentifier,
    )
    from tidalkit.api._generated.shares import (
        SharesSharedResourcesResourceIdentifierMeta as SharesSharedResourcesResourceIdentifierMeta,
    )
    from tidalkit.api._generated.shares import (
        SharesSingleResourceDataDocument as SharesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.shares_payloads import (
        SharesCreateOperationPayload as SharesCreateOperationPayload,
    )
    from tidalkit.api._generated.shares_payloads import (
        SharesCreateOperationPayloadData as SharesCreateOperationPayloadData,
    )
    from tidalkit.api._generated.shares_payloads import (
        SharesCreateOperationPayloadDataRelationships as SharesCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.shares_payloads import (
        SharesCreateOperationPayloadDataRelationshipsSharedResources as SharesCreateOperationPayloadDataRelationshipsSharedResources,
    )
    from tidalkit.api._generated.shares_payloads import (
        SharesCreateOperationPayloadDataRelationshipsSharedResourcesData as SharesCreateOperationPayloadDataRelationshipsSharedResourcesData,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsAttributes as SquareConnectionsAttributes,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsCapability as SquareConnectionsCapability,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsCreateSingleResourceDataDocument as SquareConnectionsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsMultiRelationshipDataDocument as SquareConnectionsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsReadById403ResponseBody as SquareConnectionsReadById403ResponseBody,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsReadById403ResponseBodyErrors as SquareConnectionsReadById403ResponseBodyErrors,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsReadMultiDataRelationship403ResponseBody as SquareConnectionsReadMultiDataRelationship403ResponseBody,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsReadMultiDataRelationship403ResponseBodyErrors as SquareConnectionsReadMultiDataRelationship403ResponseBodyErrors,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsReadSingleDataRelationship403ResponseBody as SquareConnectionsReadSingleDataRelationship403ResponseBody,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsReadSingleDataRelationship403ResponseBodyErrors as SquareConnectionsReadSingleDataRelationship403ResponseBodyErrors,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsRelationships as SquareConnectionsRelationships,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsResourceObject as SquareConnectionsResourceObject,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsSelectedSiteUpdateResourceIdentifier as SquareConnectionsSelectedSiteUpdateResourceIdentifier,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsSelectedSiteUpdateSingleRelationshipDataDocument as SquareConnectionsSelectedSiteUpdateSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsSingleRelationshipDataDocument as SquareConnectionsSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsSingleResourceDataDocument as SquareConnectionsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsUpdateSingleDataRelationship403ResponseBody as SquareConnectionsUpdateSingleDataRelationship403ResponseBody,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsUpdateSingleDataRelationship403ResponseBodyErrors as SquareConnectionsUpdateSingleDataRelationship403ResponseBodyErrors,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsUpdateSingleDataRelationship409ResponseBody as SquareConnectionsUpdateSingleDataRelationship409ResponseBody,
    )
    from tidalkit.api._generated.square_connections import (
        SquareConnectionsUpdateSingleDataRelationship409ResponseBodyErrors as SquareConnectionsUpdateSingleDataRelationship409ResponseBodyErrors,
    )
    from tidalkit.api._generated.square_connections_payloads import (
        SquareConnectionsCreateOperationPayload as SquareConnectionsCreateOperationPayload,
    )
    from tidalkit.api._generated.square_connections_payloads import (
        SquareConnectionsCreateOperationPayloadData as SquareConnectionsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.square_connections_payloads import (
        SquareConnectionsCreateOperationPayloadMeta as SquareConnectionsCreateOperationPayloadMeta,
    )
    from tidalkit.api._generated.square_connections_payloads import (
        SquareConnectionsSelectedSiteRelationshipUpdateOperationPayload as SquareConnectionsSelectedSiteRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.square_connections_payloads import (
        SquareConnectionsSelectedSiteRelationshipUpdateOperationPayloadData as SquareConnectionsSelectedSiteRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.square_sites import SquareSitesAttributes as SquareSitesAttributes
    from tidalkit.api._generated.square_sites import SquareSitesResourceObject as SquareSitesResourceObject
    from tidalkit.api._generated.stripe_connections import (
        StripeConnectionsAttributes as StripeConnectionsAttributes,
    )
    from tidalkit.api._generated.stripe_connections import (
        StripeConnectionsCreateSingleResourceDataDocument as StripeConnectionsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.stripe_connections import (
        StripeConnectionsMultiRelationshipDataDocument as StripeConnectionsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.stripe_connections import (
        StripeConnectionsMultiResourceDataDocument as StripeConnectionsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.stripe_connections import (
        StripeConnectionsRelationships as StripeConnectionsRelationships,
    )
    from tidalkit.api._generated.stripe_connections import (
        StripeConnectionsResourceObject as StripeConnectionsResourceObject,
    )
    from tidalkit.api._generated.stripe_connections_payloads import (
        StripeConnectionsCreateOperationPayload as StripeConnectionsCreateOperationPayload,
    )
    from tidalkit.api._generated.stripe_connections_payloads import (
        StripeConnectionsCreateOperationPayloadData as StripeConnectionsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.stripe_connections_payloads import (
        StripeConnectionsCreateOperationPayloadDataAttributes as StripeConnectionsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.stripe_connections_payloads import (
        StripeConnectionsCreateOperationPayloadMeta as StripeConnectionsCreateOperationPayloadMeta,
    )
    from tidalkit.api._generated.stripe_dashboard_links import (
        StripeDashboardLinksAttributes as StripeDashboardLinksAttributes,
    )
    from tidalkit.api._generated.stripe_dashboard_links import (
        StripeDashboardLinksMultiRelationshipDataDocument as StripeDashboardLinksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.stripe_dashboard_links import (
        StripeDashboardLinksMultiResourceDataDocument as StripeDashboardLinksMultiResourceDataDocument,
    )
    from tidalkit.api._generated.stripe_dashboard_links import (
        StripeDashboardLinksRelationships as StripeDashboardLinksRelationships,
    )
    from tidalkit.api._generated.stripe_dashboard_links import (
        StripeDashboardLinksResourceObject as StripeDashboardLinksResourceObject,
    )
    from tidalkit.api._generated.subscription_price_change_decisions import (
        SubscriptionPriceChangeDecisionsAttributes as SubscriptionPriceChangeDecisionsAttributes,
    )
    from tidalkit.api._generated.subscription_price_change_decisions import (
        SubscriptionPriceChangeDecisionsCreateSingleResourceDataDocument as SubscriptionPriceChangeDecisionsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.subscription_price_change_decisions import (
        SubscriptionPriceChangeDecisionsMultiResourceDataDocument as SubscriptionPriceChangeDecisionsMultiResourceDataDocument,
    )
    from tidalkit.api._generated.subscription_price_change_decisions import (
        SubscriptionPriceChangeDecisionsRelationships as SubscriptionPriceChangeDecisionsRelationships,
    )
    from tidalkit.api._generated.subscription_price_change_decisions import (
        SubscriptionPriceChangeDecisionsResourceObject as SubscriptionPriceChangeDecisionsResourceObject,
    )
    from tidalkit.api._generated.subscription_price_change_decisions import (
        SubscriptionPriceChangeDecisionsSingleRelationshipDataDocument as SubscriptionPriceChangeDecisionsSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.subscription_price_change_decisions import (
        SubscriptionPriceChangeDecisionsUpdateSingleResourceDataDocument as SubscriptionPriceChangeDecisionsUpdateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsCreateOperationPayload as SubscriptionPriceChangeDecisionsCreateOperationPayload,
    )
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsCreateOperationPayloadData as SubscriptionPriceChangeDecisionsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsCreateOperationPayloadDataAttributes as SubscriptionPriceChangeDecisionsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationships as SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChange as SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChange,
    )
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChangeData as SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChangeData,
    )
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsUpdateOperationPayload as SubscriptionPriceChangeDecisionsUpdateOperationPayload,
    )
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsUpdateOperationPayloadData as SubscriptionPriceChangeDecisionsUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.subscription_price_change_decisions_payloads import (
        SubscriptionPriceChangeDecisionsUpdateOperationPayloadDataAttributes as SubscriptionPriceChangeDecisionsUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.temporary_user_tokens import (
        TemporaryUserTokensAttributes as TemporaryUserTokensAttributes,
    )
    from tidalkit.api._generated.temporary_user_tokens import (
        TemporaryUserTokensCreateSingleResourceDataDocument as TemporaryUserTokensCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.temporary_user_tokens import (
        TemporaryUserTokensMultiRelationshipDataDocument as TemporaryUserTokensMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.temporary_user_tokens import (
        TemporaryUserTokensRelationships as TemporaryUserTokensRelationships,
    )
    from tidalkit.api._generated.temporary_user_tokens import (
        TemporaryUserTokensResourceObject as TemporaryUserTokensResourceObject,
    )
    from tidalkit.api._generated.temporary_user_tokens import (
        TemporaryUserTokensSingleResourceDataDocument as TemporaryUserTokensSingleResourceDataDocument,
    )
    from tidalkit.api._generated.temporary_user_tokens_payloads import (
        TemporaryUserTokensCreateOperationPayload as TemporaryUserTokensCreateOperationPayload,
    )
    from tidalkit.api._generated.temporary_user_tokens_payloads import (
        TemporaryUserTokensCreateOperationPayloadData as TemporaryUserTokensCreateOperationPayloadData,
    )
    from tidalkit.api._generated.terms import TermsAttributes as TermsAttributes
    from tidalkit.api._generated.terms import TermsMultiResourceDataDocument as TermsMultiResourceDataDocument
    from tidalkit.api._generated.terms import TermsResourceObject as TermsResourceObject
    from tidalkit.api._generated.terms import TermsResourceObjectMeta as TermsResourceObjectMeta
    from tidalkit.api._generated.terms import (
        TermsSingleResourceDataDocument as TermsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.track_files import TrackFilesAttributes as TrackFilesAttributes
    from tidalkit.api._generated.track_files import (
        TrackFilesReadById403ResponseBody as TrackFilesReadById403ResponseBody,
    )
    from tidalkit.api._generated.track_files import (
        TrackFilesReadById403ResponseBodyErrors as TrackFilesReadById403ResponseBodyErrors,
    )
    from tidalkit.api._generated.track_files import (
        TrackFilesReadById404ResponseBody as TrackFilesReadById404ResponseBody,
    )
    from tidalkit.api._generated.track_files import (
        TrackFilesReadById404ResponseBodyErrors as TrackFilesReadById404ResponseBodyErrors,
    )
    from tidalkit.api._generated.track_files import TrackFilesResourceObject as TrackFilesResourceObject
    from tidalkit.api._generated.track_files import (
        TrackFilesSingleResourceDataDocument as TrackFilesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.track_manifests import TrackManifestsAttributes as TrackManifestsAttributes
    from tidalkit.api._generated.track_manifests import (
        TrackManifestsReadById403ResponseBody as TrackManifestsReadById403ResponseBody,
    )
    from tidalkit.api._generated.track_manifests import (
        TrackManifestsReadById403ResponseBodyErrors as TrackManifestsReadById403ResponseBodyErrors,
    )
    from tidalkit.api._generated.track_manifests import (
        TrackManifestsReadById404ResponseBody as TrackManifestsReadById404ResponseBody,
    )
    from tidalkit.api._generated.track_manifests import (
        TrackManifestsReadById404ResponseBodyErrors as TrackManifestsReadById404ResponseBodyErrors,
    )
    from tidalkit.api._generated.track_manifests import (
        TrackManifestsResourceObject as TrackManifestsResourceObject,
    )
    from tidalkit.api._generated.track_manifests import (
        TrackManifestsSingleResourceDataDocument as TrackManifestsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.track_source_files import (
        TrackSourceFilesAttributes as TrackSourceFilesAttributes,
    )
    from tidalkit.api._generated.track_source_files import (
        TrackSourceFilesCreateSingleResourceDataDocument as TrackSourceFilesCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.track_source_files import (
        TrackSourceFilesMultiRelationshipDataDocument as TrackSourceFilesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.track_source_files import (
        TrackSourceFilesRelationships as TrackSourceFilesRelationships,
    )
    from tidalkit.api._generated.track_source_files import (
        TrackSourceFilesResourceObject as TrackSourceFilesResourceObject,
    )
    from tidalkit.api._generated.track_source_files import (
        TrackSourceFilesSingleResourceDataDocument as TrackSourceFilesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.track_source_files_payloads import (
        TrackSourceFilesCreateOperationPayload as TrackSourceFilesCreateOperationPayload,
    )
    from tidalkit.api._generated.track_source_files_payloads import (
        TrackSourceFilesCreateOperationPayloadData as TrackSourceFilesCreateOperationPayloadData,
    )
    from tidalkit.api._generated.track_source_files_payloads import (
        TrackSourceFilesCreateOperationPayloadDataAttributes as TrackSourceFilesCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.track_source_files_payloads import (
        TrackSourceFilesCreateOperationPayloadDataRelationships as TrackSourceFilesCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.track_source_files_payloads import (
        TrackSourceFilesCreateOperationPayloadDataRelationshipsTrack as TrackSourceFilesCreateOperationPayloadDataRelationshipsTrack,
    )
    from tidalkit.api._generated.track_source_files_payloads import (
        TrackSourceFilesCreateOperationPayloadDataRelationshipsTrackData as TrackSourceFilesCreateOperationPayloadDataRelationshipsTrackData,
    )
    from tidalkit.api._generated.track_statistics import (
        TrackStatisticsAttributes as TrackStatisticsAttributes,
    )
    from tidalkit.api._generated.track_statistics import (
        TrackStatisticsMultiRelationshipDataDocument as TrackStatisticsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.track_statistics import (
        TrackStatisticsRelationships as TrackStatisticsRelationships,
    )
    from tidalkit.api._generated.track_statistics import (
        TrackStatisticsResourceObject as TrackStatisticsResourceObject,
    )
    from tidalkit.api._generated.track_statistics import (
        TrackStatisticsSingleResourceDataDocument as TrackStatisticsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.tracks import (
        TracksAlbumsMultiRelationshipDataDocument as TracksAlbumsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.tracks import (
        TracksAlbumsResourceIdentifier as TracksAlbumsResourceIdentifier,
    )
    from tidalkit.api._generated.tracks import (
        TracksAlbumsResourceIdentifierMeta as TracksAlbumsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.tracks import TracksAttributes as TracksAttributes
    from tidalkit.api._generated.tracks import (
        TracksCreateSingleResourceDataDocument as TracksCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.tracks import (
        TracksMultiRelationshipDataDocument as TracksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.tracks import (
        TracksMultiResourceDataDocument as TracksMultiResourceDataDocument,
    )
    from tidalkit.api._generated.tracks import TracksRelationships as TracksRelationships
    from tidalkit.api._generated.tracks import (
        TracksReplacementResourceIdentifier as TracksReplacementResourceIdentifier,
    )
    from tidalkit.api._generated.tracks import (
        TracksReplacementResourceIdentifierMeta as TracksReplacementResourceIdentifierMeta,
    )
    from tidalkit.api._generated.tracks import (
        TracksReplacementSingleRelationshipDataDocument as TracksReplacementSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.tracks import TracksResourceObject as TracksResourceObject
    from tidalkit.api._generated.tracks import (
        TracksSimilarTracksMultiRelationshipDataDocument as TracksSimilarTracksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.tracks import (
        TracksSimilarTracksResourceIdentifier as TracksSimilarTracksResourceIdentifier,
    )
    from tidalkit.api._generated.tracks import (
        TracksSimilarTracksResourceIdentifierMeta as TracksSimilarTracksResourceIdentifierMeta,
    )
    from tidalkit.api._generated.tracks import (
        TracksSingleRelationshipDataDocument as TracksSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.tracks import (
        TracksSingleResourceDataDocument as TracksSingleResourceDataDocument,
    )
    from tidalkit.api._generated.tracks import (
        TracksSuggestedTracksMultiRelationshipDataDocument as TracksSuggestedTracksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.tracks import (
        TracksSuggestedTracksResourceIdentifier as TracksSuggestedTracksResourceIdentifier,
    )
    from tidalkit.api._generated.tracks import (
        TracksSuggestedTracksResourceIdentifierMeta as TracksSuggestedTracksResourceIdentifierMeta,
    )
    from tidalkit.api._generated.tracks_metadata_status import (
        TracksMetadataStatusAttributes as TracksMetadataStatusAttributes,
    )
    from tidalkit.api._generated.tracks_metadata_status import (
        TracksMetadataStatusResourceObject as TracksMetadataStatusResourceObject,
    )
    from tidalkit.api._generated.tracks_metadata_status import (
        TracksMetadataStatusSingleResourceDataDocument as TracksMetadataStatusSingleResourceDataDocument,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksAlbumsRelationshipUpdateOperationPayload as TracksAlbumsRelationshipUpdateOperationPayload,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksAlbumsRelationshipUpdateOperationPayloadData as TracksAlbumsRelationshipUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayload as TracksCreateOperationPayload,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayloadData as TracksCreateOperationPayloadData,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayloadDataAttributes as TracksCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayloadDataRelationships as TracksCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayloadDataRelationshipsAlbums as TracksCreateOperationPayloadDataRelationshipsAlbums,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayloadDataRelationshipsAlbumsData as TracksCreateOperationPayloadDataRelationshipsAlbumsData,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayloadDataRelationshipsArtists as TracksCreateOperationPayloadDataRelationshipsArtists,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayloadDataRelationshipsArtistsData as TracksCreateOperationPayloadDataRelationshipsArtistsData,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayloadDataRelationshipsGenres as TracksCreateOperationPayloadDataRelationshipsGenres,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksCreateOperationPayloadDataRelationshipsGenresData as TracksCreateOperationPayloadDataRelationshipsGenresData,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksUpdateOperationPayload as TracksUpdateOperationPayload,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksUpdateOperationPayloadData as TracksUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksUpdateOperationPayloadDataAttributes as TracksUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksUpdateOperationPayloadDataRelationships as TracksUpdateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksUpdateOperationPayloadDataRelationshipsGenres as TracksUpdateOperationPayloadDataRelationshipsGenres,
    )
    from tidalkit.api._generated.tracks_payloads import (
        TracksUpdateOperationPayloadDataRelationshipsGenresData as TracksUpdateOperationPayloadDataRelationshipsGenresData,
    )
    from tidalkit.api._generated.usage_rules import UsageRulesAttributes as UsageRulesAttributes
    from tidalkit.api._generated.usage_rules import (
        UsageRulesCreateSingleResourceDataDocument as UsageRulesCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.usage_rules import UsageRulesResourceObject as UsageRulesResourceObject
    from tidalkit.api._generated.usage_rules import (
        UsageRulesSingleResourceDataDocument as UsageRulesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.usage_rules_payloads import (
        UsageRulesCreateOperationPayload as UsageRulesCreateOperationPayload,
    )
    from tidalkit.api._generated.usage_rules_payloads import (
        UsageRulesCreateOperationPayloadData as UsageRulesCreateOperationPayloadData,
    )
    from tidalkit.api._generated.usage_rules_payloads import (
        UsageRulesCreateOperationPayloadDataAttributes as UsageRulesCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.usage_rules_payloads import (
        UsageRulesCreateOperationPayloadDataRelationships as UsageRulesCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.usage_rules_payloads import (
        UsageRulesCreateOperationPayloadDataRelationshipsSubject as UsageRulesCreateOperationPayloadDataRelationshipsSubject,
    )
    from tidalkit.api._generated.usage_rules_payloads import (
        UsageRulesCreateOperationPayloadSubject as UsageRulesCreateOperationPayloadSubject,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBody as UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBody,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBodyErrors as UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBodyErrors,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsAttributes as UserCollectionAlbumsAttributes,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsItemsAddMultiRelationshipDataDocument as UserCollectionAlbumsItemsAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsItemsAddMultiRelationshipDataDocumentMeta as UserCollectionAlbumsItemsAddMultiRelationshipDataDocumentMeta,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsItemsAddResourceIdentifier as UserCollectionAlbumsItemsAddResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsItemsAddResourceIdentifierMeta as UserCollectionAlbumsItemsAddResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsItemsMultiRelationshipDataDocument as UserCollectionAlbumsItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsItemsRelationshipAddOperationResponseMetaSkippedItem as UserCollectionAlbumsItemsRelationshipAddOperationResponseMetaSkippedItem,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsItemsResourceIdentifier as UserCollectionAlbumsItemsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsItemsResourceIdentifierMeta as UserCollectionAlbumsItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsMultiRelationshipDataDocument as UserCollectionAlbumsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsRelationships as UserCollectionAlbumsRelationships,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsResourceObject as UserCollectionAlbumsResourceObject,
    )
    from tidalkit.api._generated.user_collection_albums import (
        UserCollectionAlbumsSingleResourceDataDocument as UserCollectionAlbumsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_collection_albums_payloads import (
        UserCollectionAlbumsItemsRelationshipAddOperationPayload as UserCollectionAlbumsItemsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collection_albums_payloads import (
        UserCollectionAlbumsItemsRelationshipAddOperationPayloadData as UserCollectionAlbumsItemsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_albums_payloads import (
        UserCollectionAlbumsItemsRelationshipAddOperationPayloadDataMeta as UserCollectionAlbumsItemsRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.user_collection_albums_payloads import (
        UserCollectionAlbumsItemsRelationshipRemoveOperationPayload as UserCollectionAlbumsItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collection_albums_payloads import (
        UserCollectionAlbumsItemsRelationshipRemoveOperationPayloadData as UserCollectionAlbumsItemsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBody as UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBody,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors as UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsAttributes as UserCollectionArtistsAttributes,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsItemsAddMultiRelationshipDataDocument as UserCollectionArtistsItemsAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsItemsAddMultiRelationshipDataDocumentMeta as UserCollectionArtistsItemsAddMultiRelationshipDataDocumentMeta,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsItemsAddResourceIdentifier as UserCollectionArtistsItemsAddResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsItemsAddResourceIdentifierMeta as UserCollectionArtistsItemsAddResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsItemsMultiRelationshipDataDocument as UserCollectionArtistsItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsItemsRelationshipAddOperationResponseMetaSkippedItem as UserCollectionArtistsItemsRelationshipAddOperationResponseMetaSkippedItem,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsItemsResourceIdentifier as UserCollectionArtistsItemsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsItemsResourceIdentifierMeta as UserCollectionArtistsItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsMultiRelationshipDataDocument as UserCollectionArtistsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsRelationships as UserCollectionArtistsRelationships,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsResourceObject as UserCollectionArtistsResourceObject,
    )
    from tidalkit.api._generated.user_collection_artists import (
        UserCollectionArtistsSingleResourceDataDocument as UserCollectionArtistsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_collection_artists_payloads import (
        UserCollectionArtistsItemsRelationshipAddOperationPayload as UserCollectionArtistsItemsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collection_artists_payloads import (
        UserCollectionArtistsItemsRelationshipAddOperationPayloadData as UserCollectionArtistsItemsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_artists_payloads import (
        UserCollectionArtistsItemsRelationshipAddOperationPayloadDataMeta as UserCollectionArtistsItemsRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.user_collection_artists_payloads import (
        UserCollectionArtistsItemsRelationshipRemoveOperationPayload as UserCollectionArtistsItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collection_artists_payloads import (
        UserCollectionArtistsItemsRelationshipRemoveOperationPayloadData as UserCollectionArtistsItemsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersAttributes as UserCollectionFoldersAttributes,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersCreateSingleResourceDataDocument as UserCollectionFoldersCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersDeleteResource400ResponseBody as UserCollectionFoldersDeleteResource400ResponseBody,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersDeleteResource400ResponseBodyErrors as UserCollectionFoldersDeleteResource400ResponseBodyErrors,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersItemsMultiRelationshipDataDocument as UserCollectionFoldersItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersItemsResourceIdentifier as UserCollectionFoldersItemsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersItemsResourceIdentifierMeta as UserCollectionFoldersItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersMultiRelationshipDataDocument as UserCollectionFoldersMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersMultiResourceDataDocument as UserCollectionFoldersMultiResourceDataDocument,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersRelationships as UserCollectionFoldersRelationships,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersResourceObject as UserCollectionFoldersResourceObject,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersSingleRelationshipDataDocument as UserCollectionFoldersSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_folders import (
        UserCollectionFoldersSingleResourceDataDocument as UserCollectionFoldersSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import UserCollection as UserCollection
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersCreateOperationPayload as UserCollectionFoldersCreateOperationPayload,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersCreateOperationPayloadData as UserCollectionFoldersCreateOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersCreateOperationPayloadDataAttributes as UserCollectionFoldersCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersCreateOperationPayloadDataRelationships as UserCollectionFoldersCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersCreateOperationPayloadDataRelationshipsUserCollection as UserCollectionFoldersCreateOperationPayloadDataRelationshipsUserCollection,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersItemsRelationshipAddOperationPayload as UserCollectionFoldersItemsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersItemsRelationshipAddOperationPayloadData as UserCollectionFoldersItemsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersItemsRelationshipRemoveOperationPayload as UserCollectionFoldersItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersItemsRelationshipRemoveOperationPayloadData as UserCollectionFoldersItemsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersUpdateOperationPayload as UserCollectionFoldersUpdateOperationPayload,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersUpdateOperationPayloadData as UserCollectionFoldersUpdateOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_folders_payloads import (
        UserCollectionFoldersUpdateOperationPayloadDataAttributes as UserCollectionFoldersUpdateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBody as UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBody,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors as UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsAttributes as UserCollectionPlaylistsAttributes,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument as UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsItemsAddMultiRelationshipDataDocumentMeta as UserCollectionPlaylistsItemsAddMultiRelationshipDataDocumentMeta,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsItemsAddResourceIdentifier as UserCollectionPlaylistsItemsAddResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsItemsAddResourceIdentifierMeta as UserCollectionPlaylistsItemsAddResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsItemsMultiRelationshipDataDocument as UserCollectionPlaylistsItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem as UserCollectionPlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsItemsResourceIdentifier as UserCollectionPlaylistsItemsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsItemsResourceIdentifierMeta as UserCollectionPlaylistsItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsMultiRelationshipDataDocument as UserCollectionPlaylistsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsRelationships as UserCollectionPlaylistsRelationships,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsResourceObject as UserCollectionPlaylistsResourceObject,
    )
    from tidalkit.api._generated.user_collection_playlists import (
        UserCollectionPlaylistsSingleResourceDataDocument as UserCollectionPlaylistsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_collection_playlists_payloads import (
        UserCollectionPlaylistsItemsRelationshipAddOperationPayload as UserCollectionPlaylistsItemsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collection_playlists_payloads import (
        UserCollectionPlaylistsItemsRelationshipAddOperationPayloadData as UserCollectionPlaylistsItemsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_playlists_payloads import (
        UserCollectionPlaylistsItemsRelationshipAddOperationPayloadDataMeta as UserCollectionPlaylistsItemsRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.user_collection_playlists_payloads import (
        UserCollectionPlaylistsItemsRelationshipRemoveOperationPayload as UserCollectionPlaylistsItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collection_playlists_payloads import (
        UserCollectionPlaylistsItemsRelationshipRemoveOperationPayloadData as UserCollectionPlaylistsItemsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBody as UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBody,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBodyErrors as UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBodyErrors,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersAttributes as UserCollectionSaveForLatersAttributes,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocument as UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocumentMeta as UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocumentMeta,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersItemsAddResourceIdentifier as UserCollectionSaveForLatersItemsAddResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersItemsAddResourceIdentifierMeta as UserCollectionSaveForLatersItemsAddResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersItemsMultiRelationshipDataDocument as UserCollectionSaveForLatersItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersItemsRelationshipAddOperationResponseMetaSkippedItem as UserCollectionSaveForLatersItemsRelationshipAddOperationResponseMetaSkippedItem,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersItemsResourceIdentifier as UserCollectionSaveForLatersItemsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersItemsResourceIdentifierMeta as UserCollectionSaveForLatersItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersMultiRelationshipDataDocument as UserCollectionSaveForLatersMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersRelationships as UserCollectionSaveForLatersRelationships,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersResourceObject as UserCollectionSaveForLatersResourceObject,
    )
    from tidalkit.api._generated.user_collection_save_for_laters import (
        UserCollectionSaveForLatersSingleResourceDataDocument as UserCollectionSaveForLatersSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_collection_save_for_laters_payloads import (
        UserCollectionSaveForLatersItemsRelationshipAddOperationPayload as UserCollectionSaveForLatersItemsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collection_save_for_laters_payloads import (
        UserCollectionSaveForLatersItemsRelationshipAddOperationPayloadData as UserCollectionSaveForLatersItemsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_save_for_laters_payloads import (
        UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayload as UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collection_save_for_laters_payloads import (
        UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayloadData as UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBody as UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBody,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBodyErrors as UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBodyErrors,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksAttributes as UserCollectionTracksAttributes,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksItemsAddMultiRelationshipDataDocument as UserCollectionTracksItemsAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksItemsAddMultiRelationshipDataDocumentMeta as UserCollectionTracksItemsAddMultiRelationshipDataDocumentMeta,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksItemsAddResourceIdentifier as UserCollectionTracksItemsAddResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksItemsAddResourceIdentifierMeta as UserCollectionTracksItemsAddResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksItemsMultiRelationshipDataDocument as UserCollectionTracksItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksItemsRelationshipAddOperationResponseMetaSkippedItem as UserCollectionTracksItemsRelationshipAddOperationResponseMetaSkippedItem,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksItemsResourceIdentifier as UserCollectionTracksItemsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksItemsResourceIdentifierMeta as UserCollectionTracksItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksMultiRelationshipDataDocument as UserCollectionTracksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksRelationships as UserCollectionTracksRelationships,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksResourceObject as UserCollectionTracksResourceObject,
    )
    from tidalkit.api._generated.user_collection_tracks import (
        UserCollectionTracksSingleResourceDataDocument as UserCollectionTracksSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_collection_tracks_payloads import (
        UserCollectionTracksItemsRelationshipAddOperationPayload as UserCollectionTracksItemsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collection_tracks_payloads import (
        UserCollectionTracksItemsRelationshipAddOperationPayloadData as UserCollectionTracksItemsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_tracks_payloads import (
        UserCollectionTracksItemsRelationshipAddOperationPayloadDataMeta as UserCollectionTracksItemsRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.user_collection_tracks_payloads import (
        UserCollectionTracksItemsRelationshipRemoveOperationPayload as UserCollectionTracksItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collection_tracks_payloads import (
        UserCollectionTracksItemsRelationshipRemoveOperationPayloadData as UserCollectionTracksItemsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBody as UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBody,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBodyErrors as UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBodyErrors,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosAttributes as UserCollectionVideosAttributes,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosItemsAddMultiRelationshipDataDocument as UserCollectionVideosItemsAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosItemsAddMultiRelationshipDataDocumentMeta as UserCollectionVideosItemsAddMultiRelationshipDataDocumentMeta,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosItemsAddResourceIdentifier as UserCollectionVideosItemsAddResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosItemsAddResourceIdentifierMeta as UserCollectionVideosItemsAddResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosItemsMultiRelationshipDataDocument as UserCollectionVideosItemsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosItemsRelationshipAddOperationResponseMetaSkippedItem as UserCollectionVideosItemsRelationshipAddOperationResponseMetaSkippedItem,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosItemsResourceIdentifier as UserCollectionVideosItemsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosItemsResourceIdentifierMeta as UserCollectionVideosItemsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosMultiRelationshipDataDocument as UserCollectionVideosMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosRelationships as UserCollectionVideosRelationships,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosResourceObject as UserCollectionVideosResourceObject,
    )
    from tidalkit.api._generated.user_collection_videos import (
        UserCollectionVideosSingleResourceDataDocument as UserCollectionVideosSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_collection_videos_payloads import (
        UserCollectionVideosItemsRelationshipAddOperationPayload as UserCollectionVideosItemsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collection_videos_payloads import (
        UserCollectionVideosItemsRelationshipAddOperationPayloadData as UserCollectionVideosItemsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collection_videos_payloads import (
        UserCollectionVideosItemsRelationshipAddOperationPayloadDataMeta as UserCollectionVideosItemsRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.user_collection_videos_payloads import (
        UserCollectionVideosItemsRelationshipRemoveOperationPayload as UserCollectionVideosItemsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collection_videos_payloads import (
        UserCollectionVideosItemsRelationshipRemoveOperationPayloadData as UserCollectionVideosItemsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsAddMultiDataRelationship409ResponseBody as UserCollectionsAddMultiDataRelationship409ResponseBody,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsAddMultiDataRelationship409ResponseBodyErrors as UserCollectionsAddMultiDataRelationship409ResponseBodyErrors,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsAlbumsMultiRelationshipDataDocument as UserCollectionsAlbumsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsAlbumsResourceIdentifier as UserCollectionsAlbumsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsAlbumsResourceIdentifierMeta as UserCollectionsAlbumsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsArtistsMultiRelationshipDataDocument as UserCollectionsArtistsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsArtistsResourceIdentifier as UserCollectionsArtistsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsArtistsResourceIdentifierMeta as UserCollectionsArtistsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsAttributes as UserCollectionsAttributes,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsMultiRelationshipDataDocument as UserCollectionsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsPlaylistsMultiRelationshipDataDocument as UserCollectionsPlaylistsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsPlaylistsResourceIdentifier as UserCollectionsPlaylistsResourceIdentifier,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsPlaylistsResourceIdentifierMeta as UserCollectionsPlaylistsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsRelationships as UserCollectionsRelationships,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsResourceObject as UserCollectionsResourceObject,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsSingleResourceDataDocument as UserCollectionsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsTracksMultiRelationshipDataDocument as UserCollectionsTracksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsTracksResourceIdentifier as UserCollectionsTracksResourceIdentifier,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsTracksResourceIdentifierMeta as UserCollectionsTracksResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsVideosMultiRelationshipDataDocument as UserCollectionsVideosMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsVideosResourceIdentifier as UserCollectionsVideosResourceIdentifier,
    )
    from tidalkit.api._generated.user_collections import (
        UserCollectionsVideosResourceIdentifierMeta as UserCollectionsVideosResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsAlbumsRelationshipAddOperationPayload as UserCollectionsAlbumsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsAlbumsRelationshipAddOperationPayloadData as UserCollectionsAlbumsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsAlbumsRelationshipAddOperationPayloadDataMeta as UserCollectionsAlbumsRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsAlbumsRelationshipRemoveOperationPayload as UserCollectionsAlbumsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsAlbumsRelationshipRemoveOperationPayloadData as UserCollectionsAlbumsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsArtistsRelationshipAddOperationPayload as UserCollectionsArtistsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsArtistsRelationshipAddOperationPayloadData as UserCollectionsArtistsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsArtistsRelationshipAddOperationPayloadDataMeta as UserCollectionsArtistsRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsArtistsRelationshipRemoveOperationPayload as UserCollectionsArtistsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsArtistsRelationshipRemoveOperationPayloadData as UserCollectionsArtistsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsPlaylistsRelationshipAddOperationPayload as UserCollectionsPlaylistsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsPlaylistsRelationshipAddOperationPayloadData as UserCollectionsPlaylistsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsPlaylistsRelationshipRemoveOperationPayload as UserCollectionsPlaylistsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsPlaylistsRelationshipRemoveOperationPayloadData as UserCollectionsPlaylistsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsTracksRelationshipAddOperationPayload as UserCollectionsTracksRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsTracksRelationshipAddOperationPayloadData as UserCollectionsTracksRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsTracksRelationshipAddOperationPayloadDataMeta as UserCollectionsTracksRelationshipAddOperationPayloadDataMeta,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsTracksRelationshipRemoveOperationPayload as UserCollectionsTracksRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsTracksRelationshipRemoveOperationPayloadData as UserCollectionsTracksRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsVideosRelationshipAddOperationPayload as UserCollectionsVideosRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsVideosRelationshipAddOperationPayloadData as UserCollectionsVideosRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsVideosRelationshipRemoveOperationPayload as UserCollectionsVideosRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_collections_payloads import (
        UserCollectionsVideosRelationshipRemoveOperationPayloadData as UserCollectionsVideosRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_daily_mixes import UserDailyMixesAttributes as UserDailyMixesAttributes
    from tidalkit.api._generated.user_daily_mixes import (
        UserDailyMixesMultiRelationshipDataDocument as UserDailyMixesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_daily_mixes import (
        UserDailyMixesRelationships as UserDailyMixesRelationships,
    )
    from tidalkit.api._generated.user_daily_mixes import (
        UserDailyMixesResourceObject as UserDailyMixesResourceObject,
    )
    from tidalkit.api._generated.user_daily_mixes import (
        UserDailyMixesSingleResourceDataDocument as UserDailyMixesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_data_export_requests import (
        UserDataExportRequestsAttributes as UserDataExportRequestsAttributes,
    )
    from tidalkit.api._generated.user_data_export_requests import (
        UserDataExportRequestsCreateSingleResourceDataDocument as UserDataExportRequestsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_data_export_requests import (
        UserDataExportRequestsResourceObject as UserDataExportRequestsResourceObject,
    )
    from tidalkit.api._generated.user_data_export_requests_payloads import (
        UserDataExportRequestsCreateOperationPayload as UserDataExportRequestsCreateOperationPayload,
    )
    from tidalkit.api._generated.user_data_export_requests_payloads import (
        UserDataExportRequestsCreateOperationPayloadData as UserDataExportRequestsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.user_data_export_requests_payloads import (
        UserDataExportRequestsCreateOperationPayloadDataAttributes as UserDataExportRequestsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.user_discovery_mixes import (
        UserDiscoveryMixesAttributes as UserDiscoveryMixesAttributes,
    )
    from tidalkit.api._generated.user_discovery_mixes import (
        UserDiscoveryMixesMultiRelationshipDataDocument as UserDiscoveryMixesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_discovery_mixes import (
        UserDiscoveryMixesRelationships as UserDiscoveryMixesRelationships,
    )
    from tidalkit.api._generated.user_discovery_mixes import (
        UserDiscoveryMixesResourceObject as UserDiscoveryMixesResourceObject,
    )
    from tidalkit.api._generated.user_discovery_mixes import (
        UserDiscoveryMixesSingleResourceDataDocument as UserDiscoveryMixesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_new_release_mixes import (
        UserNewReleaseMixesAttributes as UserNewReleaseMixesAttributes,
    )
    from tidalkit.api._generated.user_new_release_mixes import (
        UserNewReleaseMixesMultiRelationshipDataDocument as UserNewReleaseMixesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_new_release_mixes import (
        UserNewReleaseMixesRelationships as UserNewReleaseMixesRelationships,
    )
    from tidalkit.api._generated.user_new_release_mixes import (
        UserNewReleaseMixesResourceObject as UserNewReleaseMixesResourceObject,
    )
    from tidalkit.api._generated.user_new_release_mixes import (
        UserNewReleaseMixesSingleResourceDataDocument as UserNewReleaseMixesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_offline_mixes import (
        UserOfflineMixesAttributes as UserOfflineMixesAttributes,
    )
    from tidalkit.api._generated.user_offline_mixes import (
        UserOfflineMixesMultiRelationshipDataDocument as UserOfflineMixesMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_offline_mixes import (
        UserOfflineMixesRelationships as UserOfflineMixesRelationships,
    )
    from tidalkit.api._generated.user_offline_mixes import (
        UserOfflineMixesResourceObject as UserOfflineMixesResourceObject,
    )
    from tidalkit.api._generated.user_offline_mixes import (
        UserOfflineMixesSingleResourceDataDocument as UserOfflineMixesSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBody as UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBody,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBodyErrors as UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBodyErrors,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksArtistsAddMultiRelationshipDataDocument as UserRecommendationBlocksArtistsAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksArtistsAddResourceIdentifier as UserRecommendationBlocksArtistsAddResourceIdentifier,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksArtistsMultiRelationshipDataDocument as UserRecommendationBlocksArtistsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksArtistsResourceIdentifier as UserRecommendationBlocksArtistsResourceIdentifier,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksArtistsResourceIdentifierMeta as UserRecommendationBlocksArtistsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksAttributes as UserRecommendationBlocksAttributes,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksMultiRelationshipDataDocument as UserRecommendationBlocksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksRelationships as UserRecommendationBlocksRelationships,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksResourceObject as UserRecommendationBlocksResourceObject,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksSingleResourceDataDocument as UserRecommendationBlocksSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksTracksAddMultiRelationshipDataDocument as UserRecommendationBlocksTracksAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksTracksAddResourceIdentifier as UserRecommendationBlocksTracksAddResourceIdentifier,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksTracksMultiRelationshipDataDocument as UserRecommendationBlocksTracksMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksTracksResourceIdentifier as UserRecommendationBlocksTracksResourceIdentifier,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksTracksResourceIdentifierMeta as UserRecommendationBlocksTracksResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksVideosAddMultiRelationshipDataDocument as UserRecommendationBlocksVideosAddMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksVideosAddResourceIdentifier as UserRecommendationBlocksVideosAddResourceIdentifier,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksVideosMultiRelationshipDataDocument as UserRecommendationBlocksVideosMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksVideosResourceIdentifier as UserRecommendationBlocksVideosResourceIdentifier,
    )
    from tidalkit.api._generated.user_recommendation_blocks import (
        UserRecommendationBlocksVideosResourceIdentifierMeta as UserRecommendationBlocksVideosResourceIdentifierMeta,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksArtistsRelationshipAddOperationPayload as UserRecommendationBlocksArtistsRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksArtistsRelationshipAddOperationPayloadData as UserRecommendationBlocksArtistsRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksArtistsRelationshipRemoveOperationPayload as UserRecommendationBlocksArtistsRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksArtistsRelationshipRemoveOperationPayloadData as UserRecommendationBlocksArtistsRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksTracksRelationshipAddOperationPayload as UserRecommendationBlocksTracksRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksTracksRelationshipAddOperationPayloadData as UserRecommendationBlocksTracksRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksTracksRelationshipRemoveOperationPayload as UserRecommendationBlocksTracksRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksTracksRelationshipRemoveOperationPayloadData as UserRecommendationBlocksTracksRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksVideosRelationshipAddOperationPayload as UserRecommendationBlocksVideosRelationshipAddOperationPayload,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksVideosRelationshipAddOperationPayloadData as UserRecommendationBlocksVideosRelationshipAddOperationPayloadData,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksVideosRelationshipRemoveOperationPayload as UserRecommendationBlocksVideosRelationshipRemoveOperationPayload,
    )
    from tidalkit.api._generated.user_recommendation_blocks_payloads import (
        UserRecommendationBlocksVideosRelationshipRemoveOperationPayloadData as UserRecommendationBlocksVideosRelationshipRemoveOperationPayloadData,
    )
    from tidalkit.api._generated.user_recommendations import (
        UserRecommendationsAttributes as UserRecommendationsAttributes,
    )
    from tidalkit.api._generated.user_recommendations import (
        UserRecommendationsMultiRelationshipDataDocument as UserRecommendationsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.user_recommendations import (
        UserRecommendationsRelationships as UserRecommendationsRelationships,
    )
    from tidalkit.api._generated.user_recommendations import (
        UserRecommendationsResourceObject as UserRecommendationsResourceObject,
    )
    from tidalkit.api._generated.user_recommendations import (
        UserRecommendationsSingleResourceDataDocument as UserRecommendationsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_reports import UserReportsAttributes as UserReportsAttributes
    from tidalkit.api._generated.user_reports import (
        UserReportsCreateSingleResourceDataDocument as UserReportsCreateSingleResourceDataDocument,
    )
    from tidalkit.api._generated.user_reports import UserReportsResourceObject as UserReportsResourceObject
    from tidalkit.api._generated.user_reports_payloads import (
        UserReportsCreateOperationPayload as UserReportsCreateOperationPayload,
    )
    from tidalkit.api._generated.user_reports_payloads import (
        UserReportsCreateOperationPayloadData as UserReportsCreateOperationPayloadData,
    )
    from tidalkit.api._generated.user_reports_payloads import (
        UserReportsCreateOperationPayloadDataAttributes as UserReportsCreateOperationPayloadDataAttributes,
    )
    from tidalkit.api._generated.user_reports_payloads import (
        UserReportsCreateOperationPayloadDataRelationships as UserReportsCreateOperationPayloadDataRelationships,
    )
    from tidalkit.api._generated.user_reports_payloads import (
        UserReportsCreateOperationPayloadDataRelationshipsReportedResources as UserReportsCreateOperationPayloadDataRelationshipsReportedResources,
    )
    from tidalkit.api._generated.user_reports_payloads import (
        UserReportsCreateOperationPayloadDataRelationshipsReportedResourcesData as UserReportsCreateOperationPayloadDataRelationshipsReportedResourcesData,
    )
    from tidalkit.api._generated.user_subscription_price_changes import (
        UserSubscriptionPriceChangesAttributes as UserSubscriptionPriceChangesAttributes,
    )
    from tidalkit.api._generated.user_subscription_price_changes import (
        UserSubscriptionPriceChangesMultiResourceDataDocument as UserSubscriptionPriceChangesMultiResourceDataDocument,
    )
    from tidalkit.api._generated.user_subscription_price_changes import (
        UserSubscriptionPriceChangesRelationships as UserSubscriptionPriceChangesRelationships,
    )
    from tidalkit.api._generated.user_subscription_price_changes import (
        UserSubscriptionPriceChangesResourceObject as UserSubscriptionPriceChangesResourceObject,
    )
    from tidalkit.api._generated.user_subscription_price_changes import (
        UserSubscriptionPriceChangesSingleRelationshipDataDocument as UserSubscriptionPriceChangesSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.users import UsersAttributes as UsersAttributes
    from tidalkit.api._generated.users import UsersResourceObject as UsersResourceObject
    from tidalkit.api._generated.users import (
        UsersSingleResourceDataDocument as UsersSingleResourceDataDocument,
    )
    from tidalkit.api._generated.video_manifests import VideoManifestsAttributes as VideoManifestsAttributes
    from tidalkit.api._generated.video_manifests import (
        VideoManifestsReadById403ResponseBody as VideoManifestsReadById403ResponseBody,
    )
    from tidalkit.api._generated.video_manifests import (
        VideoManifestsReadById403ResponseBodyErrors as VideoManifestsReadById403ResponseBodyErrors,
    )
    from tidalkit.api._generated.video_manifests import (
        VideoManifestsReadById404ResponseBody as VideoManifestsReadById404ResponseBody,
    )
    from tidalkit.api._generated.video_manifests import (
        VideoManifestsReadById404ResponseBodyErrors as VideoManifestsReadById404ResponseBodyErrors,
    )
    from tidalkit.api._generated.video_manifests import (
        VideoManifestsResourceObject as VideoManifestsResourceObject,
    )
    from tidalkit.api._generated.video_manifests import (
        VideoManifestsSingleResourceDataDocument as VideoManifestsSingleResourceDataDocument,
    )
    from tidalkit.api._generated.videos import (
        VideosAlbumsMultiRelationshipDataDocument as VideosAlbumsMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.videos import (
        VideosAlbumsResourceIdentifier as VideosAlbumsResourceIdentifier,
    )
    from tidalkit.api._generated.videos import (
        VideosAlbumsResourceIdentifierMeta as VideosAlbumsResourceIdentifierMeta,
    )
    from tidalkit.api._generated.videos import VideosAttributes as VideosAttributes
    from tidalkit.api._generated.videos import (
        VideosMultiRelationshipDataDocument as VideosMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.videos import (
        VideosMultiResourceDataDocument as VideosMultiResourceDataDocument,
    )
    from tidalkit.api._generated.videos import VideosRelationships as VideosRelationships
    from tidalkit.api._generated.videos import (
        VideosReplacementResourceIdentifier as VideosReplacementResourceIdentifier,
    )
    from tidalkit.api._generated.videos import (
        VideosReplacementResourceIdentifierMeta as VideosReplacementResourceIdentifierMeta,
    )
    from tidalkit.api._generated.videos import (
        VideosReplacementSingleRelationshipDataDocument as VideosReplacementSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.videos import VideosResourceObject as VideosResourceObject
    from tidalkit.api._generated.videos import (
        VideosSimilarVideosMultiRelationshipDataDocument as VideosSimilarVideosMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.videos import (
        VideosSimilarVideosResourceIdentifier as VideosSimilarVideosResourceIdentifier,
    )
    from tidalkit.api._generated.videos import (
        VideosSimilarVideosResourceIdentifierMeta as VideosSimilarVideosResourceIdentifierMeta,
    )
    from tidalkit.api._generated.videos import (
        VideosSingleRelationshipDataDocument as VideosSingleRelationshipDataDocument,
    )
    from tidalkit.api._generated.videos import (
        VideosSingleResourceDataDocument as VideosSingleResourceDataDocument,
    )
    from tidalkit.api._generated.videos import (
        VideosSuggestedVideosMultiRelationshipDataDocument as VideosSuggestedVideosMultiRelationshipDataDocument,
    )
    from tidalkit.api._generated.videos import (
        VideosSuggestedVideosResourceIdentifier as VideosSuggestedVideosResourceIdentifier,
    )
    from tidalkit.api._generated.videos import (
        VideosSuggestedVideosResourceIdentifierMeta as VideosSuggestedVideosResourceIdentifierMeta,
    )

__all__ = [
    "AcceptedTermsAttributes",
    "AcceptedTermsCreateOperationPayload",
    "AcceptedTermsCreateOperationPayloadData",
    "AcceptedTermsCreateOperationPayloadDataRelationships",
    "AcceptedTermsCreateOperationPayloadDataRelationshipsTerms",
    "AcceptedTermsCreateOperationPayloadDataRelationshipsTermsData",
    "AcceptedTermsCreateSingleResourceDataDocument",
    "AcceptedTermsMultiRelationshipDataDocument",
    "AcceptedTermsMultiResourceDataDocument",
    "AcceptedTermsRelationships",
    "AcceptedTermsResourceObject",
    "AcceptedTermsSingleRelationshipDataDocument",
    "AlbumStatisticsAttributes",
    "AlbumStatisticsMultiRelationshipDataDocument",
    "AlbumStatisticsRelationships",
    "AlbumStatisticsResourceObject",
    "AlbumStatisticsSingleResourceDataDocument",
    "AlbumsAttributes",
    "AlbumsCoverArtRelationshipUpdateOperationPayload",
    "AlbumsCoverArtRelationshipUpdateOperationPayloadData",
    "AlbumsCreateOperationPayload",
    "AlbumsCreateOperationPayloadData",
    "AlbumsCreateOperationPayloadDataAttributes",
    "AlbumsCreateOperationPayloadDataRelationships",
    "AlbumsCreateOperationPayloadDataRelationshipsArtists",
    "AlbumsCreateOperationPayloadDataRelationshipsArtistsData",
    "AlbumsCreateOperationPayloadDataRelationshipsGenres",
    "AlbumsCreateOperationPayloadDataRelationshipsGenresData",
    "AlbumsCreateSingleResourceDataDocument",
    "AlbumsItemsMultiRelationshipDataDocument",
    "AlbumsItemsRelationshipUpdateOperationPayload",
    "AlbumsItemsRelationshipUpdateOperationPayloadData",
    "AlbumsItemsRelationshipUpdateOperationPayloadMeta",
    "AlbumsItemsResourceIdentifier",
    "AlbumsItemsResourceIdentifierMeta",
    "AlbumsMultiRelationshipDataDocument",
    "AlbumsMultiResourceDataDocument",
    "AlbumsRelationships",
    "AlbumsReplacementResourceIdentifier",
    "AlbumsReplacementResourceIdentifierMeta",
    "AlbumsReplacementSingleRelationshipDataDocument",
    "AlbumsResourceObject",
    "AlbumsSimilarAlbumsMultiRelationshipDataDocument",
    "AlbumsSimilarAlbumsResourceIdentifier",
    "AlbumsSimilarAlbumsResourceIdentifierMeta",
    "AlbumsSingleRelationshipDataDocument",
    "AlbumsSingleResourceDataDocument",
    "AlbumsSuggestedCoverArtsMultiRelationshipDataDocument",
    "AlbumsSuggestedCoverArtsMultiRelationshipDataDocumentMeta",
    "AlbumsSuggestedCoverArtsResourceIdentifier",
    "AlbumsSuggestedCoverArtsResourceIdentifierMeta",
    "AlbumsUpdateOperationPayload",
    "AlbumsUpdateOperationPayloadData",
    "AlbumsUpdateOperationPayloadDataAttributes",
    "AlbumsUpdateOperationPayloadDataRelationships",
    "AlbumsUpdateOperationPayloadDataRelationshipsGenres",
    "AlbumsUpdateOperationPayloadDataRelationshipsGenresData",
    "AppreciationsAttributes",
    "AppreciationsCreateOperationPayload",
    "AppreciationsCreateOperationPayloadData",
    "AppreciationsCreateOperationPayloadDataRelationships",
    "AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItem",
    "AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItemData",
    "AppreciationsCreateOperationPayloadMeta",
    "AppreciationsCreateSingleResourceDataDocument",
    "AppreciationsResourceObject",
    "ArtistBiographiesAttributes",
    "ArtistBiographiesMultiRelationshipDataDocument",
    "ArtistBiographiesRelationships",
    "ArtistBiographiesResourceObject",
    "ArtistBiographiesSingleResourceDataDocument",
    "ArtistBiographiesUpdateOperationPayload",
    "ArtistBiographiesUpdateOperationPayloadData",
    "ArtistBiographiesUpdateOperationPayloadDataAttributes",
    "ArtistClaimStatusesAttributes",
    "ArtistClaimStatusesMultiResourceDataDocument",
    "ArtistClaimStatusesResourceObject",
    "ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayload",
    "ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayloadData",
    "ArtistClaimsAttributes",
    "ArtistClaimsCreateOperationPayload",
    "ArtistClaimsCreateOperationPayloadData",
    "ArtistClaimsCreateOperationPayloadDataAttributes",
    "ArtistClaimsCreateOperationPayloadMeta",
    "ArtistClaimsCreateSingleResourceDataDocument",
    "ArtistClaimsMultiRelationshipDataDocument",
    "ArtistClaimsMultiResourceDataDocument",
    "ArtistClaimsRelationships",
    "ArtistClaimsResourceObject",
    "ArtistClaimsSingleResourceDataDocument",
    "ArtistClaimsUpdateOperationPayload",
    "ArtistClaimsUpdateOperationPayloadData",
    "ArtistClaimsUpdateOperationPayloadDataAttributes",
    "ArtistClaimsUpdateOperationPayloadMeta",
    "ArtistRolesAttributes",
    "ArtistRolesResourceObject",
    "ArtistRolesSingleResourceDataDocument",
    "ArtistsAlbumsMultiRelationshipDataDocument",
    "ArtistsAlbumsResourceIdentifier",
    "ArtistsAlbumsResourceIdentifierMeta",
    "ArtistsAttributes",
    "ArtistsCreateOperationPayload",
    "ArtistsCreateOperationPayloadData",
    "ArtistsCreateOperationPayloadDataAttributes",
    "ArtistsCreateOperationPayloadMeta",
    "ArtistsCreateSingleResourceDataDocument",
    "ArtistsFollowersMultiRelationshipDataDocument",
    "ArtistsFollowersResourceIdentifier",
    "ArtistsFollowersResourceIdentifierMeta",
    "ArtistsFollowersResourceMetaViewerContext",
    "ArtistsFollowingMultiRelationshipDataDocument",
    "ArtistsFollowingRelationshipAddOperationPayload",
    "ArtistsFollowingRelationshipAddOperationPayloadData",
    "ArtistsFollowingRelationshipRemoveOperationPayload",
    "ArtistsFollowingRelationshipRemoveOperationPayloadData",
    "ArtistsFollowingResourceIdentifier",
    "ArtistsFollowingResourceIdentifierMeta",
    "ArtistsMultiRelationshipDataDocument",
    "ArtistsMultiResourceDataDocument",
    "ArtistsProfileArtRelationshipUpdateOperationPayload",
    "ArtistsProfileArtRelationshipUpdateOperationPayloadData",
    "ArtistsRelationships",
    "ArtistsResourceObject",
    "ArtistsSingleRelationshipDataDocument",
    "ArtistsSingleResourceDataDocument",
    "ArtistsTrackProvidersMultiRelationshipDataDocument",
    "ArtistsTrackProvidersResourceIdentifier",
    "ArtistsTrackProvidersResourceIdentifierMeta",
    "ArtistsTracksMultiRelationshipDataDocument",
    "ArtistsTracksResourceIdentifier",
    "ArtistsTracksResourceIdentifierMeta",
    "ArtistsUpdateOperationPayload",
    "ArtistsUpdateOperationPayloadData",
    "ArtistsUpdateOperationPayloadDataAttributes",
    "ArtistsUpdateOperationPayloadMeta",
    "ArtistsVideosMultiRelationshipDataDocument",
    "ArtistsVideosResourceIdentifier",
    "ArtistsVideosResourceIdentifierMeta",
    "ArtworkFile",
    "ArtworkFileMeta",
    "ArtworkSourceFile",
    "ArtworkVisualMetadata",
    "ArtworksAttributes",
    "ArtworksCreateOperationPayload",
    "ArtworksCreateOperationPayloadData",
    "ArtworksCreateOperationPayloadDataAttributes",
    "ArtworksCreateOperationPayloadDataAttributesSourceFile",
    "ArtworksCreateSingleResourceDataDocument",
    "ArtworksMultiRelationshipDataDocument",
    "ArtworksMultiResourceDataDocument",
    "ArtworksRelationships",
    "ArtworksResourceObject",
    "ArtworksSingleResourceDataDocument",
    "AudioNormalizationData",
    "ClientsAttributes",
    "ClientsCreateOperationPayload",
    "ClientsCreateOperationPayloadData",
    "ClientsCreateOperationPayloadDataAttributes",
    "ClientsCreateSingleResourceDataDocument",
    "ClientsMultiRelationshipDataDocument",
    "ClientsMultiResourceDataDocument",
    "ClientsRelationships",
    "ClientsResourceObject",
    "ClientsSingleResourceDataDocument",
    "ClientsUpdateOperationPayload",
    "ClientsUpdateOperationPayloadData",
    "ClientsUpdateOperationPayloadDataAttributes",
    "ClientsUpdateSingleResourceDataDocument",
    "CollaborationInviteRedemptionsAttributes",
    "CollaborationInviteRedemptionsCreateOperationPayload",
    "CollaborationInviteRedemptionsCreateOperationPayloadData",
    "CollaborationInviteRedemptionsCreateOperationPayloadDataRelationships",
    "CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInvite",
    "CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInviteData",
    "CollaborationInviteRedemptionsCreateSingleResourceDataDocument",
    "CollaborationInviteRedemptionsResourceObject",
    "CollaborationInvitesAttributes",
    "CollaborationInvitesCreateOperationPayload",
    "CollaborationInvitesCreateOperationPayloadData",
    "CollaborationInvitesCreateOperationPayloadDataRelationships",
    "CollaborationInvitesCreateOperationPayloadDataRelationshipsSubject",
    "CollaborationInvitesCreateOperationPayloadDataRelationshipsSubjectData",
    "CollaborationInvitesCreateSingleResourceDataDocument",
    "CollaborationInvitesMultiRelationshipDataDocument",
    "CollaborationInvitesMultiResourceDataDocument",
    "CollaborationInvitesRelationships",
    "CollaborationInvitesResourceObject",
    "CollaborationInvitesSingleRelationshipDataDocument",
    "CollaborationInvitesSingleResourceDataDocument",
    "CommentsAttributes",
    "CommentsCreateOperationPayload",
    "CommentsCreateOperationPayloadData",
    "CommentsCreateOperationPayloadDataAttributes",
    "CommentsCreateOperationPayloadDataRelationships",
    "CommentsCreateOperationPayloadDataRelationshipsParentComment",
    "CommentsCreateOperationPayloadDataRelationshipsParentCommentData",
    "CommentsCreateOperationPayloadDataRelationshipsSubject",
    "CommentsCreateOperationPayloadDataRelationshipsSubjectData",
    "CommentsCreateSingleResourceDataDocument",
    "CommentsMultiRelationshipDataDocument",
    "CommentsMultiResourceDataDocument",
    "CommentsRelationships",
    "CommentsResourceObject",
    "CommentsSingleRelationshipDataDocument",
    "CommentsSingleResourceDataDocument",
    "CommentsUpdateOperationPayload",
    "CommentsUpdateOperationPayloadData",
    "CommentsUpdateOperationPayloadDataAttributes",
    "ContentClaimsAttributes",
    "ContentClaimsClaimedResourceResourceIdentifier",
    "ContentClaimsClaimedResourceResourceIdentifierMeta",
    "ContentClaimsClaimedResourceSingleRelationshipDataDocument",
    "ContentClaimsCreateOperationPayload",
    "ContentClaimsCreateOperationPayloadData",
    "ContentClaimsCreateOperationPayloadDataAttributes",
    "ContentClaimsCreateOperationPayloadDataRelationships",
    "ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResource",
    "ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResourceData",
    "ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtist",
    "ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtistData",
    "ContentClaimsCreateSingleResourceDataDocument",
    "ContentClaimsMultiRelationshipDataDocument",
    "ContentClaimsMultiResourceDataDocument",
    "ContentClaimsRelationships",
    "ContentClaimsResourceObject",
    "ContentClaimsSingleRelationshipDataDocument",
    "ContentClaimsSingleResourceDataDocument",
    "Copyright",
    "CreditsAttributes",
    "CreditsRelationships",
    "CreditsResourceObject",
    "CreditsSingleRelationshipDataDocument",
    "CreditsSingleResourceDataDocument",
    "CurrentUserReaction",
    "Default400ResponseBody",
    "Default400ResponseBodyErrors",
    "Default404ResponseBody",
    "Default404ResponseBodyErrors",
    "Default405ResponseBody",
    "Default405ResponseBodyErrors",
    "Default406ResponseBody",
    "Default406ResponseBodyErrors",
    "Default415ResponseBody",
    "Default415ResponseBodyErrors",
    "Default429ResponseBody",
    "Default429ResponseBodyErrors",
    "Default500ResponseBody",
    "Default500ResponseBodyErrors",
    "Default503ResponseBody",
    "Default503ResponseBodyErrors",
    "DownloadLink",
    "DownloadLinkMeta",
    "DownloadsAttributes",
    "DownloadsMultiRelationshipDataDocument",
    "DownloadsMultiResourceDataDocument",
    "DownloadsRelationships",
    "DownloadsResourceObject",
    "DownloadsSingleResourceDataDocument",
    "DrmData",
    "DspSharingLinksAttributes",
    "DspSharingLinksMultiResourceDataDocument",
    "DspSharingLinksRelationships",
    "DspSharingLinksResourceObject",
    "DspSharingLinksSingleRelationshipDataDocument",
    "DspSharingLinksSubjectResourceIdentifier",
    "DspSharingLinksSubjectResourceIdentifierMeta",
    "DspSharingLinksSubjectSingleRelationshipDataDocument",
    "DynamicModulesAttributes",
    "DynamicModulesItemsMultiRelationshipDataDocument",
    "DynamicModulesItemsResourceIdentifier",
    "DynamicModulesItemsResourceIdentifierMeta",
    "DynamicModulesMultiRelationshipDataDocument",
    "DynamicModulesMultiResourceDataDocument",
    "DynamicModulesRelationships",
    "DynamicModulesResourceObject",
    "DynamicModulesSeedItemResourceIdentifier",
    "DynamicModulesSeedItemResourceIdentifierMeta",
    "DynamicModulesSeedItemSingleRelationshipDataDocument",
    "DynamicModulesSingleRelationshipDataDocument",
    "DynamicModulesSingleResourceDataDocument",
    "DynamicPagesAttributes",
    "DynamicPagesMultiRelationshipDataDocument",
    "DynamicPagesMultiResourceDataDocument",
    "DynamicPagesRelationships",
    "DynamicPagesResourceObject",
    "DynamicPagesResourceObjectMeta",
    "DynamicPagesSingleRelationshipDataDocument",
    "DynamicPagesSubjectResourceIdentifier",
    "DynamicPagesSubjectResourceIdentifierMeta",
    "DynamicPagesSubjectSingleRelationshipDataDocument",
    "ErrorObject",
    "ErrorObjectSource",
    "ErrorsDocument",
    "ExternalLink",
    "ExternalLinkMeta",
    "ExternalLinkPayload",
    "FileStatus",
    "FileUploadLink",
    "FileUploadLinkMeta",
    "GenresAttributes",
    "GenresMultiResourceDataDocument",
    "GenresResourceObject",
    "GenresSingleResourceDataDocument",
    "Idempotency409ResponseBody",
    "Idempotency409ResponseBodyErrors",
    "Idempotency422ResponseBody",
    "Idempotency422ResponseBodyErrors",
    "InstallationsAttributes",
    "InstallationsCreateOperationPayload",
    "InstallationsCreateOperationPayloadData",
    "InstallationsCreateOperationPayloadDataAttributes",
    "InstallationsCreateSingleResourceDataDocument",
    "InstallationsMultiRelationshipDataDocument",
    "InstallationsMultiResourceDataDocument",
    "InstallationsOfflineInventoryItemIdentifier",
    "InstallationsOfflineInventoryMultiRelationshipDataDocument",
    "InstallationsOfflineInventoryRelationshipAddOperationPayload",
    "InstallationsOfflineInventoryRelationshipRemoveOperationPayload",
    "InstallationsOfflineInventoryResourceIdentifier",
    "InstallationsOfflineInventoryResourceIdentifierMeta",
    "InstallationsRelationships",
    "InstallationsResourceObject",
    "InstallationsSingleResourceDataDocument",
    "LegacyBarcodeId",
    "LegacySource",
    "LinkObject",
    "Links",
    "LinksMeta",
    "LyricsAttributes",
    "LyricsCreateOperationPayload",
    "LyricsCreateOperationPayloadData",
    "LyricsCreateOperationPayloadDataAttributes",
    "LyricsCreateOperationPayloadDataRelationships",
    "LyricsCreateOperationPayloadDataRelationshipsTrack",
    "LyricsCreateOperationPayloadDataRelationshipsTrackData",
    "LyricsCreateOperationPayloadMeta",
    "LyricsCreateSingleResourceDataDocument",
    "LyricsMultiRelationshipDataDocument",
    "LyricsProvider",
    "LyricsRelationships",
    "LyricsResourceObject",
    "LyricsSingleRelationshipDataDocument",
    "LyricsSingleResourceDataDocument",
    "LyricsTrackResourceIdentifier",
    "LyricsTrackResourceIdentifierMeta",
    "LyricsTrackSingleRelationshipDataDocument",
    "LyricsUpdateOperationPayload",
    "LyricsUpdateOperationPayloadData",
    "LyricsUpdateOperationPayloadDataAttributes",
    "ManualArtistClaimsAttributes",
    "ManualArtistClaimsCreateOperationPayload",
    "ManualArtistClaimsCreateOperationPayloadData",
    "ManualArtistClaimsCreateOperationPayloadDataAttributes",
    "ManualArtistClaimsCreateSingleResourceDataDocument",
    "ManualArtistClaimsResourceObject",
    "MultiRelationshipDataDocument",
    "MutationResponseDocument",
    "OfflineTasksAttributes",
    "OfflineTasksCollectionResourceIdentifier",
    "OfflineTasksCollectionResourceIdentifierMeta",
    "OfflineTasksCollectionSingleRelationshipDataDocument",
    "OfflineTasksItemResourceIdentifier",
    "OfflineTasksItemResourceIdentifierMeta",
    "OfflineTasksItemSingleRelationshipDataDocument",
    "OfflineTasksMultiRelationshipDataDocument",
    "OfflineTasksMultiResourceDataDocument",
    "OfflineTasksRelationships",
    "OfflineTasksResourceObject",
    "OfflineTasksSingleRelationshipDataDocument",
    "OfflineTasksSingleResourceDataDocument",
    "OfflineTasksUpdateOperationPayload",
    "OfflineTasksUpdateOperationPayloadData",
    "OfflineTasksUpdateOperationPayloadDataAttributes",
    "PlayQueuesAttributes",
    "PlayQueuesCreateOperationPayload",
    "PlayQueuesCreateOperationPayloadData",
    "PlayQueuesCreateSingleResourceDataDocument",
    "PlayQueuesCurrentRelationshipUpdateOperationPayload",
    "PlayQueuesCurrentRelationshipUpdateOperationPayloadData",
    "PlayQueuesCurrentRelationshipUpdateOperationPayloadDataMeta",
    "PlayQueuesCurrentResourceIdentifier",
    "PlayQueuesCurrentResourceIdentifierMeta",
    "PlayQueuesCurrentSingleRelationshipDataDocument",
    "PlayQueuesFutureMultiRelationshipDataDocument",
    "PlayQueuesFutureRelationshipAddOperationPayload",
    "PlayQueuesFutureRelationshipAddOperationPayloadData",
    "PlayQueuesFutureRelationshipAddOperationPayloadDataMeta",
    "PlayQueuesFutureRelationshipAddOperationPayloadMeta",
    "PlayQueuesFutureRelationshipRemoveOperationPayload",
    "PlayQueuesFutureRelationshipRemoveOperationPayloadData",
    "PlayQueuesFutureRelationshipRemoveOperationPayloadDataMeta",
    "PlayQueuesFutureRelationshipUpdateOperationPayload",
    "PlayQueuesFutureRelationshipUpdateOperationPayloadData",
    "PlayQueuesFutureRelationshipUpdateOperationPayloadDataMeta",
    "PlayQueuesFutureRelationshipUpdateOperationPayloadMeta",
    "PlayQueuesFutureResourceIdentifier",
    "PlayQueuesFutureResourceIdentifierMeta",
    "PlayQueuesMultiRelationshipDataDocument",
    "PlayQueuesMultiResourceDataDocument",
    "PlayQueuesPastMultiRelationshipDataDocument",
    "PlayQueuesPastResourceIdentifier",
    "PlayQueuesPastResourceIdentifierMeta",
    "PlayQueuesRelationships",
    "PlayQueuesResourceObject",
    "PlayQueuesSingleRelationshipDataDocument",
    "PlayQueuesSingleResourceDataDocument",
    "PlayQueuesUpdateOperationPayload",
    "PlayQueuesUpdateOperationPayloadData",
    "PlayQueuesUpdateOperationPayloadDataAttributes",
    "PlaylistsAttributes",
    "PlaylistsCollaboratorProfilesRelationshipAddOperationPayload",
    "PlaylistsCollaboratorProfilesRelationshipAddOperationPayloadData",
    "PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayload",
    "PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayloadData",
    "PlaylistsCoverArtRelationshipUpdateOperationPayload",
    "PlaylistsCoverArtRelationshipUpdateOperationPayloadData",
    "PlaylistsCreateOperationPayload",
    "PlaylistsCreateOperationPayloadData",
    "PlaylistsCreateOperationPayloadDataAttributes",
    "PlaylistsCreateSingleResourceDataDocument",
    "PlaylistsItemsAddMultiRelationshipDataDocument",
    "PlaylistsItemsAddMultiRelationshipDataDocumentMeta",
    "PlaylistsItemsAddResourceIdentifier",
    "PlaylistsItemsAddResourceIdentifierMeta",
    "PlaylistsItemsMultiRelationshipDataDocument",
    "PlaylistsItemsRelationshipAddOperationPayload",
    "PlaylistsItemsRelationshipAddOperationPayloadData",
    "PlaylistsItemsRelationshipAddOperationPayloadDataMeta",
    "PlaylistsItemsRelationshipAddOperationPayloadMeta",
    "PlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem",
    "PlaylistsItemsRelationshipRemoveOperationPayload",
    "PlaylistsItemsRelationshipRemoveOperationPayloadData",
    "PlaylistsItemsRelationshipRemoveOperationPayloadDataMeta",
    "PlaylistsItemsRelationshipUpdateOperationPayload",
    "PlaylistsItemsRelationshipUpdateOperationPayloadData",
    "PlaylistsItemsRelationshipUpdateOperationPayloadDataMeta",
    "PlaylistsItemsRelationshipUpdateOperationPayloadMeta",
    "PlaylistsItemsResourceIdentifier",
    "PlaylistsItemsResourceIdentifierMeta",
    "PlaylistsMultiRelationshipDataDocument",
    "PlaylistsMultiResourceDataDocument",
    "PlaylistsRelationships",
    "PlaylistsResourceObject",
    "PlaylistsSingleResourceDataDocument",
    "PlaylistsSuggestedCoverArtsMultiRelationshipDataDocument",
    "PlaylistsSuggestedCoverArtsResourceIdentifier",
    "PlaylistsSuggestedCoverArtsResourceIdentifierMeta",
    "PlaylistsUpdateOperationPayload",
    "PlaylistsUpdateOperationPayloadData",
    "PlaylistsUpdateOperationPayloadDataAttributes",
    "PlaylistsUpdateSingleResourceDataDocument",
    "PriceConfigurationsAttributes",
    "PriceConfigurationsCreateOperationPayload",
    "PriceConfigurationsCreateOperationPayloadData",
    "PriceConfigurationsCreateOperationPayloadDataAttributes",
    "PriceConfigurationsCreateOperationPayloadDataRelationships",
    "PriceConfigurationsCreateOperationPayloadDataRelationshipsSubjects",
    "PriceConfigurationsCreateOperationPayloadSubjects",
    "PriceConfigurationsCreateSingleResourceDataDocument",
    "PriceConfigurationsMultiResourceDataDocument",
    "PriceConfigurationsResourceObject",
    "PriceConfigurationsSingleResourceDataDocument",
    "ProviderOwnersAttributes",
    "ProviderOwnersMultiRelationshipDataDocument",
    "ProviderOwnersMultiResourceDataDocument",
    "ProviderOwnersRelationships",
    "ProviderOwnersResourceObject",
    "ProviderOwnersSingleRelationshipDataDocument",
    "ProviderProductInfosAttributes",
    "ProviderProductInfosMultiResourceDataDocument",
    "ProviderProductInfosRelationships",
    "ProviderProductInfosResourceObject",
    "ProviderProductInfosSingleRelationshipDataDocument",
    "ProviderProductInfosSubjectResourceIdentifier",
    "ProviderProductInfosSubjectResourceIdentifierMeta",
    "ProviderProductInfosSubjectSingleRelationshipDataDocument",
    "ProvidersAttributes",
    "ProvidersResourceObject",
    "ProvidersSingleResourceDataDocument",
    "PurchasesAttributes",
    "PurchasesMultiRelationshipDataDocument",
    "PurchasesMultiResourceDataDocument",
    "PurchasesRelationships",
    "PurchasesResourceObject",
    "PurchasesSingleRelationshipDataDocument",
    "PurchasesSubjectResourceIdentifier",
    "PurchasesSubjectResourceIdentifierMeta",
    "PurchasesSubjectSingleRelationshipDataDocument",
    "ReactionStats",
    "ReactionsAttributes",
    "ReactionsCreateOperationPayload",
    "ReactionsCreateOperationPayloadData",
    "ReactionsCreateOperationPayloadDataAttributes",
    "ReactionsCreateOperationPayloadDataRelationships",
    "ReactionsCreateOperationPayloadDataRelationshipsSubject",
    "ReactionsCreateOperationPayloadDataRelationshipsSubjectData",
    "ReactionsCreateSingleResourceDataDocument",
    "ReactionsMultiRelationshipDataDocument",
    "ReactionsMultiResourceDataDocument",
    "ReactionsMultiResourceDataDocumentMeta",
    "ReactionsRelationships",
    "ReactionsResourceObject",
    "ReplacementOriginalIdentifier",
    "ReplacementProvenance",
    "ResourceIdentifier",
    "ResourceObjectObjectObject",
    "SavedSharesAttributes",
    "SavedSharesCreateOperationPayload",
    "SavedSharesCreateOperationPayloadData",
    "SavedSharesCreateOperationPayloadDataRelationships",
    "SavedSharesCreateOperationPayloadDataRelationshipsShare",
    "SavedSharesCreateOperationPayloadDataRelationshipsShareData",
    "SavedSharesCreateSingleResourceDataDocument",
    "SavedSharesResourceObject",
    "ScopesAttributes",
    "ScopesMultiResourceDataDocument",
    "ScopesResourceObject",
    "SearchHistoryEntriesAttributes",
    "SearchHistoryEntriesResourceObject",
    "SearchResultsAlbumsMultiRelationshipDataDocument",
    "SearchResultsAlbumsResourceIdentifier",
    "SearchResultsAlbumsResourceIdentifierMeta",
    "SearchResultsArtistsMultiRelationshipDataDocument",
    "SearchResultsArtistsResourceIdentifier",
    "SearchResultsArtistsResourceIdentifierMeta",
    "SearchResultsAttributes",
    "SearchResultsMultiRelationshipDataDocument",
    "SearchResultsMultiResourceDataDocument",
    "SearchResultsPlaylistsMultiRelationshipDataDocument",
    "SearchResultsPlaylistsResourceIdentifier",
    "SearchResultsPlaylistsResourceIdentifierMeta",
    "SearchResultsRelationships",
    "SearchResultsResourceObject",
    "SearchResultsTopHitsMultiRelationshipDataDocument",
    "SearchResultsTopHitsResourceIdentifier",
    "SearchResultsTopHitsResourceIdentifierMeta",
    "SearchResultsTracksMultiRelationshipDataDocument",
    "SearchResultsTracksResourceIdentifier",
    "SearchResultsTracksResourceIdentifierMeta",
    "SearchResultsVideosMultiRelationshipDataDocument",
    "SearchResultsVideosResourceIdentifier",
    "SearchResultsVideosResourceIdentifierMeta",
    "SearchSuggestionsAttributes",
    "SearchSuggestionsDirectHitsMultiRelationshipDataDocument",
    "SearchSuggestionsDirectHitsResourceIdentifier",
    "SearchSuggestionsDirectHitsResourceIdentifierMeta",
    "SearchSuggestionsHighlights",
    "SearchSuggestionsMultiRelationshipDataDocument",
    "SearchSuggestionsMultiResourceDataDocument",
    "SearchSuggestionsRelationships",
    "SearchSuggestionsResourceObject",
    "SearchSuggestionsSuggestions",
    "SharesAttributes",
    "SharesCreateOperationPayload",
    "SharesCreateOperationPayloadData",
    "SharesCreateOperationPayloadDataRelationships",
    "SharesCreateOperationPayloadDataRelationshipsSharedResources",
    "SharesCreateOperationPayloadDataRelationshipsSharedResourcesData",
    "SharesCreateSingleResourceDataDocument",
    "SharesMultiRelationshipDataDocument",
    "SharesMultiResourceDataDocument",
    "SharesRelationships",
    "SharesResourceObject",
    "SharesSharedResourcesMultiRelationshipDataDocument",
    "SharesSharedResourcesResourceIdentifier",
    "SharesSharedResourcesResourceIdentifierMeta",
    "SharesSingleResourceDataDocument",
    "SingleRelationshipDataDocument",
    "SquareConnectionsAttributes",
    "SquareConnectionsCapability",
    "SquareConnectionsCreateOperationPayload",
    "SquareConnectionsCreateOperationPayloadData",
    "SquareConnectionsCreateOperationPayloadMeta",
    "SquareConnectionsCreateSingleResourceDataDocument",
    "SquareConnectionsMultiRelationshipDataDocument",
    "SquareConnectionsReadById403ResponseBody",
    "SquareConnectionsReadById403ResponseBodyErrors",
    "SquareConnectionsReadMultiDataRelationship403ResponseBody",
    "SquareConnectionsReadMultiDataRelationship403ResponseBodyErrors",
    "SquareConnectionsReadSingleDataRelationship403ResponseBody",
    "SquareConnectionsReadSingleDataRelationship403ResponseBodyErrors",
    "SquareConnectionsRelationships",
    "SquareConnectionsResourceObject",
    "SquareConnectionsSelectedSiteRelationshipUpdateOperationPayload",
    "SquareConnectionsSelectedSiteRelationshipUpdateOperationPayloadData",
    "SquareConnectionsSelectedSiteUpdateResourceIdentifier",
    "SquareConnectionsSelectedSiteUpdateSingleRelationshipDataDocument",
    "SquareConnectionsSingleRelationshipDataDocument",
    "SquareConnectionsSingleResourceDataDocument",
    "SquareConnectionsUpdateSingleDataRelationship403ResponseBody",
    "SquareConnectionsUpdateSingleDataRelationship403ResponseBodyErrors",
    "SquareConnectionsUpdateSingleDataRelationship409ResponseBody",
    "SquareConnectionsUpdateSingleDataRelationship409ResponseBodyErrors",
    "SquareSitesAttributes",
    "SquareSitesResourceObject",
    "StripeConnectionsAttributes",
    "StripeConnectionsCreateOperationPayload",
    "StripeConnectionsCreateOperationPayloadData",
    "StripeConnectionsCreateOperationPayloadDataAttributes",
    "StripeConnectionsCreateOperationPayloadMeta",
    "StripeConnectionsCreateSingleResourceDataDocument",
    "StripeConnectionsMultiRelationshipDataDocument",
    "StripeConnectionsMultiResourceDataDocument",
    "StripeConnectionsRelationships",
    "StripeConnectionsResourceObject",
    "StripeDashboardLinksAttributes",
    "StripeDashboardLinksMultiRelationshipDataDocument",
    "StripeDashboardLinksMultiResourceDataDocument",
    "StripeDashboardLinksRelationships",
    "StripeDashboardLinksResourceObject",
    "SubscriptionPriceChangeDecisionsAttributes",
    "SubscriptionPriceChangeDecisionsCreateOperationPayload",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadData",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadDataAttributes",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationships",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChange",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChangeData",
    "SubscriptionPriceChangeDecisionsCreateSingleResourceDataDocument",
    "SubscriptionPriceChangeDecisionsMultiResourceDataDocument",
    "SubscriptionPriceChangeDecisionsRelationships",
    "SubscriptionPriceChangeDecisionsResourceObject",
    "SubscriptionPriceChangeDecisionsSingleRelationshipDataDocument",
    "SubscriptionPriceChangeDecisionsUpdateOperationPayload",
    "SubscriptionPriceChangeDecisionsUpdateOperationPayloadData",
    "SubscriptionPriceChangeDecisionsUpdateOperationPayloadDataAttributes",
    "SubscriptionPriceChangeDecisionsUpdateSingleResourceDataDocument",
    "TemporaryUserTokensAttributes",
    "TemporaryUserTokensCreateOperationPayload",
    "TemporaryUserTokensCreateOperationPayloadData",
    "TemporaryUserTokensCreateSingleResourceDataDocument",
    "TemporaryUserTokensMultiRelationshipDataDocument",
    "TemporaryUserTokensRelationships",
    "TemporaryUserTokensResourceObject",
    "TemporaryUserTokensSingleResourceDataDocument",
    "TermsAttributes",
    "TermsMultiResourceDataDocument",
    "TermsResourceObject",
    "TermsResourceObjectMeta",
    "TermsSingleResourceDataDocument",
    "ThirdPartyLyricsProvider",
    "TidalLyricsProvider",
    "TrackFilesAttributes",
    "TrackFilesReadById403ResponseBody",
    "TrackFilesReadById403ResponseBodyErrors",
    "TrackFilesReadById404ResponseBody",
    "TrackFilesReadById404ResponseBodyErrors",
    "TrackFilesResourceObject",
    "TrackFilesSingleResourceDataDocument",
    "TrackInfo",
    "TrackManifestsAttributes",
    "TrackManifestsReadById403ResponseBody",
    "TrackManifestsReadById403ResponseBodyErrors",
    "TrackManifestsReadById404ResponseBody",
    "TrackManifestsReadById404ResponseBodyErrors",
    "TrackManifestsResourceObject",
    "TrackManifestsSingleResourceDataDocument",
    "TrackSourceFilesAttributes",
    "TrackSourceFilesCreateOperationPayload",
    "TrackSourceFilesCreateOperationPayloadData",
    "TrackSourceFilesCreateOperationPayloadDataAttributes",
    "TrackSourceFilesCreateOperationPayloadDataRelationships",
    "TrackSourceFilesCreateOperationPayloadDataRelationshipsTrack",
    "TrackSourceFilesCreateOperationPayloadDataRelationshipsTrackData",
    "TrackSourceFilesCreateSingleResourceDataDocument",
    "TrackSourceFilesMultiRelationshipDataDocument",
    "TrackSourceFilesRelationships",
    "TrackSourceFilesResourceObject",
    "TrackSourceFilesSingleResourceDataDocument",
    "TrackStatisticsAttributes",
    "TrackStatisticsMultiRelationshipDataDocument",
    "TrackStatisticsRelationships",
    "TrackStatisticsResourceObject",
    "TrackStatisticsSingleResourceDataDocument",
    "TracksAlbumsMultiRelationshipDataDocument",
    "TracksAlbumsRelationshipUpdateOperationPayload",
    "TracksAlbumsRelationshipUpdateOperationPayloadData",
    "TracksAlbumsResourceIdentifier",
    "TracksAlbumsResourceIdentifierMeta",
    "TracksAttributes",
    "TracksCreateOperationPayload",
    "TracksCreateOperationPayloadData",
    "TracksCreateOperationPayloadDataAttributes",
    "TracksCreateOperationPayloadDataRelationships",
    "TracksCreateOperationPayloadDataRelationshipsAlbums",
    "TracksCreateOperationPayloadDataRelationshipsAlbumsData",
    "TracksCreateOperationPayloadDataRelationshipsArtists",
    "TracksCreateOperationPayloadDataRelationshipsArtistsData",
    "TracksCreateOperationPayloadDataRelationshipsGenres",
    "TracksCreateOperationPayloadDataRelationshipsGenresData",
    "TracksCreateSingleResourceDataDocument",
    "TracksMetadataStatusAttributes",
    "TracksMetadataStatusResourceObject",
    "TracksMetadataStatusSingleResourceDataDocument",
    "TracksMultiRelationshipDataDocument",
    "TracksMultiResourceDataDocument",
    "TracksRelationships",
    "TracksReplacementResourceIdentifier",
    "TracksReplacementResourceIdentifierMeta",
    "TracksReplacementSingleRelationshipDataDocument",
    "TracksResourceObject",
    "TracksSimilarTracksMultiRelationshipDataDocument",
    "TracksSimilarTracksResourceIdentifier",
    "TracksSimilarTracksResourceIdentifierMeta",
    "TracksSingleRelationshipDataDocument",
    "TracksSingleResourceDataDocument",
    "TracksSuggestedTracksMultiRelationshipDataDocument",
    "TracksSuggestedTracksResourceIdentifier",
    "TracksSuggestedTracksResourceIdentifierMeta",
    "TracksUpdateOperationPayload",
    "TracksUpdateOperationPayloadData",
    "TracksUpdateOperationPayloadDataAttributes",
    "TracksUpdateOperationPayloadDataRelationships",
    "TracksUpdateOperationPayloadDataRelationshipsGenres",
    "TracksUpdateOperationPayloadDataRelationshipsGenresData",
    "UsageRulesAttributes",
    "UsageRulesCreateOperationPayload",
    "UsageRulesCreateOperationPayloadData",
    "UsageRulesCreateOperationPayloadDataAttributes",
    "UsageRulesCreateOperationPayloadDataRelationships",
    "UsageRulesCreateOperationPayloadDataRelationshipsSubject",
    "UsageRulesCreateOperationPayloadSubject",
    "UsageRulesCreateSingleResourceDataDocument",
    "UsageRulesResourceObject",
    "UsageRulesSingleResourceDataDocument",
    "UserCollection",
    "UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBody",
    "UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBodyErrors",
    "UserCollectionAlbumsAttributes",
    "UserCollectionAlbumsItemsAddMultiRelationshipDataDocument",
    "UserCollectionAlbumsItemsAddMultiRelationshipDataDocumentMeta",
    "UserCollectionAlbumsItemsAddResourceIdentifier",
    "UserCollectionAlbumsItemsAddResourceIdentifierMeta",
    "UserCollectionAlbumsItemsMultiRelationshipDataDocument",
    "UserCollectionAlbumsItemsRelationshipAddOperationPayload",
    "UserCollectionAlbumsItemsRelationshipAddOperationPayloadData",
    "UserCollectionAlbumsItemsRelationshipAddOperationPayloadDataMeta",
    "UserCollectionAlbumsItemsRelationshipAddOperationResponseMetaSkippedItem",
    "UserCollectionAlbumsItemsRelationshipRemoveOperationPayload",
    "UserCollectionAlbumsItemsRelationshipRemoveOperationPayloadData",
    "UserCollectionAlbumsItemsResourceIdentifier",
    "UserCollectionAlbumsItemsResourceIdentifierMeta",
    "UserCollectionAlbumsMultiRelationshipDataDocument",
    "UserCollectionAlbumsRelationships",
    "UserCollectionAlbumsResourceObject",
    "UserCollectionAlbumsSingleResourceDataDocument",
    "UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBody",
    "UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors",
    "UserCollectionArtistsAttributes",
    "UserCollectionArtistsItemsAddMultiRelationshipDataDocument",
    "UserCollectionArtistsItemsAddMultiRelationshipDataDocumentMeta",
    "UserCollectionArtistsItemsAddResourceIdentifier",
    "UserCollectionArtistsItemsAddResourceIdentifierMeta",
    "UserCollectionArtistsItemsMultiRelationshipDataDocument",
    "UserCollectionArtistsItemsRelationshipAddOperationPayload",
    "UserCollectionArtistsItemsRelationshipAddOperationPayloadData",
    "UserCollectionArtistsItemsRelationshipAddOperationPayloadDataMeta",
    "UserCollectionArtistsItemsRelationshipAddOperationResponseMetaSkippedItem",
    "UserCollectionArtistsItemsRelationshipRemoveOperationPayload",
    "UserCollectionArtistsItemsRelationshipRemoveOperationPayloadData",
    "UserCollectionArtistsItemsResourceIdentifier",
    "UserCollectionArtistsItemsResourceIdentifierMeta",
    "UserCollectionArtistsMultiRelationshipDataDocument",
    "UserCollectionArtistsRelationships",
    "UserCollectionArtistsResourceObject",
    "UserCollectionArtistsSingleResourceDataDocument",
    "UserCollectionFoldersAttributes",
    "UserCollectionFoldersCreateOperationPayload",
    "UserCollectionFoldersCreateOperationPayloadData",
    "UserCollectionFoldersCreateOperationPayloadDataAttributes",
    "UserCollectionFoldersCreateOperationPayloadDataRelationships",
    "UserCollectionFoldersCreateOperationPayloadDataRelationshipsUserCollection",
    "UserCollectionFoldersCreateSingleResourceDataDocument",
    "UserCollectionFoldersDeleteResource400ResponseBody",
    "UserCollectionFoldersDeleteResource400ResponseBodyErrors",
    "UserCollectionFoldersItemsMultiRelationshipDataDocument",
    "UserCollectionFoldersItemsRelationshipAddOperationPayload",
    "UserCollectionFoldersItemsRelationshipAddOperationPayloadData",
    "UserCollectionFoldersItemsRelationshipRemoveOperationPayload",
    "UserCollectionFoldersItemsRelationshipRemoveOperationPayloadData",
    "UserCollectionFoldersItemsResourceIdentifier",
    "UserCollectionFoldersItemsResourceIdentifierMeta",
    "UserCollectionFoldersMultiRelationshipDataDocument",
    "UserCollectionFoldersMultiResourceDataDocument",
    "UserCollectionFoldersRelationships",
    "UserCollectionFoldersResourceObject",
    "UserCollectionFoldersSingleRelationshipDataDocument",
    "UserCollectionFoldersSingleResourceDataDocument",
    "UserCollectionFoldersUpdateOperationPayload",
    "UserCollectionFoldersUpdateOperationPayloadData",
    "UserCollectionFoldersUpdateOperationPayloadDataAttributes",
    "UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBody",
    "UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors",
    "UserCollectionPlaylistsAttributes",
    "UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument",
    "UserCollectionPlaylistsItemsAddMultiRelationshipDataDocumentMeta",
    "UserCollectionPlaylistsItemsAddResourceIdentifier",
    "UserCollectionPlaylistsItemsAddResourceIdentifierMeta",
    "UserCollectionPlaylistsItemsMultiRelationshipDataDocument",
    "UserCollectionPlaylistsItemsRelationshipAddOperationPayload",
    "UserCollectionPlaylistsItemsRelationshipAddOperationPayloadData",
    "UserCollectionPlaylistsItemsRelationshipAddOperationPayloadDataMeta",
    "UserCollectionPlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem",
    "UserCollectionPlaylistsItemsRelationshipRemoveOperationPayload",
    "UserCollectionPlaylistsItemsRelationshipRemoveOperationPayloadData",
    "UserCollectionPlaylistsItemsResourceIdentifier",
    "UserCollectionPlaylistsItemsResourceIdentifierMeta",
    "UserCollectionPlaylistsMultiRelationshipDataDocument",
    "UserCollectionPlaylistsRelationships",
    "UserCollectionPlaylistsResourceObject",
    "UserCollectionPlaylistsSingleResourceDataDocument",
    "UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBody",
    "UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBodyErrors",
    "UserCollectionSaveForLatersAttributes",
    "UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocument",
    "UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocumentMeta",
    "UserCollectionSaveForLatersItemsAddResourceIdentifier",
    "UserCollectionSaveForLatersItemsAddResourceIdentifierMeta",
    "UserCollectionSaveForLatersItemsMultiRelationshipDataDocument",
    "UserCollectionSaveForLatersItemsRelationshipAddOperationPayload",
    "UserCollectionSaveForLatersItemsRelationshipAddOperationPayloadData",
    "UserCollectionSaveForLatersItemsRelationshipAddOperationResponseMetaSkippedItem",
    "UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayload",
    "UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayloadData",
    "UserCollectionSaveForLatersItemsResourceIdentifier",
    "UserCollectionSaveForLatersItemsResourceIdentifierMeta",
    "UserCollectionSaveForLatersMultiRelationshipDataDocument",
    "UserCollectionSaveForLatersRelationships",
    "UserCollectionSaveForLatersResourceObject",
    "UserCollectionSaveForLatersSingleResourceDataDocument",
    "UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBody",
    "UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBodyErrors",
    "UserCollectionTracksAttributes",
    "UserCollectionTracksItemsAddMultiRelationshipDataDocument",
    "UserCollectionTracksItemsAddMultiRelationshipDataDocumentMeta",
    "UserCollectionTracksItemsAddResourceIdentifier",
    "UserCollectionTracksItemsAddResourceIdentifierMeta",
    "UserCollectionTracksItemsMultiRelationshipDataDocument",
    "UserCollectionTracksItemsRelationshipAddOperationPayload",
    "UserCollectionTracksItemsRelationshipAddOperationPayloadData",
    "UserCollectionTracksItemsRelationshipAddOperationPayloadDataMeta",
    "UserCollectionTracksItemsRelationshipAddOperationResponseMetaSkippedItem",
    "UserCollectionTracksItemsRelationshipRemoveOperationPayload",
    "UserCollectionTracksItemsRelationshipRemoveOperationPayloadData",
    "UserCollectionTracksItemsResourceIdentifier",
    "UserCollectionTracksItemsResourceIdentifierMeta",
    "UserCollectionTracksMultiRelationshipDataDocument",
    "UserCollectionTracksRelationships",
    "UserCollectionTracksResourceObject",
    "UserCollectionTracksSingleResourceDataDocument",
    "UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBody",
    "UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBodyErrors",
    "UserCollectionVideosAttributes",
    "UserCollectionVideosItemsAddMultiRelationshipDataDocument",
    "UserCollectionVideosItemsAddMultiRelationshipDataDocumentMeta",
    "UserCollectionVideosItemsAddResourceIdentifier",
    "UserCollectionVideosItemsAddResourceIdentifierMeta",
    "UserCollectionVideosItemsMultiRelationshipDataDocument",
    "UserCollectionVideosItemsRelationshipAddOperationPayload",
    "UserCollectionVideosItemsRelationshipAddOperationPayloadData",
    "UserCollectionVideosItemsRelationshipAddOperationPayloadDataMeta",
    "UserCollectionVideosItemsRelationshipAddOperationResponseMetaSkippedItem",
    "UserCollectionVideosItemsRelationshipRemoveOperationPayload",
    "UserCollectionVideosItemsRelationshipRemoveOperationPayloadData",
    "UserCollectionVideosItemsResourceIdentifier",
    "UserCollectionVideosItemsResourceIdentifierMeta",
    "UserCollectionVideosMultiRelationshipDataDocument",
    "UserCollectionVideosRelationships",
    "UserCollectionVideosResourceObject",
    "UserCollectionVideosSingleResourceDataDocument",
    "UserCollectionsAddMultiDataRelationship409ResponseBody",
    "UserCollectionsAddMultiDataRelationship409ResponseBodyErrors",
    "UserCollectionsAlbumsMultiRelationshipDataDocument",
    "UserCollectionsAlbumsRelationshipAddOperationPayload",
    "UserCollectionsAlbumsRelationshipAddOperationPayloadData",
    "UserCollectionsAlbumsRelationshipAddOperationPayloadDataMeta",
    "UserCollectionsAlbumsRelationshipRemoveOperationPayload",
    "UserCollectionsAlbumsRelationshipRemoveOperationPayloadData",
    "UserCollectionsAlbumsResourceIdentifier",
    "UserCollectionsAlbumsResourceIdentifierMeta",
    "UserCollectionsArtistsMultiRelationshipDataDocument",
    "UserCollectionsArtistsRelationshipAddOperationPayload",
    "UserCollectionsArtistsRelationshipAddOperationPayloadData",
    "UserCollectionsArtistsRelationshipAddOperationPayloadDataMeta",
    "UserCollectionsArtistsRelationshipRemoveOperationPayload",
    "UserCollectionsArtistsRelationshipRemoveOperationPayloadData",
    "UserCollectionsArtistsResourceIdentifier",
    "UserCollectionsArtistsResourceIdentifierMeta",
    "UserCollectionsAttributes",
    "UserCollectionsMultiRelationshipDataDocument",
    "UserCollectionsPlaylistsMultiRelationshipDataDocument",
    "UserCollectionsPlaylistsRelationshipAddOperationPayload",
    "UserCollectionsPlaylistsRelationshipAddOperationPayloadData",
    "UserCollectionsPlaylistsRelationshipRemoveOperationPayload",
    "UserCollectionsPlaylistsRelationshipRemoveOperationPayloadData",
    "UserCollectionsPlaylistsResourceIdentifier",
    "UserCollectionsPlaylistsResourceIdentifierMeta",
    "UserCollectionsRelationships",
    "UserCollectionsResourceObject",
    "UserCollectionsSingleResourceDataDocument",
    "UserCollectionsTracksMultiRelationshipDataDocument",
    "UserCollectionsTracksRelationshipAddOperationPayload",
    "UserCollectionsTracksRelationshipAddOperationPayloadData",
    "UserCollectionsTracksRelationshipAddOperationPayloadDataMeta",
    "UserCollectionsTracksRelationshipRemoveOperationPayload",
    "UserCollectionsTracksRelationshipRemoveOperationPayloadData",
    "UserCollectionsTracksResourceIdentifier",
    "UserCollectionsTracksResourceIdentifierMeta",
    "UserCollectionsVideosMultiRelationshipDataDocument",
    "UserCollectionsVideosRelationshipAddOperationPayload",
    "UserCollectionsVideosRelationshipAddOperationPayloadData",
    "UserCollectionsVideosRelationshipRemoveOperationPayload",
    "UserCollectionsVideosRelationshipRemoveOperationPayloadData",
    "UserCollectionsVideosResourceIdentifier",
    "UserCollectionsVideosResourceIdentifierMeta",
    "UserDailyMixesAttributes",
    "UserDailyMixesMultiRelationshipDataDocument",
    "UserDailyMixesRelationships",
    "UserDailyMixesResourceObject",
    "UserDailyMixesSingleResourceDataDocument",
    "UserDataExportRequestsAttributes",
    "UserDataExportRequestsCreateOperationPayload",
    "UserDataExportRequestsCreateOperationPayloadData",
    "UserDataExportRequestsCreateOperationPayloadDataAttributes",
    "UserDataExportRequestsCreateSingleResourceDataDocument",
    "UserDataExportRequestsResourceObject",
    "UserDiscoveryMixesAttributes",
    "UserDiscoveryMixesMultiRelationshipDataDocument",
    "UserDiscoveryMixesRelationships",
    "UserDiscoveryMixesResourceObject",
    "UserDiscoveryMixesSingleResourceDataDocument",
    "UserNewReleaseMixesAttributes",
    "UserNewReleaseMixesMultiRelationshipDataDocument",
    "UserNewReleaseMixesRelationships",
    "UserNewReleaseMixesResourceObject",
    "UserNewReleaseMixesSingleResourceDataDocument",
    "UserOfflineMixesAttributes",
    "UserOfflineMixesMultiRelationshipDataDocument",
    "UserOfflineMixesRelationships",
    "UserOfflineMixesResourceObject",
    "UserOfflineMixesSingleResourceDataDocument",
    "UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBody",
    "UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBodyErrors",
    "UserRecommendationBlocksArtistsAddMultiRelationshipDataDocument",
    "UserRecommendationBlocksArtistsAddResourceIdentifier",
    "UserRecommendationBlocksArtistsMultiRelationshipDataDocument",
    "UserRecommendationBlocksArtistsRelationshipAddOperationPayload",
    "UserRecommendationBlocksArtistsRelationshipAddOperationPayloadData",
    "UserRecommendationBlocksArtistsRelationshipRemoveOperationPayload",
    "UserRecommendationBlocksArtistsRelationshipRemoveOperationPayloadData",
    "UserRecommendationBlocksArtistsResourceIdentifier",
    "UserRecommendationBlocksArtistsResourceIdentifierMeta",
    "UserRecommendationBlocksAttributes",
    "UserRecommendationBlocksMultiRelationshipDataDocument",
    "UserRecommendationBlocksRelationships",
    "UserRecommendationBlocksResourceObject",
    "UserRecommendationBlocksSingleResourceDataDocument",
    "UserRecommendationBlocksTracksAddMultiRelationshipDataDocument",
    "UserRecommendationBlocksTracksAddResourceIdentifier",
    "UserRecommendationBlocksTracksMultiRelationshipDataDocument",
    "UserRecommendationBlocksTracksRelationshipAddOperationPayload",
    "UserRecommendationBlocksTracksRelationshipAddOperationPayloadData",
    "UserRecommendationBlocksTracksRelationshipRemoveOperationPayload",
    "UserRecommendationBlocksTracksRelationshipRemoveOperationPayloadData",
    "UserRecommendationBlocksTracksResourceIdentifier",
    "UserRecommendationBlocksTracksResourceIdentifierMeta",
    "UserRecommendationBlocksVideosAddMultiRelationshipDataDocument",
    "UserRecommendationBlocksVideosAddResourceIdentifier",
    "UserRecommendationBlocksVideosMultiRelationshipDataDocument",
    "UserRecommendationBlocksVideosRelationshipAddOperationPayload",
    "UserRecommendationBlocksVideosRelationshipAddOperationPayloadData",
    "UserRecommendationBlocksVideosRelationshipRemoveOperationPayload",
    "UserRecommendationBlocksVideosRelationshipRemoveOperationPayloadData",
    "UserRecommendationBlocksVideosResourceIdentifier",
    "UserRecommendationBlocksVideosResourceIdentifierMeta",
    "UserRecommendationsAttributes",
    "UserRecommendationsMultiRelationshipDataDocument",
    "UserRecommendationsRelationships",
    "UserRecommendationsResourceObject",
    "UserRecommendationsSingleResourceDataDocument",
    "UserReportsAttributes",
    "UserReportsCreateOperationPayload",
    "UserReportsCreateOperationPayloadData",
    "UserReportsCreateOperationPayloadDataAttributes",
    "UserReportsCreateOperationPayloadDataRelationships",
    "UserReportsCreateOperationPayloadDataRelationshipsReportedResources",
    "UserReportsCreateOperationPayloadDataRelationshipsReportedResourcesData",
    "UserReportsCreateSingleResourceDataDocument",
    "UserReportsResourceObject",
    "UserSubscriptionPriceChangesAttributes",
    "UserSubscriptionPriceChangesMultiResourceDataDocument",
    "UserSubscriptionPriceChangesRelationships",
    "UserSubscriptionPriceChangesResourceObject",
    "UserSubscriptionPriceChangesSingleRelationshipDataDocument",
    "UsersAttributes",
    "UsersResourceObject",
    "UsersSingleResourceDataDocument",
    "VideoManifestsAttributes",
    "VideoManifestsReadById403ResponseBody",
    "VideoManifestsReadById403ResponseBodyErrors",
    "VideoManifestsReadById404ResponseBody",
    "VideoManifestsReadById404ResponseBodyErrors",
    "VideoManifestsResourceObject",
    "VideoManifestsSingleResourceDataDocument",
    "VideosAlbumsMultiRelationshipDataDocument",
    "VideosAlbumsResourceIdentifier",
    "VideosAlbumsResourceIdentifierMeta",
    "VideosAttributes",
    "VideosMultiRelationshipDataDocument",
    "VideosMultiResourceDataDocument",
    "VideosRelationships",
    "VideosReplacementResourceIdentifier",
    "VideosReplacementResourceIdentifierMeta",
    "VideosReplacementSingleRelationshipDataDocument",
    "VideosResourceObject",
    "VideosSimilarVideosMultiRelationshipDataDocument",
    "VideosSimilarVideosResourceIdentifier",
    "VideosSimilarVideosResourceIdentifierMeta",
    "VideosSingleRelationshipDataDocument",
    "VideosSingleResourceDataDocument",
    "VideosSuggestedVideosMultiRelationshipDataDocument",
    "VideosSuggestedVideosResourceIdentifier",
    "VideosSuggestedVideosResourceIdentifierMeta",
]

MODELS: dict[str, str] = {
    "AcceptedTermsAttributes": "tidalkit.api._generated.accepted_terms",
    "AcceptedTermsCreateOperationPayload": "tidalkit.api._generated.accepted_terms_payloads",
    "AcceptedTermsCreateOperationPayloadData": "tidalkit.api._generated.accepted_terms_payloads",
    "AcceptedTermsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.accepted_terms_payloads",
    "AcceptedTermsCreateOperationPayloadDataRelationshipsTerms": "tidalkit.api._generated.accepted_terms_payloads",
    "AcceptedTermsCreateOperationPayloadDataRelationshipsTermsData": "tidalkit.api._generated.accepted_terms_payloads",
    "AcceptedTermsCreateSingleResourceDataDocument": "tidalkit.api._generated.accepted_terms",
    "AcceptedTermsMultiRelationshipDataDocument": "tidalkit.api._generated.accepted_terms",
    "AcceptedTermsMultiResourceDataDocument": "tidalkit.api._generated.accepted_terms",
    "AcceptedTermsRelationships": "tidalkit.api._generated.accepted_terms",
    "AcceptedTermsResourceObject": "tidalkit.api._generated.accepted_terms",
    "AcceptedTermsSingleRelationshipDataDocument": "tidalkit.api._generated.accepted_terms",
    "AlbumStatisticsAttributes": "tidalkit.api._generated.album_statistics",
    "AlbumStatisticsMultiRelationshipDataDocument": "tidalkit.api._generated.album_statistics",
    "AlbumStatisticsRelationships": "tidalkit.api._generated.album_statistics",
    "AlbumStatisticsResourceObject": "tidalkit.api._generated.album_statistics",
    "AlbumStatisticsSingleResourceDataDocument": "tidalkit.api._generated.album_statistics",
    "AlbumsAttributes": "tidalkit.api._generated.albums",
    "AlbumsCoverArtRelationshipUpdateOperationPayload": "tidalkit.api._generated.albums_payloads",
    "AlbumsCoverArtRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.albums_payloads",
    "AlbumsCreateOperationPayload": "tidalkit.api._generated.albums_payloads",
    "AlbumsCreateOperationPayloadData": "tidalkit.api._generated.albums_payloads",
    "AlbumsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.albums_payloads",
    "AlbumsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.albums_payloads",
    "AlbumsCreateOperationPayloadDataRelationshipsArtists": "tidalkit.api._generated.albums_payloads",
    "AlbumsCreateOperationPayloadDataRelationshipsArtistsData": "tidalkit.api._generated.albums_payloads",
    "AlbumsCreateOperationPayloadDataRelationshipsGenres": "tidalkit.api._generated.albums_payloads",
    "AlbumsCreateOperationPayloadDataRelationshipsGenresData": "tidalkit.api._generated.albums_payloads",
    "AlbumsCreateSingleResourceDataDocument": "tidalkit.api._generated.albums",
    "AlbumsItemsMultiRelationshipDataDocument": "tidalkit.api._generated.albums",
    "AlbumsItemsRelationshipUpdateOperationPayload": "tidalkit.api._generated.albums_payloads",
    "AlbumsItemsRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.albums_payloads",
    "AlbumsItemsRelationshipUpdateOperationPayloadMeta": "tidalkit.api._generated.albums_payloads",
    "AlbumsItemsResourceIdentifier": "tidalkit.api._generated.albums",
    "AlbumsItemsResourceIdentifierMeta": "tidalkit.api._generated.albums",
    "AlbumsMultiRelationshipDataDocument": "tidalkit.api._generated.albums",
    "AlbumsMultiResourceDataDocument": "tidalkit.api._generated.albums",
    "AlbumsRelationships": "tidalkit.api._generated.albums",
    "AlbumsReplacementResourceIdentifier": "tidalkit.api._generated.albums",
    "AlbumsReplacementResourceIdentifierMeta": "tidalkit.api._generated.albums",
    "AlbumsReplacementSingleRelationshipDataDocument": "tidalkit.api._generated.albums",
    "AlbumsResourceObject": "tidalkit.api._generated.albums",
    "AlbumsSimilarAlbumsMultiRelationshipDataDocument": "tidalkit.api._generated.albums",
    "AlbumsSimilarAlbumsResourceIdentifier": "tidalkit.api._generated.albums",
    "AlbumsSimilarAlbumsResourceIdentifierMeta": "tidalkit.api._generated.albums",
    "AlbumsSingleRelationshipDataDocument": "tidalkit.api._generated.albums",
    "AlbumsSingleResourceDataDocument": "tidalkit.api._generated.albums",
    "AlbumsSuggestedCoverArtsMultiRelationshipDataDocument": "tidalkit.api._generated.albums",
    "AlbumsSuggestedCoverArtsMultiRelationshipDataDocumentMeta": "tidalkit.api._generated.albums",
    "AlbumsSuggestedCoverArtsResourceIdentifier": "tidalkit.api._generated.albums",
    "AlbumsSuggestedCoverArtsResourceIdentifierMeta": "tidalkit.api._generated.albums",
    "AlbumsUpdateOperationPayload": "tidalkit.api._generated.albums_payloads",
    "AlbumsUpdateOperationPayloadData": "tidalkit.api._generated.albums_payloads",
    "AlbumsUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.albums_payloads",
    "AlbumsUpdateOperationPayloadDataRelationships": "tidalkit.api._generated.albums_payloads",
    "AlbumsUpdateOperationPayloadDataRelationshipsGenres": "tidalkit.api._generated.albums_payloads",
    "AlbumsUpdateOperationPayloadDataRelationshipsGenresData": "tidalkit.api._generated.albums_payloads",
    "AppreciationsAttributes": "tidalkit.api._generated.appreciations",
    "AppreciationsCreateOperationPayload": "tidalkit.api._generated.appreciations_payloads",
    "AppreciationsCreateOperationPayloadData": "tidalkit.api._generated.appreciations_payloads",
    "AppreciationsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.appreciations_payloads",
    "AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItem": "tidalkit.api._generated.appreciations_payloads",
    "AppreciationsCreateOperationPayloadDataRelationshipsAppreciatedItemData": "tidalkit.api._generated.appreciations_payloads",
    "AppreciationsCreateOperationPayloadMeta": "tidalkit.api._generated.appreciations_payloads",
    "AppreciationsCreateSingleResourceDataDocument": "tidalkit.api._generated.appreciations",
    "AppreciationsResourceObject": "tidalkit.api._generated.appreciations",
    "ArtistBiographiesAttributes": "tidalkit.api._generated.artist_biographies",
    "ArtistBiographiesMultiRelationshipDataDocument": "tidalkit.api._generated.artist_biographies",
    "ArtistBiographiesRelationships": "tidalkit.api._generated.artist_biographies",
    "ArtistBiographiesResourceObject": "tidalkit.api._generated.artist_biographies",
    "ArtistBiographiesSingleResourceDataDocument": "tidalkit.api._generated.artist_biographies",
    "ArtistBiographiesUpdateOperationPayload": "tidalkit.api._generated.artist_biographies_payloads",
    "ArtistBiographiesUpdateOperationPayloadData": "tidalkit.api._generated.artist_biographies_payloads",
    "ArtistBiographiesUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.artist_biographies_payloads",
    "ArtistClaimStatusesAttributes": "tidalkit.api._generated.artist_claim_statuses",
    "ArtistClaimStatusesMultiResourceDataDocument": "tidalkit.api._generated.artist_claim_statuses",
    "ArtistClaimStatusesResourceObject": "tidalkit.api._generated.artist_claim_statuses",
    "ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayload": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistClaimsAcceptedArtistsRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistClaimsAttributes": "tidalkit.api._generated.artist_claims",
    "ArtistClaimsCreateOperationPayload": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistClaimsCreateOperationPayloadData": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistClaimsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistClaimsCreateOperationPayloadMeta": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistClaimsCreateSingleResourceDataDocument": "tidalkit.api._generated.artist_claims",
    "ArtistClaimsMultiRelationshipDataDocument": "tidalkit.api._generated.artist_claims",
    "ArtistClaimsMultiResourceDataDocument": "tidalkit.api._generated.artist_claims",
    "ArtistClaimsRelationships": "tidalkit.api._generated.artist_claims",
    "ArtistClaimsResourceObject": "tidalkit.api._generated.artist_claims",
    "ArtistClaimsSingleResourceDataDocument": "tidalkit.api._generated.artist_claims",
    "ArtistClaimsUpdateOperationPayload": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistClaimsUpdateOperationPayloadData": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistClaimsUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistClaimsUpdateOperationPayloadMeta": "tidalkit.api._generated.artist_claims_payloads",
    "ArtistRolesAttributes": "tidalkit.api._generated.artist_roles",
    "ArtistRolesResourceObject": "tidalkit.api._generated.artist_roles",
    "ArtistRolesSingleResourceDataDocument": "tidalkit.api._generated.artist_roles",
    "ArtistsAlbumsMultiRelationshipDataDocument": "tidalkit.api._generated.artists",
    "ArtistsAlbumsResourceIdentifier": "tidalkit.api._generated.artists",
    "ArtistsAlbumsResourceIdentifierMeta": "tidalkit.api._generated.artists",
    "ArtistsAttributes": "tidalkit.api._generated.artists",
    "ArtistsCreateOperationPayload": "tidalkit.api._generated.artists_payloads",
    "ArtistsCreateOperationPayloadData": "tidalkit.api._generated.artists_payloads",
    "ArtistsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.artists_payloads",
    "ArtistsCreateOperationPayloadMeta": "tidalkit.api._generated.artists_payloads",
    "ArtistsCreateSingleResourceDataDocument": "tidalkit.api._generated.artists",
    "ArtistsFollowersMultiRelationshipDataDocument": "tidalkit.api._generated.artists",
    "ArtistsFollowersResourceIdentifier": "tidalkit.api._generated.artists",
    "ArtistsFollowersResourceIdentifierMeta": "tidalkit.api._generated.artists",
    "ArtistsFollowersResourceMetaViewerContext": "tidalkit.api._generated.artists",
    "ArtistsFollowingMultiRelationshipDataDocument": "tidalkit.api._generated.artists",
    "ArtistsFollowingRelationshipAddOperationPayload": "tidalkit.api._generated.artists_payloads",
    "ArtistsFollowingRelationshipAddOperationPayloadData": "tidalkit.api._generated.artists_payloads",
    "ArtistsFollowingRelationshipRemoveOperationPayload": "tidalkit.api._generated.artists_payloads",
    "ArtistsFollowingRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.artists_payloads",
    "ArtistsFollowingResourceIdentifier": "tidalkit.api._generated.artists",
    "ArtistsFollowingResourceIdentifierMeta": "tidalkit.api._generated.artists",
    "ArtistsMultiRelationshipDataDocument": "tidalkit.api._generated.artists",
    "ArtistsMultiResourceDataDocument": "tidalkit.api._generated.artists",
    "ArtistsProfileArtRelationshipUpdateOperationPayload": "tidalkit.api._generated.artists_payloads",
    "ArtistsProfileArtRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.artists_payloads",
    "ArtistsRelationships": "tidalkit.api._generated.artists",
    "ArtistsResourceObject": "tidalkit.api._generated.artists",
    "ArtistsSingleRelationshipDataDocument": "tidalkit.api._generated.artists",
    "ArtistsSingleResourceDataDocument": "tidalkit.api._generated.artists",
    "ArtistsTrackProvidersMultiRelationshipDataDocument": "tidalkit.api._generated.artists",
    "ArtistsTrackProvidersResourceIdentifier": "tidalkit.api._generated.artists",
    "ArtistsTrackProvidersResourceIdentifierMeta": "tidalkit.api._generated.artists",
    "ArtistsTracksMultiRelationshipDataDocument": "tidalkit.api._generated.artists",
    "ArtistsTracksResourceIdentifier": "tidalkit.api._generated.artists",
    "ArtistsTracksResourceIdentifierMeta": "tidalkit.api._generated.artists",
    "ArtistsUpdateOperationPayload": "tidalkit.api._generated.artists_payloads",
    "ArtistsUpdateOperationPayloadData": "tidalkit.api._generated.artists_payloads",
    "ArtistsUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.artists_payloads",
    "ArtistsUpdateOperationPayloadMeta": "tidalkit.api._generated.artists_payloads",
    "ArtistsVideosMultiRelationshipDataDocument": "tidalkit.api._generated.artists",
    "ArtistsVideosResourceIdentifier": "tidalkit.api._generated.artists",
    "ArtistsVideosResourceIdentifierMeta": "tidalkit.api._generated.artists",
    "ArtworkFile": "tidalkit.api._generated.artworks",
    "ArtworkFileMeta": "tidalkit.api._generated.artworks",
    "ArtworkSourceFile": "tidalkit.api._generated.artworks",
    "ArtworkVisualMetadata": "tidalkit.api._generated.artworks",
    "ArtworksAttributes": "tidalkit.api._generated.artworks",
    "ArtworksCreateOperationPayload": "tidalkit.api._generated.artworks_payloads",
    "ArtworksCreateOperationPayloadData": "tidalkit.api._generated.artworks_payloads",
    "ArtworksCreateOperationPayloadDataAttributes": "tidalkit.api._generated.artworks_payloads",
    "ArtworksCreateOperationPayloadDataAttributesSourceFile": "tidalkit.api._generated.artworks_payloads",
    "ArtworksCreateSingleResourceDataDocument": "tidalkit.api._generated.artworks",
    "ArtworksMultiRelationshipDataDocument": "tidalkit.api._generated.artworks",
    "ArtworksMultiResourceDataDocument": "tidalkit.api._generated.artworks",
    "ArtworksRelationships": "tidalkit.api._generated.artworks",
    "ArtworksResourceObject": "tidalkit.api._generated.artworks",
    "ArtworksSingleResourceDataDocument": "tidalkit.api._generated.artworks",
    "AudioNormalizationData": "tidalkit.api._generated._common",
    "ClientsAttributes": "tidalkit.api._generated.clients",
    "ClientsCreateOperationPayload": "tidalkit.api._generated.clients_payloads",
    "ClientsCreateOperationPayloadData": "tidalkit.api._generated.clients_payloads",
    "ClientsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.clients_payloads",
    "ClientsCreateSingleResourceDataDocument": "tidalkit.api._generated.clients",
    "ClientsMultiRelationshipDataDocument": "tidalkit.api._generated.clients",
    "ClientsMultiResourceDataDocument": "tidalkit.api._generated.clients",
    "ClientsRelationships": "tidalkit.api._generated.clients",
    "ClientsResourceObject": "tidalkit.api._generated.clients",
    "ClientsSingleResourceDataDocument": "tidalkit.api._generated.clients",
    "ClientsUpdateOperationPayload": "tidalkit.api._generated.clients_payloads",
    "ClientsUpdateOperationPayloadData": "tidalkit.api._generated.clients_payloads",
    "ClientsUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.clients_payloads",
    "ClientsUpdateSingleResourceDataDocument": "tidalkit.api._generated.clients",
    "CollaborationInviteRedemptionsAttributes": "tidalkit.api._generated.collaboration_invite_redemptions",
    "CollaborationInviteRedemptionsCreateOperationPayload": "tidalkit.api._generated.collaboration_invite_redemptions_payloads",
    "CollaborationInviteRedemptionsCreateOperationPayloadData": "tidalkit.api._generated.collaboration_invite_redemptions_payloads",
    "CollaborationInviteRedemptionsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.collaboration_invite_redemptions_payloads",
    "CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInvite": "tidalkit.api._generated.collaboration_invite_redemptions_payloads",
    "CollaborationInviteRedemptionsCreateOperationPayloadDataRelationshipsInviteData": "tidalkit.api._generated.collaboration_invite_redemptions_payloads",
    "CollaborationInviteRedemptionsCreateSingleResourceDataDocument": "tidalkit.api._generated.collaboration_invite_redemptions",
    "CollaborationInviteRedemptionsResourceObject": "tidalkit.api._generated.collaboration_invite_redemptions",
    "CollaborationInvitesAttributes": "tidalkit.api._generated.collaboration_invites",
    "CollaborationInvitesCreateOperationPayload": "tidalkit.api._generated.collaboration_invites_payloads",
    "CollaborationInvitesCreateOperationPayloadData": "tidalkit.api._generated.collaboration_invites_payloads",
    "CollaborationInvitesCreateOperationPayloadDataRelationships": "tidalkit.api._generated.collaboration_invites_payloads",
    "CollaborationInvitesCreateOperationPayloadDataRelationshipsSubject": "tidalkit.api._generated.collaboration_invites_payloads",
    "CollaborationInvitesCreateOperationPayloadDataRelationshipsSubjectData": "tidalkit.api._generated.collaboration_invites_payloads",
    "CollaborationInvitesCreateSingleResourceDataDocument": "tidalkit.api._generated.collaboration_invites",
    "CollaborationInvitesMultiRelationshipDataDocument": "tidalkit.api._generated.collaboration_invites",
    "CollaborationInvitesMultiResourceDataDocument": "tidalkit.api._generated.collaboration_invites",
    "CollaborationInvitesRelationships": "tidalkit.api._generated.collaboration_invites",
    "CollaborationInvitesResourceObject": "tidalkit.api._generated.collaboration_invites",
    "CollaborationInvitesSingleRelationshipDataDocument": "tidalkit.api._generated.collaboration_invites",
    "CollaborationInvitesSingleResourceDataDocument": "tidalkit.api._generated.collaboration_invites",
    "CommentsAttributes": "tidalkit.api._generated.comments",
    "CommentsCreateOperationPayload": "tidalkit.api._generated.comments_payloads",
    "CommentsCreateOperationPayloadData": "tidalkit.api._generated.comments_payloads",
    "CommentsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.comments_payloads",
    "CommentsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.comments_payloads",
    "CommentsCreateOperationPayloadDataRelationshipsParentComment": "tidalkit.api._generated.comments_payloads",
    "CommentsCreateOperationPayloadDataRelationshipsParentCommentData": "tidalkit.api._generated.comments_payloads",
    "CommentsCreateOperationPayloadDataRelationshipsSubject": "tidalkit.api._generated.comments_payloads",
    "CommentsCreateOperationPayloadDataRelationshipsSubjectData": "tidalkit.api._generated.comments_payloads",
    "CommentsCreateSingleResourceDataDocument": "tidalkit.api._generated.comments",
    "CommentsMultiRelationshipDataDocument": "tidalkit.api._generated.comments",
    "CommentsMultiResourceDataDocument": "tidalkit.api._generated.comments",
    "CommentsRelationships": "tidalkit.api._generated.comments",
    "CommentsResourceObject": "tidalkit.api._generated.comments",
    "CommentsSingleRelationshipDataDocument": "tidalkit.api._generated.comments",
    "CommentsSingleResourceDataDocument": "tidalkit.api._generated.comments",
    "CommentsUpdateOperationPayload": "tidalkit.api._generated.comments_payloads",
    "CommentsUpdateOperationPayloadData": "tidalkit.api._generated.comments_payloads",
    "CommentsUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.comments_payloads",
    "ContentClaimsAttributes": "tidalkit.api._generated.content_claims",
    "ContentClaimsClaimedResourceResourceIdentifier": "tidalkit.api._generated.content_claims",
    "ContentClaimsClaimedResourceResourceIdentifierMeta": "tidalkit.api._generated.content_claims",
    "ContentClaimsClaimedResourceSingleRelationshipDataDocument": "tidalkit.api._generated.content_claims",
    "ContentClaimsCreateOperationPayload": "tidalkit.api._generated.content_claims_payloads",
    "ContentClaimsCreateOperationPayloadData": "tidalkit.api._generated.content_claims_payloads",
    "ContentClaimsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.content_claims_payloads",
    "ContentClaimsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.content_claims_payloads",
    "ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResource": "tidalkit.api._generated.content_claims_payloads",
    "ContentClaimsCreateOperationPayloadDataRelationshipsClaimedResourceData": "tidalkit.api._generated.content_claims_payloads",
    "ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtist": "tidalkit.api._generated.content_claims_payloads",
    "ContentClaimsCreateOperationPayloadDataRelationshipsClaimingArtistData": "tidalkit.api._generated.content_claims_payloads",
    "ContentClaimsCreateSingleResourceDataDocument": "tidalkit.api._generated.content_claims",
    "ContentClaimsMultiRelationshipDataDocument": "tidalkit.api._generated.content_claims",
    "ContentClaimsMultiResourceDataDocument": "tidalkit.api._generated.content_claims",
    "ContentClaimsRelationships": "tidalkit.api._generated.content_claims",
    "ContentClaimsResourceObject": "tidalkit.api._generated.content_claims",
    "ContentClaimsSingleRelationshipDataDocument": "tidalkit.api._generated.content_claims",
    "ContentClaimsSingleResourceDataDocument": "tidalkit.api._generated.content_claims",
    "Copyright": "tidalkit.api._generated._common",
    "CreditsAttributes": "tidalkit.api._generated.credits",
    "CreditsRelationships": "tidalkit.api._generated.credits",
    "CreditsResourceObject": "tidalkit.api._generated.credits",
    "CreditsSingleRelationshipDataDocument": "tidalkit.api._generated.credits",
    "CreditsSingleResourceDataDocument": "tidalkit.api._generated.credits",
    "CurrentUserReaction": "tidalkit.api._generated.reactions",
    "Default400ResponseBody": "tidalkit.api._generated._unused",
    "Default400ResponseBodyErrors": "tidalkit.api._generated._unused",
    "Default404ResponseBody": "tidalkit.api._generated._unused",
    "Default404ResponseBodyErrors": "tidalkit.api._generated._unused",
    "Default405ResponseBody": "tidalkit.api._generated._unused",
    "Default405ResponseBodyErrors": "tidalkit.api._generated._unused",
    "Default406ResponseBody": "tidalkit.api._generated._unused",
    "Default406ResponseBodyErrors": "tidalkit.api._generated._unused",
    "Default415ResponseBody": "tidalkit.api._generated._unused",
    "Default415ResponseBodyErrors": "tidalkit.api._generated._unused",
    "Default429ResponseBody": "tidalkit.api._generated._unused",
    "Default429ResponseBodyErrors": "tidalkit.api._generated._unused",
    "Default500ResponseBody": "tidalkit.api._generated._unused",
    "Default500ResponseBodyErrors": "tidalkit.api._generated._unused",
    "Default503ResponseBody": "tidalkit.api._generated._unused",
    "Default503ResponseBodyErrors": "tidalkit.api._generated._unused",
    "DownloadLink": "tidalkit.api._generated.downloads",
    "DownloadLinkMeta": "tidalkit.api._generated.downloads",
    "DownloadsAttributes": "tidalkit.api._generated.downloads",
    "DownloadsMultiRelationshipDataDocument": "tidalkit.api._generated.downloads",
    "DownloadsMultiResourceDataDocument": "tidalkit.api._generated.downloads",
    "DownloadsRelationships": "tidalkit.api._generated.downloads",
    "DownloadsResourceObject": "tidalkit.api._generated.downloads",
    "DownloadsSingleResourceDataDocument": "tidalkit.api._generated.downloads",
    "DrmData": "tidalkit.api._generated._common",
    "DspSharingLinksAttributes": "tidalkit.api._generated.dsp_sharing_links",
    "DspSharingLinksMultiResourceDataDocument": "tidalkit.api._generated.dsp_sharing_links",
    "DspSharingLinksRelationships": "tidalkit.api._generated.dsp_sharing_links",
    "DspSharingLinksResourceObject": "tidalkit.api._generated.dsp_sharing_links",
    "DspSharingLinksSingleRelationshipDataDocument": "tidalkit.api._generated.dsp_sharing_links",
    "DspSharingLinksSubjectResourceIdentifier": "tidalkit.api._generated.dsp_sharing_links",
    "DspSharingLinksSubjectResourceIdentifierMeta": "tidalkit.api._generated.dsp_sharing_links",
    "DspSharingLinksSubjectSingleRelationshipDataDocument": "tidalkit.api._generated.dsp_sharing_links",
    "DynamicModulesAttributes": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesItemsMultiRelationshipDataDocument": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesItemsResourceIdentifier": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesItemsResourceIdentifierMeta": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesMultiRelationshipDataDocument": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesMultiResourceDataDocument": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesRelationships": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesResourceObject": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesSeedItemResourceIdentifier": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesSeedItemResourceIdentifierMeta": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesSeedItemSingleRelationshipDataDocument": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesSingleRelationshipDataDocument": "tidalkit.api._generated.dynamic_modules",
    "DynamicModulesSingleResourceDataDocument": "tidalkit.api._generated.dynamic_modules",
    "DynamicPagesAttributes": "tidalkit.api._generated.dynamic_pages",
    "DynamicPagesMultiRelationshipDataDocument": "tidalkit.api._generated.dynamic_pages",
    "DynamicPagesMultiResourceDataDocument": "tidalkit.api._generated.dynamic_pages",
    "DynamicPagesRelationships": "tidalkit.api._generated.dynamic_pages",
    "DynamicPagesResourceObject": "tidalkit.api._generated.dynamic_pages",
    "DynamicPagesResourceObjectMeta": "tidalkit.api._generated.dynamic_pages",
    "DynamicPagesSingleRelationshipDataDocument": "tidalkit.api._generated.dynamic_pages",
    "DynamicPagesSubjectResourceIdentifier": "tidalkit.api._generated.dynamic_pages",
    "DynamicPagesSubjectResourceIdentifierMeta": "tidalkit.api._generated.dynamic_pages",
    "DynamicPagesSubjectSingleRelationshipDataDocument": "tidalkit.api._generated.dynamic_pages",
    "ErrorObject": "tidalkit.api._generated._unused",
    "ErrorObjectSource": "tidalkit.api._generated._unused",
    "ErrorsDocument": "tidalkit.api._generated._unused",
    "ExternalLink": "tidalkit.api._generated._common",
    "ExternalLinkMeta": "tidalkit.api._generated._common",
    "ExternalLinkPayload": "tidalkit.api._generated.artists_payloads",
    "FileStatus": "tidalkit.api._generated._common",
    "FileUploadLink": "tidalkit.api._generated._common",
    "FileUploadLinkMeta": "tidalkit.api._generated._common",
    "GenresAttributes": "tidalkit.api._generated.genres",
    "GenresMultiResourceDataDocument": "tidalkit.api._generated.genres",
    "GenresResourceObject": "tidalkit.api._generated.genres",
    "GenresSingleResourceDataDocument": "tidalkit.api._generated.genres",
    "Idempotency409ResponseBody": "tidalkit.api._generated._unused",
    "Idempotency409ResponseBodyErrors": "tidalkit.api._generated._unused",
    "Idempotency422ResponseBody": "tidalkit.api._generated._unused",
    "Idempotency422ResponseBodyErrors": "tidalkit.api._generated._unused",
    "InstallationsAttributes": "tidalkit.api._generated.installations",
    "InstallationsCreateOperationPayload": "tidalkit.api._generated.installations_payloads",
    "InstallationsCreateOperationPayloadData": "tidalkit.api._generated.installations_payloads",
    "InstallationsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.installations_payloads",
    "InstallationsCreateSingleResourceDataDocument": "tidalkit.api._generated.installations",
    "InstallationsMultiRelationshipDataDocument": "tidalkit.api._generated.installations",
    "InstallationsMultiResourceDataDocument": "tidalkit.api._generated.installations",
    "InstallationsOfflineInventoryItemIdentifier": "tidalkit.api._generated.installations_payloads",
    "InstallationsOfflineInventoryMultiRelationshipDataDocument": "tidalkit.api._generated.installations",
    "InstallationsOfflineInventoryRelationshipAddOperationPayload": "tidalkit.api._generated.installations_payloads",
    "InstallationsOfflineInventoryRelationshipRemoveOperationPayload": "tidalkit.api._generated.installations_payloads",
    "InstallationsOfflineInventoryResourceIdentifier": "tidalkit.api._generated.installations",
    "InstallationsOfflineInventoryResourceIdentifierMeta": "tidalkit.api._generated.installations",
    "InstallationsRelationships": "tidalkit.api._generated.installations",
    "InstallationsResourceObject": "tidalkit.api._generated.installations",
    "InstallationsSingleResourceDataDocument": "tidalkit.api._generated.installations",
    "LegacyBarcodeId": "tidalkit.api._generated.artist_claims",
    "LegacySource": "tidalkit.api._generated.play_queues",
    "LinkObject": "tidalkit.api._generated._common",
    "Links": "tidalkit.api._generated._common",
    "LinksMeta": "tidalkit.api._generated._common",
    "LyricsAttributes": "tidalkit.api._generated.lyrics",
    "LyricsCreateOperationPayload": "tidalkit.api._generated.lyrics_payloads",
    "LyricsCreateOperationPayloadData": "tidalkit.api._generated.lyrics_payloads",
    "LyricsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.lyrics_payloads",
    "LyricsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.lyrics_payloads",
    "LyricsCreateOperationPayloadDataRelationshipsTrack": "tidalkit.api._generated.lyrics_payloads",
    "LyricsCreateOperationPayloadDataRelationshipsTrackData": "tidalkit.api._generated.lyrics_payloads",
    "LyricsCreateOperationPayloadMeta": "tidalkit.api._generated.lyrics_payloads",
    "LyricsCreateSingleResourceDataDocument": "tidalkit.api._generated.lyrics",
    "LyricsMultiRelationshipDataDocument": "tidalkit.api._generated.lyrics",
    "LyricsProvider": "tidalkit.api._generated.lyrics",
    "LyricsRelationships": "tidalkit.api._generated.lyrics",
    "LyricsResourceObject": "tidalkit.api._generated.lyrics",
    "LyricsSingleRelationshipDataDocument": "tidalkit.api._generated.lyrics",
    "LyricsSingleResourceDataDocument": "tidalkit.api._generated.lyrics",
    "LyricsTrackResourceIdentifier": "tidalkit.api._generated.lyrics",
    "LyricsTrackResourceIdentifierMeta": "tidalkit.api._generated.lyrics",
    "LyricsTrackSingleRelationshipDataDocument": "tidalkit.api._generated.lyrics",
    "LyricsUpdateOperationPayload": "tidalkit.api._generated.lyrics_payloads",
    "LyricsUpdateOperationPayloadData": "tidalkit.api._generated.lyrics_payloads",
    "LyricsUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.lyrics_payloads",
    "ManualArtistClaimsAttributes": "tidalkit.api._generated.manual_artist_claims",
    "ManualArtistClaimsCreateOperationPayload": "tidalkit.api._generated.manual_artist_claims_payloads",
    "ManualArtistClaimsCreateOperationPayloadData": "tidalkit.api._generated.manual_artist_claims_payloads",
    "ManualArtistClaimsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.manual_artist_claims_payloads",
    "ManualArtistClaimsCreateSingleResourceDataDocument": "tidalkit.api._generated.manual_artist_claims",
    "ManualArtistClaimsResourceObject": "tidalkit.api._generated.manual_artist_claims",
    "MultiRelationshipDataDocument": "tidalkit.api._generated._common",
    "MutationResponseDocument": "tidalkit.api._generated._common",
    "OfflineTasksAttributes": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksCollectionResourceIdentifier": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksCollectionResourceIdentifierMeta": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksCollectionSingleRelationshipDataDocument": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksItemResourceIdentifier": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksItemResourceIdentifierMeta": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksItemSingleRelationshipDataDocument": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksMultiRelationshipDataDocument": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksMultiResourceDataDocument": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksRelationships": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksResourceObject": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksSingleRelationshipDataDocument": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksSingleResourceDataDocument": "tidalkit.api._generated.offline_tasks",
    "OfflineTasksUpdateOperationPayload": "tidalkit.api._generated.offline_tasks_payloads",
    "OfflineTasksUpdateOperationPayloadData": "tidalkit.api._generated.offline_tasks_payloads",
    "OfflineTasksUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.offline_tasks_payloads",
    "PlayQueuesAttributes": "tidalkit.api._generated.play_queues",
    "PlayQueuesCreateOperationPayload": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesCreateOperationPayloadData": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesCreateSingleResourceDataDocument": "tidalkit.api._generated.play_queues",
    "PlayQueuesCurrentRelationshipUpdateOperationPayload": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesCurrentRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesCurrentRelationshipUpdateOperationPayloadDataMeta": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesCurrentResourceIdentifier": "tidalkit.api._generated.play_queues",
    "PlayQueuesCurrentResourceIdentifierMeta": "tidalkit.api._generated.play_queues",
    "PlayQueuesCurrentSingleRelationshipDataDocument": "tidalkit.api._generated.play_queues",
    "PlayQueuesFutureMultiRelationshipDataDocument": "tidalkit.api._generated.play_queues",
    "PlayQueuesFutureRelationshipAddOperationPayload": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipAddOperationPayloadData": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipAddOperationPayloadMeta": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipRemoveOperationPayload": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipRemoveOperationPayloadDataMeta": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipUpdateOperationPayload": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipUpdateOperationPayloadDataMeta": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureRelationshipUpdateOperationPayloadMeta": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesFutureResourceIdentifier": "tidalkit.api._generated.play_queues",
    "PlayQueuesFutureResourceIdentifierMeta": "tidalkit.api._generated.play_queues",
    "PlayQueuesMultiRelationshipDataDocument": "tidalkit.api._generated.play_queues",
    "PlayQueuesMultiResourceDataDocument": "tidalkit.api._generated.play_queues",
    "PlayQueuesPastMultiRelationshipDataDocument": "tidalkit.api._generated.play_queues",
    "PlayQueuesPastResourceIdentifier": "tidalkit.api._generated.play_queues",
    "PlayQueuesPastResourceIdentifierMeta": "tidalkit.api._generated.play_queues",
    "PlayQueuesRelationships": "tidalkit.api._generated.play_queues",
    "PlayQueuesResourceObject": "tidalkit.api._generated.play_queues",
    "PlayQueuesSingleRelationshipDataDocument": "tidalkit.api._generated.play_queues",
    "PlayQueuesSingleResourceDataDocument": "tidalkit.api._generated.play_queues",
    "PlayQueuesUpdateOperationPayload": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesUpdateOperationPayloadData": "tidalkit.api._generated.play_queues_payloads",
    "PlayQueuesUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.play_queues_payloads",
    "PlaylistsAttributes": "tidalkit.api._generated.playlists",
    "PlaylistsCollaboratorProfilesRelationshipAddOperationPayload": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsCollaboratorProfilesRelationshipAddOperationPayloadData": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayload": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsCollaboratorProfilesRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsCoverArtRelationshipUpdateOperationPayload": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsCoverArtRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsCreateOperationPayload": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsCreateOperationPayloadData": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsCreateSingleResourceDataDocument": "tidalkit.api._generated.playlists",
    "PlaylistsItemsAddMultiRelationshipDataDocument": "tidalkit.api._generated.playlists",
    "PlaylistsItemsAddMultiRelationshipDataDocumentMeta": "tidalkit.api._generated.playlists",
    "PlaylistsItemsAddResourceIdentifier": "tidalkit.api._generated.playlists",
    "PlaylistsItemsAddResourceIdentifierMeta": "tidalkit.api._generated.playlists",
    "PlaylistsItemsMultiRelationshipDataDocument": "tidalkit.api._generated.playlists",
    "PlaylistsItemsRelationshipAddOperationPayload": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipAddOperationPayloadData": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipAddOperationPayloadMeta": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem": "tidalkit.api._generated.playlists",
    "PlaylistsItemsRelationshipRemoveOperationPayload": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipRemoveOperationPayloadDataMeta": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipUpdateOperationPayload": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipUpdateOperationPayloadDataMeta": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsRelationshipUpdateOperationPayloadMeta": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsItemsResourceIdentifier": "tidalkit.api._generated.playlists",
    "PlaylistsItemsResourceIdentifierMeta": "tidalkit.api._generated.playlists",
    "PlaylistsMultiRelationshipDataDocument": "tidalkit.api._generated.playlists",
    "PlaylistsMultiResourceDataDocument": "tidalkit.api._generated.playlists",
    "PlaylistsRelationships": "tidalkit.api._generated.playlists",
    "PlaylistsResourceObject": "tidalkit.api._generated.playlists",
    "PlaylistsSingleResourceDataDocument": "tidalkit.api._generated.playlists",
    "PlaylistsSuggestedCoverArtsMultiRelationshipDataDocument": "tidalkit.api._generated.playlists",
    "PlaylistsSuggestedCoverArtsResourceIdentifier": "tidalkit.api._generated.playlists",
    "PlaylistsSuggestedCoverArtsResourceIdentifierMeta": "tidalkit.api._generated.playlists",
    "PlaylistsUpdateOperationPayload": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsUpdateOperationPayloadData": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.playlists_payloads",
    "PlaylistsUpdateSingleResourceDataDocument": "tidalkit.api._generated.playlists",
    "PriceConfigurationsAttributes": "tidalkit.api._generated.price_configurations",
    "PriceConfigurationsCreateOperationPayload": "tidalkit.api._generated.price_configurations_payloads",
    "PriceConfigurationsCreateOperationPayloadData": "tidalkit.api._generated.price_configurations_payloads",
    "PriceConfigurationsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.price_configurations_payloads",
    "PriceConfigurationsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.price_configurations_payloads",
    "PriceConfigurationsCreateOperationPayloadDataRelationshipsSubjects": "tidalkit.api._generated.price_configurations_payloads",
    "PriceConfigurationsCreateOperationPayloadSubjects": "tidalkit.api._generated.price_configurations_payloads",
    "PriceConfigurationsCreateSingleResourceDataDocument": "tidalkit.api._generated.price_configurations",
    "PriceConfigurationsMultiResourceDataDocument": "tidalkit.api._generated.price_configurations",
    "PriceConfigurationsResourceObject": "tidalkit.api._generated.price_configurations",
    "PriceConfigurationsSingleResourceDataDocument": "tidalkit.api._generated.price_configurations",
    "ProviderOwnersAttributes": "tidalkit.api._generated.provider_owners",
    "ProviderOwnersMultiRelationshipDataDocument": "tidalkit.api._generated.provider_owners",
    "ProviderOwnersMultiResourceDataDocument": "tidalkit.api._generated.provider_owners",
    "ProviderOwnersRelationships": "tidalkit.api._generated.provider_owners",
    "ProviderOwnersResourceObject": "tidalkit.api._generated.provider_owners",
    "ProviderOwnersSingleRelationshipDataDocument": "tidalkit.api._generated.provider_owners",
    "ProviderProductInfosAttributes": "tidalkit.api._generated.provider_product_infos",
    "ProviderProductInfosMultiResourceDataDocument": "tidalkit.api._generated.provider_product_infos",
    "ProviderProductInfosRelationships": "tidalkit.api._generated.provider_product_infos",
    "ProviderProductInfosResourceObject": "tidalkit.api._generated.provider_product_infos",
    "ProviderProductInfosSingleRelationshipDataDocument": "tidalkit.api._generated.provider_product_infos",
    "ProviderProductInfosSubjectResourceIdentifier": "tidalkit.api._generated.provider_product_infos",
    "ProviderProductInfosSubjectResourceIdentifierMeta": "tidalkit.api._generated.provider_product_infos",
    "ProviderProductInfosSubjectSingleRelationshipDataDocument": "tidalkit.api._generated.provider_product_infos",
    "ProvidersAttributes": "tidalkit.api._generated.providers",
    "ProvidersResourceObject": "tidalkit.api._generated.providers",
    "ProvidersSingleResourceDataDocument": "tidalkit.api._generated.providers",
    "PurchasesAttributes": "tidalkit.api._generated.purchases",
    "PurchasesMultiRelationshipDataDocument": "tidalkit.api._generated.purchases",
    "PurchasesMultiResourceDataDocument": "tidalkit.api._generated.purchases",
    "PurchasesRelationships": "tidalkit.api._generated.purchases",
    "PurchasesResourceObject": "tidalkit.api._generated.purchases",
    "PurchasesSingleRelationshipDataDocument": "tidalkit.api._generated.purchases",
    "PurchasesSubjectResourceIdentifier": "tidalkit.api._generated.purchases",
    "PurchasesSubjectResourceIdentifierMeta": "tidalkit.api._generated.purchases",
    "PurchasesSubjectSingleRelationshipDataDocument": "tidalkit.api._generated.purchases",
    "ReactionStats": "tidalkit.api._generated.reactions",
    "ReactionsAttributes": "tidalkit.api._generated.reactions",
    "ReactionsCreateOperationPayload": "tidalkit.api._generated.reactions_payloads",
    "ReactionsCreateOperationPayloadData": "tidalkit.api._generated.reactions_payloads",
    "ReactionsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.reactions_payloads",
    "ReactionsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.reactions_payloads",
    "ReactionsCreateOperationPayloadDataRelationshipsSubject": "tidalkit.api._generated.reactions_payloads",
    "ReactionsCreateOperationPayloadDataRelationshipsSubjectData": "tidalkit.api._generated.reactions_payloads",
    "ReactionsCreateSingleResourceDataDocument": "tidalkit.api._generated.reactions",
    "ReactionsMultiRelationshipDataDocument": "tidalkit.api._generated.reactions",
    "ReactionsMultiResourceDataDocument": "tidalkit.api._generated.reactions",
    "ReactionsMultiResourceDataDocumentMeta": "tidalkit.api._generated.reactions",
    "ReactionsRelationships": "tidalkit.api._generated.reactions",
    "ReactionsResourceObject": "tidalkit.api._generated.reactions",
    "ReplacementOriginalIdentifier": "tidalkit.api._generated._common",
    "ReplacementProvenance": "tidalkit.api._generated._common",
    "ResourceIdentifier": "tidalkit.api._generated._common",
    "ResourceObjectObjectObject": "tidalkit.api._generated._unused",
    "SavedSharesAttributes": "tidalkit.api._generated.saved_shares",
    "SavedSharesCreateOperationPayload": "tidalkit.api._generated.saved_shares_payloads",
    "SavedSharesCreateOperationPayloadData": "tidalkit.api._generated.saved_shares_payloads",
    "SavedSharesCreateOperationPayloadDataRelationships": "tidalkit.api._generated.saved_shares_payloads",
    "SavedSharesCreateOperationPayloadDataRelationshipsShare": "tidalkit.api._generated.saved_shares_payloads",
    "SavedSharesCreateOperationPayloadDataRelationshipsShareData": "tidalkit.api._generated.saved_shares_payloads",
    "SavedSharesCreateSingleResourceDataDocument": "tidalkit.api._generated.saved_shares",
    "SavedSharesResourceObject": "tidalkit.api._generated.saved_shares",
    "ScopesAttributes": "tidalkit.api._generated.scopes",
    "ScopesMultiResourceDataDocument": "tidalkit.api._generated.scopes",
    "ScopesResourceObject": "tidalkit.api._generated.scopes",
    "SearchHistoryEntriesAttributes": "tidalkit.api._generated.search_history_entries",
    "SearchHistoryEntriesResourceObject": "tidalkit.api._generated.search_history_entries",
    "SearchResultsAlbumsMultiRelationshipDataDocument": "tidalkit.api._generated.search_results",
    "SearchResultsAlbumsResourceIdentifier": "tidalkit.api._generated.search_results",
    "SearchResultsAlbumsResourceIdentifierMeta": "tidalkit.api._generated.search_results",
    "SearchResultsArtistsMultiRelationshipDataDocument": "tidalkit.api._generated.search_results",
    "SearchResultsArtistsResourceIdentifier": "tidalkit.api._generated.search_results",
    "SearchResultsArtistsResourceIdentifierMeta": "tidalkit.api._generated.search_results",
    "SearchResultsAttributes": "tidalkit.api._generated.search_results",
    "SearchResultsMultiRelationshipDataDocument": "tidalkit.api._generated.search_results",
    "SearchResultsMultiResourceDataDocument": "tidalkit.api._generated.search_results",
    "SearchResultsPlaylistsMultiRelationshipDataDocument": "tidalkit.api._generated.search_results",
    "SearchResultsPlaylistsResourceIdentifier": "tidalkit.api._generated.search_results",
    "SearchResultsPlaylistsResourceIdentifierMeta": "tidalkit.api._generated.search_results",
    "SearchResultsRelationships": "tidalkit.api._generated.search_results",
    "SearchResultsResourceObject": "tidalkit.api._generated.search_results",
    "SearchResultsTopHitsMultiRelationshipDataDocument": "tidalkit.api._generated.search_results",
    "SearchResultsTopHitsResourceIdentifier": "tidalkit.api._generated.search_results",
    "SearchResultsTopHitsResourceIdentifierMeta": "tidalkit.api._generated.search_results",
    "SearchResultsTracksMultiRelationshipDataDocument": "tidalkit.api._generated.search_results",
    "SearchResultsTracksResourceIdentifier": "tidalkit.api._generated.search_results",
    "SearchResultsTracksResourceIdentifierMeta": "tidalkit.api._generated.search_results",
    "SearchResultsVideosMultiRelationshipDataDocument": "tidalkit.api._generated.search_results",
    "SearchResultsVideosResourceIdentifier": "tidalkit.api._generated.search_results",
    "SearchResultsVideosResourceIdentifierMeta": "tidalkit.api._generated.search_results",
    "SearchSuggestionsAttributes": "tidalkit.api._generated.search_suggestions",
    "SearchSuggestionsDirectHitsMultiRelationshipDataDocument": "tidalkit.api._generated.search_suggestions",
    "SearchSuggestionsDirectHitsResourceIdentifier": "tidalkit.api._generated.search_suggestions",
    "SearchSuggestionsDirectHitsResourceIdentifierMeta": "tidalkit.api._generated.search_suggestions",
    "SearchSuggestionsHighlights": "tidalkit.api._generated.search_suggestions",
    "SearchSuggestionsMultiRelationshipDataDocument": "tidalkit.api._generated.search_suggestions",
    "SearchSuggestionsMultiResourceDataDocument": "tidalkit.api._generated.search_suggestions",
    "SearchSuggestionsRelationships": "tidalkit.api._generated.search_suggestions",
    "SearchSuggestionsResourceObject": "tidalkit.api._generated.search_suggestions",
    "SearchSuggestionsSuggestions": "tidalkit.api._generated.search_suggestions",
    "SharesAttributes": "tidalkit.api._generated.shares",
    "SharesCreateOperationPayload": "tidalkit.api._generated.shares_payloads",
    "SharesCreateOperationPayloadData": "tidalkit.api._generated.shares_payloads",
    "SharesCreateOperationPayloadDataRelationships": "tidalkit.api._generated.shares_payloads",
    "SharesCreateOperationPayloadDataRelationshipsSharedResources": "tidalkit.api._generated.shares_payloads",
    "SharesCreateOperationPayloadDataRelationshipsSharedResourcesData": "tidalkit.api._generated.shares_payloads",
    "SharesCreateSingleResourceDataDocument": "tidalkit.api._generated.shares",
    "SharesMultiRelationshipDataDocument": "tidalkit.api._generated.shares",
    "SharesMultiResourceDataDocument": "tidalkit.api._generated.shares",
    "SharesRelationships": "tidalkit.api._generated.shares",
    "SharesResourceObject": "tidalkit.api._generated.shares",
    "SharesSharedResourcesMultiRelationshipDataDocument": "tidalkit.api._generated.shares",
    "SharesSharedResourcesResourceIdentifier": "tidalkit.api._generated.shares",
    "SharesSharedResourcesResourceIdentifierMeta": "tidalkit.api._generated.shares",
    "SharesSingleResourceDataDocument": "tidalkit.api._generated.shares",
    "SingleRelationshipDataDocument": "tidalkit.api._generated._common",
    "SquareConnectionsAttributes": "tidalkit.api._generated.square_connections",
    "SquareConnectionsCapability": "tidalkit.api._generated.square_connections",
    "SquareConnectionsCreateOperationPayload": "tidalkit.api._generated.square_connections_payloads",
    "SquareConnectionsCreateOperationPayloadData": "tidalkit.api._generated.square_connections_payloads",
    "SquareConnectionsCreateOperationPayloadMeta": "tidalkit.api._generated.square_connections_payloads",
    "SquareConnectionsCreateSingleResourceDataDocument": "tidalkit.api._generated.square_connections",
    "SquareConnectionsMultiRelationshipDataDocument": "tidalkit.api._generated.square_connections",
    "SquareConnectionsReadById403ResponseBody": "tidalkit.api._generated.square_connections",
    "SquareConnectionsReadById403ResponseBodyErrors": "tidalkit.api._generated.square_connections",
    "SquareConnectionsReadMultiDataRelationship403ResponseBody": "tidalkit.api._generated.square_connections",
    "SquareConnectionsReadMultiDataRelationship403ResponseBodyErrors": "tidalkit.api._generated.square_connections",
    "SquareConnectionsReadSingleDataRelationship403ResponseBody": "tidalkit.api._generated.square_connections",
    "SquareConnectionsReadSingleDataRelationship403ResponseBodyErrors": "tidalkit.api._generated.square_connections",
    "SquareConnectionsRelationships": "tidalkit.api._generated.square_connections",
    "SquareConnectionsResourceObject": "tidalkit.api._generated.square_connections",
    "SquareConnectionsSelectedSiteRelationshipUpdateOperationPayload": "tidalkit.api._generated.square_connections_payloads",
    "SquareConnectionsSelectedSiteRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.square_connections_payloads",
    "SquareConnectionsSelectedSiteUpdateResourceIdentifier": "tidalkit.api._generated.square_connections",
    "SquareConnectionsSelectedSiteUpdateSingleRelationshipDataDocument": "tidalkit.api._generated.square_connections",
    "SquareConnectionsSingleRelationshipDataDocument": "tidalkit.api._generated.square_connections",
    "SquareConnectionsSingleResourceDataDocument": "tidalkit.api._generated.square_connections",
    "SquareConnectionsUpdateSingleDataRelationship403ResponseBody": "tidalkit.api._generated.square_connections",
    "SquareConnectionsUpdateSingleDataRelationship403ResponseBodyErrors": "tidalkit.api._generated.square_connections",
    "SquareConnectionsUpdateSingleDataRelationship409ResponseBody": "tidalkit.api._generated.square_connections",
    "SquareConnectionsUpdateSingleDataRelationship409ResponseBodyErrors": "tidalkit.api._generated.square_connections",
    "SquareSitesAttributes": "tidalkit.api._generated.square_sites",
    "SquareSitesResourceObject": "tidalkit.api._generated.square_sites",
    "StripeConnectionsAttributes": "tidalkit.api._generated.stripe_connections",
    "StripeConnectionsCreateOperationPayload": "tidalkit.api._generated.stripe_connections_payloads",
    "StripeConnectionsCreateOperationPayloadData": "tidalkit.api._generated.stripe_connections_payloads",
    "StripeConnectionsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.stripe_connections_payloads",
    "StripeConnectionsCreateOperationPayloadMeta": "tidalkit.api._generated.stripe_connections_payloads",
    "StripeConnectionsCreateSingleResourceDataDocument": "tidalkit.api._generated.stripe_connections",
    "StripeConnectionsMultiRelationshipDataDocument": "tidalkit.api._generated.stripe_connections",
    "StripeConnectionsMultiResourceDataDocument": "tidalkit.api._generated.stripe_connections",
    "StripeConnectionsRelationships": "tidalkit.api._generated.stripe_connections",
    "StripeConnectionsResourceObject": "tidalkit.api._generated.stripe_connections",
    "StripeDashboardLinksAttributes": "tidalkit.api._generated.stripe_dashboard_links",
    "StripeDashboardLinksMultiRelationshipDataDocument": "tidalkit.api._generated.stripe_dashboard_links",
    "StripeDashboardLinksMultiResourceDataDocument": "tidalkit.api._generated.stripe_dashboard_links",
    "StripeDashboardLinksRelationships": "tidalkit.api._generated.stripe_dashboard_links",
    "StripeDashboardLinksResourceObject": "tidalkit.api._generated.stripe_dashboard_links",
    "SubscriptionPriceChangeDecisionsAttributes": "tidalkit.api._generated.subscription_price_change_decisions",
    "SubscriptionPriceChangeDecisionsCreateOperationPayload": "tidalkit.api._generated.subscription_price_change_decisions_payloads",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadData": "tidalkit.api._generated.subscription_price_change_decisions_payloads",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.subscription_price_change_decisions_payloads",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.subscription_price_change_decisions_payloads",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChange": "tidalkit.api._generated.subscription_price_change_decisions_payloads",
    "SubscriptionPriceChangeDecisionsCreateOperationPayloadDataRelationshipsPriceChangeData": "tidalkit.api._generated.subscription_price_change_decisions_payloads",
    "SubscriptionPriceChangeDecisionsCreateSingleResourceDataDocument": "tidalkit.api._generated.subscription_price_change_decisions",
    "SubscriptionPriceChangeDecisionsMultiResourceDataDocument": "tidalkit.api._generated.subscription_price_change_decisions",
    "SubscriptionPriceChangeDecisionsRelationships": "tidalkit.api._generated.subscription_price_change_decisions",
    "SubscriptionPriceChangeDecisionsResourceObject": "tidalkit.api._generated.subscription_price_change_decisions",
    "SubscriptionPriceChangeDecisionsSingleRelationshipDataDocument": "tidalkit.api._generated.subscription_price_change_decisions",
    "SubscriptionPriceChangeDecisionsUpdateOperationPayload": "tidalkit.api._generated.subscription_price_change_decisions_payloads",
    "SubscriptionPriceChangeDecisionsUpdateOperationPayloadData": "tidalkit.api._generated.subscription_price_change_decisions_payloads",
    "SubscriptionPriceChangeDecisionsUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.subscription_price_change_decisions_payloads",
    "SubscriptionPriceChangeDecisionsUpdateSingleResourceDataDocument": "tidalkit.api._generated.subscription_price_change_decisions",
    "TemporaryUserTokensAttributes": "tidalkit.api._generated.temporary_user_tokens",
    "TemporaryUserTokensCreateOperationPayload": "tidalkit.api._generated.temporary_user_tokens_payloads",
    "TemporaryUserTokensCreateOperationPayloadData": "tidalkit.api._generated.temporary_user_tokens_payloads",
    "TemporaryUserTokensCreateSingleResourceDataDocument": "tidalkit.api._generated.temporary_user_tokens",
    "TemporaryUserTokensMultiRelationshipDataDocument": "tidalkit.api._generated.temporary_user_tokens",
    "TemporaryUserTokensRelationships": "tidalkit.api._generated.temporary_user_tokens",
    "TemporaryUserTokensResourceObject": "tidalkit.api._generated.temporary_user_tokens",
    "TemporaryUserTokensSingleResourceDataDocument": "tidalkit.api._generated.temporary_user_tokens",
    "TermsAttributes": "tidalkit.api._generated.terms",
    "TermsMultiResourceDataDocument": "tidalkit.api._generated.terms",
    "TermsResourceObject": "tidalkit.api._generated.terms",
    "TermsResourceObjectMeta": "tidalkit.api._generated.terms",
    "TermsSingleResourceDataDocument": "tidalkit.api._generated.terms",
    "ThirdPartyLyricsProvider": "tidalkit.api._generated.lyrics",
    "TidalLyricsProvider": "tidalkit.api._generated.lyrics",
    "TrackFilesAttributes": "tidalkit.api._generated.track_files",
    "TrackFilesReadById403ResponseBody": "tidalkit.api._generated.track_files",
    "TrackFilesReadById403ResponseBodyErrors": "tidalkit.api._generated.track_files",
    "TrackFilesReadById404ResponseBody": "tidalkit.api._generated.track_files",
    "TrackFilesReadById404ResponseBodyErrors": "tidalkit.api._generated.track_files",
    "TrackFilesResourceObject": "tidalkit.api._generated.track_files",
    "TrackFilesSingleResourceDataDocument": "tidalkit.api._generated.track_files",
    "TrackInfo": "tidalkit.api._generated.provider_product_infos",
    "TrackManifestsAttributes": "tidalkit.api._generated.track_manifests",
    "TrackManifestsReadById403ResponseBody": "tidalkit.api._generated.track_manifests",
    "TrackManifestsReadById403ResponseBodyErrors": "tidalkit.api._generated.track_manifests",
    "TrackManifestsReadById404ResponseBody": "tidalkit.api._generated.track_manifests",
    "TrackManifestsReadById404ResponseBodyErrors": "tidalkit.api._generated.track_manifests",
    "TrackManifestsResourceObject": "tidalkit.api._generated.track_manifests",
    "TrackManifestsSingleResourceDataDocument": "tidalkit.api._generated.track_manifests",
    "TrackSourceFilesAttributes": "tidalkit.api._generated.track_source_files",
    "TrackSourceFilesCreateOperationPayload": "tidalkit.api._generated.track_source_files_payloads",
    "TrackSourceFilesCreateOperationPayloadData": "tidalkit.api._generated.track_source_files_payloads",
    "TrackSourceFilesCreateOperationPayloadDataAttributes": "tidalkit.api._generated.track_source_files_payloads",
    "TrackSourceFilesCreateOperationPayloadDataRelationships": "tidalkit.api._generated.track_source_files_payloads",
    "TrackSourceFilesCreateOperationPayloadDataRelationshipsTrack": "tidalkit.api._generated.track_source_files_payloads",
    "TrackSourceFilesCreateOperationPayloadDataRelationshipsTrackData": "tidalkit.api._generated.track_source_files_payloads",
    "TrackSourceFilesCreateSingleResourceDataDocument": "tidalkit.api._generated.track_source_files",
    "TrackSourceFilesMultiRelationshipDataDocument": "tidalkit.api._generated.track_source_files",
    "TrackSourceFilesRelationships": "tidalkit.api._generated.track_source_files",
    "TrackSourceFilesResourceObject": "tidalkit.api._generated.track_source_files",
    "TrackSourceFilesSingleResourceDataDocument": "tidalkit.api._generated.track_source_files",
    "TrackStatisticsAttributes": "tidalkit.api._generated.track_statistics",
    "TrackStatisticsMultiRelationshipDataDocument": "tidalkit.api._generated.track_statistics",
    "TrackStatisticsRelationships": "tidalkit.api._generated.track_statistics",
    "TrackStatisticsResourceObject": "tidalkit.api._generated.track_statistics",
    "TrackStatisticsSingleResourceDataDocument": "tidalkit.api._generated.track_statistics",
    "TracksAlbumsMultiRelationshipDataDocument": "tidalkit.api._generated.tracks",
    "TracksAlbumsRelationshipUpdateOperationPayload": "tidalkit.api._generated.tracks_payloads",
    "TracksAlbumsRelationshipUpdateOperationPayloadData": "tidalkit.api._generated.tracks_payloads",
    "TracksAlbumsResourceIdentifier": "tidalkit.api._generated.tracks",
    "TracksAlbumsResourceIdentifierMeta": "tidalkit.api._generated.tracks",
    "TracksAttributes": "tidalkit.api._generated.tracks",
    "TracksCreateOperationPayload": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateOperationPayloadData": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateOperationPayloadDataAttributes": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateOperationPayloadDataRelationships": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateOperationPayloadDataRelationshipsAlbums": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateOperationPayloadDataRelationshipsAlbumsData": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateOperationPayloadDataRelationshipsArtists": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateOperationPayloadDataRelationshipsArtistsData": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateOperationPayloadDataRelationshipsGenres": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateOperationPayloadDataRelationshipsGenresData": "tidalkit.api._generated.tracks_payloads",
    "TracksCreateSingleResourceDataDocument": "tidalkit.api._generated.tracks",
    "TracksMetadataStatusAttributes": "tidalkit.api._generated.tracks_metadata_status",
    "TracksMetadataStatusResourceObject": "tidalkit.api._generated.tracks_metadata_status",
    "TracksMetadataStatusSingleResourceDataDocument": "tidalkit.api._generated.tracks_metadata_status",
    "TracksMultiRelationshipDataDocument": "tidalkit.api._generated.tracks",
    "TracksMultiResourceDataDocument": "tidalkit.api._generated.tracks",
    "TracksRelationships": "tidalkit.api._generated.tracks",
    "TracksReplacementResourceIdentifier": "tidalkit.api._generated.tracks",
    "TracksReplacementResourceIdentifierMeta": "tidalkit.api._generated.tracks",
    "TracksReplacementSingleRelationshipDataDocument": "tidalkit.api._generated.tracks",
    "TracksResourceObject": "tidalkit.api._generated.tracks",
    "TracksSimilarTracksMultiRelationshipDataDocument": "tidalkit.api._generated.tracks",
    "TracksSimilarTracksResourceIdentifier": "tidalkit.api._generated.tracks",
    "TracksSimilarTracksResourceIdentifierMeta": "tidalkit.api._generated.tracks",
    "TracksSingleRelationshipDataDocument": "tidalkit.api._generated.tracks",
    "TracksSingleResourceDataDocument": "tidalkit.api._generated.tracks",
    "TracksSuggestedTracksMultiRelationshipDataDocument": "tidalkit.api._generated.tracks",
    "TracksSuggestedTracksResourceIdentifier": "tidalkit.api._generated.tracks",
    "TracksSuggestedTracksResourceIdentifierMeta": "tidalkit.api._generated.tracks",
    "TracksUpdateOperationPayload": "tidalkit.api._generated.tracks_payloads",
    "TracksUpdateOperationPayloadData": "tidalkit.api._generated.tracks_payloads",
    "TracksUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.tracks_payloads",
    "TracksUpdateOperationPayloadDataRelationships": "tidalkit.api._generated.tracks_payloads",
    "TracksUpdateOperationPayloadDataRelationshipsGenres": "tidalkit.api._generated.tracks_payloads",
    "TracksUpdateOperationPayloadDataRelationshipsGenresData": "tidalkit.api._generated.tracks_payloads",
    "UsageRulesAttributes": "tidalkit.api._generated.usage_rules",
    "UsageRulesCreateOperationPayload": "tidalkit.api._generated.usage_rules_payloads",
    "UsageRulesCreateOperationPayloadData": "tidalkit.api._generated.usage_rules_payloads",
    "UsageRulesCreateOperationPayloadDataAttributes": "tidalkit.api._generated.usage_rules_payloads",
    "UsageRulesCreateOperationPayloadDataRelationships": "tidalkit.api._generated.usage_rules_payloads",
    "UsageRulesCreateOperationPayloadDataRelationshipsSubject": "tidalkit.api._generated.usage_rules_payloads",
    "UsageRulesCreateOperationPayloadSubject": "tidalkit.api._generated.usage_rules_payloads",
    "UsageRulesCreateSingleResourceDataDocument": "tidalkit.api._generated.usage_rules",
    "UsageRulesResourceObject": "tidalkit.api._generated.usage_rules",
    "UsageRulesSingleResourceDataDocument": "tidalkit.api._generated.usage_rules",
    "UserCollection": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBody": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsAddMultiDataRelationshipWithResponse409ResponseBodyErrors": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsAttributes": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsItemsAddMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsItemsAddMultiRelationshipDataDocumentMeta": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsItemsAddResourceIdentifier": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsItemsAddResourceIdentifierMeta": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsItemsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsItemsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collection_albums_payloads",
    "UserCollectionAlbumsItemsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collection_albums_payloads",
    "UserCollectionAlbumsItemsRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.user_collection_albums_payloads",
    "UserCollectionAlbumsItemsRelationshipAddOperationResponseMetaSkippedItem": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsItemsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collection_albums_payloads",
    "UserCollectionAlbumsItemsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collection_albums_payloads",
    "UserCollectionAlbumsItemsResourceIdentifier": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsItemsResourceIdentifierMeta": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsRelationships": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsResourceObject": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionAlbumsSingleResourceDataDocument": "tidalkit.api._generated.user_collection_albums",
    "UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBody": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsAttributes": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsItemsAddMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsItemsAddMultiRelationshipDataDocumentMeta": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsItemsAddResourceIdentifier": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsItemsAddResourceIdentifierMeta": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsItemsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsItemsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collection_artists_payloads",
    "UserCollectionArtistsItemsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collection_artists_payloads",
    "UserCollectionArtistsItemsRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.user_collection_artists_payloads",
    "UserCollectionArtistsItemsRelationshipAddOperationResponseMetaSkippedItem": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsItemsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collection_artists_payloads",
    "UserCollectionArtistsItemsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collection_artists_payloads",
    "UserCollectionArtistsItemsResourceIdentifier": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsItemsResourceIdentifierMeta": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsRelationships": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsResourceObject": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionArtistsSingleResourceDataDocument": "tidalkit.api._generated.user_collection_artists",
    "UserCollectionFoldersAttributes": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersCreateOperationPayload": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersCreateOperationPayloadData": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersCreateOperationPayloadDataAttributes": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersCreateOperationPayloadDataRelationships": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersCreateOperationPayloadDataRelationshipsUserCollection": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersCreateSingleResourceDataDocument": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersDeleteResource400ResponseBody": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersDeleteResource400ResponseBodyErrors": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersItemsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersItemsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersItemsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersItemsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersItemsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersItemsResourceIdentifier": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersItemsResourceIdentifierMeta": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersMultiResourceDataDocument": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersRelationships": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersResourceObject": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersSingleRelationshipDataDocument": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersSingleResourceDataDocument": "tidalkit.api._generated.user_collection_folders",
    "UserCollectionFoldersUpdateOperationPayload": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersUpdateOperationPayloadData": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionFoldersUpdateOperationPayloadDataAttributes": "tidalkit.api._generated.user_collection_folders_payloads",
    "UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBody": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsAddMultiDataRelationshipWithResponse409ResponseBodyErrors": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsAttributes": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsItemsAddMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsItemsAddMultiRelationshipDataDocumentMeta": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsItemsAddResourceIdentifier": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsItemsAddResourceIdentifierMeta": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsItemsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsItemsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collection_playlists_payloads",
    "UserCollectionPlaylistsItemsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collection_playlists_payloads",
    "UserCollectionPlaylistsItemsRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.user_collection_playlists_payloads",
    "UserCollectionPlaylistsItemsRelationshipAddOperationResponseMetaSkippedItem": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsItemsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collection_playlists_payloads",
    "UserCollectionPlaylistsItemsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collection_playlists_payloads",
    "UserCollectionPlaylistsItemsResourceIdentifier": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsItemsResourceIdentifierMeta": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsRelationships": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsResourceObject": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionPlaylistsSingleResourceDataDocument": "tidalkit.api._generated.user_collection_playlists",
    "UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBody": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersAddMultiDataRelationshipWithResponse409ResponseBodyErrors": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersAttributes": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersItemsAddMultiRelationshipDataDocumentMeta": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersItemsAddResourceIdentifier": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersItemsAddResourceIdentifierMeta": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersItemsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersItemsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collection_save_for_laters_payloads",
    "UserCollectionSaveForLatersItemsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collection_save_for_laters_payloads",
    "UserCollectionSaveForLatersItemsRelationshipAddOperationResponseMetaSkippedItem": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collection_save_for_laters_payloads",
    "UserCollectionSaveForLatersItemsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collection_save_for_laters_payloads",
    "UserCollectionSaveForLatersItemsResourceIdentifier": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersItemsResourceIdentifierMeta": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersRelationships": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersResourceObject": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionSaveForLatersSingleResourceDataDocument": "tidalkit.api._generated.user_collection_save_for_laters",
    "UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBody": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksAddMultiDataRelationshipWithResponse409ResponseBodyErrors": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksAttributes": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksItemsAddMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksItemsAddMultiRelationshipDataDocumentMeta": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksItemsAddResourceIdentifier": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksItemsAddResourceIdentifierMeta": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksItemsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksItemsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collection_tracks_payloads",
    "UserCollectionTracksItemsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collection_tracks_payloads",
    "UserCollectionTracksItemsRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.user_collection_tracks_payloads",
    "UserCollectionTracksItemsRelationshipAddOperationResponseMetaSkippedItem": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksItemsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collection_tracks_payloads",
    "UserCollectionTracksItemsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collection_tracks_payloads",
    "UserCollectionTracksItemsResourceIdentifier": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksItemsResourceIdentifierMeta": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksRelationships": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksResourceObject": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionTracksSingleResourceDataDocument": "tidalkit.api._generated.user_collection_tracks",
    "UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBody": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosAddMultiDataRelationshipWithResponse409ResponseBodyErrors": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosAttributes": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosItemsAddMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosItemsAddMultiRelationshipDataDocumentMeta": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosItemsAddResourceIdentifier": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosItemsAddResourceIdentifierMeta": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosItemsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosItemsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collection_videos_payloads",
    "UserCollectionVideosItemsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collection_videos_payloads",
    "UserCollectionVideosItemsRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.user_collection_videos_payloads",
    "UserCollectionVideosItemsRelationshipAddOperationResponseMetaSkippedItem": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosItemsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collection_videos_payloads",
    "UserCollectionVideosItemsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collection_videos_payloads",
    "UserCollectionVideosItemsResourceIdentifier": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosItemsResourceIdentifierMeta": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosMultiRelationshipDataDocument": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosRelationships": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosResourceObject": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionVideosSingleResourceDataDocument": "tidalkit.api._generated.user_collection_videos",
    "UserCollectionsAddMultiDataRelationship409ResponseBody": "tidalkit.api._generated.user_collections",
    "UserCollectionsAddMultiDataRelationship409ResponseBodyErrors": "tidalkit.api._generated.user_collections",
    "UserCollectionsAlbumsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collections",
    "UserCollectionsAlbumsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsAlbumsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsAlbumsRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsAlbumsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsAlbumsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsAlbumsResourceIdentifier": "tidalkit.api._generated.user_collections",
    "UserCollectionsAlbumsResourceIdentifierMeta": "tidalkit.api._generated.user_collections",
    "UserCollectionsArtistsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collections",
    "UserCollectionsArtistsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsArtistsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsArtistsRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsArtistsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsArtistsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsArtistsResourceIdentifier": "tidalkit.api._generated.user_collections",
    "UserCollectionsArtistsResourceIdentifierMeta": "tidalkit.api._generated.user_collections",
    "UserCollectionsAttributes": "tidalkit.api._generated.user_collections",
    "UserCollectionsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collections",
    "UserCollectionsPlaylistsMultiRelationshipDataDocument": "tidalkit.api._generated.user_collections",
    "UserCollectionsPlaylistsRelationshipAddOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsPlaylistsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsPlaylistsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsPlaylistsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsPlaylistsResourceIdentifier": "tidalkit.api._generated.user_collections",
    "UserCollectionsPlaylistsResourceIdentifierMeta": "tidalkit.api._generated.user_collections",
    "UserCollectionsRelationships": "tidalkit.api._generated.user_collections",
    "UserCollectionsResourceObject": "tidalkit.api._generated.user_collections",
    "UserCollectionsSingleResourceDataDocument": "tidalkit.api._generated.user_collections",
    "UserCollectionsTracksMultiRelationshipDataDocument": "tidalkit.api._generated.user_collections",
    "UserCollectionsTracksRelationshipAddOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsTracksRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsTracksRelationshipAddOperationPayloadDataMeta": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsTracksRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsTracksRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsTracksResourceIdentifier": "tidalkit.api._generated.user_collections",
    "UserCollectionsTracksResourceIdentifierMeta": "tidalkit.api._generated.user_collections",
    "UserCollectionsVideosMultiRelationshipDataDocument": "tidalkit.api._generated.user_collections",
    "UserCollectionsVideosRelationshipAddOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsVideosRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsVideosRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsVideosRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_collections_payloads",
    "UserCollectionsVideosResourceIdentifier": "tidalkit.api._generated.user_collections",
    "UserCollectionsVideosResourceIdentifierMeta": "tidalkit.api._generated.user_collections",
    "UserDailyMixesAttributes": "tidalkit.api._generated.user_daily_mixes",
    "UserDailyMixesMultiRelationshipDataDocument": "tidalkit.api._generated.user_daily_mixes",
    "UserDailyMixesRelationships": "tidalkit.api._generated.user_daily_mixes",
    "UserDailyMixesResourceObject": "tidalkit.api._generated.user_daily_mixes",
    "UserDailyMixesSingleResourceDataDocument": "tidalkit.api._generated.user_daily_mixes",
    "UserDataExportRequestsAttributes": "tidalkit.api._generated.user_data_export_requests",
    "UserDataExportRequestsCreateOperationPayload": "tidalkit.api._generated.user_data_export_requests_payloads",
    "UserDataExportRequestsCreateOperationPayloadData": "tidalkit.api._generated.user_data_export_requests_payloads",
    "UserDataExportRequestsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.user_data_export_requests_payloads",
    "UserDataExportRequestsCreateSingleResourceDataDocument": "tidalkit.api._generated.user_data_export_requests",
    "UserDataExportRequestsResourceObject": "tidalkit.api._generated.user_data_export_requests",
    "UserDiscoveryMixesAttributes": "tidalkit.api._generated.user_discovery_mixes",
    "UserDiscoveryMixesMultiRelationshipDataDocument": "tidalkit.api._generated.user_discovery_mixes",
    "UserDiscoveryMixesRelationships": "tidalkit.api._generated.user_discovery_mixes",
    "UserDiscoveryMixesResourceObject": "tidalkit.api._generated.user_discovery_mixes",
    "UserDiscoveryMixesSingleResourceDataDocument": "tidalkit.api._generated.user_discovery_mixes",
    "UserNewReleaseMixesAttributes": "tidalkit.api._generated.user_new_release_mixes",
    "UserNewReleaseMixesMultiRelationshipDataDocument": "tidalkit.api._generated.user_new_release_mixes",
    "UserNewReleaseMixesRelationships": "tidalkit.api._generated.user_new_release_mixes",
    "UserNewReleaseMixesResourceObject": "tidalkit.api._generated.user_new_release_mixes",
    "UserNewReleaseMixesSingleResourceDataDocument": "tidalkit.api._generated.user_new_release_mixes",
    "UserOfflineMixesAttributes": "tidalkit.api._generated.user_offline_mixes",
    "UserOfflineMixesMultiRelationshipDataDocument": "tidalkit.api._generated.user_offline_mixes",
    "UserOfflineMixesRelationships": "tidalkit.api._generated.user_offline_mixes",
    "UserOfflineMixesResourceObject": "tidalkit.api._generated.user_offline_mixes",
    "UserOfflineMixesSingleResourceDataDocument": "tidalkit.api._generated.user_offline_mixes",
    "UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBody": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksAddMultiDataRelationshipWithResponse409ResponseBodyErrors": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksArtistsAddMultiRelationshipDataDocument": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksArtistsAddResourceIdentifier": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksArtistsMultiRelationshipDataDocument": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksArtistsRelationshipAddOperationPayload": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksArtistsRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksArtistsRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksArtistsRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksArtistsResourceIdentifier": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksArtistsResourceIdentifierMeta": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksAttributes": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksMultiRelationshipDataDocument": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksRelationships": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksResourceObject": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksSingleResourceDataDocument": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksTracksAddMultiRelationshipDataDocument": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksTracksAddResourceIdentifier": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksTracksMultiRelationshipDataDocument": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksTracksRelationshipAddOperationPayload": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksTracksRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksTracksRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksTracksRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksTracksResourceIdentifier": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksTracksResourceIdentifierMeta": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksVideosAddMultiRelationshipDataDocument": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksVideosAddResourceIdentifier": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksVideosMultiRelationshipDataDocument": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksVideosRelationshipAddOperationPayload": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksVideosRelationshipAddOperationPayloadData": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksVideosRelationshipRemoveOperationPayload": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksVideosRelationshipRemoveOperationPayloadData": "tidalkit.api._generated.user_recommendation_blocks_payloads",
    "UserRecommendationBlocksVideosResourceIdentifier": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationBlocksVideosResourceIdentifierMeta": "tidalkit.api._generated.user_recommendation_blocks",
    "UserRecommendationsAttributes": "tidalkit.api._generated.user_recommendations",
    "UserRecommendationsMultiRelationshipDataDocument": "tidalkit.api._generated.user_recommendations",
    "UserRecommendationsRelationships": "tidalkit.api._generated.user_recommendations",
    "UserRecommendationsResourceObject": "tidalkit.api._generated.user_recommendations",
    "UserRecommendationsSingleResourceDataDocument": "tidalkit.api._generated.user_recommendations",
    "UserReportsAttributes": "tidalkit.api._generated.user_reports",
    "UserReportsCreateOperationPayload": "tidalkit.api._generated.user_reports_payloads",
    "UserReportsCreateOperationPayloadData": "tidalkit.api._generated.user_reports_payloads",
    "UserReportsCreateOperationPayloadDataAttributes": "tidalkit.api._generated.user_reports_payloads",
    "UserReportsCreateOperationPayloadDataRelationships": "tidalkit.api._generated.user_reports_payloads",
    "UserReportsCreateOperationPayloadDataRelationshipsReportedResources": "tidalkit.api._generated.user_reports_payloads",
    "UserReportsCreateOperationPayloadDataRelationshipsReportedResourcesData": "tidalkit.api._generated.user_reports_payloads",
    "UserReportsCreateSingleResourceDataDocument": "tidalkit.api._generated.user_reports",
    "UserReportsResourceObject": "tidalkit.api._generated.user_reports",
    "UserSubscriptionPriceChangesAttributes": "tidalkit.api._generated.user_subscription_price_changes",
    "UserSubscriptionPriceChangesMultiResourceDataDocument": "tidalkit.api._generated.user_subscription_price_changes",
    "UserSubscriptionPriceChangesRelationships": "tidalkit.api._generated.user_subscription_price_changes",
    "UserSubscriptionPriceChangesResourceObject": "tidalkit.api._generated.user_subscription_price_changes",
    "UserSubscriptionPriceChangesSingleRelationshipDataDocument": "tidalkit.api._generated.user_subscription_price_changes",
    "UsersAttributes": "tidalkit.api._generated.users",
    "UsersResourceObject": "tidalkit.api._generated.users",
    "UsersSingleResourceDataDocument": "tidalkit.api._generated.users",
    "VideoManifestsAttributes": "tidalkit.api._generated.video_manifests",
    "VideoManifestsReadById403ResponseBody": "tidalkit.api._generated.video_manifests",
    "VideoManifestsReadById403ResponseBodyErrors": "tidalkit.api._generated.video_manifests",
    "VideoManifestsReadById404ResponseBody": "tidalkit.api._generated.video_manifests",
    "VideoManifestsReadById404ResponseBodyErrors": "tidalkit.api._generated.video_manifests",
    "VideoManifestsResourceObject": "tidalkit.api._generated.video_manifests",
    "VideoManifestsSingleResourceDataDocument": "tidalkit.api._generated.video_manifests",
    "VideosAlbumsMultiRelationshipDataDocument": "tidalkit.api._generated.videos",
    "VideosAlbumsResourceIdentifier": "tidalkit.api._generated.videos",
    "VideosAlbumsResourceIdentifierMeta": "tidalkit.api._generated.videos",
    "VideosAttributes": "tidalkit.api._generated.videos",
    "VideosMultiRelationshipDataDocument": "tidalkit.api._generated.videos",
    "VideosMultiResourceDataDocument": "tidalkit.api._generated.videos",
    "VideosRelationships": "tidalkit.api._generated.videos",
    "VideosReplacementResourceIdentifier": "tidalkit.api._generated.videos",
    "VideosReplacementResourceIdentifierMeta": "tidalkit.api._generated.videos",
    "VideosReplacementSingleRelationshipDataDocument": "tidalkit.api._generated.videos",
    "VideosResourceObject": "tidalkit.api._generated.videos",
    "VideosSimilarVideosMultiRelationshipDataDocument": "tidalkit.api._generated.videos",
    "VideosSimilarVideosResourceIdentifier": "tidalkit.api._generated.videos",
    "VideosSimilarVideosResourceIdentifierMeta": "tidalkit.api._generated.videos",
    "VideosSingleRelationshipDataDocument": "tidalkit.api._generated.videos",
    "VideosSingleResourceDataDocument": "tidalkit.api._generated.videos",
    "VideosSuggestedVideosMultiRelationshipDataDocument": "tidalkit.api._generated.videos",
    "VideosSuggestedVideosResourceIdentifier": "tidalkit.api._generated.videos",
    "VideosSuggestedVideosResourceIdentifierMeta": "tidalkit.api._generated.videos",
}
