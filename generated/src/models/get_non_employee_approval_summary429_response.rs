//! `GetNonEmployeeApprovalSummary429Response`, from `beta/paths/non-employee-approval-summary.yaml#/get`.

/// `GetNonEmployeeApprovalSummary429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeApprovalSummary429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetNonEmployeeApprovalSummary429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNonEmployeeApprovalSummary429Response {
            message: None,
        }
    }
}
