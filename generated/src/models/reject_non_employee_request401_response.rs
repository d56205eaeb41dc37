//! `RejectNonEmployeeRequest401Response`, from `beta/paths/non-employee-reject-request.yaml#/post`.
/// `RejectNonEmployeeRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RejectNonEmployeeRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl RejectNonEmployeeRequest401Response {
    /// A `RejectNonEmployeeRequest401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        RejectNonEmployeeRequest401Response {
            error: None,
        }
    }
}
