//! `CreateNonEmployeeSource401Response`, from `beta/paths/non-employee-sources.yaml#/post`.

/// `CreateNonEmployeeSource401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateNonEmployeeSource401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateNonEmployeeSource401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateNonEmployeeSource401Response {
            error: None,
        }
    }
}
