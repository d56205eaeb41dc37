//! `MfaConfigTestResponse`, from `v3/schemas/MfaConfigTestResponse.yaml`.

use crate::models::MfaConfigTestResponseState;

/// Response model for configuration test of a given MFA method
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MfaConfigTestResponse {
    /// The configuration test result.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<MfaConfigTestResponseState>,
    /// The error message to indicate the failure of configuration test.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub error: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MfaConfigTestResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MfaConfigTestResponse {
            state: None,
            error: None,
            additional_properties: Default::default(),
        }
    }
}
