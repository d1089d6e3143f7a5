"""Typed access to every generated operation group (scripts/codegen_v2.py) — do not edit."""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tidalkit.api._generated.accepted_terms import AcceptedTermsOperations
    from tidalkit.api._generated.album_statistics import AlbumStatisticsOperations
    from tidalkit.api._generated.albums import AlbumsOperations
    from tidalkit.api._generated.appreciations import AppreciationsOperations
    from tidalkit.api._generated.artist_biographies import ArtistBiographiesOperations
    from tidalkit.api._generated.artist_claim_statuses import ArtistClaimStatusesOperations
    from tidalkit.api._generated.artist_claims import ArtistClaimsOperations
    from tidalkit.api._generated.artist_roles import ArtistRolesOperations
    from tidalkit.api._generated.artists import ArtistsOperations
    from tidalkit.api._generated.artworks import ArtworksOperations
    from tidalkit.api._generated.clients import ClientsOperations
    from tidalkit.api._generated.collaboration_invite_redemptions import (
        CollaborationInviteRedemptionsOperations,
    )
    from tidalkit.api._generated.collaboration_invites import CollaborationInvitesOperations
    from tidalkit.api._generated.comments import CommentsOperations
    from tidalkit.api._generated.content_claims import ContentClaimsOperations
    from tidalkit.api._generated.credits import CreditsOperations
    from tidalkit.api._generated.downloads import DownloadsOperations
    from tidalkit.api._generated.dsp_sharing_links import DspSharingLinksOperations
    from tidalkit.api._generated.dynamic_modules import DynamicModulesOperations
    from tidalkit.api._generated.dynamic_pages import DynamicPagesOperations
    from tidalkit.api._generated.genres import GenresOperations
    from tidalkit.api._generated.installations import InstallationsOperations
    from tidalkit.api._generated.lyrics import LyricsOperations
    from tidalkit.api._generated.manual_artist_claims import ManualArtistClaimsOperations
    from tidalkit.api._generated.offline_tasks import OfflineTasksOperations
    from tidalkit.api._generated.play_queues import PlayQueuesOperations
    from tidalkit.api._generated.playlists import PlaylistsOperations
    from tidalkit.api._generated.price_configurations import PriceConfigurationsOperations
    from tidalkit.api._generated.provider_owners import ProviderOwnersOperations
    from tidalkit.api._generated.provider_product_infos import ProviderProductInfosOperations
    from tidalkit.api._generated.providers import ProvidersOperations
    from tidalkit.api._generated.purchases import PurchasesOperations
    from tidalkit.api._generated.reactions import ReactionsOperations
    from tidalkit.api._generated.saved_shares import SavedSharesOperations
    from tidalkit.api._generated.scopes import ScopesOperations
    from tidalkit.api._generated.search_history_entries import SearchHistoryEntriesOperations
    from tidalkit.api._generated.search_results import SearchResultsOperations
    from tidalkit.api._generated.search_suggestions import SearchSuggestionsOperations
    from tidalkit.api._generated.shares import SharesOperations
    from tidalkit.api._generated.square_connections import SquareConnectionsOperations
    from tidalkit.api._generated.stripe_connections import StripeConnectionsOperations
    from tidalkit.api._generated.stripe_dashboard_links import StripeDashboardLinksOperations
    from tidalkit.api._generated.subscription_price_change_decisions import (
        SubscriptionPriceChangeDecisionsOperations,
    )
    from tidalkit.api._generated.temporary_user_tokens import TemporaryUserTokensOperations
    from tidalkit.api._generated.terms import TermsOperations
    from tidalkit.api._generated.track_files import TrackFilesOperations
    from tidalkit.api._generated.track_manifests import TrackManifestsOperations
    from tidalkit.api._generated.track_source_files import TrackSourceFilesOperations
    from tidalkit.api._generated.track_statistics import TrackStatisticsOperations
    from tidalkit.api._generated.tracks import TracksOperations
    from tidalkit.api._generated.tracks_metadata_status import TracksMetadataStatusOperations
    from tidalkit.api._generated.usage_rules import UsageRulesOperations
    from tidalkit.api._generated.user_collection_albums import UserCollectionAlbumsOperations
    from tidalkit.api._generated.user_collection_artists import UserCollectionArtistsOperations
    from tidalkit.api._generated.user_collection_folders import UserCollectionFoldersOperations
    from tidalkit.api._generated.user_collection_playlists import UserCollectionPlaylistsOperations
    from tidalkit.api._generated.user_collection_save_for_laters import UserCollectionSaveForLatersOperations
    from tidalkit.api._generated.user_collection_tracks import UserCollectionTracksOperations
    from tidalkit.api._generated.user_collection_videos import UserCollectionVideosOperations
    from tidalkit.api._generated.user_collections import UserCollectionsOperations
    from tidalkit.api._generated.user_daily_mixes import UserDailyMixesOperations
    from tidalkit.api._generated.user_data_export_requests import UserDataExportRequestsOperations
    from tidalkit.api._generated.user_discovery_mixes import UserDiscoveryMixesOperations
    from tidalkit.api._generated.user_new_release_mixes import UserNewReleaseMixesOperations
    from tidalkit.api._generated.user_offline_mixes import UserOfflineMixesOperations
    from tidalkit.api._generated.user_recommendation_blocks import UserRecommendationBlocksOperations
    from tidalkit.api._generated.user_recommendations import UserRecommendationsOperations
    from tidalkit.api._generated.user_reports import UserReportsOperations
    from tidalkit.api._generated.user_subscription_price_changes import UserSubscriptionPriceChangesOperations
    from tidalkit.api._generated.users import UsersOperations
    from tidalkit.api._generated.video_manifests import VideoManifestsOperations
    from tidalkit.api._generated.videos import VideosOperations


