//! `PatchWorkgroup429Response`, from `beta/paths/workgroups/workgroup.yaml#/patch`.

/// `PatchWorkgroup429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchWorkgroup429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchWorkgroup429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchWorkgroup429Response {
            message: None,
        }
    }
}
