//! `GetNonEmployeeRequest429Response`, from `beta/paths/non-employee-request.yaml#/get`.

/// `GetNonEmployeeRequest429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeRequest429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetNonEmployeeRequest429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNonEmployeeRequest429Response {
            message: None,
        }
    }
}
