//! `DeleteNonEmployeeRecordInBulkRequest`, from `beta/paths/non-employee-records-bulk-delete.yaml#/post/requestBody/content/application~1json/schema`.

/// `DeleteNonEmployeeRecordInBulkRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteNonEmployeeRecordInBulkRequest {
    /// List of non-employee ids.
    #[serde(default)]
    pub ids: Vec<String>,
}

impl DeleteNonEmployeeRecordInBulkRequest {
    /// Builds the value from its required fields.
    pub fn new(ids: Vec<String>) -> Self {
        DeleteNonEmployeeRecordInBulkRequest {
            ids,
        }
    }
}
