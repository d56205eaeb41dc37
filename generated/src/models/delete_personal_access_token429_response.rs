//! `DeletePersonalAccessToken429Response`, from `beta/paths/personal-access-token.yaml#/delete`.

/// `DeletePersonalAccessToken429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeletePersonalAccessToken429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeletePersonalAccessToken429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeletePersonalAccessToken429Response {
            message: None,
        }
    }
}
