//! `DeleteNonEmployeeRequest401Response`, from `beta/paths/non-employee-request.yaml#/delete`.
/// `DeleteNonEmployeeRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteNonEmployeeRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl DeleteNonEmployeeRequest401Response {
    /// A `DeleteNonEmployeeRequest401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        DeleteNonEmployeeRequest401Response {
            error: None,
        }
    }
}
