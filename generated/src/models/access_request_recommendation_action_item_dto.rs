//! `AccessRequestRecommendationActionItemDto`, from `beta/schemas/AccessRequestRecommendationActionItemDto.yaml`.

use crate::models::AccessRequestRecommendationItem;

/// `AccessRequestRecommendationActionItemDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestRecommendationActionItemDto {
    /// The identity ID taking the action.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityId", default, deserialize_with = "crate::lenient::string")]
    pub identity_id: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<AccessRequestRecommendationItem>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestRecommendationActionItemDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity_id: impl Into<String>,
        access: AccessRequestRecommendationItem,
    ) -> Self {
        AccessRequestRecommendationActionItemDto {
            identity_id: identity_id.into(),
            access: Some(access),
            additional_properties: Default::default(),
        }
    }
}
