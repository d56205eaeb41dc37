//! `PatchNonEmployeeSchemaAttribute429Response`, from `beta/paths/non-employee-sources-schema-attribute.yaml#/patch`.

/// `PatchNonEmployeeSchemaAttribute429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchNonEmployeeSchemaAttribute429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchNonEmployeeSchemaAttribute429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchNonEmployeeSchemaAttribute429Response {
            message: None,
        }
    }
}
