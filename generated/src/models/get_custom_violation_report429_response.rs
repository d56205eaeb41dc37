//! `GetCustomViolationReport429Response`, from `beta/paths/sod-download-custom-report.yaml#/get`.

/// `GetCustomViolationReport429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCustomViolationReport429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetCustomViolationReport429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCustomViolationReport429Response {
            message: None,
        }
    }
}
