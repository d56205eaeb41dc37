//! `TokenAuthResponse`, from `v3/schemas/TokenAuthResponse.yaml`.

use crate::models::TokenAuthResponseStatus;

/// `TokenAuthResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TokenAuthResponse {
    /// MFA Authentication status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TokenAuthResponseStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TokenAuthResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TokenAuthResponse {
            status: None,
            additional_properties: Default::default(),
        }
    }
}
