//! `Move429Response`, from `beta/paths/campaign-admin-cert-reassign.yaml#/post`.

/// `Move429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Move429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl Move429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Move429Response { message: None }
    }
}
