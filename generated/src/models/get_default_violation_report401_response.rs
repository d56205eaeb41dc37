//! `GetDefaultViolationReport401Response`, from `beta/paths/sod-download-default-report.yaml#/get`.

/// `GetDefaultViolationReport401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDefaultViolationReport401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetDefaultViolationReport401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetDefaultViolationReport401Response {
            error: None,
        }
    }
}
