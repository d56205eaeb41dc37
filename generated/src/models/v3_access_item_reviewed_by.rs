//! `V3AccessItemReviewedBy`, from `v3/schemas/AccessItemReviewedBy.yaml`.

use crate::models::V3AccessItemReviewedByType;

/// Identity who reviewed the access item request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3AccessItemReviewedBy {
    /// DTO type of identity who reviewed the access item request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3AccessItemReviewedByType>,
    /// ID of identity who reviewed the access item request.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of identity who reviewed the access item request.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3AccessItemReviewedBy {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3AccessItemReviewedBy {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
