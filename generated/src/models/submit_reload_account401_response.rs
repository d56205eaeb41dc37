//! `SubmitReloadAccount401Response`, from `beta/paths/accounts-id-reload.yaml#/post`.

/// `SubmitReloadAccount401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitReloadAccount401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SubmitReloadAccount401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitReloadAccount401Response {
            error: None,
        }
    }
}
