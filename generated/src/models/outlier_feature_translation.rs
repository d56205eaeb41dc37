//! `OutlierFeatureTranslation`, from `beta/schemas/OutlierFeatureTranslation.yaml`.

use crate::models::TranslationMessage;

/// `OutlierFeatureTranslation` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OutlierFeatureTranslation {
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<TranslationMessage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<TranslationMessage>,
}

impl OutlierFeatureTranslation {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        OutlierFeatureTranslation {
            display_name: None,
            description: None,
        }
    }
}
