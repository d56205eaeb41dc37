//! `GetNonEmployeeRequestSummary401Response`, from `beta/paths/non-employee-request-summary-get.yaml#/get`.

/// `GetNonEmployeeRequestSummary401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeRequestSummary401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetNonEmployeeRequestSummary401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNonEmployeeRequestSummary401Response {
            error: None,
        }
    }
}
