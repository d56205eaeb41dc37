//! `SendTokenResponse`, from `v3/schemas/SendTokenResponse.yaml`.

use crate::models::SendTokenResponseStatus;

/// `SendTokenResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SendTokenResponse {
    /// The token request ID
    #[serde(
        rename = "requestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub request_id: Option<String>,
    /// Status of sending token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SendTokenResponseStatus>,
    /// Error messages from token send request
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub error_message: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SendTokenResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendTokenResponse {
            request_id: None,
            status: None,
            error_message: None,
            additional_properties: Default::default(),
        }
    }
}
