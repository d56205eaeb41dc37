//! `GetDefaultViolationReport429Response`, from `beta/paths/sod-download-default-report.yaml#/get`.

/// `GetDefaultViolationReport429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDefaultViolationReport429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetDefaultViolationReport429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetDefaultViolationReport429Response {
            message: None,
        }
    }
}
