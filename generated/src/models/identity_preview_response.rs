//! `IdentityPreviewResponse`, from `beta/schemas/IdentityPreviewResponse.yaml`.

use crate::models::{IdentityAttributePreview, IdentityPreviewResponseIdentity};

/// `IdentityPreviewResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityPreviewResponse {
    /// Identity's manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<IdentityPreviewResponseIdentity>,
    #[serde(
        rename = "previewAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub preview_attributes: Option<Vec<IdentityAttributePreview>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityPreviewResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityPreviewResponse {
            identity: None,
            preview_attributes: None,
            additional_properties: Default::default(),
        }
    }
}
