//! `GetNonEmployeeApproval429Response`, from `beta/paths/non-employee-approve-get.yaml#/get`.
/// `GetNonEmployeeApproval429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeApproval429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetNonEmployeeApproval429Response {
    /// A `GetNonEmployeeApproval429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetNonEmployeeApproval429Response {
            message: None,
        }
    }
}
