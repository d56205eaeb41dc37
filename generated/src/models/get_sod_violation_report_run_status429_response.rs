//! `GetSodViolationReportRunStatus429Response`, from `beta/paths/sod-violation-report-status.yaml#/get`.

/// `GetSodViolationReportRunStatus429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSodViolationReportRunStatus429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSodViolationReportRunStatus429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSodViolationReportRunStatus429Response {
            message: None,
        }
    }
}
