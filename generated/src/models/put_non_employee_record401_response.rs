//! `PutNonEmployeeRecord401Response`, from `beta/paths/non-employee-record.yaml#/put`.
/// `PutNonEmployeeRecord401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutNonEmployeeRecord401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl PutNonEmployeeRecord401Response {
    /// A `PutNonEmployeeRecord401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PutNonEmployeeRecord401Response {
            error: None,
        }
    }
}
