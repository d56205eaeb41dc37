//! `DeleteLauncher429Response`, from `beta/paths/launcher.yaml#/delete`.

/// `DeleteLauncher429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteLauncher429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteLauncher429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteLauncher429Response {
            message: None,
        }
    }
}
