//! `GetNonEmployeeExportSourceSchemaTemplate429Response`, from `beta/paths/non-employee-sources-export-schema-attributes-template.yaml#/get`.

/// `GetNonEmployeeExportSourceSchemaTemplate429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeExportSourceSchemaTemplate429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetNonEmployeeExportSourceSchemaTemplate429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNonEmployeeExportSourceSchemaTemplate429Response {
            message: None,
        }
    }
}
