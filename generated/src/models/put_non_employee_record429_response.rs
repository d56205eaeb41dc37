//! `PutNonEmployeeRecord429Response`, from `beta/paths/non-employee-record.yaml#/put`.

/// `PutNonEmployeeRecord429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutNonEmployeeRecord429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutNonEmployeeRecord429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutNonEmployeeRecord429Response {
            message: None,
        }
    }
}
