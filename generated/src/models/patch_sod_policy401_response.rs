//! `PatchSodPolicy401Response`, from `beta/paths/sod-policy.yaml#/patch`.

/// `PatchSodPolicy401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchSodPolicy401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PatchSodPolicy401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchSodPolicy401Response {
            error: None,
        }
    }
}
