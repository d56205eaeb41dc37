//! `IdentityCreatedPayload`, from `openapi.yaml#/components/schemas/IdentityCreatedPayload`.

use crate::models::Owner;

/// Payload of the identity-created webhook.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityCreatedPayload {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Owner>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityCreatedPayload {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityCreatedPayload {
            identity: None,
            created: None,
            additional_properties: Default::default(),
        }
    }
}
