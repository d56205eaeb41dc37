//! `ListNonEmployeeRequests401Response`, from `beta/paths/non-employee-requests.yaml#/get`.

/// `ListNonEmployeeRequests401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListNonEmployeeRequests401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListNonEmployeeRequests401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListNonEmployeeRequests401Response {
            error: None,
        }
    }
}
