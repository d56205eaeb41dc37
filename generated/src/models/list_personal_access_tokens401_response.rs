//! `ListPersonalAccessTokens401Response`, from `beta/paths/personal-access-tokens.yaml#/get`.

/// `ListPersonalAccessTokens401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPersonalAccessTokens401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListPersonalAccessTokens401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListPersonalAccessTokens401Response {
            error: None,
        }
    }
}
