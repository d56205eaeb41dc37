//! `GetCustomViolationReport401Response`, from `beta/paths/sod-download-custom-report.yaml#/get`.

/// `GetCustomViolationReport401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCustomViolationReport401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetCustomViolationReport401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCustomViolationReport401Response {
            error: None,
        }
    }
}
