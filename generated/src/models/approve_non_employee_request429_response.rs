//! `ApproveNonEmployeeRequest429Response`, from `beta/paths/non-employee-approve-request.yaml#/post`.
/// `ApproveNonEmployeeRequest429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApproveNonEmployeeRequest429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl ApproveNonEmployeeRequest429Response {
    /// A `ApproveNonEmployeeRequest429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ApproveNonEmployeeRequest429Response {
            message: None,
        }
    }
}
