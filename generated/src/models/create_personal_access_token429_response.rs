//! `CreatePersonalAccessToken429Response`, from `beta/paths/personal-access-tokens.yaml#/post`.

/// `CreatePersonalAccessToken429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePersonalAccessToken429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreatePersonalAccessToken429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreatePersonalAccessToken429Response {
            message: None,
        }
    }
}
