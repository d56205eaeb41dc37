//! `DeleteNonEmployeeSchemaAttribute429Response`, from `beta/paths/non-employee-sources-schema-attribute.yaml#/delete`.

/// `DeleteNonEmployeeSchemaAttribute429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteNonEmployeeSchemaAttribute429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteNonEmployeeSchemaAttribute429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteNonEmployeeSchemaAttribute429Response {
            message: None,
        }
    }
}
