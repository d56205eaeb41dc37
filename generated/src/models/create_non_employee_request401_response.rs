//! `CreateNonEmployeeRequest401Response`, from `beta/paths/non-employee-requests.yaml#/post`.

/// `CreateNonEmployeeRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateNonEmployeeRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateNonEmployeeRequest401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateNonEmployeeRequest401Response {
            error: None,
        }
    }
}
