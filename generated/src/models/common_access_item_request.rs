//! `CommonAccessItemRequest`, from `beta/schemas/CommonAccessItemRequest.yaml`.

use crate::models::{CommonAccessItemAccess, CommonAccessItemState};

/// `CommonAccessItemRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommonAccessItemRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<CommonAccessItemAccess>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CommonAccessItemState>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CommonAccessItemRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommonAccessItemRequest {
            access: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
