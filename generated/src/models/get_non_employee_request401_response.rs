//! `GetNonEmployeeRequest401Response`, from `beta/paths/non-employee-request.yaml#/get`.
/// `GetNonEmployeeRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetNonEmployeeRequest401Response {
    /// A `GetNonEmployeeRequest401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetNonEmployeeRequest401Response {
            error: None,
        }
    }
}
