//! `CreateNonEmployeeSourceSchemaAttributes401Response`, from `beta/paths/non-employee-sources-schema-attributes.yaml#/post`.

/// `CreateNonEmployeeSourceSchemaAttributes401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateNonEmployeeSourceSchemaAttributes401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateNonEmployeeSourceSchemaAttributes401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateNonEmployeeSourceSchemaAttributes401Response {
            error: None,
        }
    }
}
