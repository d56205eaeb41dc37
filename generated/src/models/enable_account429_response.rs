//! `EnableAccount429Response`, from `beta/paths/accounts-id-enable.yaml#/post`.

/// `EnableAccount429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnableAccount429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl EnableAccount429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EnableAccount429Response {
            message: None,
        }
    }
}
