//! `ExportSpConfig401Response`, from `beta/paths/sp-config-export.yaml#/post`.

/// `ExportSpConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportSpConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ExportSpConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExportSpConfig401Response {
            error: None,
        }
    }
}
