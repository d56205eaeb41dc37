//! `ImportSpConfig429Response`, from `beta/paths/sp-config-import.yaml#/post`.

/// `ImportSpConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSpConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ImportSpConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSpConfig429Response {
            message: None,
        }
    }
}
