//! `IdentityPreviewRequest`, from `beta/schemas/IdentityPreviewRequest.yaml`.

use crate::models::IdentityAttributeConfig;

/// `IdentityPreviewRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityPreviewRequest {
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    #[serde(
        rename = "identityAttributeConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identity_attribute_config: Option<IdentityAttributeConfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityPreviewRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityPreviewRequest {
            identity_id: None,
            identity_attribute_config: None,
            additional_properties: Default::default(),
        }
    }
}
