//! `VerificationResponse`, from `v3/schemas/VerificationResponse.yaml`.

use crate::models::VerificationResponseStatus;

/// `VerificationResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VerificationResponse {
    /// The verificationPollRequest request ID
    #[serde(
        rename = "requestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub request_id: Option<String>,
    /// MFA Authentication status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<VerificationResponseStatus>,
    /// Error messages from MFA verification request
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

impl VerificationResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        VerificationResponse {
            request_id: None,
            status: None,
            error: None,
            additional_properties: Default::default(),
        }
    }
}
