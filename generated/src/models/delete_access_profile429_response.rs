//! `DeleteAccessProfile429Response`, from `beta/paths/access-profile.yaml#/delete`.

/// `DeleteAccessProfile429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteAccessProfile429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteAccessProfile429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteAccessProfile429Response {
            message: None,
        }
    }
}
