//! `SubmitReloadAccount429Response`, from `beta/paths/accounts-id-reload.yaml#/post`.

/// `SubmitReloadAccount429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitReloadAccount429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SubmitReloadAccount429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubmitReloadAccount429Response {
            message: None,
        }
    }
}
