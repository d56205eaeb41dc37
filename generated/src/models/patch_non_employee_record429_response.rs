//! `PatchNonEmployeeRecord429Response`, from `beta/paths/non-employee-record.yaml#/patch`.

/// `PatchNonEmployeeRecord429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchNonEmployeeRecord429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchNonEmployeeRecord429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchNonEmployeeRecord429Response {
            message: None,
        }
    }
}
