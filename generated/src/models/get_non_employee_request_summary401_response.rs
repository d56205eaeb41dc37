//! `GetNonEmployeeRequestSummary401Response`, from `beta/paths/non-employee-request-summary-get.yaml#/get`.
/// `GetNonEmployeeRequestSummary401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeRequestSummary401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetNonEmployeeRequestSummary401Response {
    /// A `GetNonEmployeeRequestSummary401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetNonEmployeeRequestSummary401Response {
            error: None,
        }
    }
}
