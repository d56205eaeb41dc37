//! `GetSodViolationReportStatus401Response`, from `beta/paths/sod-violation-report.yaml#/get`.
/// `GetSodViolationReportStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSodViolationReportStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetSodViolationReportStatus401Response {
    /// A `GetSodViolationReportStatus401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetSodViolationReportStatus401Response {
            error: None,
        }
    }
}
