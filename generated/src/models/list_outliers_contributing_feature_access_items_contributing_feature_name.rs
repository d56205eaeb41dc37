//! `ListOutliersContributingFeatureAccessItemsContributingFeatureName`, from `beta/paths/outliers-contributing-feature-access-items.yaml#/get`.
crate::string_enum! {
    #[doc =
    " `ListOutliersContributingFeatureAccessItemsContributingFeatureName` as the spec defines it."]
    pub enum ListOutliersContributingFeatureAccessItemsContributingFeatureName { #[doc =
    " `radical_entitlement_count`"] RadicalEntitlementCount =
    "radical_entitlement_count", #[doc = " `entitlement_count`"] EntitlementCount =
    "entitlement_count", #[doc = " `max_jaccard_similarity`"] MaxJaccardSimilarity =
    "max_jaccard_similarity", #[doc = " `mean_max_bundle_concurrency`"]
    MeanMaxBundleConcurrency = "mean_max_bundle_concurrency", #[doc =
    " `single_entitlement_bundle_count`"] SingleEntitlementBundleCount =
    "single_entitlement_bundle_count", #[doc = " `peerless_score`"] PeerlessScore =
    "peerless_score", }
}
