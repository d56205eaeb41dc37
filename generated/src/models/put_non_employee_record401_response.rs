//! `PutNonEmployeeRecord401Response`, from `beta/paths/non-employee-record.yaml#/put`.

/// `PutNonEmployeeRecord401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutNonEmployeeRecord401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PutNonEmployeeRecord401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutNonEmployeeRecord401Response {
            error: None,
        }
    }
}
