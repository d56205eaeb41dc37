//! `RecommenderCalculations`, from `beta/schemas/RecommenderCalculations.yaml`.

use crate::models::{FeatureValueDto, RecommenderCalculationsIdentityAttributesValue};

/// `RecommenderCalculations` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RecommenderCalculations {
    /// The ID of the identity
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    /// The entitlement ID
    #[serde(
        rename = "entitlementId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub entitlement_id: Option<String>,
    /// The actual recommendation
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub recommendation: Option<String>,
    /// The overall weighted score
    #[serde(
        rename = "overallWeightedScore",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub overall_weighted_score: Option<f64>,
    /// The weighted score of each individual feature
    #[serde(
        rename = "featureWeightedScores",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub feature_weighted_scores: Option<std::collections::BTreeMap<String, f64>>,
    /// The configured value against which the overallWeightedScore is compared
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// The values for your configured features
    #[serde(
        rename = "identityAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identity_attributes: Option<
        std::collections::BTreeMap<
            String,
            RecommenderCalculationsIdentityAttributesValue,
        >,
    >,
    /// The feature details
    #[serde(rename = "featureValues", default, skip_serializing_if = "Option::is_none")]
    pub feature_values: Option<FeatureValueDto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RecommenderCalculations {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RecommenderCalculations {
            identity_id: None,
            entitlement_id: None,
            recommendation: None,
            overall_weighted_score: None,
            feature_weighted_scores: None,
            threshold: None,
            identity_attributes: None,
            feature_values: None,
            additional_properties: Default::default(),
        }
    }
}
