//! `OutlierFeatureSummary`, from `beta/schemas/OutlierFeatureSummary.yaml`.

use crate::models::OutlierFeatureSummaryOutlierFeatureDisplayValuesInner;

/// `OutlierFeatureSummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OutlierFeatureSummary {
    /// Contributing feature name
    #[serde(
        rename = "contributingFeatureName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub contributing_feature_name: Option<String>,
    /// Identity display name
    #[serde(
        rename = "identityOutlierDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_outlier_display_name: Option<String>,
    #[serde(
        rename = "outlierFeatureDisplayValues",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub outlier_feature_display_values: Option<
        Vec<OutlierFeatureSummaryOutlierFeatureDisplayValuesInner>,
    >,
    /// Definition of the feature
    #[serde(
        rename = "featureDefinition",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub feature_definition: Option<String>,
    /// Detailed explanation of the feature
    #[serde(
        rename = "featureExplanation",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub feature_explanation: Option<String>,
    /// outlier's peer identity display name
    #[serde(
        rename = "peerDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub peer_display_name: Option<String>,
    /// outlier's peer identity id
    #[serde(
        rename = "peerIdentityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub peer_identity_id: Option<String>,
    /// Access Item reference
    #[serde(
        rename = "accessItemReference",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_item_reference: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OutlierFeatureSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        OutlierFeatureSummary {
            contributing_feature_name: None,
            identity_outlier_display_name: None,
            outlier_feature_display_values: None,
            feature_definition: None,
            feature_explanation: None,
            peer_display_name: None,
            peer_identity_id: None,
            access_item_reference: None,
            additional_properties: Default::default(),
        }
    }
}
