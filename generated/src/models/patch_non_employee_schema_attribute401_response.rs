//! `PatchNonEmployeeSchemaAttribute401Response`, from `beta/paths/non-employee-sources-schema-attribute.yaml#/patch`.

/// `PatchNonEmployeeSchemaAttribute401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchNonEmployeeSchemaAttribute401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PatchNonEmployeeSchemaAttribute401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchNonEmployeeSchemaAttribute401Response {
            error: None,
        }
    }
}