class RawNamespaces:
    """Every operation group of the spec, INTERNAL and PARTNER operations included."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def _load(self, module: str, name: str) -> Any:
        return getattr(importlib.import_module(module), name)(self._client)

    @cached_property
    def accepted_terms(self) -> AcceptedTermsOperations:
        """Every operation on ``/acceptedTerms``."""
        return self._load("tidalkit.api._generated.accepted_terms", "AcceptedTermsOperations")

    @cached_property
    def album_statistics(self) -> AlbumStatisticsOperations:
        """Every operation on ``/albumStatistics``."""
        return self._load("tidalkit.api._generated.album_statistics", "AlbumStatisticsOperations")

    @cached_property
    def albums(self) -> AlbumsOperations:
        """Every operation on ``/albums``."""
        return self._load("tidalkit.api._generated.albums", "AlbumsOperations")

    @cached_property
    def appreciations(self) -> AppreciationsOperations:
        """Every operation on ``/appreciations``."""
        return self._load("tidalkit.api._generated.appreciations", "AppreciationsOperations")

    @cached_property
    def artist_biographies(self) -> ArtistBiographiesOperations:
        """Every operation on ``/artistBiographies``."""
        return self._load("tidalkit.api._generated.artist_biographies", "ArtistBiographiesOperations")

    @cached_property
    def artist_claim_statuses(self) -> ArtistClaimStatusesOperations:
        """Every operation on ``/artistClaimStatuses``."""
        return self._load("tidalkit.api._generated.artist_claim_statuses", "ArtistClaimStatusesOperations")

    @cached_property
    def artist_claims(self) -> ArtistClaimsOperations:
        """Every operation on ``/artistClaims``."""
        return self._load("tidalkit.api._generated.artist_claims", "ArtistClaimsOperations")

    @cached_property
    def artist_roles(self) -> ArtistRolesOperations:
        """Every operation on ``/artistRoles``."""
        return self._load("tidalkit.api._generated.artist_roles", "ArtistRolesOperations")

    @cached_property
    def artists(self) -> ArtistsOperations:
        """Every operation on ``/artists``."""
        return self._load("tidalkit.api._generated.artists", "ArtistsOperations")

    @cached_property
    def artworks(self) -> ArtworksOperations:
        """Every operation on ``/artworks``."""
        return self._load("tidalkit.api._generated.artworks", "ArtworksOperations")

    @cached_property
    def clients(self) -> ClientsOperations:
        """Every operation on ``/clients``."""
        return self._load("tidalkit.api._generated.clients", "ClientsOperations")

    @cached_property
    def collaboration_invite_redemptions(self) -> CollaborationInviteRedemptionsOperations:
        """Every operation on ``/collaborationInviteRedemptions``."""
        return self._load(
            "tidalkit.api._generated.collaboration_invite_redemptions",
            "CollaborationInviteRedemptionsOperations",
        )

    @cached_property
    def collaboration_invites(self) -> CollaborationInvitesOperations:
        """Every operation on ``/collaborationInvites``."""
        return self._load("tidalkit.api._generated.collaboration_invites", "CollaborationInvitesOperations")

    @cached_property
    def comments(self) -> CommentsOperations:
        """Every operation on ``/comments``."""
        return self._load("tidalkit.api._generated.comments", "CommentsOperations")

    @cached_property
    def content_claims(self) -> ContentClaimsOperations:
        """Every operation on ``/contentClaims``."""
        return self._load("tidalkit.api._generated.content_claims", "ContentClaimsOperations")

    @cached_property
    def credits(self) -> CreditsOperations:
        """Every operation on ``/credits``."""
        return self._load("tidalkit.api._generated.credits", "CreditsOperations")

    @cached_property
    def downloads(self) -> DownloadsOperations:
        """Every operation on ``/downloads``."""
        return self._load("tidalkit.api._generated.downloads", "DownloadsOperations")

    @cached_property
    def dsp_sharing_links(self) -> DspSharingLinksOperations:
        """Every operation on ``/dspSharingLinks``."""
        return self._load("tidalkit.api._generated.dsp_sharing_links", "DspSharingLinksOperations")

    @cached_property
    def dynamic_modules(self) -> DynamicModulesOperations:
        """Every operation on ``/dynamicModules``."""
        return self._load("tidalkit.api._generated.dynamic_modules", "DynamicModulesOperations")

    @cached_property
    def dynamic_pages(self) -> DynamicPagesOperations:
        """Every operation on ``/dynamicPages``."""
        return self._load("tidalkit.api._generated.dynamic_pages", "DynamicPagesOperations")

    @cached_property
    def genres(self) -> GenresOperations:
        """Every operation on ``/genres``."""
        return self._load("tidalkit.api._generated.genres", "GenresOperations")

    @cached_property
    def installations(self) -> InstallationsOperations:
        """Every operation on ``/installations``."""
        return self._load("tidalkit.api._generated.installations", "InstallationsOperations")

    @cached_property
    def lyrics(self) -> LyricsOperations:
        """Every operation on ``/lyrics``."""
        return self._load("tidalkit.api._generated.lyrics", "LyricsOperations")

    @cached_property
    def manual_artist_claims(self) -> ManualArtistClaimsOperations:
        """Every operation on ``/manualArtistClaims``."""
        return self._load("tidalkit.api._generated.manual_artist_claims", "ManualArtistClaimsOperations")

    @cached_property
    def offline_tasks(self) -> OfflineTasksOperations:
        """Every operation on ``/offlineTasks``."""
        return self._load("tidalkit.api._generated.offline_tasks", "OfflineTasksOperations")

    @cached_property
    def play_queues(self) -> PlayQueuesOperations:
        """Every operation on ``/playQueues``."""
        return self._load("tidalkit.api._generated.play_queues", "PlayQueuesOperations")

    @cached_property
    def playlists(self) -> PlaylistsOperations:
        """Every operation on ``/playlists``."""
        return self._load("tidalkit.api._generated.playlists", "PlaylistsOperations")

    @cached_property
    def price_configurations(self) -> PriceConfigurationsOperations:
        """Every operation on ``/priceConfigurations``."""
        return self._load("tidalkit.api._generated.price_configurations", "PriceConfigurationsOperations")

    @cached_property
    def provider_owners(self) -> ProviderOwnersOperations:
        """Every operation on ``/providerOwners``."""
        return self._load("tidalkit.api._generated.provider_owners", "ProviderOwnersOperations")

    @cached_property
    def provider_product_infos(self) -> ProviderProductInfosOperations:
        """Every operation on ``/providerProductInfos``."""
        return self._load("tidalkit.api._generated.provider_product_infos", "ProviderProductInfosOperations")

    @cached_property
    def providers(self) -> ProvidersOperations:
        """Every operation on ``/providers``."""
        return self._load("tidalkit.api._generated.providers", "ProvidersOperations")

    @cached_property
    def purchases(self) -> PurchasesOperations:
        """Every operation on ``/purchases``."""
        return self._load("tidalkit.api._generated.purchases", "PurchasesOperations")

    @cached_property
    def reactions(self) -> ReactionsOperations:
        """Every operation on ``/reactions``."""
        return self._load("tidalkit.api._generated.reactions", "ReactionsOperations")

    @cached_property
    def saved_shares(self) -> SavedSharesOperations:
        """Every operation on ``/savedShares``."""
        return self._load("tidalkit.api._generated.saved_shares", "SavedSharesOperations")

    @cached_property
    def scopes(self) -> ScopesOperations:
        """Every operation on ``/scopes``."""
        return self._load("tidalkit.api._generated.scopes", "ScopesOperations")

    @cached_property
    def search_history_entries(self) -> SearchHistoryEntriesOperations:
        """Every operation on ``/searchHistoryEntries``."""
        return self._load("tidalkit.api._generated.search_history_entries", "SearchHistoryEntriesOperations")

    @cached_property
    def search_results(self) -> SearchResultsOperations:
        """Every operation on ``/searchResults``."""
        return self._load("tidalkit.api._generated.search_results", "SearchResultsOperations")

    @cached_property
    def search_suggestions(self) -> SearchSuggestionsOperations:
        """Every operation on ``/searchSuggestions``."""
        return self._load("tidalkit.api._generated.search_suggestions", "SearchSuggestionsOperations")

    @cached_property
    def shares(self) -> SharesOperations:
        """Every operation on ``/shares``."""
        return self._load("tidalkit.api._generated.shares", "SharesOperations")

    @cached_property
    def square_connections(self) -> SquareConnectionsOperations:
        """Every operation on ``/squareConnections``."""
        return self._load("tidalkit.api._generated.square_connections", "SquareConnectionsOperations")

    @cached_property
    def stripe_connections(self) -> StripeConnectionsOperations:
        """Every operation on ``/stripeConnections``."""
        return self._load("tidalkit.api._generated.stripe_connections", "StripeConnectionsOperations")

    @cached_property
    def stripe_dashboard_links(self) -> StripeDashboardLinksOperations:
        """Every operation on ``/stripeDashboardLinks``."""
        return self._load("tidalkit.api._generated.stripe_dashboard_links", "StripeDashboardLinksOperations")

    @cached_property
    def subscription_price_change_decisions(self) -> SubscriptionPriceChangeDecisionsOperations:
        """Every operation on ``/subscriptionPriceChangeDecisions``."""
        return self._load(
            "tidalkit.api._generated.subscription_price_change_decisions",
            "SubscriptionPriceChangeDecisionsOperations",
        )

    @cached_property
    def temporary_user_tokens(self) -> TemporaryUserTokensOperations:
        """Every operation on ``/temporaryUserTokens``."""
        return self._load("tidalkit.api._generated.temporary_user_tokens", "TemporaryUserTokensOperations")

    @cached_property
    def terms(self) -> TermsOperations:
        """Every operation on ``/terms``."""
        return self._load("tidalkit.api._generated.terms", "TermsOperations")

    @cached_property
    def track_files(self) -> TrackFilesOperations:
        """Every operation on ``/trackFiles``."""
        return self._load("tidalkit.api._generated.track_files", "TrackFilesOperations")

    @cached_property
    def track_manifests(self) -> TrackManifestsOperations:
        """Every operation on ``/trackManifests``."""
        return self._load("tidalkit.api._generated.track_manifests", "TrackManifestsOperations")

    @cached_property
    def track_source_files(self) -> TrackSourceFilesOperations:
        """Every operation on ``/trackSourceFiles``."""
        return self._load("tidalkit.api._generated.track_source_files", "TrackSourceFilesOperations")

    @cached_property
    def track_statistics(self) -> TrackStatisticsOperations:
        """Every operation on ``/trackStatistics``."""
        return self._load("tidalkit.api._generated.track_statistics", "TrackStatisticsOperations")

    @cached_property
    def tracks(self) -> TracksOperations:
        """Every operation on ``/tracks``."""
        return self._load("tidalkit.api._generated.tracks", "TracksOperations")

    @cached_property
    def tracks_metadata_status(self) -> TracksMetadataStatusOperations:
        """Every operation on ``/tracksMetadataStatus``."""
        return self._load("tidalkit.api._generated.tracks_metadata_status", "TracksMetadataStatusOperations")

    @cached_property
    def usage_rules(self) -> UsageRulesOperations:
        """Every operation on ``/usageRules``."""
        return self._load("tidalkit.api._generated.usage_rules", "UsageRulesOperations")

    @cached_property
    def user_collection_albums(self) -> UserCollectionAlbumsOperations:
        """Every operation on ``/userCollectionAlbums``."""
        return self._load("tidalkit.api._generated.user_collection_albums", "UserCollectionAlbumsOperations")

    @cached_property
    def user_collection_artists(self) -> UserCollectionArtistsOperations:
        """Every operation on ``/userCollectionArtists``."""
        return self._load(
            "tidalkit.api._generated.user_collection_artists", "UserCollectionArtistsOperations"
        )

    @cached_property
    def user_collection_folders(self) -> UserCollectionFoldersOperations:
        """Every operation on ``/userCollectionFolders``."""
        return self._load(
            "tidalkit.api._generated.user_collection_folders", "UserCollectionFoldersOperations"
        )

    @cached_property
    def user_collection_playlists(self) -> UserCollectionPlaylistsOperations:
        """Every operation on ``/userCollectionPlaylists``."""
        return self._load(
            "tidalkit.api._generated.user_collection_playlists", "UserCollectionPlaylistsOperations"
        )

    @cached_property
    def user_collection_save_for_laters(self) -> UserCollectionSaveForLatersOperations:
        """Every operation on ``/userCollectionSaveForLaters``."""
        return self._load(
            "tidalkit.api._generated.user_collection_save_for_laters", "UserCollectionSaveForLatersOperations"
        )

    @cached_property
    def user_collection_tracks(self) -> UserCollectionTracksOperations:
        """Every operation on ``/userCollectionTracks``."""
        return self._load("tidalkit.api._generated.user_collection_tracks", "UserCollectionTracksOperations")

    @cached_property
    def user_collection_videos(self) -> UserCollectionVideosOperations:
        """Every operation on ``/userCollectionVideos``."""
        return self._load("tidalkit.api._generated.user_collection_videos", "UserCollectionVideosOperations")

    @cached_property
    def user_collections(self) -> UserCollectionsOperations:
        """Every operation on ``/userCollections``."""
        return self._load("tidalkit.api._generated.user_collections", "UserCollectionsOperations")

    @cached_property
    def user_daily_mixes(self) -> UserDailyMixesOperations:
        """Every operation on ``/userDailyMixes``."""
        return self._load("tidalkit.api._generated.user_daily_mixes", "UserDailyMixesOperations")

    @cached_property
    def user_data_export_requests(self) -> UserDataExportRequestsOperations:
        """Every operation on ``/userDataExportRequests``."""
        return self._load(
            "tidalkit.api._generated.user_data_export_requests", "UserDataExportRequestsOperations"
        )

    @cached_property
    def user_discovery_mixes(self) -> UserDiscoveryMixesOperations:
        """Every operation on ``/userDiscoveryMixes``."""
        return self._load("tidalkit.api._generated.user_discovery_mixes", "UserDiscoveryMixesOperations")

    @cached_property
    def user_new_release_mixes(self) -> UserNewReleaseMixesOperations:
        """Every operation on ``/userNewReleaseMixes``."""
        return self._load("tidalkit.api._generated.user_new_release_mixes", "UserNewReleaseMixesOperations")

    @cached_property
    def user_offline_mixes(self) -> UserOfflineMixesOperations:
        """Every operation on ``/userOfflineMixes``."""
        return self._load("tidalkit.api._generated.user_offline_mixes", "UserOfflineMixesOperations")

    @cached_property
    def user_recommendation_blocks(self) -> UserRecommendationBlocksOperations:
        """Every operation on ``/userRecommendationBlocks``."""
        return self._load(
            "tidalkit.api._generated.user_recommendation_blocks", "UserRecommendationBlocksOperations"
        )

    @cached_property
    def user_recommendations(self) -> UserRecommendationsOperations:
        """Every operation on ``/userRecommendations``."""
        return self._load("tidalkit.api._generated.user_recommendations", "UserRecommendationsOperations")

    @cached_property
    def user_reports(self) -> UserReportsOperations:
        """Every operation on ``/userReports``."""
        return self._load("tidalkit.api._generated.user_reports", "UserReportsOperations")

    @cached_property
    def user_subscription_price_changes(self) -> UserSubscriptionPriceChangesOperations:
        """Every operation on ``/userSubscriptionPriceChanges``."""
        return self._load(
            "tidalkit.api._generated.user_subscription_price_changes",
            "UserSubscriptionPriceChangesOperations",
        )

    @cached_property
    def users(self) -> UsersOperations:
        """Every operation on ``/users``."""
        return self._load("tidalkit.api._generated.users", "UsersOperations")

    @cached_property
    def video_manifests(self) -> VideoManifestsOperations:
        """Every operation on ``/videoManifests``."""
        return self._load("tidalkit.api._generated.video_manifests", "VideoManifestsOperations")

    @cached_property
    def videos(self) -> VideosOperations:
        """Every operation on ``/videos``."""
        return self._load("tidalkit.api._generated.videos", "VideosOperations")
