//! `KbaAuthResponse`, from `v3/schemas/KbaAuthResponse.yaml`.

use crate::models::{KbaAuthResponseItem, KbaAuthResponseStatus};

/// `KbaAuthResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KbaAuthResponse {
    #[serde(
        rename = "kbaAuthResponseItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kba_auth_response_items: Option<Vec<KbaAuthResponseItem>>,
    /// MFA Authentication status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<KbaAuthResponseStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl KbaAuthResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        KbaAuthResponse {
            kba_auth_response_items: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
