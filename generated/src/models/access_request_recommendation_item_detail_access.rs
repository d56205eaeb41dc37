//! `AccessRequestRecommendationItemDetailAccess`, from `beta/schemas/AccessRequestRecommendationItemDetail.yaml#/properties/access`.

use crate::models::AccessRequestRecommendationItemType;

/// `AccessRequestRecommendationItemDetailAccess` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestRecommendationItemDetailAccess {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestRecommendationItemDetailAccess {
            id: None,
            r#type: None,
            name: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}
