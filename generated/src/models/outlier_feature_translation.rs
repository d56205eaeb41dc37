//! `OutlierFeatureTranslation`, from `beta/schemas/OutlierFeatureTranslation.yaml`.

use crate::models::TranslationMessage;

/// `OutlierFeatureTranslation` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OutlierFeatureTranslation {
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<TranslationMessage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<TranslationMessage>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OutlierFeatureTranslation {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        OutlierFeatureTranslation {
            display_name: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}
