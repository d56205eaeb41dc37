//! `AccessRequestRecommendationItemDetailAccess`, from `beta/schemas/AccessRequestRecommendationItemDetail.yaml#/properties/access`.

use crate::models::AccessRequestRecommendationItemType;

/// `AccessRequestRecommendationItemDetailAccess` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestRecommendationItemDetailAccess {
    /// ID of access item being recommended.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessRequestRecommendationItemType>,
    /// Name of the access item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Description of the access item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
}

impl AccessRequestRecommendationItemDetailAccess {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestRecommendationItemDetailAccess {
            id: None,
            r#type: None,
            name: None,
            description: None,
        }
    }
}
