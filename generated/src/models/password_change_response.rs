//! `PasswordChangeResponse`, from `beta/schemas/PasswordChangeResponse.yaml`.

use crate::models::PasswordChangeResponseState;

/// `PasswordChangeResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordChangeResponse {
    /// The password change request ID
    #[serde(
        rename = "requestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub request_id: Option<String>,
    /// Password change state
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<PasswordChangeResponseState>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordChangeResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordChangeResponse {
            request_id: None,
            state: None,
            additional_properties: Default::default(),
        }
    }
}
