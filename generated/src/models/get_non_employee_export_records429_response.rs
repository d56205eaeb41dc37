//! `GetNonEmployeeExportRecords429Response`, from `beta/paths/non-employee-sources-export-non-employees.yaml#/get`.
/// `GetNonEmployeeExportRecords429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeExportRecords429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetNonEmployeeExportRecords429Response {
    /// A `GetNonEmployeeExportRecords429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetNonEmployeeExportRecords429Response {
            message: None,
        }
    }
}
