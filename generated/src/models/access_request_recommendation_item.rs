//! `AccessRequestRecommendationItem`, from `beta/schemas/AccessRequestRecommendationItem.yaml`.

use crate::models::AccessRequestRecommendationItemType;

/// `AccessRequestRecommendationItem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestRecommendationItem {
    /// ID of access item being recommended.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessRequestRecommendationItemType>,
}

impl AccessRequestRecommendationItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestRecommendationItem {
            id: None,
            r#type: None,
        }
    }
}
