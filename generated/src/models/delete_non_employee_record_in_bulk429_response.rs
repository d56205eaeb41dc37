//! `DeleteNonEmployeeRecordInBulk429Response`, from `beta/paths/non-employee-records-bulk-delete.yaml#/post`.

/// `DeleteNonEmployeeRecordInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteNonEmployeeRecordInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteNonEmployeeRecordInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteNonEmployeeRecordInBulk429Response {
            message: None,
        }
    }
}
