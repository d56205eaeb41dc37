//! `IdentityPreviewResponseIdentity`, from `beta/schemas/IdentityPreviewResponse.yaml#/properties/identity`.

use crate::models::IdentityPreviewResponseIdentityType;

/// Identity's manager.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityPreviewResponseIdentity {
    /// DTO type of identity's manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IdentityPreviewResponseIdentityType>,
    /// ID of identity's manager.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of identity's manager.
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

impl IdentityPreviewResponseIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityPreviewResponseIdentity {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
