//! `PatchWorkgroup401Response`, from `beta/paths/workgroups/workgroup.yaml#/patch`.

/// `PatchWorkgroup401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchWorkgroup401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PatchWorkgroup401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchWorkgroup401Response {
            error: None,
        }
    }
}
