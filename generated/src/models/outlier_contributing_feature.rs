//! `OutlierContributingFeature`, from `beta/schemas/OutlierContributingFeature.yaml`.

use crate::models::{
    OutlierContributingFeatureValue, OutlierContributingFeatureValueType,
    OutlierFeatureTranslation,
};

/// `OutlierContributingFeature` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OutlierContributingFeature {
    /// Contributing feature id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The name of the feature
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The data type of the value field
    #[serde(rename = "valueType", default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<OutlierContributingFeatureValueType>,
    /// The feature value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<OutlierContributingFeatureValue>,
    /// The importance of the feature. This can also be a negative value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<f32>,
    /// The (translated if header is passed) displayName for the feature
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// The (translated if header is passed) description for the feature
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(
        rename = "translationMessages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub translation_messages: Option<OutlierFeatureTranslation>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OutlierContributingFeature {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        OutlierContributingFeature {
            id: None,
            name: None,
            value_type: None,
            value: None,
            importance: None,
            display_name: None,
            description: None,
            translation_messages: None,
            additional_properties: Default::default(),
        }
    }
}
