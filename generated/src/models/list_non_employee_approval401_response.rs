//! `ListNonEmployeeApproval401Response`, from `beta/paths/non-employee-approval-list.yaml#/get`.

/// `ListNonEmployeeApproval401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListNonEmployeeApproval401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListNonEmployeeApproval401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListNonEmployeeApproval401Response {
            error: None,
        }
    }
}
