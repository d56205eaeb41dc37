//! `ListOutliersContributingFeatureAccessItemsContributingFeatureName`, from `beta/paths/outliers-contributing-feature-access-items.yaml#/get/parameters/4/schema`.

/// `ListOutliersContributingFeatureAccessItemsContributingFeatureName` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    /// `radical_entitlement_count`
    RadicalEntitlementCount,
    /// `entitlement_count`
    EntitlementCount,
    /// `max_jaccard_similarity`
    MaxJaccardSimilarity,
    /// `mean_max_bundle_concurrency`
    MeanMaxBundleConcurrency,
    /// `single_entitlement_bundle_count`
    SingleEntitlementBundleCount,
    /// `peerless_score`
    PeerlessScore,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListOutliersContributingFeatureAccessItemsContributingFeatureName::RadicalEntitlementCount => {
                "radical_entitlement_count"
            }
            ListOutliersContributingFeatureAccessItemsContributingFeatureName::EntitlementCount => {
                "entitlement_count"
            }
            ListOutliersContributingFeatureAccessItemsContributingFeatureName::MaxJaccardSimilarity => {
                "max_jaccard_similarity"
            }
            ListOutliersContributingFeatureAccessItemsContributingFeatureName::MeanMaxBundleConcurrency => {
                "mean_max_bundle_concurrency"
            }
            ListOutliersContributingFeatureAccessItemsContributingFeatureName::SingleEntitlementBundleCount => {
                "single_entitlement_bundle_count"
            }
            ListOutliersContributingFeatureAccessItemsContributingFeatureName::PeerlessScore => {
                "peerless_score"
            }
            ListOutliersContributingFeatureAccessItemsContributingFeatureName::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "radical_entitlement_count" => {
                ListOutliersContributingFeatureAccessItemsContributingFeatureName::RadicalEntitlementCount
            }
            "entitlement_count" => {
                ListOutliersContributingFeatureAccessItemsContributingFeatureName::EntitlementCount
            }
            "max_jaccard_similarity" => {
                ListOutliersContributingFeatureAccessItemsContributingFeatureName::MaxJaccardSimilarity
            }
            "mean_max_bundle_concurrency" => {
                ListOutliersContributingFeatureAccessItemsContributingFeatureName::MeanMaxBundleConcurrency
            }
            "single_entitlement_bundle_count" => {
                ListOutliersContributingFeatureAccessItemsContributingFeatureName::SingleEntitlementBundleCount
            }
            "peerless_score" => {
                ListOutliersContributingFeatureAccessItemsContributingFeatureName::PeerlessScore
            }
            other => {
                ListOutliersContributingFeatureAccessItemsContributingFeatureName::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    ListOutliersContributingFeatureAccessItemsContributingFeatureName
);
