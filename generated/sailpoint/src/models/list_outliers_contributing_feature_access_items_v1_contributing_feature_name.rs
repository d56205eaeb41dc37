//! `ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName`, from `apis/iai-outliers/paths/outliers-v1-by-outlierid-feature-details-by-contributingfeaturename-access-items.yaml#/get/parameters/4/schema`.

/// `ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName {
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

impl ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::RadicalEntitlementCount => {
                "radical_entitlement_count"
            }
            ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::EntitlementCount => {
                "entitlement_count"
            }
            ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::MaxJaccardSimilarity => {
                "max_jaccard_similarity"
            }
            ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::MeanMaxBundleConcurrency => {
                "mean_max_bundle_concurrency"
            }
            ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::SingleEntitlementBundleCount => {
                "single_entitlement_bundle_count"
            }
            ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::PeerlessScore => {
                "peerless_score"
            }
            ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "radical_entitlement_count" => {
                ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::RadicalEntitlementCount
            }
            "entitlement_count" => {
                ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::EntitlementCount
            }
            "max_jaccard_similarity" => {
                ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::MaxJaccardSimilarity
            }
            "mean_max_bundle_concurrency" => {
                ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::MeanMaxBundleConcurrency
            }
            "single_entitlement_bundle_count" => {
                ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::SingleEntitlementBundleCount
            }
            "peerless_score" => {
                ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::PeerlessScore
            }
            other => {
                ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName
);
