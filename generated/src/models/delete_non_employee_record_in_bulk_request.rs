//! `DeleteNonEmployeeRecordInBulkRequest`, from `beta/paths/non-employee-records-bulk-delete.yaml#/post/requestBody/content/application~1json/schema`.

/// `DeleteNonEmployeeRecordInBulkRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteNonEmployeeRecordInBulkRequest {
    /// List of non-employee ids.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub ids: Vec<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DeleteNonEmployeeRecordInBulkRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(ids: Vec<String>) -> Self {
        DeleteNonEmployeeRecordInBulkRequest {
            ids,
            additional_properties: Default::default(),
        }
    }
}
