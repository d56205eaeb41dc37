//! `GetNonEmployeeExportSourceSchemaTemplate401Response`, from `beta/paths/non-employee-sources-export-schema-attributes-template.yaml#/get`.

/// `GetNonEmployeeExportSourceSchemaTemplate401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNonEmployeeExportSourceSchemaTemplate401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetNonEmployeeExportSourceSchemaTemplate401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNonEmployeeExportSourceSchemaTemplate401Response {
            error: None,
        }
    }
}
