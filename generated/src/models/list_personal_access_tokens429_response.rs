//! `ListPersonalAccessTokens429Response`, from `beta/paths/personal-access-tokens.yaml#/get`.

/// `ListPersonalAccessTokens429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPersonalAccessTokens429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListPersonalAccessTokens429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListPersonalAccessTokens429Response {
            message: None,
        }
    }
}
