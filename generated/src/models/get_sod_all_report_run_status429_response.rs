//! `GetSodAllReportRunStatus429Response`, from `beta/paths/sod-all-report-status.yaml#/get`.

/// `GetSodAllReportRunStatus429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSodAllReportRunStatus429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSodAllReportRunStatus429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSodAllReportRunStatus429Response {
            message: None,
        }
    }
}
