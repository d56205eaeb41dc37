//! `GetNonEmployeeBulkUploadStatus429Response`, from `beta/paths/non-employee-sources-bulk-upload-status.yaml#/get`.

/// `GetNonEmployeeBulkUploadStatus429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeBulkUploadStatus429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetNonEmployeeBulkUploadStatus429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNonEmployeeBulkUploadStatus429Response {
            message: None,
        }
    }
}
