//! `GetSodViolationReportRunStatus401Response`, from `beta/paths/sod-violation-report-status.yaml#/get`.

/// `GetSodViolationReportRunStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSodViolationReportRunStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSodViolationReportRunStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSodViolationReportRunStatus401Response {
            error: None,
        }
    }
}
