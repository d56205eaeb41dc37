//! `ImportNonEmployeeRecordsInBulkRequest`, from `beta/paths/non-employee-sources-bulk-upload-non-employees.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportNonEmployeeRecordsInBulkRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportNonEmployeeRecordsInBulkRequest {
    #[serde(default)]
    pub data: Vec<u8>,
}

impl ImportNonEmployeeRecordsInBulkRequest {
    /// Builds the value from its required fields.
    pub fn new(data: Vec<u8>) -> Self {
        ImportNonEmployeeRecordsInBulkRequest {
            data,
        }
    }
}
