//! `TokenAuthResponse`, from `v3/schemas/TokenAuthResponse.yaml`.

use crate::models::TokenAuthResponseStatus;

/// `TokenAuthResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenAuthResponse {
    /// MFA Authentication status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TokenAuthResponseStatus>,
}

impl TokenAuthResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TokenAuthResponse { status: None }
    }
}
